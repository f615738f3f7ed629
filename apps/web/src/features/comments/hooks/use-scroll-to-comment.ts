import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

const ANCHOR_PREFIX = '#commentaire-';

/**
 * On arriving at `…#commentaire-<id>` (from a notification), once the comments are on the page: scroll to that
 * comment and move focus to it, once per address. The browser cannot do it alone: the comments load after the page.
 */
export function useScrollToComment(ready: boolean): void {
  const { hash } = useLocation();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || !hash.startsWith(ANCHOR_PREFIX) || done.current === hash) return undefined;
    // After the layout has moved focus to the new page's content, which happens in the same commit.
    const timer = setTimeout(() => {
      const element = document.getElementById(decodeURIComponent(hash.slice(1)));
      if (!element) return;
      done.current = hash;
      element.scrollIntoView?.({ block: 'start' });
      element.focus({ preventScroll: true });
    });
    return () => clearTimeout(timer);
  }, [ready, hash]);
}
