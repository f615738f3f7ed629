import { useTranslation } from 'react-i18next';
import { SearchHit, type Hit } from './search-hit';

interface SearchResultsProps {
  hits: readonly Hit[] | undefined;
  loading: boolean;
  error: unknown;
  hasFilters: boolean;
  onRetry: () => void;
  onClearFilters: () => void;
}

/** The list of hits, or what to say instead: error (with retry), loading, or nothing found. */
export function SearchResults({ hits, loading, error, hasFilters, onRetry, onClearFilters }: SearchResultsProps) {
  const { t } = useTranslation();
  if (error) {
    return (
      <div className="notice notice-error" role="alert">
        <p>{t('search.error')}</p>
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  // Before the first answer the status line above says that the search is running.
  if (!hits) return null;
  if (hits.length === 0) {
    return (
      <div className="empty-state">
        <h3>{t('search.emptyTitle')}</h3>
        <p>{t('search.empty')}</p>
        <p>{t('search.emptyHint')}</p>
        {hasFilters && (
          <button type="button" className="button" onClick={onClearFilters}>
            {t('search.clearFilters')}
          </button>
        )}
      </div>
    );
  }
  return (
    <ol className={loading ? 'hits is-loading' : 'hits'} aria-busy={loading}>
      {hits.map((hit) => (
        <li key={hit.resource.id}>
          <SearchHit hit={hit} />
        </li>
      ))}
    </ol>
  );
}
