import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseSearchUrl, serialiseSearchUrl, type SearchUrlState } from './search-url';

type Update = SearchUrlState | ((current: SearchUrlState) => SearchUrlState);

/**
 * The search held in the URL, and a way to change it: a new history entry (so the back button
 * undoes a filter) unless `replace`. A function update reads the URL as it is when it runs,
 * so a delayed update (the debounced search box) cannot undo a filter chosen in the meantime.
 */
export function useSearchUrlState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchUrl(params), [params]);
  const setState = useCallback(
    (update: Update, options: { replace?: boolean } = {}) => {
      setParams(
        (current) => {
          const next = typeof update === 'function' ? update(parseSearchUrl(current)) : update;
          return serialiseSearchUrl(next);
        },
        { replace: options.replace ?? false },
      );
    },
    [setParams],
  );
  return [state, setState] as const;
}
