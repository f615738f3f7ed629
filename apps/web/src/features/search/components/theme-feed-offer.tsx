import { useTranslation } from 'react-i18next';
import { paths } from '../../../shared/paths';

interface ThemeFeedOfferProps {
  /** The chosen theme filters: the feed is offered when there is exactly one. */
  themes: readonly string[];
  labelOf: (slug: string) => string;
}

/** « Flux Atom du thème X » under the filters when the search is narrowed to one theme. */
export function ThemeFeedOffer({ themes, labelOf }: ThemeFeedOfferProps) {
  const { t } = useTranslation();
  if (themes.length !== 1) return null;
  return (
    <p className="theme-feed">
      <a href={paths.themeFeed(themes[0])} type="application/atom+xml" className="feed-link">
        {t('search.themeFeed', { label: labelOf(themes[0]) })}
      </a>
    </p>
  );
}
