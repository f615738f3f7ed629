import { useMutation, useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useNavigate, useParams } from 'react-router';
import { isNotFound } from '../../../shared/graphql-errors';
import { useDocumentTitle } from '../../../shared/use-document-title';
import type { EventInput } from '../../../generated/graphql';
import { RequireViewer } from '../../../shared/viewer/require-viewer';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { DeleteEventButton } from '../components/delete-event-button';
import { EventForm } from '../components/event-form';
import { EventNotFound } from '../components/event-not-found';
import { EventFormOptionsQuery, EventQuery, UpdateEventMutation } from '../graphql/events.documents';
import { eventFormValues } from '../hooks/event-form-values';
import { paths } from '../../../shared/paths';

/** Coordinators and admins change an event, back on its page with a confirmation; or delete it. */
export function EditEventPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { slug = '' } = useParams();
  const manageId = useId();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(EventQuery, { variables: { slug } });
  const options = useQuery(EventFormOptionsQuery);
  const [updateEvent] = useMutation(UpdateEventMutation);
  const event = data?.event;
  useDocumentTitle(event ? t('events.form.editDocumentTitle', { title: event.title }) : t('events.form.editTitle'));

  // A visitor cannot see a network event: sign in first (RequireViewer below), then see if it exists.
  if (isNotFound(error) && viewer) return <EventNotFound />;

  const save = async (input: EventInput) => {
    const { data: saved } = await updateEvent({ variables: { slug, input } });
    if (saved) await navigate(paths.event(saved.updateEvent.slug), { state: { saved: true } });
  };

  const failed = (error && !event) || (options.error && !options.data);
  const retry = () => {
    void refetch();
    void options.refetch();
  };

  return (
    <div className="form-page">
      <h1>{t('events.form.editTitle')}</h1>
      <RequireViewer>
        {() =>
          event && options.data ? (
            event.viewerCanEdit ? (
              <>
                <EventForm
                  key={event.id}
                  initialValues={eventFormValues(event)}
                  organisations={options.data.organisations}
                  onSubmit={save}
                  submitLabel={t('events.form.save')}
                  submittingLabel={t('events.form.saving')}
                  failureTitle={t('events.form.saveFailed')}
                  cancelTo={paths.event(event.slug)}
                />
                <section className="danger-zone" aria-labelledby={manageId}>
                  <h2 id={manageId}>{t('events.delete.button')}</h2>
                  <DeleteEventButton slug={event.slug} title={event.title} />
                </section>
              </>
            ) : (
              <p className="notice">{t('events.form.notAllowed')}</p>
            )
          ) : failed ? (
            <LoadError text={t('events.page.error')} onRetry={retry} />
          ) : (
            <LoadingMessage text={t('events.page.loading')} />
          )
        }
      </RequireViewer>
    </div>
  );
}
