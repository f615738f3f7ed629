import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

interface FacetGroupProps {
  legend: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}

/** One facet as a group of checkboxes, each with its number of matches (search and directory). */
export function FacetGroup({ legend, options, selected, onToggle }: FacetGroupProps) {
  const { t } = useTranslation();
  const id = useId();
  if (options.length === 0) return null;
  return (
    <fieldset className="facet-group">
      <legend>{legend}</legend>
      <ul>
        {options.map((option, index) => {
          const inputId = `${id}-${index}`;
          return (
            <li key={option.value}>
              <input
                id={inputId}
                type="checkbox"
                checked={selected.includes(option.value)}
                onChange={() => onToggle(option.value)}
              />
              <label htmlFor={inputId}>{t('search.facetOption', { label: option.label, count: option.count })}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
