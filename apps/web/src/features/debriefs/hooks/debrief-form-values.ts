import { LIMITS, findChildIdentifiers, type ChildPrivacyOptions } from '@culture-commune/shared';
import type { DebriefFieldsFragment, DebriefInput } from '../../../generated/graphql';

/** The form's state: what the inputs hold (numbers as text, the rating as "" until chosen). */
export interface DebriefFormValues {
  date: string;
  context: string;
  audienceSlug: string;
  ageBand: string;
  participants: string;
  durationMinutes: string;
  parentsPresent: boolean;
  wentWell: string;
  toAdjust: string;
  rating: string;
  /** « J’ai vérifié : aucun enfant n’est identifiable », needed to save text that seems to name a child. */
  childPrivacyConfirmed: boolean;
}

export type DebriefField = keyof DebriefFormValues;

/** The fields in the order the form shows them (and the error summary lists them). */
export const DEBRIEF_FIELDS: readonly DebriefField[] = [
  'date',
  'context',
  'audienceSlug',
  'ageBand',
  'participants',
  'durationMinutes',
  'parentsPresent',
  'wentWell',
  'toAdjust',
  'rating',
  'childPrivacyConfirmed',
];

/** The free-text fields, where a child's first name could slip in. */
export const FREE_TEXT_FIELDS = ['context', 'ageBand', 'wentWell', 'toAdjust'] as const;

export const RATINGS = ['1', '2', '3', '4', '5'] as const;

/** Limits of the short text fields (the long ones are LIMITS.debriefTextMax). */
export const CONTEXT_MAX = 300;
export const AGE_BAND_MAX = 60;

/** A problem found here: a key of `debriefs.issues`, with what its message needs. */
export interface DebriefIssue {
  field: DebriefField;
  rule: 'required' | 'date' | 'future' | 'participants' | 'duration' | 'maxLength' | 'rating' | 'childPrivacy';
  params?: Record<string, number | string>;
}

export function emptyDebriefFormValues(): DebriefFormValues {
  return {
    date: '',
    context: '',
    audienceSlug: '',
    ageBand: '',
    participants: '',
    durationMinutes: '',
    parentsPresent: false,
    wentWell: '',
    toAdjust: '',
    rating: '',
    childPrivacyConfirmed: false,
  };
}

export function formValuesFromDebrief(debrief: DebriefFieldsFragment): DebriefFormValues {
  return {
    date: debrief.date,
    context: debrief.context,
    audienceSlug: debrief.audience?.slug ?? '',
    ageBand: debrief.ageBand ?? '',
    participants: String(debrief.participants),
    durationMinutes: debrief.durationMinutes?.toString() ?? '',
    parentsPresent: debrief.parentsPresent,
    wentWell: debrief.wentWell,
    toAdjust: debrief.toAdjust,
    rating: String(debrief.rating),
    // Confirmed again at each save: the text may have changed.
    childPrivacyConfirmed: false,
  };
}

/** Today as YYYY-MM-DD in the person's time zone (the workshop happened where they are). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const isWholeNumberIn = (text: string, min: number, max: number) => {
  if (!/^\d+$/.test(text.trim())) return false;
  const n = Number(text);
  return n >= min && n <= max;
};

/** The fragments of the free-text fields that seem to name a child, each once. */
export function childIdentifiersIn(values: DebriefFormValues, options: ChildPrivacyOptions = {}): string[] {
  return [...new Set(FREE_TEXT_FIELDS.flatMap((field) => findChildIdentifiers(values[field], options)))];
}

/** Every problem of the form, in form order; the API checks the same and has the last word. */
export function validateDebrief(
  values: DebriefFormValues,
  now: Date = new Date(),
  privacy: ChildPrivacyOptions = {},
): DebriefIssue[] {
  const issues: DebriefIssue[] = [];
  const requireText = (field: DebriefField, text: string, max: number) => {
    if (text.trim() === '') issues.push({ field, rule: 'required' });
    else if (text.trim().length > max) issues.push({ field, rule: 'maxLength', params: { max } });
  };
  if (values.date === '') issues.push({ field: 'date', rule: 'required' });
  else if (!isCalendarDay(values.date)) issues.push({ field: 'date', rule: 'date' });
  else if (values.date > today(now)) issues.push({ field: 'date', rule: 'future' });
  requireText('context', values.context, CONTEXT_MAX);
  if (values.ageBand.trim().length > AGE_BAND_MAX)
    issues.push({ field: 'ageBand', rule: 'maxLength', params: { max: AGE_BAND_MAX } });
  if (values.participants.trim() === '') issues.push({ field: 'participants', rule: 'required' });
  else if (!isWholeNumberIn(values.participants, 1, LIMITS.debriefParticipantsMax)) {
    issues.push({ field: 'participants', rule: 'participants', params: { max: LIMITS.debriefParticipantsMax } });
  }
  if (values.durationMinutes.trim() !== '' && !isWholeNumberIn(values.durationMinutes, 1, LIMITS.durationMaxMinutes)) {
    issues.push({ field: 'durationMinutes', rule: 'duration', params: { max: LIMITS.durationMaxMinutes } });
  }
  requireText('wentWell', values.wentWell, LIMITS.debriefTextMax);
  requireText('toAdjust', values.toAdjust, LIMITS.debriefTextMax);
  if (!(RATINGS as readonly string[]).includes(values.rating)) issues.push({ field: 'rating', rule: 'rating' });
  const names = childIdentifiersIn(values, privacy);
  if (names.length > 0 && !values.childPrivacyConfirmed) {
    issues.push({ field: 'childPrivacyConfirmed', rule: 'childPrivacy', params: { names: names.join(', ') } });
  }
  return issues;
}

const optionalText = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The API input for values that passed validateDebrief. */
export function toDebriefInput(values: DebriefFormValues): DebriefInput {
  return {
    date: values.date,
    context: values.context.trim(),
    audienceSlug: optionalText(values.audienceSlug),
    ageBand: optionalText(values.ageBand),
    participants: Number(values.participants),
    durationMinutes: values.durationMinutes.trim() === '' ? null : Number(values.durationMinutes),
    parentsPresent: values.parentsPresent,
    wentWell: values.wentWell.trim(),
    toAdjust: values.toAdjust.trim(),
    rating: Number(values.rating),
    // Sent only when given: the API records when the author confirmed.
    ...(values.childPrivacyConfirmed ? { childPrivacyConfirmed: true } : {}),
  };
}
