import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
}

export function SearchBox({ value, onChange }: SearchBoxProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <form className="search-box" role="search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={id}>{t('search.label')}</label>
      <input
        id={id}
        type="search"
        name="q"
        value={value}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
      />
    </form>
  );
}
