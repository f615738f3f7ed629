import type { AuthorKindChoice } from './author-names';
import { LIMITS } from './limits';
import { AUDIENCE_SLUGS, FORMATS_BY_TYPE, LANGUAGES, RESOURCE_TYPES, ResourceType, VISIBILITIES } from './vocabulary';

/** What a person fills in to share a resource; the API input and the web form have this shape. */
export interface ResourceDraft {
  type: string;
  format: string;
  title: string;
  summary: string;
  body?: string | null;
  url?: string | null;
  authors: string[];
  /** Authors marked as a person or an organisation (the others are guessed); omitted on update: kept as they were. */
  authorKinds?: AuthorKindChoice[] | null;
  publisher?: string | null;
  year?: number | null;
  language: string;
  licence?: string | null;
  durationMinutes?: number | null;
  visibility: string;
  themeSlugs: string[];
  audienceSlugs: string[];
  tags: string[];
  organisationSlug?: string | null;
}

export type ValidationRule =
  | 'required'
  | 'maxLength'
  | 'minLength'
  | 'email'
  | 'oneOf'
  | 'formatForType'
  | 'url'
  | 'range'
  | 'minItems'
  | 'maxItems'
  | 'unknown'
  | 'duplicate'
  | 'notBefore'
  | 'childPrivacy'
  /** An imported record that could not be read at all (broken BibTeX, RIS without a type…). */
  | 'unreadable'
  /** A file one may not attach (someone else's, already on another resource, or missing). */
  | 'fileUnavailable'
  /** Files whose sizes add up past the per-resource cap. */
  | 'maxTotalSize'
  /** More than one file marked main. */
  | 'oneMainFile'
  /** The same value twice where two different ones are needed (merging an organisation into itself). */
  | 'distinct'
  /** A calendar date written YYYY-MM-DD. */
  | 'date'
  /** A period longer than allowed (the activity report's). */
  | 'maxPeriod';

export interface ValidationIssue {
  field: keyof ResourceDraft | string;
  rule: ValidationRule;
  params?: Record<string, string | number>;
}

type Check = (draft: ResourceDraft) => ValidationIssue[];

const text =
  (field: 'title' | 'summary' | 'body' | 'publisher' | 'licence' | 'url', max: number, required = false): Check =>
  (draft) => {
    const value = (draft[field] ?? '').trim();
    if (required && value === '') return [{ field, rule: 'required' }];
    if (value.length > max) return [{ field, rule: 'maxLength', params: { max } }];
    return [];
  };

const oneOf =
  (field: 'type' | 'language' | 'visibility', allowed: readonly string[]): Check =>
  (draft) => {
    const value = draft[field];
    if (!value) return [{ field, rule: 'required' }];
    return allowed.includes(value) ? [] : [{ field, rule: 'oneOf', params: { allowed: allowed.join(', ') } }];
  };

const list =
  (field: 'authors' | 'tags', maxItems: number, maxLength: number): Check =>
  (draft) => {
    const values = draft[field] ?? [];
    if (values.length > maxItems) return [{ field, rule: 'maxItems', params: { max: maxItems } }];
    const tooLong = values.find((v) => v.trim().length > maxLength);
    return tooLong ? [{ field, rule: 'maxLength', params: { max: maxLength } }] : [];
  };

const checks: Check[] = [
  oneOf('type', RESOURCE_TYPES),
  (draft) => {
    if (!draft.format) return [{ field: 'format', rule: 'required' }];
    const formats = FORMATS_BY_TYPE[draft.type as ResourceType];
    if (formats && !formats.includes(draft.format)) {
      return [{ field: 'format', rule: 'formatForType', params: { allowed: formats.join(', ') } }];
    }
    return [];
  },
  text('title', LIMITS.titleMax, true),
  text('summary', LIMITS.summaryMax, true),
  text('body', LIMITS.bodyMax),
  text('publisher', LIMITS.publisherMax),
  text('licence', LIMITS.licenceMax),
  text('url', LIMITS.urlMax),
  (draft) => {
    const url = (draft.url ?? '').trim();
    if (url === '') return [];
    // Spaces, angle brackets and quotes are never part of an address as typed: they close a Markdown autolink or an
    // HTML attribute in exports (`https://example.org/a>[clic](javascript:…)<`). Percent-encoded, they are fine.
    if (/[\s<>"`]/.test(url)) return [{ field: 'url', rule: 'url' }];
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? [] : [{ field: 'url', rule: 'url' }];
    } catch {
      return [{ field: 'url', rule: 'url' }];
    }
  },
  list('authors', LIMITS.authorsMax, LIMITS.authorMax),
  list('tags', LIMITS.tagsMax, LIMITS.tagMax),
  (draft) => {
    const year = draft.year;
    if (year === null || year === undefined) return [];
    const max = new Date().getFullYear() + 1;
    return Number.isInteger(year) && year >= LIMITS.yearMin && year <= max
      ? []
      : [{ field: 'year', rule: 'range', params: { min: LIMITS.yearMin, max } }];
  },
  (draft) => {
    const minutes = draft.durationMinutes;
    if (minutes === null || minutes === undefined) return [];
    return Number.isInteger(minutes) && minutes >= 1 && minutes <= LIMITS.durationMaxMinutes
      ? []
      : [{ field: 'durationMinutes', rule: 'range', params: { min: 1, max: LIMITS.durationMaxMinutes } }];
  },
  oneOf('language', LANGUAGES),
  oneOf('visibility', VISIBILITIES),
  (draft) => {
    const themes = draft.themeSlugs ?? [];
    if (themes.length === 0) return [{ field: 'themeSlugs', rule: 'minItems', params: { min: 1 } }];
    return themes.length > LIMITS.themesMax
      ? [{ field: 'themeSlugs', rule: 'maxItems', params: { max: LIMITS.themesMax } }]
      : [];
  },
  (draft) => {
    const unknown = (draft.audienceSlugs ?? []).filter((slug) => !AUDIENCE_SLUGS.includes(slug));
    return unknown.length ? [{ field: 'audienceSlugs', rule: 'unknown', params: { values: unknown.join(', ') } }] : [];
  },
];

/** Checks a draft against every rule that needs no database; returns one issue per failing field. */
export function validateResourceDraft(draft: ResourceDraft): ValidationIssue[] {
  const issues = checks.flatMap((check) => check(draft));
  const seen = new Set<string>();
  return issues.filter((issue) => (seen.has(issue.field) ? false : (seen.add(issue.field), true)));
}
