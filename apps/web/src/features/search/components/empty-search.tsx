import { useTranslation } from '../../../i18n/use-translation';
import { Link, type To } from 'react-router';
import { isFacetKey, type FacetKey } from '../hooks/search-url';

export interface FilterRelaxation {
  field: string;
  total: number;
}

interface EmptySearchProps {
  hasFilters: boolean;
  /** A respelling of the query that has results, and where it leads. */
  suggestion?: { text: string; to: To } | null;
  /** How many results there would be without each filter field. */
  relaxations?: readonly FilterRelaxation[];
  onRemoveFilterField: (key: FacetKey) => void;
  onClearFilters: () => void;
}

/** Nothing found: say so, and offer the ways out the API found (a respelling, a filter to drop). */
export function EmptySearch({
  hasFilters,
  suggestion,
  relaxations = [],
  onRemoveFilterField,
  onClearFilters,
}: EmptySearchProps) {
  const { t } = useTranslation();
  // Only the filters that are set and whose removal would find something are worth offering.
  const offers = relaxations.filter(
    (relaxation): relaxation is { field: FacetKey; total: number } =>
      isFacetKey(relaxation.field) && relaxation.total > 0,
  );
  return (
    <div className="empty-state">
      <h3>{t('search.emptyTitle')}</h3>
      <p>{t('search.empty')}</p>
      <p>{t('search.emptyHint')}</p>
      {suggestion && (
        <p className="did-you-mean">
          <Link to={suggestion.to}>{t('search.didYouMean', { suggestion: suggestion.text })}</Link>
        </p>
      )}
      {(offers.length > 0 || hasFilters) && (
        <ul className="empty-actions">
          {offers.map(({ field, total }) => (
            <li key={field}>
              <button type="button" className="button button-secondary" onClick={() => onRemoveFilterField(field)}>
                {t('search.relaxFilter', { filter: t(`search.facets.${field}`), count: total })}
              </button>
            </li>
          ))}
          {hasFilters && (
            <li>
              <button type="button" className="button" onClick={onClearFilters}>
                {t('search.clearFilters')}
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
