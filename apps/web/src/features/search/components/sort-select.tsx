import { SEARCH_SORTS, type SearchSort } from '@culture-commune/shared';
import { useId } from 'react';
import { useTranslation } from '../../../i18n/use-translation';

interface SortSelectProps {
  value: SearchSort;
  onChange: (sort: SearchSort) => void;
}

export function SortSelect({ value, onChange }: SortSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="sort-select">
      <label htmlFor={id}>{t('search.sortLabel')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as SearchSort)}>
        {SEARCH_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`search.sort.${sort}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
