/** The fields a resource's history records and shows, in the order the « Historique » page lists them. */
export const RESOURCE_HISTORY_FIELDS = [
  'title',
  'summary',
  'body',
  'url',
  'authors',
  'publisher',
  'year',
  'language',
  'licence',
  'durationMinutes',
  'type',
  'format',
  'visibility',
  'organisation',
  'themes',
  'audiences',
  'tags',
  'files',
] as const;

export type ResourceHistoryField = (typeof RESOURCE_HISTORY_FIELDS)[number];

export const isResourceHistoryField = (value: string): value is ResourceHistoryField =>
  (RESOURCE_HISTORY_FIELDS as readonly string[]).includes(value);
