import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { serialiseSearchUrl, type SearchUrlState } from '../hooks/search-url';

interface SearchPaginationProps {
  state: SearchUrlState;
  totalPages: number;
}

/** Précédent / Suivant as links, so each page of results has its own address. */
export function SearchPagination({ state, totalPages }: SearchPaginationProps) {
  const { t } = useTranslation();
  if (totalPages <= 1) return null;
  const page = Math.min(state.page, totalPages);
  const linkTo = (target: number) => ({ search: `?${serialiseSearchUrl({ ...state, page: target })}` });
  return (
    <nav className="pagination" aria-label={t('search.pagination')}>
      {page > 1 ? (
        <Link to={linkTo(page - 1)} rel="prev" className="button button-secondary">
          {t('search.previous')}
        </Link>
      ) : (
        <span className="button button-secondary is-disabled" aria-disabled="true">
          {t('search.previous')}
        </span>
      )}
      <span className="pagination-status">{t('search.pageOf', { page, total: totalPages })}</span>
      {page < totalPages ? (
        <Link to={linkTo(page + 1)} rel="next" className="button button-secondary">
          {t('search.next')}
        </Link>
      ) : (
        <span className="button button-secondary is-disabled" aria-disabled="true">
          {t('search.next')}
        </span>
      )}
    </nav>
  );
}
