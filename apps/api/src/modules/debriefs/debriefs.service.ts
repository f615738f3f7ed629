import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { OutboxService } from '../outbox/outbox.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ResourcesService } from '../resources/resources.service';
import { RESOURCE_TOPIC } from '../resources/search/resource-index.definition';
import { validateDebrief } from './debrief-validation';
import { debriefsPolicy } from './debriefs.policy';
import { DebriefInput } from './dto/debrief.objects';

export interface DebriefRow {
  id: string;
  resource_id: string;
  author_id: string | null;
  workshop_date: string;
  context: string;
  audience_slug: string | null;
  audience_label: string | null;
  audience_label_en: string | null;
  age_band: string | null;
  participants: number;
  duration_minutes: number | null;
  parents_present: boolean;
  went_well: string;
  to_adjust: string;
  rating: number;
  created_at: Date;
  updated_at: Date;
  author_slug: string | null;
  author_name: string | null;
  author_title: string | null;
}

const SELECT = `
  SELECT d.id, d.resource_id, d.author_id, to_char(d.workshop_date, 'YYYY-MM-DD') AS workshop_date, d.context, d.audience_slug,
         a.label AS audience_label, a.label_en AS audience_label_en, d.age_band, d.participants, d.duration_minutes, d.parents_present,
         d.went_well, d.to_adjust, d.rating, d.created_at, d.updated_at, m.slug AS author_slug, m.name AS author_name, m.title AS author_title
    FROM debriefs d LEFT JOIN audiences a ON a.slug = d.audience_slug LEFT JOIN members m ON m.id = d.author_id`;

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
    return this.dataSource.query(
      `${SELECT} WHERE d.resource_id = $1 ORDER BY d.workshop_date DESC, d.created_at DESC`,
      [resourceId],
    );
  }

  async create(actor: Actor | null, resourceSlug: string, input: DebriefInput): Promise<DebriefRow> {
    const current = requireActor(actor);
    if (!debriefsPolicy.canCreate(current)) throw new ForbiddenError();
    const resource = await this.resources.getBySlug(resourceSlug, current);
    const issues = validateDebrief(input, this.clock.now());
    if (resource.type !== 'outil')
      issues.push({ field: 'resourceSlug', rule: 'oneOf', params: { allowed: 'outils de médiation' } });
    if (issues.length) throw new InvalidInputError(issues);
    const id = await this.dataSource.transaction(async (manager) => {
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO debriefs (resource_id, author_id, workshop_date, context, audience_slug, age_band, participants, duration_minutes,
                               parents_present, went_well, to_adjust, rating)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [resource.id, current.id, ...values(input)],
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
    if (issues.length) throw new InvalidInputError(issues);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE debriefs SET workshop_date = $2, context = $3, audience_slug = $4, age_band = $5, participants = $6, duration_minutes = $7,
                parents_present = $8, went_well = $9, to_adjust = $10, rating = $11, updated_at = now() WHERE id = $1`,
        [id, ...values(input)],
      );
      await this.outbox.enqueue(manager, RESOURCE_TOPIC, [debrief.resource_id]);
    });
    return this.byId(id);
  }

  async delete(actor: Actor | null, id: string): Promise<boolean> {
    const debrief = await this.editable(actor, id);
    await this.dataSource.transaction(async (manager: EntityManager) => {
      await manager.query(`DELETE FROM debriefs WHERE id = $1`, [id]);
      await this.outbox.enqueue(manager, RESOURCE_TOPIC, [debrief.resource_id]);
    });
    return true;
  }

  /** UNAUTHENTICATED for visitors, NOT_FOUND if its tool is not visible, FORBIDDEN if not theirs. */
  private async editable(actor: Actor | null, id: string): Promise<DebriefRow> {
    const current = requireActor(actor);
    const debrief = /^[0-9a-f-]{36}$/i.test(id) ? await this.byId(id).catch(() => null) : null;
    if (!debrief) throw new NotFoundError('Le retour d’atelier', id);
    const [{ slug }] = await this.dataSource.query(`SELECT slug FROM resources WHERE id = $1`, [debrief.resource_id]);
    await this.resources.getBySlug(slug, current);
    if (!debriefsPolicy.canEdit(current, { authorId: debrief.author_id })) {
      throw new ForbiddenError('Seuls son auteur·rice et les coordinateur·rices peuvent modifier ce retour d’atelier.');
    }
    return debrief;
  }

  private async byId(id: string): Promise<DebriefRow> {
    const [row]: DebriefRow[] = await this.dataSource.query(`${SELECT} WHERE d.id = $1`, [id]);
    if (!row) throw new NotFoundError('Le retour d’atelier', id);
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
