import { useTranslation } from '../../../i18n/use-translation';
import { FACET_KEYS, type FacetKey, type SearchFilterState } from '../hooks/search-url';

interface ActiveFiltersProps {
  filters: SearchFilterState;
  labelOf: (key: FacetKey, value: string) => string;
  onRemove: (key: FacetKey, value: string) => void;
  onRemoveTestedInField: () => void;
  onClear: () => void;
}

/** The chosen filters as removable chips, with a button to remove them all. */
export function ActiveFilters({ filters, labelOf, onRemove, onRemoveTestedInField, onClear }: ActiveFiltersProps) {
  const { t } = useTranslation();
  const chosen = FACET_KEYS.flatMap((key) => filters[key].map((value) => ({ key, value, label: labelOf(key, value) })));
  if (chosen.length === 0 && !filters.testedInField) return null;
  return (
    <section className="active-filters" aria-labelledby="active-filters-title">
      <h2 id="active-filters-title" className="visually-hidden">
        {t('search.activeFilters')}
      </h2>
      <ul>
        {filters.testedInField && (
          <li>
            <button
              type="button"
              className="chip"
              aria-label={t('search.removeFilter', { filter: t('search.testedInField') })}
              onClick={onRemoveTestedInField}
            >
              {t('search.testedInField')}
              <span className="chip-remove" aria-hidden="true">
                ×
              </span>
            </button>
          </li>
        )}
        {chosen.map(({ key, value, label }) => {
          const text = t('common.labelValue', { label: t(`search.facets.${key}`), value: label });
          return (
            <li key={`${key}:${value}`}>
              <button
                type="button"
                className="chip"
                aria-label={t('search.removeFilter', { filter: text })}
                onClick={() => onRemove(key, value)}
              >
                {text}
                <span className="chip-remove" aria-hidden="true">
                  ×
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button-link" onClick={onClear}>
        {t('search.clearAllFilters')}
      </button>
    </section>
  );
}
