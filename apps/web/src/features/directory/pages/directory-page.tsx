import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useSearchParams } from 'react-router';
import { FacetGroup } from '../../../shared/ui/facet-group';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { useDebouncedValue } from '../../../shared/use-debounced-value';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { useLabels } from '../../../i18n/use-labels';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { DirectoryHitItem } from '../components/directory-hit';
import { DirectoryQuery } from '../graphql/directory.documents';
import {
  DIRECTORY_FACET_KEYS,
  hasDirectoryFilters,
  readDirectoryState,
  toDirectoryInput,
  toggleDirectoryFilter,
  writeDirectoryState,
  type DirectoryState,
} from '../hooks/directory-url';

const TYPING_DELAY_MS = 250;

/** `/annuaire`: one search box and facets over organisations and people; the state lives in the address. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const state = readDirectoryState(params);
  const update = (next: DirectoryState, replace = false) => setParams(writeDirectoryState(next), { replace });
  useDocumentTitle(state.q ? `${state.q} · ${t('directory.title')}` : t('directory.title'));

  // Results follow the typing once it pauses; the address keeps the words (replaced, not one entry per letter).
  const [typed, setTyped] = useState(state.q);
  const settled = useDebouncedValue(typed, TYPING_DELAY_MS);
  useEffect(() => {
    if (settled.trim() !== state.q) update({ ...state, q: settled, page: 1 }, true);
    // Only a settled change of the words updates the address.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  const { data, previousData, error, loading, refetch } = useQuery(DirectoryQuery, {
    variables: { input: toDirectoryInput(state) },
  });
  const result = (data ?? previousData)?.directory;
  const searchId = useId();
  const hintId = `${searchId}-hint`;
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;

  return (
    <div className="directory-page">
      <header className="page-header">
        <h1>{t('directory.title')}</h1>
        <p className="lead">{t('directory.intro')}</p>
        {viewer === null && <p className="notice">{t('directory.visitorNotice')}</p>}
      </header>
      <form className="search-box" role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={searchId}>{t('directory.searchLabel')}</label>
        <input
          id={searchId}
          type="search"
          value={typed}
          aria-describedby={hintId}
          onChange={(event) => setTyped(event.target.value)}
        />
        <p id={hintId} className="field-hint">
          {t('directory.searchHint')}
        </p>
      </form>
      <div className="search-layout">
        <section className="facets" aria-labelledby={`${searchId}-filters`}>
          <h2 id={`${searchId}-filters`}>{t('directory.filters')}</h2>
          <div className="facet-toggle">
            <input
              id={`${searchId}-qpv`}
              type="checkbox"
              checked={state.priorityNeighbourhood}
              onChange={() => update({ ...state, priorityNeighbourhood: !state.priorityNeighbourhood, page: 1 })}
            />
            <label htmlFor={`${searchId}-qpv`}>{t('directory.qpvOnly')}</label>
          </div>
          {DIRECTORY_FACET_KEYS.map((key) => (
            <FacetGroup
              key={key}
              legend={t(`directory.facets.${key}`)}
              options={withSelected(result?.facets[key] ?? [], state.filters[key])}
              selected={state.filters[key]}
              onToggle={(value) => update(toggleDirectoryFilter(state, key, value))}
            />
          ))}
          {hasDirectoryFilters(state) && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => update(readDirectoryState(new URLSearchParams(state.q ? { q: state.q } : {})))}
            >
              {t('directory.clearFilters')}
            </button>
          )}
        </section>
        <section aria-labelledby={`${searchId}-results`} aria-busy={loading}>
          <h2 id={`${searchId}-results`} className="results-count" aria-live="polite">
            {result ? t('directory.results', { count: result.total }) : t('directory.title')}
          </h2>
          {result && result.askedThemes.length > 0 && (
            <p className="who-knows-intro">
              {t('directory.whoKnows', { themes: result.askedThemes.map(labels.theme).join(', ') })}
            </p>
          )}
          {error && !result && <LoadError text={t('directory.error')} onRetry={() => void refetch()} />}
          {!result && !error && <LoadingMessage text={t('directory.loading')} />}
          {result && result.hits.length === 0 && <p className="empty-state">{t('directory.empty')}</p>}
          {result && result.hits.length > 0 && (
            <ul className="directory-hits">
              {result.hits.map((hit) => (
                <DirectoryHitItem key={`${hit.type}-${hit.slug}`} hit={hit} />
              ))}
            </ul>
          )}
          {pages > 1 && (
            <nav className="pagination" aria-label={t('directory.pageOf', { page: state.page, pages })}>
              <button
                type="button"
                className="button button-secondary"
                disabled={state.page <= 1}
                onClick={() => update({ ...state, page: state.page - 1 })}
              >
                {t('directory.previous')}
              </button>
              <span>{t('directory.pageOf', { page: state.page, pages })}</span>
              <button
                type="button"
                className="button button-secondary"
                disabled={state.page >= pages}
                onClick={() => update({ ...state, page: state.page + 1 })}
              >
                {t('directory.next')}
              </button>
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}

/** A chosen value stays listed (with 0) even when no result has it any more, so that it can be unchosen. */
function withSelected(options: readonly { value: string; label: string; count: number }[], selected: string[]) {
  const missing = selected.filter((value) => !options.some((option) => option.value === value));
  return [...options, ...missing.map((value) => ({ value, label: value, count: 0 }))];
}
