import { READING_LIST_LIMITS, VISIBILITIES, type ValidationIssue } from '@culture-commune/shared';
import type { ReadingListInput } from './dto/reading-list.objects';

export function validateReadingList(input: ReadingListInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const title = input.title.trim();
  if (!title) issues.push({ field: 'title', rule: 'required' });
  else if (title.length > READING_LIST_LIMITS.title)
    issues.push({ field: 'title', rule: 'maxLength', params: { max: READING_LIST_LIMITS.title } });
  if (input.intro.trim().length > READING_LIST_LIMITS.intro)
    issues.push({ field: 'intro', rule: 'maxLength', params: { max: READING_LIST_LIMITS.intro } });
  if (!(VISIBILITIES as readonly string[]).includes(input.visibility)) {
    issues.push({ field: 'visibility', rule: 'oneOf', params: { allowed: VISIBILITIES.join(', ') } });
  }
  return issues;
}

export function validateNote(note: string): ValidationIssue[] {
  return note.trim().length > READING_LIST_LIMITS.note
    ? [{ field: 'note', rule: 'maxLength', params: { max: READING_LIST_LIMITS.note } }]
    : [];
}
