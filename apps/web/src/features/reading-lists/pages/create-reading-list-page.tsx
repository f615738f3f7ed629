import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/use-translation';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../shared/use-document-title';
import type { ReadingListInput } from '../../../generated/graphql';
import { RequireViewer } from '../../../shared/viewer/require-viewer';
import { emptyReadingListValues, ReadingListForm } from '../components/reading-list-form';
import { CreateReadingListMutation } from '../graphql/reading-lists.documents';
import { paths } from '../../../shared/paths';

/** « Nouvelle liste de lecture »: any signed-in member prepares one; the new list's page follows. */
export function CreateReadingListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('readingLists.form.createTitle'));
  const [createReadingList] = useMutation(CreateReadingListMutation, {
    // « Listes de lecture » shows it at once next time.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'readingLists' });
      cache.gc();
    },
  });

  const save = async (input: ReadingListInput) => {
    const { data } = await createReadingList({ variables: { input } });
    if (data) await navigate(paths.readingList(data.createReadingList.slug));
  };

  return (
    <div className="form-page">
      <h1>{t('readingLists.form.createTitle')}</h1>
      <RequireViewer>
        {() => (
          <ReadingListForm
            initialValues={emptyReadingListValues()}
            onSubmit={save}
            submitLabel={t('readingLists.form.create')}
            submittingLabel={t('readingLists.form.creating')}
            failureTitle={t('readingLists.form.createFailed')}
            cancelTo={paths.readingLists}
          />
        )}
      </RequireViewer>
    </div>
  );
}
