import type { ValidationIssue } from '@culture-commune/shared';
import type { EventInput } from './dto/event.objects';

export const EVENT_LIMITS = {
  title: 200,
  place: 300,
  description: 5000,
  agenda: 5000,
  minutes: 20000,
  organisers: 10,
} as const;

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('fr-FR', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

export function validateEvent(input: EventInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const title = input.title.trim();
  if (!title) issues.push({ field: 'title', rule: 'required' });
  else if (title.length > EVENT_LIMITS.title)
    issues.push({ field: 'title', rule: 'maxLength', params: { max: EVENT_LIMITS.title } });
  if (Number.isNaN(input.startsAt.getTime())) issues.push({ field: 'startsAt', rule: 'required' });
  if (Number.isNaN(input.endsAt.getTime())) issues.push({ field: 'endsAt', rule: 'required' });
  else if (input.endsAt < input.startsAt)
    issues.push({ field: 'endsAt', rule: 'notBefore', params: { other: 'le début' } });
  if (!validTimeZone(input.timeZone))
    issues.push({ field: 'timeZone', rule: 'unknown', params: { values: input.timeZone } });
  if ((input.place ?? '').trim().length > EVENT_LIMITS.place)
    issues.push({ field: 'place', rule: 'maxLength', params: { max: EVENT_LIMITS.place } });
  if (input.description.length > EVENT_LIMITS.description)
    issues.push({ field: 'description', rule: 'maxLength', params: { max: EVENT_LIMITS.description } });
  if (input.agenda.length > EVENT_LIMITS.agenda)
    issues.push({ field: 'agenda', rule: 'maxLength', params: { max: EVENT_LIMITS.agenda } });
  if (input.organiserSlugs.length > EVENT_LIMITS.organisers)
    issues.push({ field: 'organiserSlugs', rule: 'maxItems', params: { max: EVENT_LIMITS.organisers } });
  return issues;
}
