import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { queryRows } from '../../common/database/query-rows';
import { freeSlug } from '../../common/database/free-slug';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { HTTP_CONFIG, type HttpConfig } from '../../config/http.config';
import { OutboxService } from '../outbox/outbox.service';
import { ReadingListsService } from '../reading-lists/reading-lists.service';
import { EVENT_TOPIC } from './search/event-index.definition';
import type { EventInput, EventPeriod, RsvpAnswer } from './dto/event.objects';
import { linkedResourceSlugs, renderMinutes, withoutHiddenResourceLinks } from './event-minutes';
import { EVENT_SELECT, EventRow, EventView, eventBySlug } from './event-rows';
import { EVENT_LIMITS, validateEvent } from './event-validation';
import { eventsPolicy } from './events.policy';
import { resourcesPolicy } from '../resources/resources.policy';
import type { Visibility } from '@culture-commune/shared';

const PAGE_MAX = 100;

/**
 * What the viewer receives of an event: whether they may edit it, the minutes' Markdown only if so (editors are
 * coordinators and admins, who may see every resource), and the minutes' HTML where links to resources the viewer may
 * not see (or that no longer exist) are only their text (`visibleSlugs`: the linked resources they may see).
 */
function forViewer(actor: Actor | null, row: EventRow, visibleSlugs: ReadonlySet<string>): EventView {
  const viewerCanEdit = eventsPolicy.canEdit(actor);
  return {
    ...row,
    minutes_markdown: viewerCanEdit ? row.minutes_markdown : '',
    minutes_html: withoutHiddenResourceLinks(row.minutes_html, visibleSlugs),
    viewerCanEdit,
  };
}

