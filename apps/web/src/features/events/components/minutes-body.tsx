import { useEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import { RESOURCE_HREF, sanitizeMinutesHtml } from '../hooks/sanitize-minutes-html';

/**
 * An event's minutes: the API's HTML, sanitised again here. Links to the library's resources open in the app (no page
 * reload); a click with a modifier key keeps the browser's behaviour (new tab, new window).
 */
export function MinutesBody({ html }: { html: string }) {
  const safe = useMemo(() => sanitizeMinutesHtml(html), [html]);
  const ref = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();

  useEffect(() => {
    const container = ref.current;
    if (!container) return undefined;
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const link = (event.target as Element | null)?.closest('a');
      const href = link?.getAttribute('href');
      if (!href || !RESOURCE_HREF.test(href)) return;
      event.preventDefault();
      void navigate(href);
    };
    container.addEventListener('click', onClick);
    return () => container.removeEventListener('click', onClick);
  }, [navigate]);

  return (
    <div
      ref={ref}
      className="minutes-body"
      // eslint-disable-next-line no-restricted-syntax -- minutes HTML (server-rendered Markdown) is re-sanitised by sanitizeMinutesHtml (DOMPurify, strict allowlist, safe hrefs and /ressources/<slug> only) just above.
      dangerouslySetInnerHTML={{ __html: safe }}
    />
  );
}
