import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import type { ReadingListSummaryFieldsFragment } from '../../../generated/graphql';
import { paths } from '../../../shared/paths';

interface ReadingListSummariesProps {
  lists: readonly ReadingListSummaryFieldsFragment[];
  /** The id of the heading that names the list of lists. */
  labelledBy: string;
  /** The signed-in person's own progress (« 3/12 lus »); visitors have none. */
  showProgress: boolean;
}

/** Lists of « Listes de lecture »: title, who prepares it, how many resources, visibility and one's progress. */
export function ReadingListSummaries({ lists, labelledBy, showProgress }: ReadingListSummariesProps) {
  const { t } = useTranslation();
  return (
    <ul className="reading-list-summaries" aria-labelledby={labelledBy}>
      {lists.map((list) => (
        <li key={list.slug} className="reading-list-summary">
          <h3>
            <Link to={paths.readingList(list.slug)}>{list.title}</Link>
          </h3>
          <p className="meta-parts">
            {list.curator && <span>{t('readingLists.by', { name: list.curator.name })}</span>}
            <span>{t('readingLists.resources', { count: list.itemCount })}</span>
            <span>{t(`readingLists.visibility.${list.visibility}`)}</span>
            {showProgress && list.itemCount > 0 && (
              <span className="reading-progress-text">
                {t('readingLists.progress', { count: list.viewerRead, total: list.itemCount })}
              </span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
