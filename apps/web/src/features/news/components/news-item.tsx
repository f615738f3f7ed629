import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format-date';
import type { NewsFeedQuery } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { paths } from '../../../shared/paths';

export type NewsItemData = NewsFeedQuery['newsFeed']['items'][number];

/** The sentence's translation key: who did what, or just what when the author's account is gone. */
function sentenceKey(item: NewsItemData) {
  switch (item.kind) {
    case 'RESOURCE':
      return item.actor ? 'news.resourceBy' : 'news.resource';
    case 'DEBRIEF':
      return item.actor ? 'news.debrief' : 'news.debriefAnonymous';
    default:
      return item.actor ? 'news.comment' : 'news.commentAnonymous';
  }
}

/** One piece of news: a sentence linking to the resource, its excerpt, when, and which follows brought it. */
export function NewsItem({ item, id }: { item: NewsItemData; id: string }) {
  const { t, i18n } = useTranslation();
  const because = item.because.map((follow) => follow.label).join(t('common.listSeparator'));
  return (
    <article className="feed-item" id={id} tabIndex={-1}>
      <p className="feed-sentence">
        <Trans
          i18nKey={sentenceKey(item)}
          values={{ name: item.actor?.name ?? '', title: item.resource.title }}
          components={{ resource: <Link to={paths.resource(item.resource.slug)} /> }}
        />
      </p>
      {item.excerpt && <p className="feed-excerpt">{item.excerpt}</p>}
      <p className="feed-meta">
        <time dateTime={item.at}>{formatDateTime(item.at, currentLanguage(i18n))}</time>
        {because && (
          <>
            {' · '}
            {t('news.because', { list: because })}
          </>
        )}
      </p>
    </article>
  );
}
