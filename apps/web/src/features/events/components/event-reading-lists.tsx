import { useApolloClient, useQuery } from '@apollo/client/react';
import { useId, useState, type ReactNode } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { errorMessage } from '../../../shared/graphql-errors';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { checkRequired, useFieldCheckText } from '../../../shared/forms/field-checks';
import { useForm } from '../../../shared/forms/use-form';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { SelectField } from '../../../shared/ui/form-controls';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { AttachableReadingListsQuery, EventQuery } from '../graphql/events.documents';
import { useAttachReadingList, type EventOnPage } from '../hooks/use-event-mutations';
import { paths } from '../../../shared/paths';

/** What the event page shows of the reading lists feature (filled by src/app/composition). */
export interface EventSlots {
  /** « Ajouter des ressources » to an attached list the viewer may edit, opened under it. */
  addResources: (
    list: { slug: string; title: string },
    announce: (text: string) => void,
    onAdded: () => void,
  ) => ReactNode;
}

interface AttachFormProps {
  event: EventOnPage;
  announce: (text: string) => void;
}

/** For editors: one of the lists they may see, « Associer la liste ». */
function AttachReadingListForm({ event, announce }: AttachFormProps) {
  const { t } = useTranslation();
  const [attach] = useAttachReadingList();
  // The lists « Listes de lecture » shows; asked again on each visit.
  const { data, error, refetch } = useQuery(AttachableReadingListsQuery, { fetchPolicy: 'cache-and-network' });
  const lists = data?.readingLists;
  const attachedSlugs = new Set(event.readingLists.map((list) => list.slug));
  const checkText = useFieldCheckText();
  const form = useForm({
    issueText: checkText,
    initialValues: { list: '' },
    fields: ['list'] as const,
    label: () => t('events.lists.list'),
    validate: (values) => ({ list: checkRequired(values.list) }),
    serverField: (field) => (field === 'listSlug' || field === 'slug' || field === 'list' ? 'list' : undefined),
    onSubmit: async (values) => {
      const title = lists?.find((list) => list.slug === values.list)?.title ?? values.list;
      await attach({ variables: { slug: event.slug, listSlug: values.list, attached: true } });
      form.reset({ list: '' });
      announce(t('events.lists.attached', { title }));
    },
  });

  if (error && !lists) return <LoadError text={t('events.lists.loadError')} onRetry={() => void refetch()} />;
  if (!lists) return <LoadingMessage text={t('common.loading')} />;
  const open = lists.filter((list) => !attachedSlugs.has(list.slug));

  return (
    <div className="event-attach-list">
      <h3>{t('events.lists.attachTitle')}</h3>
      {open.length === 0 ? (
        <p>{lists.length === 0 ? t('events.lists.noList') : t('events.lists.allAttached')}</p>
      ) : (
        <form
          className="account-form attach-list-form"
          noValidate
          onSubmit={(submitted) => void form.submit(submitted)}
        >
          <ErrorSummary {...form.summary} failureTitle={t('events.lists.attachFailed')} />
          <SelectField
            {...form.bind('list')}
            required
            placeholder={t('events.lists.choose')}
            choices={open.map((list) => ({ value: list.slug, label: list.title }))}
          />
          <div className="form-actions">
            <button type="submit" className="button" disabled={form.submitting}>
              {form.submitting ? t('events.lists.attaching') : t('events.lists.attach')}
            </button>
          </div>
        </form>
      )}
      <p>
        <Link to={paths.newReadingList}>{t('events.lists.createList')}</Link>
      </p>
    </div>
  );
}

/**
 * « Lectures pour préparer la rencontre »: the attached reading lists (with one's progress when signed in); for those
 * who may edit the event, « Détacher » on each and a form to attach another.
 */
export function EventReadingLists({ event, slots }: { event: EventOnPage; slots: EventSlots }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const id = useId();
  const headingId = `${id}-title`;
  const [attach] = useAttachReadingList();
  const [notice, setNotice] = useState({ text: '', key: 0 });
  const [error, setError] = useState<string | null>(null);
  // The list whose « Ajouter des ressources » is open (one at a time), by slug.
  const [adding, setAdding] = useState<string | null>(null);
  const client = useApolloClient();
  // An addition changes the list's count on this page: the event is asked again.
  const countAgain = () => void client.refetchQueries({ include: [EventQuery] });
  const announce = (text: string) => {
    setError(null);
    setNotice((previous) => ({ text, key: previous.key + 1 }));
  };

  const detach = async (list: { slug: string; title: string }) => {
    setError(null);
    try {
      await attach({ variables: { slug: event.slug, listSlug: list.slug, attached: false } });
      announce(t('events.lists.detached', { title: list.title }));
      // The button is gone with the list: the focus goes to the section's heading.
      document.getElementById(headingId)?.focus();
    } catch (caught) {
      setError(t('events.lists.error', { message: errorMessage(caught) }));
    }
  };

  return (
    <section className="event-reading-lists" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('events.lists.title')}
      </h2>
      {event.readingLists.length === 0 ? (
        <p className="empty-state">{t('events.lists.empty')}</p>
      ) : (
        <ul className="reading-list-summaries" aria-label={t('events.lists.listLabel')}>
          {event.readingLists.map((list) => (
            <li key={list.slug} className="reading-list-summary event-reading-list">
              <div>
                <h3>
                  <Link to={paths.readingList(list.slug)}>{list.title}</Link>
                </h3>
                <p className="meta-parts">
                  <span>{t('readingLists.resources', { count: list.itemCount })}</span>
                  {/* The viewer's own progress, said as such: the group's is « Qui a lu quoi » (issue 13, item 13). */}
                  {viewer && list.itemCount > 0 && (
                    <span className="reading-progress-text">
                      {t('events.lists.yourProgress', {
                        progress: t('readingLists.progress', { count: list.viewerRead, total: list.itemCount }),
                      })}
                    </span>
                  )}
                  {list.viewerCanEdit && (
                    <span>
                      <Link to={paths.readingListWhoRead(list.slug)}>{t('events.lists.whoRead')}</Link>
                    </span>
                  )}
                </p>
              </div>
              {list.viewerCanEdit && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-expanded={adding === list.slug}
                  onClick={() => setAdding((open) => (open === list.slug ? null : list.slug))}
                >
                  <Trans
                    i18nKey="events.lists.addResources"
                    values={{ title: list.title }}
                    components={{ hidden: <span className="visually-hidden" /> }}
                  />
                </button>
              )}
              {event.viewerCanEdit && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => void detach(list)}
                >
                  <Trans
                    i18nKey="events.lists.detach"
                    values={{ title: list.title }}
                    components={{ hidden: <span className="visually-hidden" /> }}
                  />
                </button>
              )}
              {adding === list.slug && (
                <div className="event-list-add-resources">{slots.addResources(list, announce, countAgain)}</div>
              )}
            </li>
          ))}
        </ul>
      )}
      <div role="status" className="event-lists-status">
        {notice.text && (
          <p key={notice.key} className="notice notice-success">
            {notice.text}
          </p>
        )}
      </div>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {event.viewerCanEdit && <AttachReadingListForm event={event} announce={announce} />}
    </section>
  );
}
