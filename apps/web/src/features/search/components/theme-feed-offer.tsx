import { useEffect } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { paths } from '../../../shared/paths';

interface ThemeFeedOfferProps {
  /** The chosen theme filters: the feed is offered when there is exactly one. */
  themes: readonly string[];
  labelOf: (slug: string) => string;
}

/**
 * « Flux Atom du thème X » under the filters when the search is narrowed to one theme, and the same feed announced in
 * the document's head (`<link rel="alternate">`, which React puts there) for feed readers and browser extensions. The
 * server announces it in the page it sends (`data-server-feed`); from then on the app follows the filters.
 */
export function ThemeFeedOffer({ themes, labelOf }: ThemeFeedOfferProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.head.querySelectorAll('link[data-server-feed]').forEach((link) => link.remove());
  }, []);
  if (themes.length !== 1) return null;
  const label = labelOf(themes[0]);
  return (
    <p className="theme-feed">
      <link
        rel="alternate"
        type="application/atom+xml"
        title={`Culture commune — ${label}`}
        href={paths.themeFeed(themes[0])}
      />
      <a href={paths.themeFeed(themes[0])} type="application/atom+xml" className="feed-link">
        {t('search.themeFeed', { label })}
      </a>
    </p>
  );
}
