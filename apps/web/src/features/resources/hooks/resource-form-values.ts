import { authorKindsFor, tagKey, type AuthorKind, type ResourceDraft } from '@culture-commune/shared';
import type { ResourceFieldsFragment, ResourceInput, ResourceType, Visibility } from '../../../generated/graphql';

/** The form's state: what the inputs hold, as text (lists are comma-separated, numbers are strings). */
export interface ResourceFormValues {
  type: string;
  format: string;
  title: string;
  summary: string;
  body: string;
  url: string;
  authors: string;
  /** Authors marked as a person or an organisation, by name (the others are guessed). */
  authorKinds: Record<string, AuthorKind>;
  publisher: string;
  year: string;
  language: string;
  licence: string;
  durationMinutes: string;
  visibility: string;
  themeSlugs: string[];
  audienceSlugs: string[];
  tags: string;
  organisationSlug: string;
}

export type FormField = keyof ResourceFormValues;

/** The fields in the order the form shows them (and the error summary lists them). */
export const FORM_FIELDS: readonly FormField[] = [
  'type',
  'format',
  'title',
  'summary',
  'body',
  'url',
  'themeSlugs',
  'audienceSlugs',
  'tags',
  'authors',
  'publisher',
  'year',
  'language',
  'licence',
  'durationMinutes',
  'organisationSlug',
  'visibility',
];

export function emptyResourceFormValues(): ResourceFormValues {
  return {
    type: '',
    format: '',
    title: '',
    summary: '',
    body: '',
    url: '',
    authors: '',
    authorKinds: {},
    publisher: '',
    year: '',
    language: 'fr',
    licence: '',
    durationMinutes: '',
    visibility: 'network',
    themeSlugs: [],
    audienceSlugs: [],
    tags: '',
    organisationSlug: '',
  };
}

export function formValuesFromResource(resource: ResourceFieldsFragment): ResourceFormValues {
  return {
    type: resource.type,
    format: resource.format,
    title: resource.title,
    summary: resource.summary,
    body: resource.body ?? '',
    url: resource.url ?? '',
    authors: resource.authors.join(', '),
    authorKinds: Object.fromEntries(resource.authorKinds.map((choice) => [choice.name, choice.kind])),
    publisher: resource.publisher ?? '',
    year: resource.year?.toString() ?? '',
    language: resource.language,
    licence: resource.licence ?? '',
    durationMinutes: resource.durationMinutes?.toString() ?? '',
    visibility: resource.visibility,
    themeSlugs: resource.themes.map((theme) => theme.slug),
    audienceSlugs: resource.audiences.map((audience) => audience.slug),
    tags: resource.tags.map((tag) => tag.label).join(', '),
    organisationSlug: resource.organisation?.slug ?? '',
  };
}

/** "a, b , ,c" → ["a", "b", "c"], without repeats (tags compare case- and accent-insensitively). */
export function splitList(text: string, key: (value: string) => string = (value) => value): string[] {
  const seen = new Set<string>();
  return text
    .split(',')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter((part) => part !== '' && !seen.has(key(part)) && (seen.add(key(part)), true));
}

const optionalText = (text: string): string | null => (text.trim() === '' ? null : text.trim());
const optionalNumber = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/** What the form says, in the shape the shared validation and the API expect. */
export function draftFromValues(values: ResourceFormValues): ResourceDraft {
  const authors = splitList(values.authors);
  return {
    type: values.type,
    format: values.format,
    title: values.title.trim(),
    summary: values.summary.trim(),
    body: optionalText(values.body),
    url: optionalText(values.url),
    authors,
    // Always sent: the form shows every choice, so an author set back to « Automatique » loses its mark.
    authorKinds: Object.entries(authorKindsFor(authors, values.authorKinds)).map(([name, kind]) => ({ name, kind })),
    publisher: optionalText(values.publisher),
    year: optionalNumber(values.year),
    language: values.language,
    licence: optionalText(values.licence),
    // A duration only means something for a mediation tool; the field is hidden for the other types.
    durationMinutes: values.type === 'outil' ? optionalNumber(values.durationMinutes) : null,
    visibility: values.visibility,
    themeSlugs: values.themeSlugs,
    audienceSlugs: values.audienceSlugs,
    tags: splitList(values.tags, tagKey),
    organisationSlug: optionalText(values.organisationSlug),
  };
}

/** The API input for a draft that passed validateResourceDraft (so type and visibility are known values). */
export function toResourceInput(draft: ResourceDraft): ResourceInput {
  return {
    ...draft,
    type: draft.type as ResourceType,
    visibility: draft.visibility as Visibility,
  };
}
