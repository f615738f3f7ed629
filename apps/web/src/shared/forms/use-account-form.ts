import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { badUserInputIssues, errorMessage, type ServerIssue } from '../graphql-errors';
import { choiceId } from '../ui/form-controls';
import { PASSWORD_MIN_LENGTH, type AccountIssue } from './account-validation';

type FormValues = Record<string, string | string[]>;
type FieldOf<V> = Extract<keyof V, string>;

/** A field's problem: found here (translated when shown) or reported by the API (its message as sent). */
export type AccountFieldError = { issue: AccountIssue } | { message: string };

/** One line of the error summary. */
export interface SummaryEntry {
  field: string;
  text: string;
  /** The id of the input to focus. */
  targetId: string;
}

interface AccountFormOptions<V extends FormValues> {
  initialValues: V;
  /** The fields in the order the form shows them (and the summary lists them). */
  fields: readonly FieldOf<V>[];
  /** Fields shown as a group of checkboxes or radio buttons: the summary links to their first input. */
  groups?: readonly FieldOf<V>[];
  /** The visible label of each field, for the summary. */
  label: (field: FieldOf<V>) => string;
  validate: (values: V) => Partial<Record<FieldOf<V>, AccountIssue>>;
  /** Saves; throws the API's error on failure. */
  onSubmit: (values: V) => Promise<void>;
  /** The form's field for a field named by the API (default: the same name, when the form has it). */
  serverField?: (field: string) => FieldOf<V> | undefined;
  /** Our own wording for an API issue, when the API's message is not meant for people. */
  serverIssue?: (issue: ServerIssue) => AccountIssue | undefined;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * State and behaviour of the small account forms: every field checked on submit, one field when it
 * loses focus with something in it or, once wrong, as it changes; the API's field issues shown next
 * to their fields and any other failure as the summary's message; the summary focused after a
 * failed submit.
 */
export function useAccountForm<V extends FormValues>(options: AccountFormOptions<V>) {
  const { initialValues, fields, groups = [], label, validate, onSubmit } = options;
  const { t } = useTranslation();
  const formId = useId();
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<Partial<Record<FieldOf<V>, AccountFieldError>>>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [summaryFocusRequest, setSummaryFocusRequest] = useState(0);
  const summaryRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (summaryFocusRequest > 0) summaryRef.current?.focus();
  }, [summaryFocusRequest]);

  const inputId = (field: FieldOf<V>) => `${formId}-${field}`;
  const targetId = (field: FieldOf<V>) => (groups.includes(field) ? choiceId(inputId(field), 0) : inputId(field));
  const isField = (field: string): field is FieldOf<V> => (fields as readonly string[]).includes(field);
  const serverField = options.serverField ?? ((field: string) => (isField(field) ? field : undefined));

  const errorText = (error: AccountFieldError | undefined): string | undefined => {
    if (error === undefined) return undefined;
    return 'issue' in error ? t(`accounts.issues.${error.issue}`, { min: PASSWORD_MIN_LENGTH }) : error.message;
  };

  const setValue = <F extends FieldOf<V>>(field: F, value: V[F]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // Fields already marked wrong are checked again, the edited one and those depending on it
    // (the confirmation when the password changes); an API message goes once the field is edited.
    const wrong = fields.filter(
      (f) => errors[f] !== undefined && (f === field || 'issue' in (errors[f] as AccountFieldError)),
    );
    if (wrong.length === 0) return;
    const issues = validate(next);
    setErrors((current) => {
      const updated = { ...current };
      for (const f of wrong) {
        const issue = issues[f];
        updated[f] = issue ? { issue } : undefined;
      }
      return updated;
    });
  };

  const onBlur = (field: FieldOf<V>) => {
    const value = values[field];
    if (value === '' || (Array.isArray(value) && value.length === 0)) return; // "required" waits for the submit
    const issue = validate(values)[field];
    setErrors((current) => ({ ...current, [field]: issue ? { issue } : undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    setSubmitError(null);
    const issues = validate(values);
    const found = fields.filter((field) => issues[field] !== undefined);
    if (found.length > 0) {
      setErrors(Object.fromEntries(found.map((field) => [field, { issue: issues[field] }])) as typeof errors);
      setSummaryFocusRequest((n) => n + 1);
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      await onSubmit(values);
    } catch (error) {
      const serverIssues = badUserInputIssues(error);
      const placed = serverIssues.filter((issue) => serverField(issue.field) !== undefined);
      const elsewhere = serverIssues.filter((issue) => serverField(issue.field) === undefined);
      const fieldError = (issue: ServerIssue): AccountFieldError => {
        const ours = options.serverIssue?.(issue);
        return ours ? { issue: ours } : { message: issue.message };
      };
      setErrors(
        Object.fromEntries(placed.map((issue) => [serverField(issue.field), fieldError(issue)])) as typeof errors,
      );
      if (elsewhere.length > 0) setSubmitError(elsewhere.map((issue) => issue.message).join(' '));
      else if (placed.length === 0) setSubmitError(errorMessage(error));
      setSummaryFocusRequest((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  };

  /** Starts again with these values (after a success that keeps the form on screen). */
  const reset = (next: V = initialValues) => {
    setValues(next);
    setErrors({});
    setSubmitError(null);
  };

  /** The props of a TextField or SelectField for a field. */
  const bind = <F extends FieldOf<V>>(field: F) => ({
    id: inputId(field),
    label: label(field),
    error: errorText(errors[field]),
    value: values[field] as string,
    onChange: (value: string) => setValue(field, value as V[F]),
    onBlur: () => onBlur(field),
  });

  const summaryEntries: SummaryEntry[] = fields.flatMap((field) => {
    const message = errorText(errors[field]);
    if (message === undefined) return [];
    // The API's messages may already name the field ("Nom : …"); ours never do.
    const text = message.startsWith(label(field))
      ? message
      : t('form.issue', { field: label(field), message: lowerFirst(message) });
    return [{ field, text, targetId: targetId(field) }];
  });

  return {
    formId,
    values,
    errors,
    submitError,
    submitting,
    setValue,
    onBlur,
    submit,
    reset,
    bind,
    inputId,
    errorText,
    summaryEntries,
    summaryRef,
  };
}
