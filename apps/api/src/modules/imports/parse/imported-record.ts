import { ResourceDraft, ValidationIssue, tagKey, validateResourceDraft } from '@culture-commune/shared';

export const IMPORT_FORMATS = ['ris', 'bibtex', 'csl-json', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The fields a record brings; themes, audiences and visibility are chosen for the whole batch. */
export type ImportedFields = Pick<
  ResourceDraft,
  | 'type'
  | 'format'
  | 'title'
  | 'summary'
  | 'url'
  | 'authors'
  | 'authorKinds'
  | 'publisher'
  | 'year'
  | 'language'
  | 'tags'
>;

export const IMPORTED_FIELD_NAMES = [
  'title',
  'summary',
  'authors',
  'publisher',
  'year',
  'url',
  'language',
  'type',
  'format',
  'tags',
] as const satisfies readonly (keyof ImportedFields)[];
export type ImportedFieldName = (typeof IMPORTED_FIELD_NAMES)[number];

/** One record of the file, read: its fields, and what is wrong with them (empty when it can be imported). */
export interface ImportedRecord {
  fields: ImportedFields;
  issues: ValidationIssue[];
}

export const emptyFields = (): ImportedFields => ({
  type: '',
  format: '',
  title: '',
  summary: '',
  url: null,
  authors: [],
  publisher: null,
  year: null,
  language: 'fr',
  tags: [],
});

/** The draft a record becomes once the batch's choices are known. */
export function toDraft(
  fields: ImportedFields,
  batch: Pick<ResourceDraft, 'themeSlugs' | 'audienceSlugs' | 'visibility'>,
): ResourceDraft {
  return { ...fields, body: null, licence: null, durationMinutes: null, organisationSlug: null, ...batch };
}

/** The shared resource rules, on the fields a record brings (the batch's own choices are checked at import). */
export function checkRecord(fields: ImportedFields): ImportedRecord {
  const ownFields = new Set<string>(IMPORTED_FIELD_NAMES);
  const issues = validateResourceDraft(
    toDraft(fields, { themeSlugs: ['-'], audienceSlugs: [], visibility: 'draft' }),
  ).filter((issue) => ownFields.has(issue.field));
  return { fields, issues };
}

/** A record that could not be read at all. */
export function unreadable(detail: string, title = ''): ImportedRecord {
  return { fields: { ...emptyFields(), title }, issues: [{ field: 'record', rule: 'unreadable', params: { detail } }] };
}

/**
 * Keywords that name one of our themes (« Éveil culturel », as our exports write them) add that theme to the draft
 * instead of becoming a tag; the others stay tags. So an exported list imported again gets its themes back.
 */
export function keywordsToThemes(
  draft: ResourceDraft,
  themes: readonly { slug: string; label: string }[],
): ResourceDraft {
  // Exports write « Écrans, santé » as « Écrans santé » (commas separate keywords): compared without them.
  const bySlug = new Map(themes.map((theme) => [tagKey(theme.label.replace(/[,;]/g, ' ')), theme.slug]));
  const themeSlugs = [...draft.themeSlugs];
  const tags: string[] = [];
  for (const tag of draft.tags) {
    const slug = bySlug.get(tagKey(tag.replace(/[,;]/g, ' ')));
    if (slug === undefined) tags.push(tag);
    else if (!themeSlugs.includes(slug)) themeSlugs.push(slug);
  }
  return { ...draft, themeSlugs, tags };
}
