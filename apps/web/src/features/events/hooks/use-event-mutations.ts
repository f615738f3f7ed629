import { useMutation } from '@apollo/client/react';
import type { EventFieldsFragment, RsvpAnswer } from '../../../generated/graphql';
import { AttachReadingListMutation, SetEventMinutesMutation, SetRsvpMutation } from '../graphql/events.documents';

export type EventOnPage = EventFieldsFragment;

const COUNT_KEYS = { YES: 'yes', NO: 'no', MAYBE: 'maybe' } as const;

// Every mutation on an event answers with the whole event: Apollo writes it over the cached one (same id), and the
// page shows the server's counts, participants, lists and minutes.

/** Answers oui / non / peut-être (null withdraws): the choice and the counts change at once, the rest with the answer. */
export function useSetRsvp() {
  const [setRsvp] = useMutation(SetRsvpMutation);
  return (event: EventOnPage, answer: RsvpAnswer | null) => {
    const counts = { ...event.rsvpCounts };
    if (event.viewerRsvp) counts[COUNT_KEYS[event.viewerRsvp]] = Math.max(0, counts[COUNT_KEYS[event.viewerRsvp]] - 1);
    if (answer) counts[COUNT_KEYS[answer]] += 1;
    return setRsvp({
      variables: { slug: event.slug, answer },
      optimisticResponse: { setRsvp: { ...event, viewerRsvp: answer, rsvpCounts: counts } },
    });
  };
}

export const useSetMinutes = () => useMutation(SetEventMinutesMutation);
export const useAttachReadingList = () => useMutation(AttachReadingListMutation);
