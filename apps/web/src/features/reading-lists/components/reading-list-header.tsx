import type { ReactNode } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useLocation } from 'react-router';
import { formatDate } from '../../../shared/format-date';
import { currentLanguage } from '../../../i18n/i18n';
import { signInPath } from '../../../shared/viewer/return-path';
import { ListMeetings, type EventLink } from '../../../shared/ui/event-links';
import type { ReadingList } from '../hooks/use-reading-list-mutations';
import { ReadingProgress } from './reading-progress';
import { paths } from '../../../shared/paths';

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="details-item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface ReadingListHeaderProps {
  list: ReadingList;
  /** The meetings it prepares (« Pour : … »), shown under the title. */
  meetings: readonly EventLink[];
  /** Signed in (null for visitors). */
  signedIn: boolean;
}

/**
 * The top of a list's page: its title, the meetings it prepares, the share-link banner, who prepares it and with whom,
 * its visibility, the introduction (plain text, line breaks kept) and one's own progress.
 */
export function ReadingListHeader({ list, meetings, signedIn }: ReadingListHeaderProps) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const language = currentLanguage(i18n);
  // Through a share link the reader may have no account: member pages would not open for them.
  const member = (person: { slug: string; name: string }) =>
    list.viaShareLink ? person.name : <Link to={paths.member(person.slug)}>{person.name}</Link>;

  return (
    <header className="page-header reading-list-header">
      <p className="breadcrumb">
        <Link to={paths.readingLists}>{t('readingLists.page.backToLists')}</Link>
      </p>
      <h1>{list.title}</h1>
      <ListMeetings meetings={meetings} />
      {list.viaShareLink && <p className="notice share-banner">{t('readingLists.page.shareBanner')}</p>}
      <dl className="details-list reading-list-details">
        <Detail term={t('readingLists.page.curator')}>
          {list.curator ? member(list.curator) : t('readingLists.page.unknownMember')}
        </Detail>
        {list.collaborators.length > 0 && (
          <Detail term={t('readingLists.page.collaborators')}>
            <ul className="inline-list">
              {list.collaborators.map((person) => (
                <li key={person.id}>{member(person)}</li>
              ))}
            </ul>
          </Detail>
        )}
        <Detail term={t('readingLists.page.visibility')}>{t(`readingLists.visibilityLong.${list.visibility}`)}</Detail>
        <Detail term={t('readingLists.page.updatedAt')}>
          <time dateTime={list.updatedAt}>{formatDate(list.updatedAt, language)}</time>
        </Detail>
      </dl>
      {/* Plain text: line breaks are kept by CSS (white-space: pre-line), nothing is parsed as HTML. */}
      {list.intro && <div className="reading-list-intro">{list.intro}</div>}
      {signedIn && !list.viaShareLink && <ReadingProgress read={list.viewerRead} total={list.items.length} />}
      {!signedIn && !list.viaShareLink && list.items.length > 0 && (
        <p>
          <Trans
            i18nKey="readingLists.page.signInToTrack"
            components={{ signin: <Link to={signInPath(location.pathname + location.search)} /> }}
          />
        </p>
      )}
      {list.viewerCanManage && (
        <p>
          <Link to={paths.editReadingList(list.slug)} className="button button-secondary">
            {t('readingLists.page.edit')}
          </Link>
        </p>
      )}
    </header>
  );
}
