import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/use-translation';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../shared/use-document-title';
import type { EventInput } from '../../../generated/graphql';
import { RequireViewer } from '../../../shared/viewer/require-viewer';
import { canOrganiseEvents } from '../../../shared/viewer/use-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { EventForm } from '../components/event-form';
import { CreateEventMutation, EventFormOptionsQuery } from '../graphql/events.documents';
import { emptyEventValues } from '../hooks/event-form-values';
import { paths } from '../../../shared/paths';

function CreateEventForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useQuery(EventFormOptionsQuery);
  const [createEvent] = useMutation(CreateEventMutation, {
    // « Événements et rencontres » shows it at once next time.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'events' });
      cache.gc();
    },
  });

  const save = async (input: EventInput) => {
    const { data } = await createEvent({ variables: { input } });
    if (data) await navigate(paths.event(data.createEvent.slug));
  };

  if (options.error && !options.data)
    return <LoadError text={t('events.form.optionsError')} onRetry={() => void options.refetch()} />;
  if (!options.data) return <LoadingMessage text={t('common.loading')} />;
  return (
    <EventForm
      initialValues={emptyEventValues()}
      organisations={options.data.organisations}
      onSubmit={save}
      submitLabel={t('events.form.create')}
      submittingLabel={t('events.form.creating')}
      failureTitle={t('events.form.createFailed')}
      cancelTo={paths.events}
    />
  );
}

/** « Nouvel événement »: coordinators and admins prepare one; the new event's page follows. */
export function CreateEventPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('events.form.createTitle'));
  return (
    <div className="form-page">
      <h1>{t('events.form.createTitle')}</h1>
      <RequireViewer>
        {(viewer) =>
          canOrganiseEvents(viewer.role) ? <CreateEventForm /> : <p className="notice">{t('events.form.notAllowed')}</p>
        }
      </RequireViewer>
    </div>
  );
}
