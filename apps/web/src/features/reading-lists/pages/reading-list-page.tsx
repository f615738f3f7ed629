import { useQuery } from '@apollo/client/react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { isNotFound } from '../../../shared/graphql-errors';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { AddResourcesSearch } from '../components/add-resources-search';
import { CollaboratorsSection } from '../components/collaborators-section';
import { DeleteReadingListButton } from '../components/delete-reading-list-button';
import { ExportLinks } from '../components/export-links';
import { ReadingListHeader } from '../components/reading-list-header';
import { ReadingListItems } from '../components/reading-list-items';
import { ReadingListNotFound } from '../components/reading-list-not-found';
import { ShareLinkSection } from '../components/share-link-section';
import { WhoReadWhat } from '../components/who-read-what';
import { ReadingListQuery } from '../graphql/reading-lists.documents';
import { SHARE_PARAM } from '../hooks/reading-list-paths';

/** The edit page says it saved the list when it comes back here. */
const savedState = (state: unknown) => Boolean((state as { saved?: unknown } | null)?.saved);

/**
 * A reading list: its items in order with their notes, one's progress, its comments, and for its team the tools to
 * reorder, annotate, see who read what, invite collaborators, share it by a link and delete it. `?partage=<token>` (a
 * share link) lets anyone read it, without the comments.
 */
/** What other features show on a list's page (its comments), composed by the app (app/composition/). */
export interface ReadingListSlots {
  comments: (list: { slug: string }) => ReactNode;
}

export function ReadingListPage({ slots }: { slots: ReadingListSlots }) {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const shareToken = searchParams.get(SHARE_PARAM) || null;
  const { viewer } = useViewer();
  const manageId = useId();
  // Asked again on each visit: collaborators change it meanwhile.
  const { data, error, refetch } = useQuery(ReadingListQuery, {
    variables: { slug, shareToken },
    fetchPolicy: 'cache-and-network',
  });
  // A new key for each message: the same words twice (two moves to the same place) are announced twice.
  const [notice, setNotice] = useState(() => ({
    text: savedState(location.state) ? t('readingLists.form.saved') : '',
    key: 0,
  }));
  const announce = (text: string) => setNotice((previous) => ({ text, key: previous.key + 1 }));
  const list = data?.readingList;
  const notFound = isNotFound(error);
  useDocumentTitle(list?.title ?? (notFound ? t('readingLists.page.notFoundTitle') : undefined));

  if (notFound) return <ReadingListNotFound />;
  if (error && !list) return <LoadError text={t('readingLists.page.error')} onRetry={() => void refetch()} />;
  if (!list) return <LoadingMessage text={t('readingLists.page.loading')} />;

  const signedIn = Boolean(viewer);
  return (
    <article className="reading-list">
      <ReadingListHeader list={list} meetings={list.meetings} signedIn={signedIn} />
      {/* Always in the page, so that what it says next is announced (moves, notes, removals, collaborators). */}
      <div role="status" className="reading-list-notice">
        {notice.text && (
          <p key={notice.key} className="notice notice-success">
            {notice.text}
          </p>
        )}
      </div>
      <ReadingListItems
        list={list}
        canTrack={signedIn && !list.viaShareLink}
        announce={announce}
        onReload={() => void refetch()}
      />
      {list.viewerCanEdit && !list.viaShareLink && <AddResourcesSearch list={list} announce={announce} />}
      {/* A share link opens the list to anyone, not its discussion: the API has no comments to give there. */}
      {!list.viaShareLink && slots.comments(list)}
      {(list.viewerCanEdit || list.participants.length > 0) && <WhoReadWhat list={list} announce={announce} />}
      {list.viewerCanManage && (
        <>
          <CollaboratorsSection list={list} announce={announce} />
          <ShareLinkSection list={list} announce={announce} />
        </>
      )}
      <ExportLinks
        slug={list.slug}
        shareToken={list.viaShareLink ? shareToken : null}
        pdfAvailable={list.pdfExportAvailable}
      />
      {list.viewerCanManage && (
        <section className="danger-zone" aria-labelledby={manageId}>
          <h2 id={manageId}>{t('readingLists.delete.button')}</h2>
          <DeleteReadingListButton slug={list.slug} title={list.title} />
        </section>
      )}
    </article>
  );
}
