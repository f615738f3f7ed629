import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import type { KitInput } from '../../../generated/graphql';
import { badUserInputIssues, errorMessage } from '../../../shared/graphql-errors';

export interface KitFormValues {
  name: string;
  organisationSlug: string;
  description: string;
  items: { label: string; quantity: number }[];
  conditionNotes: string;
  pickupPlace: string;
  loanConditions: string;
  resources: string;
}

export const toKitInput = (values: KitFormValues): KitInput => ({
  name: values.name,
  organisationSlug: values.organisationSlug.trim(),
  description: values.description,
  items: values.items.filter((item) => item.label.trim() !== ''),
  conditionNotes: values.conditionNotes,
  pickupPlace: values.pickupPlace,
  loanConditions: values.loanConditions,
  resourceSlugs: values.resources
    .split(',')
    .map((slug) => slug.trim())
    .filter(Boolean),
});

type TextName =
  'name' | 'organisationSlug' | 'description' | 'conditionNotes' | 'pickupPlace' | 'loanConditions' | 'resources';

/** A kit's form (create and edit): its texts and its contents as rows of label and quantity. */
export function KitForm({
  initial,
  title,
  onSave,
}: {
  initial: KitFormValues;
  title: string;
  onSave: (values: KitFormValues) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const issues = error ? badUserInputIssues(error) : [];
  const issueOf = (field: string) => issues.find((issue) => issue.field === field)?.message;
  const set = (change: Partial<KitFormValues>) => setValues((current) => ({ ...current, ...change }));
  const setItem = (index: number, change: Partial<KitFormValues['items'][number]>) =>
    set({ items: values.items.map((item, i) => (i === index ? { ...item, ...change } : item)) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave(values);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  const text = (
    name: TextName,
    label: string,
    options: { multiline?: boolean; hint?: string; required?: boolean; apiField?: string } = {},
  ) => {
    const problem = issueOf(options.apiField ?? name);
    const described = [options.hint ? `${id}-${name}-hint` : '', problem ? `${id}-${name}-error` : '']
      .filter(Boolean)
      .join(' ');
    const common = {
      id: `${id}-${name}`,
      value: values[name],
      'aria-describedby': described || undefined,
      'aria-invalid': problem ? true : undefined,
      required: options.required,
    };
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>
          {label} {options.required && <span className="required">{t('form.required')}</span>}
        </label>
        {options.hint && (
          <p id={`${id}-${name}-hint`} className="field-hint">
            {options.hint}
          </p>
        )}
        {options.multiline ? (
          <textarea rows={3} {...common} onChange={(event) => set({ [name]: event.target.value })} />
        ) : (
          <input type="text" {...common} onChange={(event) => set({ [name]: event.target.value })} />
        )}
        {problem && (
          <p id={`${id}-${name}-error`} className="field-error">
            {problem}
          </p>
        )}
      </div>
    );
  };

  const itemProblems = issues.filter((issue) => issue.field.startsWith('items'));
  return (
    <form className="kit-form" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`} noValidate>
      <h1 id={`${id}-title`}>{title}</h1>
      {error !== null && (
        <div className="notice notice-error" role="alert">
          <p>{errorMessage(error)}</p>
        </div>
      )}
      {text('name', t('kits.form.name'), { required: true })}
      {text('organisationSlug', t('kits.form.organisation'), { required: true, hint: t('kits.form.organisationHint') })}
      {text('description', t('kits.form.description'), { multiline: true })}
      <fieldset className="field">
        <legend>{t('kits.form.items')}</legend>
        {itemProblems.map((issue) => (
          <p key={issue.field} className="field-error">
            {issue.message}
          </p>
        ))}
        <ol className="kit-item-rows">
          {values.items.map((item, index) => (
            <li key={index} className="kit-item-row">
              <label htmlFor={`${id}-item-${index}`} className="visually-hidden">
                {t('kits.form.itemLabel', { number: index + 1 })}
              </label>
              <input
                id={`${id}-item-${index}`}
                type="text"
                value={item.label}
                maxLength={200}
                onChange={(event) => setItem(index, { label: event.target.value })}
              />
              <label htmlFor={`${id}-quantity-${index}`} className="visually-hidden">
                {t('kits.form.itemQuantity', { number: index + 1 })}
              </label>
              <input
                id={`${id}-quantity-${index}`}
                type="number"
                min={1}
                max={999}
                className="input-narrow"
                value={item.quantity}
                onChange={(event) => setItem(index, { quantity: Number(event.target.value) || 0 })}
              />
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => set({ items: values.items.filter((_, i) => i !== index) })}
              >
                {t('kits.form.removeItem', { number: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => set({ items: [...values.items, { label: '', quantity: 1 }] })}
        >
          {t('kits.form.addItem')}
        </button>
      </fieldset>
      {text('conditionNotes', t('kits.form.conditionNotes'), { multiline: true })}
      {text('pickupPlace', t('kits.form.pickupPlace'))}
      {text('loanConditions', t('kits.form.loanConditions'), { multiline: true })}
      {text('resources', t('kits.form.resources'), { hint: t('kits.form.resourcesHint'), apiField: 'resourceSlugs' })}
      <button type="submit" className="button" disabled={saving}>
        {saving ? t('kits.form.saving') : t('kits.form.save')}
      </button>
    </form>
  );
}
