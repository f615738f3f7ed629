import { AUDIENCE_SLUGS, LIMITS, ValidationIssue } from '@culture-commune/shared';
import type { DebriefInput } from './dto/debrief.objects';

/** Rules that need no database; every failing field is reported at once. */
export function validateDebrief(input: DebriefInput, today = new Date()): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const date = /^\d{4}-\d{2}-\d{2}$/.test(input.date) ? new Date(`${input.date}T00:00:00Z`) : null;
  const tomorrow = new Date(today.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== input.date) {
    issues.push({ field: 'date', rule: 'required' });
  } else if (input.date > tomorrow || input.date < '1990-01-01') {
    issues.push({ field: 'date', rule: 'range', params: { min: '1990-01-01', max: tomorrow } });
  }
  const text = (field: 'context' | 'wentWell' | 'toAdjust', max: number) => {
    const value = input[field].trim();
    if (!value) issues.push({ field, rule: 'required' });
    else if (value.length > max) issues.push({ field, rule: 'maxLength', params: { max } });
  };
  text('context', 300);
  text('wentWell', LIMITS.debriefTextMax);
  text('toAdjust', LIMITS.debriefTextMax);
  if ((input.ageBand ?? '').length > 60) issues.push({ field: 'ageBand', rule: 'maxLength', params: { max: 60 } });
  if (input.audienceSlug && !AUDIENCE_SLUGS.includes(input.audienceSlug)) {
    issues.push({ field: 'audienceSlug', rule: 'unknown', params: { values: input.audienceSlug } });
  }
  if (
    !Number.isInteger(input.participants) ||
    input.participants < 1 ||
    input.participants > LIMITS.debriefParticipantsMax
  ) {
    issues.push({ field: 'participants', rule: 'range', params: { min: 1, max: LIMITS.debriefParticipantsMax } });
  }
  const minutes = input.durationMinutes;
  if (
    minutes !== null &&
    minutes !== undefined &&
    (!Number.isInteger(minutes) || minutes < 1 || minutes > LIMITS.durationMaxMinutes)
  ) {
    issues.push({ field: 'durationMinutes', rule: 'range', params: { min: 1, max: LIMITS.durationMaxMinutes } });
  }
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5)
    issues.push({ field: 'rating', rule: 'range', params: { min: 1, max: 5 } });
  return issues;
}
