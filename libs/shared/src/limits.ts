/** Limits enforced by the API and mirrored by the web form. */
export const LIMITS = {
  titleMax: 200,
  summaryMax: 2000,
  bodyMax: 20000,
  urlMax: 2000,
  publisherMax: 200,
  licenceMax: 100,
  authorsMax: 20,
  authorMax: 120,
  tagsMax: 20,
  tagMax: 60,
  themesMax: 8,
  yearMin: 1800,
  durationMaxMinutes: 24 * 60,
  searchQueryMax: 200,
  pageSizeMax: 100,
  pageSizeDefault: 20,
  pageMax: 1000,
  passwordMin: 12,
  debriefTextMax: 2000,
  debriefParticipantsMax: 10000,
  passwordMax: 200,
  nameMax: 160,
} as const;

/** Reading lists: what the API checks and the web app checks before sending. */
export const READING_LIST_LIMITS = { title: 200, intro: 5000, note: 1000 } as const;
