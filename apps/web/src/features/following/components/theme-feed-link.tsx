import { Trans } from '../../../i18n/trans';
import { paths } from '../../../shared/paths';

/** « Flux Atom », whose accessible name says of which theme: a plain link, the feed is not a page of the app. */
export function ThemeFeedLink({ slug, label }: { slug: string; label: string }) {
  return (
    <a href={paths.themeFeed(slug)} type="application/atom+xml" className="feed-link">
      <Trans i18nKey="follows.feed" values={{ label }} components={{ hidden: <span className="visually-hidden" /> }} />
    </a>
  );
}
