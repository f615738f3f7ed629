export const eventsPath = '/evenements';
export const newEventPath = '/evenements/nouveau';
export const eventPath = (slug: string) => `/evenements/${encodeURIComponent(slug)}`;
export const editEventPath = (slug: string) => `${eventPath(slug)}/modifier`;

/** Served by the API (not a page of the app): the upcoming public events, for a calendar subscription. */
export const CALENDAR_FEED_PATH = '/evenements/calendrier.ics';
