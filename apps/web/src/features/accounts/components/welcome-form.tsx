import { useTranslation } from '../../../i18n/use-translation';
import type { AccountFormOptionsQuery, WelcomeInput } from '../../../generated/graphql';
import { useLabels } from '../../../i18n/use-labels';
import { useFieldCheckText } from '../../../shared/forms/field-checks';
import { useForm } from '../../../shared/forms/use-form';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { ChoiceGroup, SelectField, TextField } from '../../../shared/ui/form-controls';
import type { Viewer } from '../../../shared/viewer/use-viewer';

interface WelcomeFormProps {
  viewer: Viewer;
  options: AccountFormOptionsQuery;
  /** Saves; throws the API's error (shown in the summary). */
  onSubmit: (input: WelcomeInput) => Promise<void>;
  /** Leaves without saving anything. */
  onSkip: () => void;
}

/** The welcome step: every field optional, the organisation of the invitation chosen already. */
export function WelcomeForm({ viewer, options, onSubmit, onSkip }: WelcomeFormProps) {
  const { t } = useTranslation();
  const themeLabel = useLabels().theme;
  const checkText = useFieldCheckText();
  const form = useForm({
    issueText: checkText,
    initialValues: {
      title: viewer.title ?? '',
      organisationSlug: viewer.organisation?.slug ?? '',
      expertiseThemeSlugs: viewer.expertise.map((theme) => theme.slug),
      followThemeSlugs: [] as string[],
    },
    fields: ['title', 'organisationSlug', 'expertiseThemeSlugs', 'followThemeSlugs'],
    groups: ['expertiseThemeSlugs', 'followThemeSlugs'],
    label: (field) => t(`accounts.welcome.fields.${field}`),
    validate: () => ({}),
    onSubmit: async (values) => {
      await onSubmit({
        title: values.title.trim() === '' ? null : values.title.trim(),
        organisationSlug: values.organisationSlug === '' ? null : values.organisationSlug,
        expertiseThemeSlugs: values.expertiseThemeSlugs,
        followThemeSlugs: values.followThemeSlugs,
      });
    },
  });
  const themes = options.themes.map((theme) => ({ value: theme.slug, label: themeLabel(theme) }));
  const group = (name: 'expertiseThemeSlugs' | 'followThemeSlugs', hint: string) => ({
    id: form.inputId(name),
    label: t(`accounts.welcome.fields.${name}`),
    error: form.errorText(form.errors[name]),
    hint,
    kind: 'checkbox' as const,
    className: 'choice-columns',
    choices: themes,
    selected: form.values[name],
    onChange: (selected: string[]) => form.setValue(name, selected),
    onBlur: () => form.onBlur(name),
  });

  return (
    <form className="account-form" noValidate onSubmit={(event) => void form.submit(event)}>
      <ErrorSummary {...form.summary} failureTitle={t('accounts.welcome.failed')} />
      <TextField {...form.bind('title')} autoComplete="organization-title" hint={t('accounts.welcome.hints.title')} />
      <SelectField
        {...form.bind('organisationSlug')}
        placeholder={t('form.noOrganisation')}
        choices={options.organisations.map((organisation) => ({ value: organisation.slug, label: organisation.name }))}
      />
      {themes.length === 0 ? (
        <p className="empty-state">{t('accounts.welcome.noThemes')}</p>
      ) : (
        <>
          <ChoiceGroup {...group('expertiseThemeSlugs', t('accounts.welcome.hints.expertise'))} />
          <ChoiceGroup {...group('followThemeSlugs', t('accounts.welcome.hints.follow'))} />
        </>
      )}
      <div className="form-actions welcome-actions">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('accounts.welcome.submitting') : t('accounts.welcome.submit')}
        </button>
        <button type="button" className="button button-secondary" disabled={form.submitting} onClick={onSkip}>
          {t('accounts.welcome.skip')}
        </button>
      </div>
    </form>
  );
}
