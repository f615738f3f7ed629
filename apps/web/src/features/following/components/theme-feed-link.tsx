import { Trans } from 'react-i18next';

/** The address of a theme's public Atom feed, served by the API. */
export const themeFeedPath = (slug: string) => `/flux/themes/${encodeURIComponent(slug)}.atom`;

/** « Flux Atom », whose accessible name says of which theme: a plain link, the feed is not a page of the app. */
export function ThemeFeedLink({ slug, label }: { slug: string; label: string }) {
  return (
    <a href={themeFeedPath(slug)} type="application/atom+xml" className="feed-link">
      <Trans i18nKey="follows.feed" values={{ label }} components={{ hidden: <span className="visually-hidden" /> }} />
    </a>
  );
}
