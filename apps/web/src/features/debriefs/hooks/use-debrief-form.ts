import { useEffect, useRef, useState, type FormEvent } from 'react';
import { badUserInputIssues, errorMessage } from '../../../shared/graphql-errors';
import { orderedFieldErrors } from '../../../shared/ordered-field-errors';
import type { DebriefInput } from '../../../generated/graphql';
import {
  DEBRIEF_FIELDS,
  toDebriefInput,
  validateDebrief,
  type DebriefField,
  type DebriefFormValues,
  type DebriefIssue,
} from './debrief-form-values';

/** A field's problem: found here (translated when shown) or reported by the API (its message as sent). */
export type DebriefFieldError = { issue: DebriefIssue } | { message: string };
export type DebriefFieldErrors = Partial<Record<string, DebriefFieldError>>;

/** The API names input fields as the form does; it may prefix them with the argument ("input.rating"). */
const fieldOf = (field: string) => field.replace(/^input\./, '');

/** Errors in form order, then any error about something the form does not show. */
export const orderedDebriefErrors = (errors: DebriefFieldErrors): Array<[string, DebriefFieldError]> =>
  orderedFieldErrors(errors, DEBRIEF_FIELDS);

/**
 * State and behaviour of the debrief form: every field is checked on submit, one field when it loses focus
 * or, once wrong, as it changes; the API's field issues land next to their fields.
 */
export function useDebriefForm(initialValues: DebriefFormValues, onSubmit: (input: DebriefInput) => Promise<void>) {
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<DebriefFieldErrors>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [summaryFocusRequest, setSummaryFocusRequest] = useState(0);
  const summaryRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (summaryFocusRequest > 0) summaryRef.current?.focus();
  }, [summaryFocusRequest]);

  const revalidate = (next: DebriefFormValues, field: DebriefField) => {
    const issue = validateDebrief(next).find((i) => i.field === field);
    setErrors((current) => ({ ...current, [field]: issue ? { issue } : undefined }));
  };

  const setValue = <F extends DebriefField>(field: F, value: DebriefFormValues[F]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (errors[field]) revalidate(next, field);
  };

  const onBlur = (field: DebriefField) => revalidate(values, field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const issues = validateDebrief(values);
    setSubmitError(null);
    if (issues.length > 0) {
      setErrors(Object.fromEntries(issues.map((issue) => [issue.field, { issue }])));
      setSummaryFocusRequest((n) => n + 1);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSubmit(toDebriefInput(values));
    } catch (error) {
      const serverIssues = badUserInputIssues(error);
      if (serverIssues.length > 0) {
        setErrors(Object.fromEntries(serverIssues.map((issue) => [fieldOf(issue.field), { message: issue.message }])));
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
