import { VISIBILITIES } from '@culture-commune/shared';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import type { ReadingListInput, Visibility } from '../../../generated/graphql';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { checkRequired, useFieldCheckText } from '../../../shared/forms/field-checks';
import { useForm } from '../../../shared/forms/use-form';
import { ChoiceGroup, TextField } from '../../../shared/ui/form-controls';

export type ReadingListFormValues = { title: string; intro: string; visibility: string };

const FIELDS = ['title', 'intro', 'visibility'] as const;

export const emptyReadingListValues = (): ReadingListFormValues => ({ title: '', intro: '', visibility: 'network' });

const isVisibility = (value: string): value is Visibility => (VISIBILITIES as readonly string[]).includes(value);

export const toReadingListInput = (values: ReadingListFormValues): ReadingListInput => ({
  title: values.title.trim(),
  intro: values.intro.trim(),
  visibility: isVisibility(values.visibility) ? values.visibility : 'network',
});

interface ReadingListFormProps {
  initialValues: ReadingListFormValues;
  /** Saves; throws the API's error (its field issues show next to the fields). */
  onSubmit: (input: ReadingListInput) => Promise<void>;
  submitLabel: string;
  submittingLabel: string;
  failureTitle: string;
  /** Where « Annuler » leads. */
  cancelTo: string;
}

/** Title, introduction and visibility of a list: to create one, or for its curator to change them. */
export function ReadingListForm({
  initialValues,
  onSubmit,
  submitLabel,
  submittingLabel,
  failureTitle,
  cancelTo,
}: ReadingListFormProps) {
  const { t } = useTranslation();
  const checkText = useFieldCheckText();
  const form = useForm({
    issueText: checkText,
    initialValues,
    fields: FIELDS,
    groups: ['visibility'],
    label: (field) => t(`readingLists.form.fields.${field}`),
    validate: (values) => ({ title: checkRequired(values.title) }),
    onSubmit: (values) => onSubmit(toReadingListInput(values)),
  });
  const visibility = form.bind('visibility');

  return (
    <form className="account-form reading-list-form" noValidate onSubmit={(event) => void form.submit(event)}>
      <ErrorSummary {...form.summary} failureTitle={failureTitle} />
      <TextField {...form.bind('title')} required />
      <TextField {...form.bind('intro')} multiline rows={6} hint={t('readingLists.form.introHint')} />
      <ChoiceGroup
        id={visibility.id}
        label={visibility.label}
        error={visibility.error}
        required
        kind="radio"
        choices={VISIBILITIES.map((value) => ({
          value,
          label: t(`readingLists.visibilityLong.${value}`),
          hint: t(`readingLists.visibilityHints.${value}`),
        }))}
        selected={[visibility.value]}
        onChange={([value]) => visibility.onChange(value ?? '')}
        onBlur={visibility.onBlur}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? submittingLabel : submitLabel}
        </button>
        <Link to={cancelTo} className="button button-secondary">
          {t('readingLists.form.cancel')}
        </Link>
      </div>
    </form>
  );
}
