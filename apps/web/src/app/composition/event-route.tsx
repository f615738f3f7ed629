import type { EventSlots } from '../../features/events/components/event-reading-lists';
import { EventPage } from '../../features/events/pages/event-page';
import { AddResourcesToList } from '../../features/reading-lists/components/add-resources-to-list';

/** The parts of other features on an event's page (see search-slots.tsx). */
export const eventSlots: EventSlots = {
  addResources: (list, announce, onAdded) => (
    <AddResourcesToList slug={list.slug} title={list.title} announce={announce} onAdded={onAdded} />
  ),
};

/** `/evenements/:slug`, loaded on demand with its slots. */
export function EventRoute() {
  return <EventPage slots={eventSlots} />;
}
