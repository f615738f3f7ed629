import { findChildIdentifiers } from '@culture-commune/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { queryRows } from '../../common/database/query-rows';
import { groupBy } from '../../common/database/request-loader';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { OutboxService } from '../outbox/outbox.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ResourceEntity } from '../resources/resource.entity';
import { ResourcesService } from '../resources/resources.service';
import { RESOURCE_TOPIC } from '../resources/search/resource-index.definition';
import { DebriefRow, findDebrief, findDebriefsOfResource, findDebriefsOfResources } from './debrief-rows';
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
  async forResources(resourceIds: string[]): Promise<Map<string, DebriefRow[]>> {
    return groupBy(await findDebriefsOfResources(this.dataSource.manager, resourceIds), (row) => row.resource_id);
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
      const [row] = await queryRows<{ id: string }>(
        manager,
        `INSERT INTO debriefs (resource_id, author_id, workshop_date, context, audience_slug, age_band, participants, duration_minutes,
                               parents_present, went_well, to_adjust, rating, child_privacy_confirmed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [resource.id, current.id, ...values(input), this.confirmedAt(input)],
      );
      await this.outbox.enqueue(manager, RESOURCE_TOPIC, [resource.id]);
      await this.notifications.onDebrief(manager, {
        id: row.id,
        resourceId: resource.id,
        authorId: current.id,
        resourceContributorId: resource.contributor?.id ?? null,
      });
      return row.id;
    });
    return this.byId(id);
  }

  async update(actor: Actor | null, id: string, input: DebriefInput): Promise<DebriefRow> {
    const debrief = await this.editable(actor, id);
    const issues = validateDebrief(input, this.clock.now());
    issues.push(...(await this.childPrivacyIssues(input, debrief.resource_id)));
    if (issues.length) throw new InvalidInputError(issues);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE debriefs SET workshop_date = $2, context = $3, audience_slug = $4, age_band = $5, participants = $6, duration_minutes = $7,
                parents_present = $8, went_well = $9, to_adjust = $10, rating = $11, child_privacy_confirmed_at = $12, updated_at = now()
          WHERE id = $1`,
        [id, ...values(input), this.confirmedAt(input)],
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
    const allowed = await queryRows<{ name: string }>(
      this.dataSource.manager,
      `SELECT name FROM members UNION SELECT unnest(authors) FROM resources WHERE id = $1`,
      [resourceId],
    );
    const names = [
      ...new Set(
        texts.flatMap((text) => (text ? findChildIdentifiers(text, { allowed: allowed.map((a) => a.name) }) : [])),
      ),
    ];
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

function values(input: DebriefInput): unknown[] {
  return [
    input.date,
    input.context.trim(),
    input.audienceSlug || null,
    input.ageBand?.trim() || null,
    input.participants,
    input.durationMinutes ?? null,
    input.parentsPresent,
    input.wentWell.trim(),
    input.toAdjust.trim(),
    input.rating,
  ];
}
