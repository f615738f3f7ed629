import {
  FORMATS_BY_TYPE,
  LANGUAGES,
  LIMITS,
  RESOURCE_TYPES,
  VISIBILITIES,
  type ResourceType,
} from '@culture-commune/shared';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import type { ResourceFieldsFragment, ResourceFormOptionsQuery, ResourceInput } from '../../../generated/graphql';
import { useLabels } from '../../../i18n/use-labels';
import type { FormField, ResourceFormValues } from '../hooks/resource-form-values';
import { useResourceForm } from '../hooks/use-resource-form';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { ChoiceGroup, SelectField, TextField } from '../../../shared/ui/form-controls';
import { errorParams } from '../../../shared/graphql-errors';
import { paths } from '../../../shared/paths';
import { fillFromPreview } from '../hooks/fill-from-preview';
import type { LinkTools } from '../hooks/link-tools';
import { useLinkPreview, type LinkPreviewState } from '../hooks/use-link-preview';
import { AuthorKindsField } from './author-kinds-field';
import { LinkPreviewStatus } from './link-preview-status';
import { PossibleDuplicates } from './possible-duplicates';

export type ResourceFormOptions = ResourceFormOptionsQuery;

/** The files field's report to the form: the files to save, in order, and whether one is still being sent. */
export interface FormFilesState {
  files: { id: string; main: boolean }[];
  busy: boolean;
}

/** What other features add to the form (composed by the app, app/composition/). */
export interface ResourceFormSlots {
  files: (props: {
    initialFiles: ResourceFieldsFragment['files'];
    /** The pasted link, when it leads to a PDF. */
    pdfUrl: string | null;
    onChange: (state: FormFilesState) => void;
  }) => ReactNode;
}

interface ResourceFormProps {
  initialValues: ResourceFormValues;
  options: ResourceFormOptions;
  onSubmit: (input: ResourceInput) => Promise<void>;
  /** Where "Annuler" leads. */
  cancelTo: string;
  /** Reading a pasted link and finding possible duplicates (the page gives the API's; without them, neither). */
  linkTools?: LinkTools;
  /** The resource being edited: never shown as its own duplicate. */
  slug?: string;
  /** The « Fichiers » field; without it, files are not sent (and stay as they are). */
  slots?: ResourceFormSlots;
  /** The files of the resource being edited. */
  initialFiles?: ResourceFieldsFragment['files'];
}

/** The resource that already has the address being saved, as the API names it (CONFLICT conflict.duplicateUrl). */
interface DuplicateConflict {
  slug: string;
  title: string;
}

/** The previewed address when the API says it is a PDF: the files field offers to attach it. */
function pdfLink(state: LinkPreviewState): string | null {
  return state.status === 'done' && state.preview.mediaType === 'application/pdf' ? state.preview.url : null;
}

/** The one form to add or edit a resource; `onSubmit` saves, and throws the API's error on failure. */
export function ResourceForm({
  initialValues,
  options,
  onSubmit,
  cancelTo,
  linkTools,
  slug,
  slots,
  initialFiles = [],
}: ResourceFormProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [conflict, setConflict] = useState<DuplicateConflict | null>(null);
  const confirmDuplicate = useRef(false);
  const [files, setFiles] = useState<FormFilesState | null>(null);
  const save = async (input: ResourceInput) => {
    const confirmed = confirmDuplicate.current;
    confirmDuplicate.current = false;
    if (files?.busy) throw new Error(t('files.field.stillUploading'));
    const withFiles = files ? { ...input, files: files.files } : input;
    try {
      await onSubmit(confirmed ? { ...withFiles, confirmDuplicate: true } : withFiles);
      setConflict(null);
    } catch (error) {
      const params = errorParams(error, 'conflict.duplicateUrl');
      setConflict(params ? { slug: String(params.slug ?? ''), title: String(params.title ?? '') } : null);
      throw error;
    }
  };
  const form = useResourceForm(initialValues, save);
  const { values, formId } = form;
  // The preview arrives later: it fills what is empty *then*, not what was empty when the link was pasted.
  const latestValues = useRef(values);
  useEffect(() => {
    latestValues.current = values;
  }, [values]);
  const linkPreview = useLinkPreview(linkTools, (preview) =>
    form.fill(fillFromPreview(latestValues.current, preview, { language: initialValues.language })),
  );
  const previewId = `${formId}-link-preview`;
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
        <TextField
          {...text('url')}
          type="url"
          hint={t('form.hints.url')}
          extraDescribedBy={linkTools ? previewId : undefined}
          onBlur={() => {
            form.onBlur('url');
            void linkPreview.read(values.url);
          }}
          onPaste={(pasted) => {
            if (values.url.trim() === '') void linkPreview.read(pasted);
          }}
        >
          {linkTools && <LinkPreviewStatus id={previewId} state={linkPreview.state} />}
        </TextField>
        {linkTools && <PossibleDuplicates tools={linkTools} url={values.url} title={values.title} excludeSlug={slug} />}
        {slots?.files({ initialFiles, pdfUrl: pdfLink(linkPreview.state), onChange: setFiles })}
      </section>

      <section className="form-section" aria-labelledby={`${formId}-classification`}>
        <h2 id={`${formId}-classification`}>{t('form.sections.classification')}</h2>
        <ChoiceGroup
          {...common('themeSlugs')}
          required
          kind="checkbox"
          className="choice-columns"
          hint={t('form.hints.themeSlugs')}
          choices={options.themes.map((theme) => ({ value: theme.slug, label: labels.theme(theme) }))}
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
        <AuthorKindsField
          authors={values.authors}
          kinds={values.authorKinds}
          onChange={(kinds) => form.setValue('authorKinds', kinds)}
        />
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

      {conflict && (
        <div className="duplicate-conflict" role="alert">
          <p>
            {t('form.link.conflict')} <Link to={paths.resource(conflict.slug)}>{conflict.title}</Link>
          </p>
          <button
            type="button"
            className="button button-secondary"
            disabled={form.submitting}
            onClick={() => {
              confirmDuplicate.current = true;
              void form.submit({ preventDefault() {} } as FormEvent);
            }}
          >
            {t('form.link.saveAnyway')}
          </button>
        </div>
      )}

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
