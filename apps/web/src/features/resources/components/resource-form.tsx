import {
  FORMATS_BY_TYPE,
  LANGUAGES,
  LIMITS,
  RESOURCE_TYPES,
  VISIBILITIES,
  type ResourceType,
} from '@culture-commune/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ResourceFormOptionsQuery, ResourceInput } from '../../../generated/graphql';
import { useLabels } from '../../../i18n/use-labels';
import type { FormField, ResourceFormValues } from '../hooks/resource-form-values';
import { useResourceForm } from '../hooks/use-resource-form';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { ChoiceGroup, SelectField, TextField } from '../../../shared/ui/form-controls';

export type ResourceFormOptions = ResourceFormOptionsQuery;

interface ResourceFormProps {
  initialValues: ResourceFormValues;
  options: ResourceFormOptions;
  onSubmit: (input: ResourceInput) => Promise<void>;
  /** Where "Annuler" leads. */
  cancelTo: string;
}

/** The one form to add or edit a resource; `onSubmit` saves, and throws the API's error on failure. */
export function ResourceForm({ initialValues, options, onSubmit, cancelTo }: ResourceFormProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const form = useResourceForm(initialValues, onSubmit);
  const { values, formId } = form;
  const common = form.field;
  const text = (field: Exclude<FormField, 'themeSlugs' | 'audienceSlugs'>) => form.bind(field);

  const formats = FORMATS_BY_TYPE[values.type as ResourceType] ?? [];
  const currentYear = new Date().getFullYear();

  return (
    <form className="resource-form" noValidate onSubmit={(event) => void form.submit(event)}>
      <ErrorSummary {...form.summary} failureTitle={(message) => t('form.saveError', { message })} />

      <section className="form-section" aria-labelledby={`${formId}-description`}>
        <h2 id={`${formId}-description`}>{t('form.sections.description')}</h2>
        <div className="field-row">
          <SelectField
            {...text('type')}
            required
            placeholder={t('form.chooseType')}
            choices={RESOURCE_TYPES.map((type) => ({ value: type, label: labels.type(type) }))}
          />
          <SelectField
            {...text('format')}
            required
            placeholder={values.type ? t('form.chooseFormat') : t('form.chooseTypeFirst')}
            disabled={!values.type}
            choices={formats.map((format) => ({ value: format, label: labels.format(format) }))}
          />
        </div>
        <TextField {...text('title')} required />
        <TextField {...text('summary')} required multiline rows={4} hint={t('form.hints.summary')} />
        <TextField {...text('body')} multiline rows={8} hint={t('form.hints.body')} />
        <TextField {...text('url')} type="url" hint={t('form.hints.url')} />
      </section>

      <section className="form-section" aria-labelledby={`${formId}-classification`}>
        <h2 id={`${formId}-classification`}>{t('form.sections.classification')}</h2>
        <ChoiceGroup
          {...common('themeSlugs')}
          required
          kind="checkbox"
          className="choice-columns"
          hint={t('form.hints.themeSlugs')}
          choices={options.themes.map((theme) => ({ value: theme.slug, label: theme.label }))}
          selected={values.themeSlugs}
          onChange={(selected) => form.setValue('themeSlugs', selected)}
        />
        <ChoiceGroup
          {...common('audienceSlugs')}
          kind="checkbox"
          className="choice-columns"
          choices={options.audiences.map((a) => ({ value: a.slug, label: labels.audience(a.slug, a.label) }))}
          selected={values.audienceSlugs}
          onChange={(selected) => form.setValue('audienceSlugs', selected)}
        />
        <TextField {...text('tags')} hint={t('form.hints.tags')} />
      </section>

      <section className="form-section" aria-labelledby={`${formId}-publication`}>
        <h2 id={`${formId}-publication`}>{t('form.sections.publication')}</h2>
        <TextField {...text('authors')} hint={t('form.hints.authors')} />
        <div className="field-row">
          <TextField {...text('publisher')} />
          <TextField
            {...text('year')}
            type="number"
            min={LIMITS.yearMin}
            max={currentYear + 1}
            className="field-narrow"
          />
        </div>
        <div className="field-row">
          <SelectField
            {...text('language')}
            required
            choices={LANGUAGES.map((language) => ({ value: language, label: labels.resourceLanguage(language) }))}
          />
          <TextField {...text('licence')} hint={t('form.hints.licence')} />
        </div>
        {values.type === 'outil' && (
          <TextField
            {...text('durationMinutes')}
            type="number"
            min={1}
            max={LIMITS.durationMaxMinutes}
            className="field-narrow"
            hint={t('form.hints.durationMinutes')}
          />
        )}
        <SelectField
          {...text('organisationSlug')}
          placeholder={t('form.noOrganisation')}
          choices={options.organisations.map((o) => ({ value: o.slug, label: o.name }))}
        />
        <ChoiceGroup
          {...common('visibility')}
          required
          kind="radio"
          choices={VISIBILITIES.map((v) => ({
            value: v,
            label: labels.visibility(v),
            hint: t(`form.visibilityHints.${v}`),
          }))}
          selected={[values.visibility]}
          onChange={([visibility]) => form.setValue('visibility', visibility ?? '')}
        />
      </section>

      <div className="form-actions">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('form.saving') : t('form.submit')}
        </button>
        <Link to={cancelTo} className="button button-secondary">
          {t('form.cancel')}
        </Link>
      </div>
    </form>
  );
}
