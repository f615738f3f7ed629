import {
  FORMATS_BY_TYPE,
  validateResourceDraft,
  type ResourceType,
  type ValidationIssue,
} from '@culture-commune/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { badUserInputIssues, errorMessage } from '../../../shared/graphql-errors';
import { orderedFieldErrors } from '../../../shared/ordered-field-errors';
import type { FieldError } from '../../../shared/ui/error-summary';
import type { ResourceInput } from '../../../generated/graphql';
import {
  draftFromValues,
  FORM_FIELDS,
  toResourceInput,
  type FormField,
  type ResourceFormValues,
} from './resource-form-values';

/** A field's problem: found here (translated when shown) or reported by the API (its message as sent). */
export type { FieldError };
export type FieldErrors = Partial<Record<string, FieldError>>;

const issuesByField = (issues: ValidationIssue[]): FieldErrors =>
  Object.fromEntries(issues.map((issue) => [issue.field, { issue }]));

function fieldIssue(values: ResourceFormValues, field: FormField): ValidationIssue | undefined {
  return validateResourceDraft(draftFromValues(values)).find((issue) => issue.field === field);
}

/** Errors in form order, then any error about something the form does not show. */
export const orderedErrors = (errors: FieldErrors): Array<[string, FieldError]> =>
  orderedFieldErrors(errors, FORM_FIELDS);

/**
 * State and behaviour of the resource form. Validation uses the shared rules (the API applies the
 * same ones): every field on submit, one field when it loses focus or, once wrong, as it changes.
 */
export function useResourceForm(initialValues: ResourceFormValues, onSubmit: (input: ResourceInput) => Promise<void>) {
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [summaryFocusRequest, setSummaryFocusRequest] = useState(0);
  const summaryRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (summaryFocusRequest > 0) summaryRef.current?.focus();
  }, [summaryFocusRequest]);

  const revalidate = (next: ResourceFormValues, field: FormField) => {
    const issue = fieldIssue(next, field);
    setErrors((current) => ({ ...current, [field]: issue ? { issue } : undefined }));
  };

  const setValue = <F extends FormField>(field: F, value: ResourceFormValues[F]) => {
    const next = { ...values, [field]: value };
    if (field === 'type') {
      // A format belongs to one type: changing the type drops a format that no longer fits.
      const formats = FORMATS_BY_TYPE[value as ResourceType] ?? [];
      if (!formats.includes(next.format)) next.format = '';
    }
    setValues(next);
    const dependents: FormField[] = field === 'type' ? ['type', 'format', 'durationMinutes'] : [field];
    for (const dependent of dependents) if (errors[dependent]) revalidate(next, dependent);
  };

  const onBlur = (field: FormField) => revalidate(values, field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const draft = draftFromValues(values);
    const issues = validateResourceDraft(draft);
    setSubmitError(null);
    if (issues.length > 0) {
      setErrors(issuesByField(issues));
      setSummaryFocusRequest((n) => n + 1);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSubmit(toResourceInput(draft));
    } catch (error) {
      const serverIssues = badUserInputIssues(error);
      if (serverIssues.length > 0) {
        setErrors(Object.fromEntries(serverIssues.map((issue) => [issue.field, { message: issue.message }])));
      } else {
        setSubmitError(errorMessage(error));
      }
      setSummaryFocusRequest((n) => n + 1);
    } finally {
      setSaving(false);
    }
  };

  return { values, errors, submitError, saving, setValue, onBlur, submit, summaryRef };
}
