import { graphql } from '../../../generated';

/** What « Événements et rencontres » shows of an event. */
export const EventSummaryFieldsFragment = graphql(`
  fragment EventSummaryFields on Event {
    id
    slug
    kind
    title
    startsAt
    endsAt
    timeZone
    place
    visibility
    organisers {
      id
      slug
      name
    }
    rsvpCounts {
      yes
      no
      maybe
    }
  }
`);

/** A whole event: every mutation on an event answers with it, so the page updates from the answer. */
export const EventFieldsFragment = graphql(`
  fragment EventFields on Event {
    ...EventSummaryFields
    description
    agenda
    icsPath
    viewerCanEdit
    viewerRsvp
    participants {
      answer
      member {
        id
        slug
        name
      }
    }
    readingLists {
      slug
      title
      itemCount
      viewerRead
      viewerCanEdit
    }
    minutesHtml
    minutesMarkdown
    discussedResources {
      slug
      title
    }
  }
`);

/** « Discuté lors de … » on a resource's page: the events whose minutes link to it. */
export const ResourceDiscussedAtFragment = graphql(`
  fragment ResourceDiscussedAt on Resource {
    discussedAt {
      slug
      title
      startsAt
      timeZone
    }
  }
`);

/** Upcoming events soonest first, past ones latest first. */
export const EventsQuery = graphql(`
  query Events($first: Int!) {
    upcoming: events(period: UPCOMING, first: $first) {
      ...EventSummaryFields
    }
    past: events(period: PAST, first: $first) {
      ...EventSummaryFields
    }
  }
`);

/** NOT_FOUND for an event that does not exist and for a network event asked by a visitor. */
export const EventQuery = graphql(`
  query Event($slug: String!) {
    event(slug: $slug) {
      ...EventFields
    }
  }
`);

/** The organisations the form offers as organisers. */
export const EventFormOptionsQuery = graphql(`
  query EventFormOptions {
    organisations {
      id
      slug
      name
    }
  }
`);

/** BAD_USER_INPUT with issues on title, startsAt, endsAt, timeZone, place, description, agenda, organiserSlugs. */
export const CreateEventMutation = graphql(`
  mutation CreateEvent($input: EventInput!) {
    createEvent(input: $input) {
      ...EventFields
    }
  }
`);

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($slug: String!, $input: EventInput!) {
    updateEvent(slug: $slug, input: $input) {
      ...EventFields
    }
  }
`);

export const DeleteEventMutation = graphql(`
  mutation DeleteEvent($slug: String!) {
    deleteEvent(slug: $slug)
  }
`);

/** Oui / non / peut-être for the signed-in person; null withdraws the answer. */
export const SetRsvpMutation = graphql(`
  mutation SetRsvp($slug: String!, $answer: RsvpAnswer) {
    setRsvp(slug: $slug, answer: $answer) {
      ...EventFields
    }
  }
`);

/** Markdown; links to /ressources/<slug> list those resources under « Ressources discutées ». */
export const SetEventMinutesMutation = graphql(`
  mutation SetEventMinutes($slug: String!, $markdown: String!) {
    setEventMinutes(slug: $slug, markdown: $markdown) {
      ...EventFields
    }
  }
`);

/** Attaches a reading list to the event, or detaches it with `attached: false`. */
export const AttachReadingListMutation = graphql(`
  mutation AttachReadingList($slug: String!, $listSlug: String!, $attached: Boolean!) {
    attachReadingList(slug: $slug, listSlug: $listSlug, attached: $attached) {
      ...EventFields
    }
  }
`);

/**
 * The lists an editor may attach to an event: those « Listes de lecture » shows. Asked by the events feature itself
 * (it only needs their slugs and titles), not through the reading lists' documents: features do not import each other.
 */
export const AttachableReadingListsQuery = graphql(`
  query AttachableReadingLists {
    readingLists(mine: false, editable: false) {
      slug
      title
    }
  }
`);
