import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, GqlContext, type Actor, type GraphqlContext } from '../../common/auth/actor';
import { requestReads } from '../../common/database/combined-rows';
import { ResourceLinkObject } from '../notifications/dto/notification.objects';
import { ResourceObject } from '../resources/dto/resource.object';
import { ReadingListObject, ReadingListSummaryObject } from '../reading-lists/dto/reading-list.objects';
import { ReadingListViewService } from '../reading-lists/reading-list-view.service';
import {
  EventInput,
  EventLinkObject,
  EventObject,
  EventParticipantObject,
  EventPeriod,
  RsvpAnswer,
} from './dto/event.objects';
import { EventView } from './event-rows';
import { EventsService } from './events.service';
import { memberRef } from '../organisations/dto/organisation.objects';

/** The event without its per-event lists (participants, reading lists, discussed resources: resolved on demand). */
function presentEvent(row: EventView): EventObject {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind as EventObject['kind'],
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    place: row.place,
    description: row.description,
    agenda: row.agenda,
    visibility: row.visibility as EventObject['visibility'],
    organisers: row.organisers,
    readingLists: [],
    rsvpCounts: { yes: row.rsvp_yes, no: row.rsvp_no, maybe: row.rsvp_maybe },
    participants: [],
    viewerRsvp: (row.viewer_rsvp as RsvpAnswer | null) ?? null,
    minutesHtml: row.minutes_html,
    minutesMarkdown: row.minutes_markdown,
    discussedResources: [],
    viewerCanEdit: row.viewerCanEdit,
    icsPath: `/evenements/${row.slug}.ics`,
  };
}

@Resolver(() => EventObject)
export class EventsResolver {
  constructor(
    private readonly service: EventsService,
    private readonly lists: ReadingListViewService,
  ) {}

  @Query(() => EventObject)
  async event(@Args('slug') slug: string, @CurrentActor() actor: Actor | null): Promise<EventObject> {
    return presentEvent(await this.service.get(actor, slug));
  }

  @Query(() => [EventObject], { description: 'Upcoming events soonest first, or past ones latest first.' })
  async events(
    @Args('period', { type: () => EventPeriod }) period: EventPeriod,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @CurrentActor() actor: Actor | null,
  ): Promise<EventObject[]> {
    return (await this.service.list(actor, period, first)).map((row) => presentEvent(row));
  }

  @ResolveField(() => [EventParticipantObject])
  async participants(
    @Parent() event: EventObject,
    @CurrentActor() actor: Actor | null,
  ): Promise<EventParticipantObject[]> {
    return (await this.service.participants(actor, event.id)).map((row) => ({
      member: memberRef(row.id, row.slug, row.name)!,
      answer: row.answer as RsvpAnswer,
    }));
  }

  @ResolveField(() => [ReadingListSummaryObject])
  async readingLists(
    @Parent() event: EventObject,
    @CurrentActor() actor: Actor | null,
  ): Promise<ReadingListSummaryObject[]> {
    return this.lists.summaries(actor, { mine: false, editable: false, resourceSlug: null, eventId: event.id });
  }

  @ResolveField(() => [ResourceLinkObject])
  async discussedResources(
    @Parent() event: EventObject,
    @CurrentActor() actor: Actor | null,
  ): Promise<ResourceLinkObject[]> {
    return this.service.discussed(actor, event.id);
  }

  @Mutation(() => EventObject, { description: 'Coordinators and admins.' })
  async createEvent(@Args('input') input: EventInput, @CurrentActor() actor: Actor | null): Promise<EventObject> {
    return presentEvent(await this.service.get(actor, await this.service.create(actor, input)));
  }

  @Mutation(() => EventObject, { description: 'Coordinators and admins.' })
  async updateEvent(
    @Args('slug') slug: string,
    @Args('input') input: EventInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<EventObject> {
    return presentEvent(await this.service.get(actor, await this.service.update(actor, slug, input)));
  }

  @Mutation(() => Boolean, { description: 'Coordinators and admins.' })
  deleteEvent(@Args('slug') slug: string, @CurrentActor() actor: Actor | null): Promise<boolean> {
    return this.service.delete(actor, slug);
  }

  @Mutation(() => EventObject, { description: 'Oui / non / peut-être; null withdraws the answer.' })
  async setRsvp(
    @Args('slug') slug: string,
    @Args('answer', { type: () => RsvpAnswer, nullable: true }) answer: RsvpAnswer | null,
    @CurrentActor() actor: Actor | null,
  ): Promise<EventObject> {
    await this.service.rsvp(actor, slug, answer ?? null);
    return presentEvent(await this.service.get(actor, slug));
  }

  @Mutation(() => EventObject, {
    description:
      'Coordinators and admins: minutes in Markdown; links to /ressources/<slug> mark those resources « discuté lors de … ».',
  })
  async setEventMinutes(
    @Args('slug') slug: string,
    @Args('markdown') markdown: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<EventObject> {
    await this.service.setMinutes(actor, slug, markdown);
    return presentEvent(await this.service.get(actor, slug));
  }

  @Mutation(() => EventObject, {
    description: 'Coordinators and admins: attaches a reading list to the event (or detaches it).',
  })
  async attachReadingList(
    @Args('slug') slug: string,
    @Args('listSlug') listSlug: string,
    @Args('attached', { defaultValue: true }) attached: boolean,
    @CurrentActor() actor: Actor | null,
  ): Promise<EventObject> {
    await this.service.attachList(actor, slug, listSlug, attached);
    return presentEvent(await this.service.get(actor, slug));
  }
}

@Resolver(() => ReadingListObject)
export class ReadingListEventsResolver {
  constructor(private readonly events: EventsService) {}

  @ResolveField(() => [EventLinkObject], {
    description: 'The meetings this list prepares (that the viewer may see), soonest first.',
  })
  async meetings(@Parent() list: ReadingListObject, @CurrentActor() actor: Actor | null): Promise<EventLinkObject[]> {
    return (await this.events.meetingsOf(actor, list.id)).map((row) => ({
      slug: row.slug,
      title: row.title,
      startsAt: row.starts_at,
      timeZone: row.time_zone,
    }));
  }
}

@Resolver(() => ResourceObject)
export class ResourceEventsResolver {
  constructor(private readonly events: EventsService) {}

  @ResolveField(() => [EventLinkObject], {
    description: '« Discuté lors de … »: events whose minutes link to this resource.',
  })
  async discussedAt(
    @Parent() resource: ResourceObject,
    @CurrentActor() actor: Actor | null,
    @GqlContext() { req }: GraphqlContext,
  ): Promise<EventLinkObject[]> {
    return (await this.events.discussedAt(actor, resource.id, requestReads(req))).map((row) => ({
      slug: row.slug,
      title: row.title,
      startsAt: row.starts_at,
      timeZone: row.time_zone,
    }));
  }
}