@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(HTTP_CONFIG) private readonly http: HttpConfig,
    private readonly lists: ReadingListsService,
    private readonly outbox: OutboxService,
  ) {}

  async get(actor: Actor | null, slug: string): Promise<EventView> {
    const row = await eventBySlug(this.dataSource.manager, slug, actor?.id ?? null);
    if (!row || !eventsPolicy.canView(actor, row)) throw new NotFoundError('event', slug);
    return forViewer(actor, row, await this.visibleLinkedResources(actor, [row]));
  }

  /** Upcoming: soonest first, from events not yet ended; past: latest first. */
  async list(actor: Actor | null, period: EventPeriod, first: number): Promise<EventView[]> {
    if (!Number.isInteger(first) || first < 1 || first > PAGE_MAX)
      throw InvalidInputError.of('first', 'range', { min: 1, max: PAGE_MAX });
    const upcoming = period === 'upcoming';
    const rows: EventRow[] = await this.dataSource.query(
      `${EVENT_SELECT} WHERE ${eventsPolicy.sqlVisible(actor, 'e')} AND ${upcoming ? 'e.ends_at >= now()' : 'e.ends_at < now()'}
       ORDER BY e.starts_at ${upcoming ? 'ASC' : 'DESC'} LIMIT $2`,
      [actor?.id ?? null, first],
    );
    const visible = await this.visibleLinkedResources(actor, rows);
    return rows.map((row) => forViewer(actor, row, visible));
  }

  /** Among the resources the events' minutes link to, the slugs of those the viewer may see (one query for all). */
  private async visibleLinkedResources(actor: Actor | null, rows: EventRow[]): Promise<Set<string>> {
    const slugs = [...new Set(rows.flatMap((row) => linkedResourceSlugs(row.minutes_html)))];
    if (!slugs.length) return new Set();
    const visible: { slug: string }[] = await this.dataSource.query(
      `SELECT r.slug FROM resources r WHERE r.slug = ANY($1::text[]) AND ${resourcesPolicy.sqlVisible(actor, 'r', '$2')}`,
      actor ? [slugs, actor.id] : [slugs],
    );
    return new Set(visible.map((row) => row.slug));
  }

  async create(actor: Actor | null, input: EventInput): Promise<string> {
    const current = this.requireEditor(actor);
    const issues = validateEvent(input);
    if (issues.length) throw new InvalidInputError(issues);
    return this.dataSource.transaction(async (manager) => {
      const organisers = await this.organisers(manager, input.organiserSlugs);
      const slug = await this.freeSlug(manager, input.title);
      const [row] = await queryRows<{ id: string }>(
        manager,
        `INSERT INTO events (slug, kind, title, starts_at, ends_at, time_zone, place, description, agenda, visibility, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          slug,
          input.kind,
          input.title.trim(),
          input.startsAt,
          input.endsAt,
          input.timeZone,
          input.place?.trim() || null,
          input.description.trim(),
          input.agenda.trim(),
          input.visibility,
          current.id,
        ],
      );
      await this.setOrganisers(manager, row.id, organisers);
      await this.outbox.enqueue(manager, EVENT_TOPIC, [row.id]);
      return slug;
    });
  }

  async update(actor: Actor | null, slug: string, input: EventInput): Promise<string> {
    this.requireEditor(actor);
    const issues = validateEvent(input);
    if (issues.length) throw new InvalidInputError(issues);
    const event = await this.get(actor, slug);
    await this.dataSource.transaction(async (manager) => {
      const organisers = await this.organisers(manager, input.organiserSlugs);
      await manager.query(
        `UPDATE events SET kind = $2, title = $3, starts_at = $4, ends_at = $5, time_zone = $6, place = $7, description = $8, agenda = $9,
                visibility = $10, updated_at = now(), version = version + 1 WHERE id = $1`,
        [
          event.id,
          input.kind,
          input.title.trim(),
          input.startsAt,
          input.endsAt,
          input.timeZone,
          input.place?.trim() || null,
          input.description.trim(),
          input.agenda.trim(),
          input.visibility,
        ],
      );
      await this.setOrganisers(manager, event.id, organisers);
      await this.outbox.enqueue(manager, EVENT_TOPIC, [event.id]);
    });
    return slug;
  }

  async delete(actor: Actor | null, slug: string): Promise<boolean> {
    this.requireEditor(actor);
    const event = await this.get(actor, slug);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM events WHERE id = $1`, [event.id]);
      await this.outbox.enqueue(manager, EVENT_TOPIC, [event.id]);
    });
    return true;
  }

  async rsvp(actor: Actor | null, slug: string, answer: RsvpAnswer | null): Promise<void> {
    const current = requireActor(actor);
    const event = await this.get(current, slug);
    await this.dataSource.query(
      answer
        ? `INSERT INTO event_rsvps (event_id, member_id, answer) VALUES ($1, $2, $3)
           ON CONFLICT (event_id, member_id) DO UPDATE SET answer = EXCLUDED.answer, updated_at = now()`
        : `DELETE FROM event_rsvps WHERE event_id = $1 AND member_id = $2`,
      answer ? [event.id, current.id, answer] : [event.id, current.id],
    );
  }

  /** Minutes in Markdown; the resources they link to (and that exist) are recorded as « discuté lors de … ». */
  async setMinutes(actor: Actor | null, slug: string, markdown: string): Promise<void> {
    this.requireEditor(actor);
    if (markdown.length > EVENT_LIMITS.minutes)
      throw InvalidInputError.of('markdown', 'maxLength', { max: EVENT_LIMITS.minutes });
    const event = await this.get(actor, slug);
    const { html, resourceSlugs } = renderMinutes(markdown.trim(), this.http.publicUrl);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE events SET minutes_markdown = $2, minutes_html = $3, updated_at = now() WHERE id = $1`,
        [event.id, markdown.trim(), html],
      );
      await manager.query(`DELETE FROM event_resource_links WHERE event_id = $1`, [event.id]);
      await manager.query(
        `INSERT INTO event_resource_links (event_id, resource_id) SELECT $1, r.id FROM resources r WHERE r.slug = ANY($2::text[]) ON CONFLICT DO NOTHING`,
        [event.id, resourceSlugs],
      );
    });
  }

  /** Attaches (or detaches) a reading list the editor may see. */
  async attachList(actor: Actor | null, slug: string, listSlug: string, attached: boolean): Promise<void> {
    this.requireEditor(actor);
    const event = await this.get(actor, slug);
    const { list } = await this.lists.readable(listSlug, actor).catch(() => {
      throw InvalidInputError.of('listSlug', 'unknown', { values: listSlug });
    });
    await this.dataSource.query(
      attached
        ? `INSERT INTO event_reading_lists (event_id, list_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`
        : `DELETE FROM event_reading_lists WHERE event_id = $1 AND list_id = $2`,
      [event.id, list.id],
    );
  }

  /** Who answered, yes first; nobody for those who may not see it (eventsPolicy.canSeeParticipants). */
  async participants(
    actor: Actor | null,
    eventId: string,
  ): Promise<{ id: string; slug: string; name: string; answer: string }[]> {
    if (!eventsPolicy.canSeeParticipants(actor)) return [];
    return this.dataSource.query(
      `SELECT m.id, m.slug, m.name, r.answer FROM event_rsvps r JOIN members m ON m.id = r.member_id WHERE r.event_id = $1
       ORDER BY array_position(ARRAY['yes', 'maybe', 'no']::varchar[], r.answer), m.name`,
      [eventId],
    );
  }

  /** The resources the minutes link to, among those the viewer may see. */
  async discussed(actor: Actor | null, eventId: string): Promise<{ slug: string; title: string }[]> {
    const rows: {
      slug: string;
      title: string;
      visibility: Visibility;
      contributor_id: string | null;
      deleted_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT r.slug, r.title, r.visibility, r.contributor_id, r.deleted_at FROM event_resource_links l JOIN resources r ON r.id = l.resource_id WHERE l.event_id = $1 ORDER BY r.title`,
      [eventId],
    );
    return rows
      .filter((row) =>
        resourcesPolicy.canView(actor, {
          visibility: row.visibility,
          contributorId: row.contributor_id,
          deletedAt: row.deleted_at,
        }),
      )
      .map((row) => ({ slug: row.slug, title: row.title }));
  }

  meetingsOf(
    actor: Actor | null,
    listId: string,
  ): Promise<{ slug: string; title: string; starts_at: Date; time_zone: string; place: string | null }[]> {
    return this.dataSource.query(
      `SELECT e.slug, e.title, e.starts_at, e.time_zone, e.place FROM event_reading_lists erl JOIN events e ON e.id = erl.event_id
       WHERE erl.list_id = $1 AND ${eventsPolicy.sqlVisible(actor, 'e')} ORDER BY e.starts_at`,
      [listId],
    );
  }

  /** The events whose minutes discuss each resource, for « discuté lors de … », in one statement. */
  discussedAt(
    actor: Actor | null,
    resourceId: string,
  ): Promise<{ slug: string; title: string; starts_at: Date; time_zone: string }[]> {
    return this.dataSource.query(
      `SELECT e.slug, e.title, e.starts_at, e.time_zone FROM event_resource_links l JOIN events e ON e.id = l.event_id
       WHERE l.resource_id = $1 AND ${eventsPolicy.sqlVisible(actor, 'e')} ORDER BY e.starts_at DESC`,
      [resourceId],
    );
  }

  private requireEditor(actor: Actor | null): Actor {
    const current = requireActor(actor);
    if (!eventsPolicy.canEdit(current)) throw new ForbiddenError('forbidden.eventEditor');
    return current;
  }

  private async organisers(manager: EntityManager, slugs: string[]): Promise<string[]> {
    if (!slugs.length) return [];
    const rows: { id: string; slug: string }[] = await manager.query(
      `SELECT id, slug FROM organisations WHERE slug = ANY($1)`,
      [slugs],
    );
    const unknown = slugs.filter((slug) => !rows.some((row) => row.slug === slug));
    if (unknown.length) throw InvalidInputError.of('organiserSlugs', 'unknown', { values: unknown.join(', ') });
    return rows.map((row) => row.id);
  }

  private async setOrganisers(manager: EntityManager, eventId: string, organisationIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM event_organisers WHERE event_id = $1`, [eventId]);
    await manager.query(`INSERT INTO event_organisers (event_id, organisation_id) SELECT $1, unnest($2::uuid[])`, [
      eventId,
      organisationIds,
    ]);
  }

  private freeSlug(manager: EntityManager, title: string): Promise<string> {
    return freeSlug(manager, title, {
      sources: ['events'],
      reserved: ['nouveau', 'calendrier', 'passes'],
      fallback: 'evenement',
    });
  }
}
