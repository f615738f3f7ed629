import { useEffect, useState } from 'react';
import { errorMessage } from '../graphql-errors';

/** What loading older items gave: how many, and the element id of the first one (focus goes there). */
export interface LoadedMore {
  count: number;
  firstId: string | null;
}

interface LoadMoreProps {
  /** False once everything is on the page: the button goes, the status stays (it was just announced). */
  hasMore: boolean;
  label: string;
  loadingLabel: string;
  onLoadMore: () => Promise<LoadedMore>;
  announce: (count: number) => string;
  errorText: (message: string) => string;
}

/**
 * « Voir plus » under a list that grows: loads older items, says how many came, and moves focus to the first
 * of them, so that reading (and tabbing) goes on where the list did.
 */
export function LoadMore({ hasMore, label, loadingLabel, onLoadMore, announce, errorText }: LoadMoreProps) {
  const [loading, setLoading] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<{ id: string } | null>(null);

  useEffect(() => {
    if (!focusId) return undefined;
    const focus = () => document.getElementById(focusId.id)?.focus();
    // The new items may reach the page just after this render.
    if (document.getElementById(focusId.id)) focus();
    const timer = setTimeout(focus, 50);
    return () => clearTimeout(timer);
  }, [focusId]);

  const run = async () => {
    // Not `disabled` while loading: the button would lose the focus.
    if (loading) return;
    setLoading(true);
    setError(null);
    setStatus('');
    try {
      const loaded = await onLoadMore();
      setStatus(announce(loaded.count));
      if (loaded.firstId) setFocusId({ id: loaded.firstId });
    } catch (caught) {
      setError(errorText(errorMessage(caught)));
    } finally {
      setLoading(false);
    }
  };

  return (
    <div className="load-more">
      <p role="status" className={status ? 'load-more-status' : 'visually-hidden'}>
        {status}
      </p>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {hasMore && (
        <button
          type="button"
          className="button button-secondary"
          aria-busy={loading || undefined}
          onClick={() => void run()}
        >
          {loading ? loadingLabel : label}
        </button>
      )}
    </div>
  );
}
