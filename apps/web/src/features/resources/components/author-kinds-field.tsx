import { isPersonalName, type AuthorKind } from '@culture-commune/shared';
import { useId } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { splitList } from '../hooks/resource-form-values';

interface AuthorKindsFieldProps {
  /** The authors as typed in their field (comma-separated). */
  authors: string;
  /** The authors marked as a person or an organisation, by name; the others are « Automatique ». */
  kinds: Readonly<Record<string, AuthorKind>>;
  onChange: (kinds: Record<string, AuthorKind>) => void;
}

const AUTOMATIC = '';

/**
 * « Personne ou organisation ? »: for each author typed, a choice that citation exports follow (a person is cited
 * « Tisseron, S. », an organisation whole: « CNIL »). « Automatique » says what the name alone suggests (issue 13,
 * item 1; decision 0027). Native selects: reached with Tab, changed with the arrow keys.
 */
export function AuthorKindsField({ authors, kinds, onChange }: AuthorKindsFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const names = splitList(authors);
  if (names.length === 0) return null;

  const choose = (name: string, value: string) => {
    const next = Object.fromEntries(Object.entries(kinds).filter(([other]) => names.includes(other) && other !== name));
    onChange(value === AUTOMATIC ? next : { ...next, [name]: value as AuthorKind });
  };

  return (
    <fieldset className="field author-kinds" aria-describedby={`${id}-hint`}>
      <legend>{t('form.authorKinds.legend')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('form.authorKinds.hint')}
      </p>
      <ul className="author-kinds-list">
        {names.map((name, index) => {
          const guess = isPersonalName(name) ? 'person' : 'organisation';
          return (
            <li key={name} className="author-kind">
              <label htmlFor={`${id}-${index}`}>{t('form.authorKinds.label', { name })}</label>
              <select
                id={`${id}-${index}`}
                value={kinds[name] ?? AUTOMATIC}
                onChange={(event) => choose(name, event.target.value)}
              >
                <option value={AUTOMATIC}>{t(`form.authorKinds.automatic.${guess}`)}</option>
                <option value="person">{t('form.authorKinds.person')}</option>
                <option value="organisation">{t('form.authorKinds.organisation')}</option>
              </select>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
