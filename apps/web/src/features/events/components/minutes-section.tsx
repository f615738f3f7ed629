import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { useForm } from '../../../shared/forms/use-form';
import { useFieldCheckText } from '../../../shared/forms/field-checks';
import { TextField } from '../../../shared/ui/form-controls';
import { useSetMinutes, type EventOnPage } from '../hooks/use-event-mutations';
import { MinutesBody } from './minutes-body';
import { paths } from '../../../shared/paths';

/** For editors: the minutes' Markdown, « Enregistrer le compte rendu ». */
function MinutesForm({ event, announce }: { event: EventOnPage; announce: (text: string) => void }) {
  const { t } = useTranslation();
  const [setMinutes] = useSetMinutes();
  const checkText = useFieldCheckText();
  const form = useForm({
    issueText: checkText,
    initialValues: { markdown: event.minutesMarkdown },
    fields: ['markdown'] as const,
    label: () => t('events.minutes.field'),
    validate: () => ({}),
    // Whatever the API names the field (markdown, minutes), its issue is about this one.
    serverField: () => 'markdown',
    onSubmit: async (values) => {
      await setMinutes({ variables: { slug: event.slug, markdown: values.markdown } });
      announce(t('events.minutes.saved'));
    },
  });
  return (
    <form className="account-form minutes-form" noValidate onSubmit={(submitted) => void form.submit(submitted)}>
      <ErrorSummary {...form.summary} failureTitle={t('events.minutes.failed')} />
      <TextField {...form.bind('markdown')} multiline rows={12} hint={t('events.minutes.hint')} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('events.minutes.saving') : t('events.minutes.save')}
        </button>
      </div>
    </form>
  );
}

/**
 * « Compte rendu »: the minutes (HTML from the API, sanitised again), the resources they link to, and for those who
 * may edit the event the Markdown to write them.
 */
export function MinutesSection({ event }: { event: EventOnPage }) {
  const { t } = useTranslation();
  const id = useId();
  const [notice, setNotice] = useState({ text: '', key: 0 });
  const announce = (text: string) => setNotice((previous) => ({ text, key: previous.key + 1 }));
  return (
    <section className="event-minutes" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('events.minutes.title')}</h2>
      {event.minutesHtml ? (
        <MinutesBody html={event.minutesHtml} />
      ) : (
        <p className="empty-state">{t('events.minutes.empty')}</p>
      )}
      {event.discussedResources.length > 0 && (
        <>
          <h3 id={`${id}-discussed`}>{t('events.minutes.discussed')}</h3>
          <ul className="plain-list discussed-resources" aria-labelledby={`${id}-discussed`}>
            {event.discussedResources.map((resource) => (
              <li key={resource.slug}>
                <Link to={paths.resource(resource.slug)}>{resource.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <div role="status" className="minutes-status">
        {notice.text && (
          <p key={notice.key} className="notice notice-success">
            {notice.text}
          </p>
        )}
      </div>
      {event.viewerCanEdit && <MinutesForm key={event.id} event={event} announce={announce} />}
    </section>
  );
}
