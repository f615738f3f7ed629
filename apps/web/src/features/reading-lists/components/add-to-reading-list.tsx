import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { checkRequired, useFieldCheckText } from '../../../shared/forms/field-checks';
import { useForm } from '../../../shared/forms/use-form';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { SelectField, TextField } from '../../../shared/ui/form-controls';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { AddReadingListItemMutation, ReadingListsQuery } from '../graphql/add-to-list.documents';
import { paths } from '../../../shared/paths';

const FIELDS = ['list', 'note'] as const;

/** Where the last addition went: said in the status, with a link to the list. */
type Added = { slug: string; title: string; key: number };

interface AddToReadingListFormProps {
  resourceSlug: string;
  /** What takes the focus when the form goes (the resource is then in every list). */
  focusId: string;
  /** The error summary's heading level: one below the section the form sits in. */
  headingLevel: 2 | 4;
}

function AddToReadingListForm({ resourceSlug, focusId, headingLevel }: AddToReadingListFormProps) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<Added | null>(null);
  // The lists one may add to, each saying whether this resource is already there; asked again on each visit.
  const { data, error, refetch } = useQuery(ReadingListsQuery, {
    variables: { mine: false, editable: true, resourceSlug },
    fetchPolicy: 'cache-and-network',
  });
  const [addItem] = useMutation(AddReadingListItemMutation);
  const lists = data?.readingLists;
  const checkText = useFieldCheckText();
  const form = useForm({
    issueText: checkText,
    initialValues: { list: '', note: '' },
    fields: FIELDS,
    label: (field) => t(field === 'list' ? 'readingLists.addToList.list' : 'readingLists.addToList.note'),
    validate: (values) => ({ list: checkRequired(values.list) }),
    // « Déjà dans la liste » comes about the resource: it shows next to the list chosen.
    serverField: (field) =>
      field === 'note' ? 'note' : field === 'resourceSlug' || field === 'slug' ? 'list' : undefined,
    onSubmit: async (values) => {
      const chosen = lists?.find((list) => list.slug === values.list);
      setAdded(null);
      await addItem({ variables: { slug: values.list, resourceSlug, note: values.note.trim() } });
      form.reset({ list: '', note: '' });
      setAdded((previous) => ({
        slug: values.list,
        title: chosen?.title ?? values.list,
        key: (previous?.key ?? 0) + 1,
      }));
      const { data: fresh } = await refetch();
      // In every list now: the form goes, the section's heading (or the compact group) keeps the focus.
      if (fresh?.readingLists.every((entry) => entry.containsResource)) document.getElementById(focusId)?.focus();
    },
  });

  const status = (
    <div role="status" className="add-to-list-status">
      {added && (
        <p key={added.key} className="notice notice-success">
          <Trans
            i18nKey="readingLists.addToList.added"
            values={{ title: added.title }}
            components={{ list: <Link to={paths.readingList(added.slug)} /> }}
          />
        </p>
      )}
    </div>
  );

  if (error && !lists) return <LoadError text={t('readingLists.addToList.loadError')} onRetry={() => void refetch()} />;
  if (!lists) return <LoadingMessage text={t('common.loading')} />;

  const createLink = (
    <p>
      <Link to={paths.newReadingList}>{t('readingLists.addToList.create')}</Link>
    </p>
  );
  if (lists.length === 0) {
    return (
      <>
        {status}
        <p>{t('readingLists.addToList.none')}</p>
        {createLink}
      </>
    );
  }

  const containing = lists.filter((list) => list.containsResource);
  const open = lists.filter((list) => !list.containsResource);
  return (
    <>
      {status}
      {containing.length > 0 && (
        <p className="add-to-list-already">
          {t('readingLists.addToList.alreadyInLists')}{' '}
          {containing.map((entry, index) => (
            <span key={entry.slug}>
              {index > 0 && t('common.listSeparator')}
              <Link to={paths.readingList(entry.slug)}>{entry.title}</Link>
            </span>
          ))}
        </p>
      )}
      {open.length === 0 ? (
        <p>{t('readingLists.addToList.allHave')}</p>
      ) : (
        <form className="account-form add-to-list-form" noValidate onSubmit={(event) => void form.submit(event)}>
          <ErrorSummary
            {...form.summary}
            failureTitle={t('readingLists.addToList.failed')}
            headingLevel={headingLevel}
          />
          {/* Lists that already hold the resource stay visible, but cannot be chosen. */}
          <SelectField
            {...form.bind('list')}
            required
            placeholder={t('readingLists.addToList.choose')}
            choices={lists.map((entry) => ({
              value: entry.slug,
              label: entry.containsResource
                ? t('readingLists.addToList.alreadyIn', { title: entry.title })
                : entry.title,
              disabled: entry.containsResource,
            }))}
          />
          <TextField {...form.bind('note')} multiline rows={2} hint={t('readingLists.addToList.noteHint')} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={form.submitting}>
              {form.submitting ? t('readingLists.addToList.submitting') : t('readingLists.addToList.submit')}
            </button>
          </div>
        </form>
      )}
      {createLink}
    </>
  );
}

type AddToReadingListProps =
  | { resourceSlug: string; variant?: 'section' }
  | {
      resourceSlug: string;
      /** Under a search result: no heading of its own, a group named by what opened it. */
      variant: 'compact';
      /** The group's id, for the `aria-controls` of the button that shows it. */
      id: string;
      /** The element that names the group (the « Ajouter à une liste » button). */
      labelledBy: string;
    };

/**
 * « Ajouter à une liste de lecture », for signed-in members: the lists they may add to (those already holding the
 * resource are marked « déjà ajoutée »), an optional note, « Ajouter »; or the way to create a list. A section with
 * its heading on a resource's page; `compact` under a search result, where it is opened on demand (its lists are
 * only asked for once it is shown).
 */
export function AddToReadingList(props: AddToReadingListProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const headingId = useId();
  if (!viewer) return null;
  if (props.variant === 'compact') {
    return (
      <div
        id={props.id}
        role="group"
        aria-labelledby={props.labelledBy}
        tabIndex={-1}
        className="add-to-list add-to-list-compact"
      >
        <AddToReadingListForm resourceSlug={props.resourceSlug} focusId={props.id} headingLevel={4} />
      </div>
    );
  }
  return (
    <section className="add-to-list" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('readingLists.addToList.title')}
      </h2>
      <AddToReadingListForm resourceSlug={props.resourceSlug} focusId={headingId} headingLevel={2} />
    </section>
  );
}
