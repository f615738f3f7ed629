import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import type { CombinedReads } from '../../common/database/combined-rows';
import { freeSlug } from '../../common/database/free-slug';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { HTTP_CONFIG, type HttpConfig } from '../../config/http.config';
import { OutboxService } from '../outbox/outbox.service';
import { ReadingListsService } from '../reading-lists/reading-lists.service';
import { EVENT_TOPIC } from './search/event-index.definition';
import type { EventInput, EventPeriod, RsvpAnswer } from './dto/event.objects';
import { linkedResourceSlugs, renderMinutes, withoutHiddenResourceLinks } from './event-minutes';
import {
  EventRow,
  EventView,
  eventBySlug,
  findEvents,
  findEventsDiscussing,
  findLinkedResources,
  findMeetingsOfList,
  findParticipants,
  findVisibleResourceSlugs,
  linkEventResources,
  upsertRsvp,
  type DiscussedAtRow,
  type MeetingRow,
  type ParticipantRow,
} from './event-rows';
import { EventEntity } from './event.entity';
import { EventOrganiserEntity } from './event-organiser.entity';
import { EventReadingListEntity } from './event-reading-list.entity';
import { EventResourceLinkEntity } from './event-resource-link.entity';
import { EventRsvpEntity } from './event-rsvp.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { EVENT_LIMITS, validateEvent } from './event-validation';
import { eventsPolicy } from './events.policy';
import { resourcesPolicy } from '../resources/resources.policy';

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
    const rows = await findEvents(this.dataSource.manager, actor, period === 'upcoming', first);
    const visible = await this.visibleLinkedResources(actor, rows);
    return rows.map((row) => forViewer(actor, row, visible));
  }

  /** Among the resources the events' minutes link to, the slugs of those the viewer may see (one query for all). */
  private async visibleLinkedResources(actor: Actor | null, rows: EventRow[]): Promise<Set<string>> {
    const slugs = [...new Set(rows.flatMap((row) => linkedResourceSlugs(row.minutes_html)))];
    if (!slugs.length) return new Set();
    return new Set(await findVisibleResourceSlugs(this.dataSource.manager, actor, slugs));
  }

  async create(actor: Actor | null, input: EventInput): Promise<string> {
    const current = this.requireEditor(actor);
    const issues = validateEvent(input);
    if (issues.length) throw new InvalidInputError(issues);
    return this.dataSource.transaction(async (manager) => {
      const organisers = await this.organisers(manager, input.organiserSlugs);
      const slug = await this.freeSlug(manager, input.title);
      const inserted = await manager.insert(EventEntity, {
        slug,
        kind: input.kind,
        title: input.title.trim(),
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        timeZone: input.timeZone,
        place: input.place?.trim() || null,
        description: input.description.trim(),
        agenda: input.agenda.trim(),
        visibility: input.visibility,
        createdById: current.id,
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      await this.setOrganisers(manager, id, organisers);
      await this.outbox.enqueue(manager, EVENT_TOPIC, [id]);
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
      // The entity's version and update-date columns add `version = version + 1, updated_at = now()`.
      await manager.update(
        EventEntity,
        { id: event.id },
        {
          kind: input.kind,
          title: input.title.trim(),
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          timeZone: input.timeZone,
          place: input.place?.trim() || null,
          description: input.description.trim(),
          agenda: input.agenda.trim(),
          visibility: input.visibility,
        },
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
      await manager.delete(EventEntity, { id: event.id });
      await this.outbox.enqueue(manager, EVENT_TOPIC, [event.id]);
    });
    return true;
  }

  async rsvp(actor: Actor | null, slug: string, answer: RsvpAnswer | null): Promise<void> {
    const current = requireActor(actor);
    const event = await this.get(current, slug);
    if (answer) await upsertRsvp(this.dataSource.manager, event.id, current.id, answer);
    else await this.dataSource.manager.delete(EventRsvpEntity, { eventId: event.id, memberId: current.id });
  }

  /** Minutes in Markdown; the resources they link to (and that exist) are recorded as « discuté lors de … ». */
  async setMinutes(actor: Actor | null, slug: string, markdown: string): Promise<void> {
    this.requireEditor(actor);
    if (markdown.length > EVENT_LIMITS.minutes)
      throw InvalidInputError.of('markdown', 'maxLength', { max: EVENT_LIMITS.minutes });
    const event = await this.get(actor, slug);
    const { html, resourceSlugs } = renderMinutes(markdown.trim(), this.http.publicUrl);
    await this.dataSource.transaction(async (manager) => {
      // The minutes are not in the search document: the version stays (a new one would read as index drift).
      await manager.update(
        EventEntity,
        { id: event.id },
        { minutesMarkdown: markdown.trim(), minutesHtml: html, version: () => 'version' },
      );
      await manager.delete(EventResourceLinkEntity, { eventId: event.id });
      await linkEventResources(manager, event.id, resourceSlugs);
    });
  }

  /** Attaches (or detaches) a reading list the editor may see. */
  async attachList(actor: Actor | null, slug: string, listSlug: string, attached: boolean): Promise<void> {
    this.requireEditor(actor);
    const event = await this.get(actor, slug);
    const { list } = await this.lists.readable(listSlug, actor).catch(() => {
      throw InvalidInputError.of('listSlug', 'unknown', { values: listSlug });
    });
    const link = { eventId: event.id, listId: list.id };
    if (attached)
      await this.dataSource.manager
        .createQueryBuilder()
        .insert()
        .into(EventReadingListEntity)
        .values(link)
        .orIgnore()
        .execute();
    else await this.dataSource.manager.delete(EventReadingListEntity, link);
  }

  /** Who answered, yes first; nobody for those who may not see it (eventsPolicy.canSeeParticipants). */
  async participants(actor: Actor | null, eventId: string): Promise<ParticipantRow[]> {
    if (!eventsPolicy.canSeeParticipants(actor)) return [];
    return findParticipants(this.dataSource.manager, eventId);
  }

  /** The resources the minutes link to, among those the viewer may see. */
  async discussed(actor: Actor | null, eventId: string): Promise<{ slug: string; title: string }[]> {
    const rows = await findLinkedResources(this.dataSource.manager, eventId);
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

  meetingsOf(actor: Actor | null, listId: string): Promise<MeetingRow[]> {
    return findMeetingsOfList(this.dataSource.manager, actor, listId);
  }

  /** The events whose minutes discuss each resource, for « discuté lors de … », in one statement. */
  discussedAt(actor: Actor | null, resourceId: string, reads?: CombinedReads): Promise<DiscussedAtRow[]> {
    return findEventsDiscussing(this.dataSource.manager, actor, resourceId, reads);
  }

  private requireEditor(actor: Actor | null): Actor {
    const current = requireActor(actor);
    if (!eventsPolicy.canEdit(current)) throw new ForbiddenError('forbidden.eventEditor');
    return current;
  }

  private async organisers(manager: EntityManager, slugs: string[]): Promise<string[]> {
    if (!slugs.length) return [];
    const rows = await manager.find(OrganisationEntity, {
      select: { id: true, slug: true },
      where: { slug: In(slugs) },
    });
    const unknown = slugs.filter((slug) => !rows.some((row) => row.slug === slug));
    if (unknown.length) throw InvalidInputError.of('organiserSlugs', 'unknown', { values: unknown.join(', ') });
    return rows.map((row) => row.id);
  }

  private async setOrganisers(manager: EntityManager, eventId: string, organisationIds: string[]): Promise<void> {
    await manager.delete(EventOrganiserEntity, { eventId });
    if (organisationIds.length)
      await manager.insert(
        EventOrganiserEntity,
        organisationIds.map((organisationId) => ({ eventId, organisationId })),
      );
  }

  private freeSlug(manager: EntityManager, title: string): Promise<string> {
    return freeSlug(manager, title, {
      sources: ['events'],
      reserved: ['nouveau', 'calendrier', 'passes'],
      fallback: 'evenement',
    });
  }
}
