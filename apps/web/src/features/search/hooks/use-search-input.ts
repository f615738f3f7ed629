import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The text of the search box: updated on every keystroke, committed (to the URL) after a short
 * pause. When the URL's query changes from elsewhere (back button, a link), the box follows it;
 * a change that we committed ourselves does not overwrite what the person is still typing.
 */
export function useSearchInput(urlQuery: string, commit: (q: string) => void, delayMs = 150) {
  const [value, setValue] = useState(urlQuery);
  const [committed, setCommitted] = useState(urlQuery);
  const [seenUrlQuery, setSeenUrlQuery] = useState(urlQuery);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  if (urlQuery !== seenUrlQuery) {
    setSeenUrlQuery(urlQuery);
    if (urlQuery !== committed) {
      setCommitted(urlQuery);
      setValue(urlQuery);
    }
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  const onChange = useCallback(
    (next: string) => {
      setValue(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const q = next.trim();
        setCommitted(q);
        commit(q);
      }, delayMs);
    },
    [commit, delayMs],
  );

  /**
   * Sets the box at once, dropping a pending commit (a suggestion was chosen): the caller puts
   * `next` in the URL itself, so a late commit of the half-typed text cannot bring it back.
   */
  const replace = useCallback((next: string) => {
    clearTimeout(timer.current);
    setValue(next);
    setCommitted(next.trim());
  }, []);

  /**
   * Commits what is in the box at once (Enter): drops the pending commit and returns the committed query, so that the
   * caller can ask the server again when the query did not change.
   */
  const submit = useCallback((): string => {
    clearTimeout(timer.current);
    const q = value.trim();
    setCommitted(q);
    commit(q);
    return q;
  }, [commit, value]);

  return { value, onChange, replace, submit };
}
