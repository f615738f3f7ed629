import { KIT_LIMITS, isCalendarDay, nextCalendarDay, type ValidationIssue } from '@culture-commune/shared';
import type { KitInput, KitLoanRequestInput, KitReturnCheckLineInput } from './dto/kit.objects';

function text(issues: ValidationIssue[], field: string, value: string, max: number, required = false): void {
  const trimmed = value.trim();
  if (required && !trimmed) issues.push({ field, rule: 'required' });
  else if (trimmed.length > max) issues.push({ field, rule: 'maxLength', params: { max } });
}

export function validateKit(input: KitInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  text(issues, 'name', input.name, KIT_LIMITS.name, true);
  text(issues, 'description', input.description, KIT_LIMITS.description);
  text(issues, 'conditionNotes', input.conditionNotes, KIT_LIMITS.conditionNotes);
  text(issues, 'pickupPlace', input.pickupPlace, KIT_LIMITS.pickupPlace);
  text(issues, 'loanConditions', input.loanConditions, KIT_LIMITS.loanConditions);
  if (input.items.length > KIT_LIMITS.items)
    issues.push({ field: 'items', rule: 'maxItems', params: { max: KIT_LIMITS.items } });
  input.items.forEach((item, index) => {
    text(issues, `items.${index}.label`, item.label, KIT_LIMITS.itemLabel, true);
    if (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > KIT_LIMITS.quantity)
      issues.push({ field: `items.${index}.quantity`, rule: 'range', params: { min: 1, max: KIT_LIMITS.quantity } });
  });
  if (input.resourceSlugs.length > KIT_LIMITS.resources)
    issues.push({ field: 'resourceSlugs', rule: 'maxItems', params: { max: KIT_LIMITS.resources } });
  return issues;
}

/** A request's days: real days, the last not before the first, the first not before `today`, not too long. */
export function validateLoanRequest(input: KitLoanRequestInput, today: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const startsOk = isCalendarDay(input.startsOn);
  const endsOk = isCalendarDay(input.endsOn);
  if (!startsOk) issues.push({ field: 'startsOn', rule: 'required' });
  else if (input.startsOn < today)
    issues.push({ field: 'startsOn', rule: 'notBefore', params: { other: 'aujourd’hui' } });
  if (!endsOk) issues.push({ field: 'endsOn', rule: 'required' });
  else if (startsOk && input.endsOn < input.startsOn)
    issues.push({ field: 'endsOn', rule: 'notBefore', params: { other: 'le premier jour du prêt' } });
  else if (startsOk && input.endsOn >= nextCalendarDay(input.startsOn, KIT_LIMITS.loanDays))
    issues.push({ field: 'endsOn', rule: 'range', params: { min: 1, max: KIT_LIMITS.loanDays } });
  text(issues, 'purpose', input.purpose, KIT_LIMITS.purpose, true);
  return issues;
}

export function validateReturnCheck(lines: KitReturnCheckLineInput[], notes: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (lines.length > KIT_LIMITS.items)
    issues.push({ field: 'returnCheck', rule: 'maxItems', params: { max: KIT_LIMITS.items } });
  lines.forEach((line, index) => {
    text(issues, `returnCheck.${index}.label`, line.label, KIT_LIMITS.itemLabel, true);
    for (const field of ['missing', 'broken'] as const)
      if (!Number.isInteger(line[field]) || line[field] < 0 || line[field] > KIT_LIMITS.quantity)
        issues.push({
          field: `returnCheck.${index}.${field}`,
          rule: 'range',
          params: { min: 0, max: KIT_LIMITS.quantity },
        });
    text(issues, `returnCheck.${index}.note`, line.note, KIT_LIMITS.itemLabel);
  });
  text(issues, 'returnNotes', notes, KIT_LIMITS.returnNotes);
  return issues;
}
