import { LIMITS } from '@culture-commune/shared';
import { useTranslation } from '../../../i18n/use-translation';
import type { DebriefAudiencesQuery, DebriefInput } from '../../../generated/graphql';
import { useLabels } from '../../../i18n/use-labels';
import { ChoiceGroup, SelectField, TextField } from '../../../shared/ui/form-controls';
import { RATINGS, type DebriefField, type DebriefFormValues } from '../hooks/debrief-form-values';
import { useDebriefForm } from '../hooks/use-debrief-form';
import { ChildPrivacyWarning, useChildIdentifiers } from './child-privacy-warning';
import { ErrorSummary } from '../../../shared/ui/error-summary';

export type DebriefAudience = DebriefAudiencesQuery['audiences'][number];

interface DebriefFormProps {
  initialValues: DebriefFormValues;
  audiences: readonly DebriefAudience[];
  /** Saves; throws the API's error on failure. */
  onSubmit: (input: DebriefInput) => Promise<void>;
  onCancel: () => void;
  /** The id of the heading that names the form. */
  labelledBy: string;
  /** Names that are not children's: the viewer's, the tool's authors (full names). */
  allowedNames?: readonly string[];
}

type TextFieldName = Exclude<DebriefField, 'parentsPresent' | 'childPrivacyConfirmed'>;

/** The one form to add or edit a workshop debrief. There is no upload: photos of participants never belong here. */
export function DebriefForm({
  initialValues,
  audiences,
  onSubmit,
  onCancel,
  labelledBy,
  allowedNames = [],
}: DebriefFormProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const form = useDebriefForm(initialValues, onSubmit, allowedNames);
  const { values } = form;
  const id = form.inputId;
  const common = form.field;
  const text = (field: TextFieldName) => form.bind(field);

  // Child privacy: each free-text field is checked as the person types (after a pause). Flagged text is saved
  // only once the person ticks « J’ai vérifié : aucun enfant n’est identifiable » (checked again on submit).
  const found = {
    context: useChildIdentifiers(values.context, allowedNames),
    ageBand: useChildIdentifiers(values.ageBand, allowedNames),
    wentWell: useChildIdentifiers(values.wentWell, allowedNames),
    toAdjust: useChildIdentifiers(values.toAdjust, allowedNames),
  };
  const confirmId = id('childPrivacyConfirmed');
  const confirmError = form.errorText(form.errors.childPrivacyConfirmed);
  const askConfirmation =
    Object.values(found).some((fragments) => fragments.length > 0) || values.childPrivacyConfirmed || !!confirmError;
  const warningId = (field: keyof typeof found) => `${id(field)}-privacy`;
  const privacy = (field: keyof typeof found) => ({
    extraDescribedBy: found[field].length > 0 ? warningId(field) : undefined,
    children: <ChildPrivacyWarning id={warningId(field)} fragments={found[field]} />,
  });

  const parentsId = id('parentsPresent');

  return (
    <form
      className="debrief-form"
      noValidate
      aria-labelledby={labelledBy}
      onSubmit={(event) => void form.submit(event)}
    >
      <ErrorSummary {...form.summary} failureTitle={(message) => t('form.saveError', { message })} headingLevel={4} />
      <div className="field-row">
        <TextField {...text('date')} type="date" required hint={t('debriefs.hints.date')} className="field-narrow" />
        <TextField
          {...text('participants')}
          type="number"
          required
          min={1}
          max={LIMITS.debriefParticipantsMax}
          className="field-narrow"
        />
        <TextField
          {...text('durationMinutes')}
          type="number"
          min={1}
          max={LIMITS.durationMaxMinutes}
          className="field-narrow"
          hint={t('debriefs.hints.durationMinutes')}
        />
      </div>
      <TextField {...text('context')} required hint={t('debriefs.hints.context')} {...privacy('context')} />
      <div className="field-row">
        <SelectField
          {...text('audienceSlug')}
          placeholder={t('debriefs.noAudience')}
          choices={audiences.map((a) => ({ value: a.slug, label: labels.audience(a.slug, a.label) }))}
        />
        <TextField {...text('ageBand')} hint={t('debriefs.hints.ageBand')} {...privacy('ageBand')} />
      </div>
      <div className="field field-checkbox">
        <input
          id={parentsId}
          type="checkbox"
          checked={values.parentsPresent}
          onChange={(event) => form.setValue('parentsPresent', event.target.checked)}
        />
        <label htmlFor={parentsId}>{t('debriefs.fields.parentsPresent')}</label>
      </div>
      <TextField {...text('wentWell')} required multiline rows={4} {...privacy('wentWell')} />
      <TextField {...text('toAdjust')} required multiline rows={4} {...privacy('toAdjust')} />
      {askConfirmation && (
        <div className="field field-checkbox privacy-confirm">
          <input
            id={confirmId}
            type="checkbox"
            checked={values.childPrivacyConfirmed}
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? `${confirmId}-error` : undefined}
            onChange={(event) => form.setValue('childPrivacyConfirmed', event.target.checked)}
          />
          <label htmlFor={confirmId}>{t('debriefs.fields.childPrivacyConfirmed')}</label>
          {confirmError && (
            <p id={`${confirmId}-error`} className="field-error">
              {confirmError}
            </p>
          )}
        </div>
      )}
      <ChoiceGroup
        {...common('rating')}
        required
        kind="radio"
        className="rating-choices"
        choices={RATINGS.map((rating) => ({ value: rating, label: t(`debriefs.ratings.${rating}`) }))}
        selected={[values.rating]}
        onChange={([rating]) => form.setValue('rating', rating ?? '')}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('debriefs.saving') : t('debriefs.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('debriefs.cancel')}
        </button>
      </div>
      <p className="debrief-photo-note">{t('debriefs.noPhoto')}</p>
    </form>
  );
}
