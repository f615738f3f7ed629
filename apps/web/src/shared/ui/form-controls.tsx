import type { FocusEvent, ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';

/** Ids of the hint and error texts of a field, for aria-describedby. */
const hintId = (id: string) => `${id}-hint`;
const errorId = (id: string) => `${id}-error`;

function describedBy(id: string, hint?: string, error?: string, extra?: string): string | undefined {
  const ids = [hint ? hintId(id) : null, error ? errorId(id) : null, extra ?? null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function LabelText({ label, required }: { label: string; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {label}
      {required && <span className="required"> {t('form.required')}</span>}
    </>
  );
}

function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id={hintId(id)} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId(id)} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

interface BaseFieldProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  className?: string;
}

interface TextFieldProps extends BaseFieldProps {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  type?: 'text' | 'url' | 'number' | 'email' | 'password' | 'date' | 'datetime-local';
  multiline?: boolean;
  /** The id of one more text that describes the field (a warning shown after it). */
  extraDescribedBy?: string;
  /** Shown after the input (a warning about what was typed). */
  children?: ReactNode;
  rows?: number;
  min?: number;
  max?: number;
  autoComplete?: string;
  /** Text pasted into the field (before it changes the value). */
  onPaste?: (text: string) => void;
  /** The language of what is typed, when it is not the page's (an English label). */
  lang?: string;
}

export function TextField({
  id,
  label,
  required,
  hint,
  error,
  className,
  value,
  onChange,
  onBlur,
  extraDescribedBy,
  children,
  ...rest
}: TextFieldProps) {
  const a11y = {
    id,
    'aria-describedby': describedBy(id, hint, error, extraDescribedBy),
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
  };
  return (
    <div className={`field ${className ?? ''} ${error ? 'has-error' : ''}`.trim()}>
      <label htmlFor={id}>
        <LabelText label={label} required={required} />
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {rest.multiline ? (
        <textarea
          {...a11y}
          lang={rest.lang}
          rows={rest.rows ?? 4}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
      ) : (
        <input
          {...a11y}
          lang={rest.lang}
          type={rest.type ?? 'text'}
          inputMode={rest.type === 'number' ? 'numeric' : undefined}
          min={rest.min}
          max={rest.max}
          autoComplete={rest.autoComplete ?? 'off'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          onPaste={rest.onPaste && ((event) => rest.onPaste?.(event.clipboardData.getData('text')))}
        />
      )}
      {children}
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
  /** In a select: shown, but cannot be chosen (a reading list that already holds the resource). */
  disabled?: boolean;
}

interface SelectFieldProps extends BaseFieldProps {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  choices: readonly Choice[];
  /** The first, empty option ("— Choisir un type —"). */
  placeholder?: string;
  disabled?: boolean;
}

export function SelectField({
  id,
  label,
  required,
  hint,
  error,
  className,
  value,
  onChange,
  onBlur,
  choices,
  placeholder,
  disabled,
}: SelectFieldProps) {
  return (
    <div className={`field ${className ?? ''} ${error ? 'has-error' : ''}`.trim()}>
      <label htmlFor={id}>
        <LabelText label={label} required={required} />
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value} disabled={choice.disabled}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ChoiceGroupProps extends BaseFieldProps {
  kind: 'checkbox' | 'radio';
  choices: readonly Choice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  onBlur: () => void;
}

/** The id of the n-th input of a group, so the error summary can link to the first one. */
export const choiceId = (groupId: string, index: number) => `${groupId}-${index}`;

/** Checkboxes or radio buttons in a fieldset whose legend is the field's label. */
export function ChoiceGroup({
  id,
  label,
  required,
  hint,
  error,
  className,
  kind,
  choices,
  selected,
  onChange,
  onBlur,
}: ChoiceGroupProps) {
  const toggle = (value: string) => {
    if (kind === 'radio') onChange([value]);
    else onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  };
  // Validate when focus leaves the whole group, not when it moves from one box to the next.
  const handleBlur = (event: FocusEvent<HTMLFieldSetElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onBlur();
  };
  return (
    <fieldset
      id={id}
      className={`field choice-group ${className ?? ''} ${error ? 'has-error' : ''}`.trim()}
      aria-describedby={describedBy(id, hint, error)}
      onBlur={handleBlur}
    >
      <legend>
        <LabelText label={label} required={required} />
      </legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <ul className={kind === 'radio' ? 'choices choices-stacked' : 'choices'}>
        {choices.map((choice, index) => {
          const inputId = choiceId(id, index);
          return (
            <li key={choice.value}>
              <input
                id={inputId}
                type={kind}
                name={id}
                value={choice.value}
                checked={selected.includes(choice.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
                onChange={() => toggle(choice.value)}
              />
              <label htmlFor={inputId}>{choice.label}</label>
              {choice.hint && (
                <span id={`${inputId}-hint`} className="choice-hint">
                  {choice.hint}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
