import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import type { EventFormOptionsQuery, EventInput } from '../../../generated/graphql';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { checkRequired, useFieldCheckText } from '../../../shared/forms/field-checks';
import { useForm } from '../../../shared/forms/use-form';
import { ChoiceGroup, SelectField, TextField } from '../../../shared/ui/form-controls';
import { EVENT_FORM_FIELDS, toEventInput, type EventFormValues } from '../hooks/event-form-values';
import { EVENT_KINDS, EVENT_VISIBILITIES, TIME_ZONES } from '../hooks/event-options';
import { useEventFormat } from '../hooks/use-event-format';
import { localToInstant } from '../hooks/zoned-time';

interface EventFormProps {
  initialValues: EventFormValues;
  organisations: EventFormOptionsQuery['organisations'];
  /** Saves; throws the API's error (its field issues show next to the fields). */
  onSubmit: (input: EventInput) => Promise<void>;
  submitLabel: string;
  submittingLabel: string;
  failureTitle: string;
  /** Where « Annuler » leads. */
  cancelTo: string;
}

/** A date-time the zone can read: empty or impossible ones are « obligatoire ». */
const checkDateTime = (local: string, timeZone: string) =>
  checkRequired(local) ?? (localToInstant(local, timeZone) ? undefined : 'required');

/**
 * Kind, title, start and end (read in the chosen time zone), time zone, place, presentation, programme, visibility and
 * organisers of an event: to create one, or to change it.
 */
export function EventForm({
  initialValues,
  organisations,
  onSubmit,
  submitLabel,
  submittingLabel,
  failureTitle,
  cancelTo,
}: EventFormProps) {
  const { t } = useTranslation();
  const format = useEventFormat();
  const checkText = useFieldCheckText();
  const form = useForm({
    issueText: checkText,
    initialValues,
    fields: EVENT_FORM_FIELDS,
    groups: ['visibility', 'organiserSlugs'],
    label: (field) => t(`events.form.fields.${field}`),
    validate: (values) => ({
      title: checkRequired(values.title),
      startsAt: checkDateTime(values.startsAt, values.timeZone),
      endsAt: checkDateTime(values.endsAt, values.timeZone),
    }),
    onSubmit: (values) => onSubmit(toEventInput(values)),
  });
  const visibility = form.bind('visibility');
  const organisers = form.bind('organiserSlugs');
  // An event saved in a zone the list does not offer keeps it.
  const zones = TIME_ZONES.some((zone) => zone === initialValues.timeZone)
    ? [...TIME_ZONES]
    : [...TIME_ZONES, initialValues.timeZone];

  return (
    <form className="account-form event-form" noValidate onSubmit={(event) => void form.submit(event)}>
      <ErrorSummary {...form.summary} failureTitle={failureTitle} />
      <SelectField
        {...form.bind('kind')}
        required
        choices={EVENT_KINDS.map((kind) => ({ value: kind, label: format.kind(kind) }))}
      />
      <TextField {...form.bind('title')} required />
      <div className="field-row">
        <TextField {...form.bind('startsAt')} type="datetime-local" required hint={t('events.form.hints.startsAt')} />
        <TextField {...form.bind('endsAt')} type="datetime-local" required hint={t('events.form.hints.endsAt')} />
      </div>
      <SelectField
        {...form.bind('timeZone')}
        required
        hint={t('events.form.hints.timeZone')}
        choices={zones.map((zone) => ({ value: zone, label: format.zoneOption(zone) }))}
      />
      <TextField {...form.bind('place')} hint={t('events.form.hints.place')} />
      <TextField {...form.bind('description')} multiline rows={5} hint={t('events.form.hints.description')} />
      <TextField {...form.bind('agenda')} multiline rows={6} hint={t('events.form.hints.agenda')} />
      <ChoiceGroup
        id={visibility.id}
        label={visibility.label}
        error={visibility.error}
        required
        kind="radio"
        choices={EVENT_VISIBILITIES.map((value) => ({
          value,
          label: t(`events.visibility.${value}`),
          hint: t(`events.visibilityHints.${value}`),
        }))}
        selected={[visibility.value]}
        onChange={([value]) => visibility.onChange(value ?? '')}
        onBlur={visibility.onBlur}
      />
      {organisations.length === 0 ? (
        <p className="field-hint">{t('events.form.noOrganisations')}</p>
      ) : (
        <ChoiceGroup
          id={organisers.id}
          label={organisers.label}
          error={organisers.error}
          hint={t('events.form.hints.organiserSlugs')}
          kind="checkbox"
          choices={organisations.map((organisation) => ({ value: organisation.slug, label: organisation.name }))}
          selected={form.values.organiserSlugs}
          onChange={(selected) => form.setValue('organiserSlugs', selected)}
          onBlur={organisers.onBlur}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? submittingLabel : submitLabel}
        </button>
        <Link to={cancelTo} className="button button-secondary">
          {t('events.form.cancel')}
        </Link>
      </div>
    </form>
  );
}
