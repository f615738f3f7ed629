import { Skeleton } from '../../../shared/ui/query-status';
import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { SearchHit, type Hit } from './search-hit';

/** What another feature shows under each result for signed-in members, composed by the app (app/composition/). */
export interface SearchSlots {
  /** « Ajouter à une liste »: one open at a time. */
  addToList: (props: { resourceSlug: string; resourceTitle: string; open: boolean; onToggle: () => void }) => ReactNode;
}

interface SearchResultsProps {
  hits: readonly Hit[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** What to show when nothing matches (see EmptySearch). */
  empty: ReactNode;
  slots: SearchSlots;
}

/**
 * The list of hits, or what to say instead: error (with retry), loading, or nothing found. Signed-in members may open
 * « Ajouter à une liste » under one hit at a time.
 */
export function SearchResults({ hits, loading, error, onRetry, empty, slots }: SearchResultsProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [addingTo, setAddingTo] = useState<string | null>(null);
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
  // Before the first answer: hits in outline, so the column keeps its shape (the status line above says « Recherche
  // en cours… » if it lasts).
  if (!hits) {
    return loading ? (
      <ol className="hits">
        {[0, 1, 2].map((n) => (
          <li key={n}>
            <Skeleton className="skeleton-hit" lines={[60, 30, 100, 90]} />
          </li>
        ))}
      </ol>
    ) : null;
  }
  if (hits.length === 0) return <>{empty}</>;
  return (
    <ol className={loading ? 'hits is-loading' : 'hits'} aria-busy={loading}>
      {hits.map((hit) => (
        <li key={hit.resource.id}>
          <SearchHit
            hit={hit}
            addToList={
              viewer
                ? slots.addToList({
                    resourceSlug: hit.resource.slug,
                    resourceTitle: hit.resource.title,
                    open: addingTo === hit.resource.id,
                    onToggle: () => setAddingTo((current) => (current === hit.resource.id ? null : hit.resource.id)),
                  })
                : undefined
            }
          />
        </li>
      ))}
    </ol>
  );
}
