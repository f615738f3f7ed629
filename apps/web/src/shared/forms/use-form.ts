import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { badUserInputIssues, errorMessage, type ServerIssue } from '../graphql-errors';
import { choiceId } from '../ui/form-controls';
import type { SummaryEntry } from '../ui/error-summary';

type FieldOf<V> = Extract<keyof V, string>;

/** A field's problem: found here (translated when shown) or reported by the API (its message as sent). */
export type FieldError<I> = { issue: I } | { message: string };

export interface FormOptions<V extends object, I> {
  initialValues: V;
  /** The fields in the order the form shows them (and the summary lists them). */
  fields: readonly FieldOf<V>[];
  /** Fields shown as a group of checkboxes or radio buttons: the summary links to their first input. */
  groups?: readonly FieldOf<V>[];
  /** The visible label of each field, for the summary. */
  label: (field: FieldOf<V>) => string;
  /** The problems of the values, by field (the same rules as the API's where they are shared). */
  validate: (values: V) => Partial<Record<string, I>>;
  /** A problem found here, in the interface language. */
  issueText: (issue: I) => string;
  /** Saves; throws the API's error on failure. */
  onSubmit: (values: V) => Promise<void>;
  /**
   * The form's field for a field named by the API (default: the same name, when the form has it). Issues
   * about no field of the form become the summary's message.
   */
  serverField?: (field: string) => string | undefined;
  /** Our own wording for an API issue, when the API's message is not meant for people. */
  serverIssue?: (issue: ServerIssue) => I | undefined;
  /** Fields whose problem may change with this one (the format when the type changes). */
  dependents?: (field: FieldOf<V>) => readonly FieldOf<V>[];
  /** The values after a change, when a change makes another value wrong (a format of another type). */
  adjust?: (next: V, field: FieldOf<V>) => V;
  /** Also report a missing value when an empty field loses focus (by default "required" waits for the submit). */
  requiredOnBlur?: boolean;
}

const isEmpty = (value: unknown) => value === '' || (Array.isArray(value) && value.length === 0);
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const definedEntries = <T>(record: Partial<Record<string, T>>) =>
  Object.entries(record).filter((entry): entry is [string, T] => entry[1] !== undefined);

/**
 * The state and behaviour of every form: all fields checked on submit, one field when it loses focus
 * or, once wrong, as it (or a field it depends on) changes; the API's field issues shown next to their
 * fields and any other failure as the summary's message; the error summary focused after a failed submit.
 */
export function useForm<V extends object, I>(options: FormOptions<V, I>) {
  const { initialValues, fields, groups = [], label, validate, issueText, onSubmit } = options;
  const { t } = useTranslation();
  const formId = useId();
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<Partial<Record<string, FieldError<I>>>>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [summaryFocusRequest, setSummaryFocusRequest] = useState(0);
  const summaryRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (summaryFocusRequest > 0) summaryRef.current?.focus();
  }, [summaryFocusRequest]);

  const isField = (field: string): field is FieldOf<V> => (fields as readonly string[]).includes(field);
  const inputId = (field: FieldOf<V>) => `${formId}-${field}`;
  const targetId = (field: FieldOf<V>) => (groups.includes(field) ? choiceId(inputId(field), 0) : inputId(field));
  const labelOf = (field: string) => (isField(field) ? label(field) : field);
  const serverField = options.serverField ?? ((field: string) => (isField(field) ? field : undefined));

  const errorText = (error: FieldError<I> | undefined): string | undefined => {
    if (error === undefined) return undefined;
    return 'issue' in error ? issueText(error.issue) : error.message;
  };

  const setValue = <F extends FieldOf<V>>(field: F, value: V[F]) => {
    const changed = { ...values, [field]: value };
    const next = options.adjust ? options.adjust(changed, field) : changed;
    setValues(next);
    // Fields already marked wrong are checked again: the edited one, those depending on it, and those
    // wrong by our own rules (the confirmation when the password changes); an API message goes once its
    // field is edited.
    const related: string[] = [field, ...(options.dependents?.(field) ?? [])];
    const wrong = definedEntries(errors)
      .filter(([f, error]) => related.includes(f) || 'issue' in error)
      .map(([f]) => f);
    if (wrong.length === 0) return;
    const issues = validate(next);
    setErrors((current) => {
      const updated = { ...current };
      for (const f of wrong) {
        const issue = issues[f];
        updated[f] = issue !== undefined ? { issue } : undefined;
      }
      return updated;
    });
  };

  const onBlur = (field: FieldOf<V>) => {
    if (!options.requiredOnBlur && isEmpty(values[field])) return;
    const issue = validate(values)[field];
    setErrors((current) => ({ ...current, [field]: issue !== undefined ? { issue } : undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    setSubmitError(null);
    const found = definedEntries(validate(values));
    if (found.length > 0) {
      setErrors(Object.fromEntries(found.map(([field, issue]) => [field, { issue }])));
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
      const fieldError = (issue: ServerIssue): FieldError<I> => {
        const ours = options.serverIssue?.(issue);
        return ours !== undefined ? { issue: ours } : { message: issue.message };
      };
      setErrors(Object.fromEntries(placed.map((issue) => [serverField(issue.field), fieldError(issue)])));
      if (elsewhere.length > 0) setSubmitError(elsewhere.map((issue) => issue.message).join(' '));
      else if (placed.length === 0) setSubmitError(errorMessage(error));
      setSummaryFocusRequest((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  };

  /**
   * Several values at once, from outside the person's typing (a link's preview filling empty fields): the values of
   * the latest state are kept, and the filled fields lose their now stale errors.
   */
  const fill = (changes: Partial<V>) => {
    const names = Object.keys(changes);
    if (names.length === 0) return;
    setValues((current) => ({ ...current, ...changes }));
    setErrors((current) => {
      const updated = { ...current };
      for (const name of names) updated[name] = undefined;
      return updated;
    });
  };

  /** Starts again with these values (after a success that keeps the form on screen). */
  const reset = (next: V = initialValues) => {
    setValues(next);
    setErrors({});
    setSubmitError(null);
  };

  /** The props every control takes for a field (ChoiceGroup adds its choices and selection). */
  const field = (name: FieldOf<V>) => ({
    id: inputId(name),
    label: label(name),
    error: errorText(errors[name]),
    onBlur: () => onBlur(name),
  });

  /** The props of a TextField or SelectField for a field holding text. */
  const bind = <F extends FieldOf<V>>(name: F) => ({
    ...field(name),
    value: values[name] as string,
    onChange: (value: string) => setValue(name, value as V[F]),
  });

  // In form order, then any error about something the form does not show (no link then).
  const rank = (name: string) => (isField(name) ? fields.indexOf(name) : fields.length);
  const summaryEntries: SummaryEntry[] = definedEntries(errors)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([name, error]) => {
      const message = errorText(error) ?? '';
      // The API's messages may already name the field ("Nom : …"); ours never do.
      const text = message.startsWith(labelOf(name))
        ? message
        : t('form.issue', { field: labelOf(name), message: lowerFirst(message) });
      return { field: name, text, targetId: isField(name) ? targetId(name) : undefined };
    });

  return {
    formId,
    values,
    errors,
    submitError,
    submitting,
    setValue,
    fill,
    onBlur,
    submit,
    reset,
    field,
    bind,
    inputId,
    errorText,
    /** The props of the form's ErrorSummary, but its failure title. */
    summary: { entries: summaryEntries, submitError, summaryRef },
  };
}
