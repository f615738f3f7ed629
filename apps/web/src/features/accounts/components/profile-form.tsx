import { useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { DIRECTORY_LANGUAGES } from '@culture-commune/shared';
import type { AccountFormOptionsQuery, ProfileDirectoryQuery, ProfileInput } from '../../../generated/graphql';
import { ChoiceGroup, SelectField, TextField } from '../../../shared/ui/form-controls';
import { checkRequired, useFieldCheckText } from '../../../shared/forms/field-checks';
import { useForm } from '../../../shared/forms/use-form';
import type { Viewer } from '../../../shared/viewer/use-viewer';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { useLabels } from '../../../i18n/use-labels';

interface ProfileFormProps {
  viewer: Viewer;
  options: AccountFormOptionsQuery;
  /** What the person shows in the directory now, and the audiences to choose from. */
  directory: ProfileDirectoryQuery;
  /** Saves; throws the API's error. */
  onSubmit: (input: ProfileInput) => Promise<void>;
}

export function ProfileForm({ viewer, options, directory, onSubmit }: ProfileFormProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const themeLabel = labels.theme;
  const current = directory.memberProfile.directory;
  const [saved, setSaved] = useState(false);
  const checkText = useFieldCheckText();
  const form = useForm({
    issueText: checkText,
    initialValues: {
      name: viewer.name,
      title: viewer.title ?? '',
      organisationSlug: viewer.organisation?.slug ?? '',
      expertiseThemeSlugs: viewer.expertise.map((theme) => theme.slug),
      contactThemeSlugs: current.contactThemes.map((theme) => theme.slug),
      audienceSlugs: current.audiences.map((audience) => audience.slug),
      languages: current.languages,
      directoryVisibility: [current.directoryVisibility as string],
      acceptsMessages: current.acceptsMessages ? ['yes'] : [],
    },
    fields: [
      'name',
      'title',
      'organisationSlug',
      'expertiseThemeSlugs',
      'contactThemeSlugs',
      'audienceSlugs',
      'languages',
      'directoryVisibility',
      'acceptsMessages',
    ],
    groups: [
      'expertiseThemeSlugs',
      'contactThemeSlugs',
      'audienceSlugs',
      'languages',
      'directoryVisibility',
      'acceptsMessages',
    ],
    label: (field) => t(`accounts.fields.${field}`),
    validate: (values) => ({ name: checkRequired(values.name) }),
    onSubmit: async (values) => {
      setSaved(false);
      await onSubmit({
        name: values.name.trim(),
        title: values.title.trim() === '' ? null : values.title.trim(),
        organisationSlug: values.organisationSlug === '' ? null : values.organisationSlug,
        expertiseThemeSlugs: values.expertiseThemeSlugs,
        directory: {
          contactThemeSlugs: values.contactThemeSlugs,
          audienceSlugs: values.audienceSlugs,
          languages: values.languages,
          directoryVisibility: values.directoryVisibility[0] === 'public' ? 'public' : 'members',
          acceptsMessages: values.acceptsMessages.includes('yes'),
        },
      });
      setSaved(true);
    },
  });

  const group = (
    name: 'contactThemeSlugs' | 'audienceSlugs' | 'languages' | 'directoryVisibility' | 'acceptsMessages',
  ) => ({
    id: form.inputId(name),
    label: t(`accounts.fields.${name}`),
    error: form.errorText(form.errors[name]),
    selected: form.values[name],
    onChange: (selected: string[]) => form.setValue(name, selected),
    onBlur: () => form.onBlur(name),
  });

  return (
    <form className="account-form" noValidate onSubmit={(event) => void form.submit(event)}>
      <ErrorSummary {...form.summary} failureTitle={t('accounts.profile.failed')} />
      <p role="status" className={saved ? 'notice notice-success' : 'visually-hidden'}>
        {saved ? t('accounts.profile.saved') : ''}
      </p>
      <TextField {...form.bind('name')} required autoComplete="name" />
      <TextField {...form.bind('title')} autoComplete="organization-title" hint={t('accounts.hints.title')} />
      <SelectField
        {...form.bind('organisationSlug')}
        placeholder={t('form.noOrganisation')}
        choices={options.organisations.map((o) => ({ value: o.slug, label: o.name }))}
      />
      <ChoiceGroup
        id={form.inputId('expertiseThemeSlugs')}
        label={t('accounts.fields.expertiseThemeSlugs')}
        error={form.errorText(form.errors.expertiseThemeSlugs)}
        hint={t('accounts.hints.expertise')}
        kind="checkbox"
        className="choice-columns"
        choices={options.themes.map((theme) => ({ value: theme.slug, label: themeLabel(theme) }))}
        selected={form.values.expertiseThemeSlugs}
        onChange={(selected) => form.setValue('expertiseThemeSlugs', selected)}
        onBlur={() => form.onBlur('expertiseThemeSlugs')}
      />
      <ChoiceGroup
        {...group('contactThemeSlugs')}
        kind="checkbox"
        className="choice-columns"
        choices={options.themes.map((theme) => ({ value: theme.slug, label: themeLabel(theme) }))}
      />
      <ChoiceGroup
        {...group('audienceSlugs')}
        kind="checkbox"
        choices={directory.audiences.map((a) => ({ value: a.slug, label: labels.audience(a.slug, a.label) }))}
      />
      <ChoiceGroup
        {...group('languages')}
        kind="checkbox"
        className="choice-columns"
        choices={DIRECTORY_LANGUAGES.map((code) => ({ value: code, label: t(`directory.languages.${code}`) }))}
      />
      <ChoiceGroup
        {...group('directoryVisibility')}
        kind="radio"
        choices={[
          { value: 'members', label: t('person.visibilityMembers') },
          { value: 'public', label: t('person.visibilityPublic') },
        ]}
      />
      <ChoiceGroup
        {...group('acceptsMessages')}
        kind="checkbox"
        hint={t('accounts.hints.acceptsMessages')}
        choices={[{ value: 'yes', label: t('person.acceptsMessages') }]}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('form.saving') : t('accounts.profile.submit')}
        </button>
      </div>
    </form>
  );
}
