import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/use-translation';
import { useNavigate, useParams } from 'react-router';
import { isNotFound } from '../../../shared/graphql-errors';
import { useDocumentTitle } from '../../../shared/use-document-title';
import type { ReadingListInput } from '../../../generated/graphql';
import { RequireViewer } from '../../../shared/viewer/require-viewer';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { ReadingListForm } from '../components/reading-list-form';
import { ReadingListNotFound } from '../components/reading-list-not-found';
import { ReadingListQuery, UpdateReadingListMutation } from '../graphql/reading-lists.documents';
import { paths } from '../../../shared/paths';

/** The curator changes the title, the introduction and the visibility; back on the list with a confirmation. */
export function EditReadingListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { slug = '' } = useParams();
  const { data, error, refetch } = useQuery(ReadingListQuery, { variables: { slug, shareToken: null } });
  const [updateReadingList] = useMutation(UpdateReadingListMutation);
  const { viewer } = useViewer();
  const list = data?.readingList;
  useDocumentTitle(
    list ? t('readingLists.form.editDocumentTitle', { title: list.title }) : t('readingLists.form.editTitle'),
  );

  // A visitor cannot see a network list: sign in first (RequireViewer below), then see if it exists.
  if (isNotFound(error) && viewer) return <ReadingListNotFound />;

  const save = async (input: ReadingListInput) => {
    const { data: saved } = await updateReadingList({ variables: { slug, input } });
    if (saved) await navigate(paths.readingList(saved.updateReadingList.slug), { state: { saved: true } });
  };

  return (
    <div className="form-page">
      <h1>{t('readingLists.form.editTitle')}</h1>
      <RequireViewer>
        {() =>
          list ? (
            list.viewerCanManage ? (
              <ReadingListForm
                key={list.id}
                initialValues={{ title: list.title, intro: list.intro, visibility: list.visibility }}
                onSubmit={save}
                submitLabel={t('readingLists.form.save')}
                submittingLabel={t('readingLists.form.saving')}
                failureTitle={t('readingLists.form.saveFailed')}
                cancelTo={paths.readingList(list.slug)}
              />
            ) : (
              <p className="notice">{t('readingLists.form.notAllowed')}</p>
            )
          ) : error ? (
            <LoadError text={t('readingLists.page.error')} onRetry={() => void refetch()} />
          ) : (
            <LoadingMessage text={t('readingLists.page.loading')} />
          )
        }
      </RequireViewer>
    </div>
  );
}
