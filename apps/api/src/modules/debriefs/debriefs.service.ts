import { findChildIdentifiers } from '@culture-commune/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { groupBy } from '../../common/database/request-loader';
import type { CombinedReads } from '../../common/database/combined-rows';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { OutboxService } from '../outbox/outbox.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ResourceEntity } from '../resources/resource.entity';
import { ResourcesService } from '../resources/resources.service';
import { RESOURCE_TOPIC } from '../resources/search/resource-index.definition';
import {
  DebriefRow,
  findDebrief,
  findDebriefsOfResource,
  findDebriefsOfResources,
  findNamesAllowedInDebrief,
} from './debrief-rows';
import { DebriefEntity } from './debrief.entity';
import { validateDebrief } from './debrief-validation';
import { debriefsPolicy } from './debriefs.policy';
import { DebriefInput } from './dto/debrief.objects';

export type { DebriefRow } from './debrief-rows';

/** Field debriefs on tools. Each write also asks the indexer to refresh the tool (its use count and rating). */
@Injectable()
export class DebriefsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resources: ResourcesService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** Debriefs of a resource the caller already may see, newest workshop first. */
  forResource(resourceId: string): Promise<DebriefRow[]> {
    return findDebriefsOfResource(this.dataSource.manager, resourceId);
  }

  /** The debriefs of several resources (a page of hits) in one statement, by resource. */
  async forResources(resourceIds: string[], reads?: CombinedReads): Promise<Map<string, DebriefRow[]>> {
    const rows = await findDebriefsOfResources(this.dataSource.manager, resourceIds, reads);
    return groupBy(rows, (row) => row.resource_id);
  }

  async create(actor: Actor | null, resourceSlug: string, input: DebriefInput): Promise<DebriefRow> {
    const current = requireActor(actor);
    if (!debriefsPolicy.canCreate(current)) throw new ForbiddenError();
    const resource = await this.resources.getBySlug(resourceSlug, current);
    const issues = validateDebrief(input, this.clock.now());
    if (resource.type !== 'outil')
      issues.push({ field: 'resourceSlug', rule: 'oneOf', params: { allowed: 'outils de médiation' } });
    issues.push(...(await this.childPrivacyIssues(input, resource.id)));
    if (issues.length) throw new InvalidInputError(issues);
    const id = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.insert(DebriefEntity, {
        resourceId: resource.id,
        authorId: current.id,
        ...fields(input),
        childPrivacyConfirmedAt: this.confirmedAt(input),
      });
      const debriefId: string = inserted.identifiers[0].id;
      await this.outbox.enqueue(manager, RESOURCE_TOPIC, [resource.id]);
      await this.notifications.onDebrief(manager, {
        id: debriefId,
        resourceId: resource.id,
        authorId: current.id,
        resourceContributorId: resource.contributor?.id ?? null,
      });
      return debriefId;
    });
    return this.byId(id);
  }

  async update(actor: Actor | null, id: string, input: DebriefInput): Promise<DebriefRow> {
    const debrief = await this.editable(actor, id);
    const issues = validateDebrief(input, this.clock.now());
    issues.push(...(await this.childPrivacyIssues(input, debrief.resource_id)));
    if (issues.length) throw new InvalidInputError(issues);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        DebriefEntity,
        { id },
        { ...fields(input), childPrivacyConfirmedAt: this.confirmedAt(input), updatedAt: () => 'now()' },
      );
      await this.outbox.enqueue(manager, RESOURCE_TOPIC, [debrief.resource_id]);
    });
    return this.byId(id);
  }

  async delete(actor: Actor | null, id: string): Promise<boolean> {
    const debrief = await this.editable(actor, id);
    await this.dataSource.transaction(async (manager: EntityManager) => {
      await manager.delete(DebriefEntity, { id });
      await this.outbox.enqueue(manager, RESOURCE_TOPIC, [debrief.resource_id]);
    });
    return true;
  }

  /**
   * Text that looks like it names a child (a first name of the list, « Léo, 7 ans »…) is saved only with the
   * author's explicit confirmation. Members' names and the tool's authors are not children's: they are allowed
   * (the form allows fewer names, so it asks for the confirmation whenever this does).
   */
  private async childPrivacyIssues(input: DebriefInput, resourceId: string) {
    if (input.childPrivacyConfirmed === true) return [];
    const texts = [input.context, input.ageBand, input.wentWell, input.toAdjust];
    if (!texts.some((text) => text && findChildIdentifiers(text).length > 0)) return [];
    const allowed = await findNamesAllowedInDebrief(this.dataSource.manager, resourceId);
    const names = [...new Set(texts.flatMap((text) => (text ? findChildIdentifiers(text, { allowed }) : [])))];
    return names.length
      ? [{ field: 'childPrivacyConfirmed', rule: 'childPrivacy' as const, params: { names: names.join(', ') } }]
      : [];
  }

  /** When the author confirmed that no child is identifiable; null when they did not. */
  private confirmedAt(input: DebriefInput): Date | null {
    return input.childPrivacyConfirmed === true ? this.clock.now() : null;
  }

  /** UNAUTHENTICATED for visitors, NOT_FOUND if its tool is not visible, FORBIDDEN if not theirs. */
  private async editable(actor: Actor | null, id: string): Promise<DebriefRow> {
    const current = requireActor(actor);
    const debrief = /^[0-9a-f-]{36}$/i.test(id) ? await this.byId(id).catch(() => null) : null;
    if (!debrief) throw new NotFoundError('debrief', id);
    const { slug } = await this.dataSource.manager.findOneOrFail(ResourceEntity, {
      where: { id: debrief.resource_id },
      select: { slug: true },
    });
    await this.resources.getBySlug(slug, current);
    if (!debriefsPolicy.canEdit(current, { authorId: debrief.author_id })) {
      throw new ForbiddenError('forbidden.debriefEditor');
    }
    return debrief;
  }

  private async byId(id: string): Promise<DebriefRow> {
    const row = await findDebrief(this.dataSource.manager, id);
    if (!row) throw new NotFoundError('debrief', id);
    return row;
  }
}

/** The columns a debrief's form sets. */
function fields(input: DebriefInput) {
  return {
    workshopDate: input.date,
    context: input.context.trim(),
    audienceSlug: input.audienceSlug || null,
    ageBand: input.ageBand?.trim() || null,
    participants: input.participants,
    durationMinutes: input.durationMinutes ?? null,
    parentsPresent: input.parentsPresent,
    wentWell: input.wentWell.trim(),
    toAdjust: input.toAdjust.trim(),
    rating: input.rating,
  } satisfies Partial<DebriefEntity>;
}
