import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { formatDate } from '../../../shared/format-date';
import type {
  AccountFormOptionsQuery,
  InviteMemberInput,
  InviteMemberMutation,
  Role,
} from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { ChoiceGroup, SelectField, TextField } from '../../../shared/ui/form-controls';
import { checkEmail, checkRequired, useFieldCheckText } from '../../../shared/forms/field-checks';
import { useForm } from '../../../shared/forms/use-form';
import { ROLES } from '../../../shared/viewer/use-viewer';
import { ErrorSummary } from '../../../shared/ui/error-summary';

export type SentInvitation = InviteMemberMutation['inviteMember'];

interface InviteFormProps {
  organisations: AccountFormOptionsQuery['organisations'];
  /** The inviter's organisation, chosen by default. */
  defaultOrganisationSlug?: string;
  /** Sends the invitation; throws the API's error (FORBIDDEN when the role is above the inviter's). */
  onSubmit: (input: InviteMemberInput) => Promise<SentInvitation>;
}

export function InviteForm({ organisations, defaultOrganisationSlug = '', onSubmit }: InviteFormProps) {
  const { t, i18n } = useTranslation();
  const [sent, setSent] = useState<SentInvitation | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const initialValues = { email: '', name: '', organisationSlug: defaultOrganisationSlug, role: 'member' };
  const checkText = useFieldCheckText();
  const form = useForm({
    issueText: checkText,
    initialValues,
    fields: ['email', 'name', 'organisationSlug', 'role'],
    groups: ['role'],
    label: (field) => t(`accounts.fields.${field}`),
    validate: (values) => ({
      email: checkEmail(values.email),
      name: checkRequired(values.name),
      organisationSlug: checkRequired(values.organisationSlug),
      role: checkRequired(values.role),
    }),
    onSubmit: async (values) => {
      const invitation = await onSubmit({
        email: values.email.trim(),
        name: values.name.trim(),
        organisationSlug: values.organisationSlug,
        role: values.role as Role,
      });
      setSent(invitation);
    },
  });

  useEffect(() => {
    if (sent) noticeRef.current?.focus();
  }, [sent]);

  if (sent) {
    return (
      <div className="notice notice-success" role="status" tabIndex={-1} ref={noticeRef}>
        <p>{t('accounts.invite.sent', { email: sent.email })}</p>
        <p>
          {t('accounts.invite.details', {
            organisation: sent.organisation.name,
            role: t(`accounts.roles.${sent.role}`),
            date: formatDate(sent.expiresAt, currentLanguage(i18n)),
          })}
        </p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            form.reset(initialValues);
            setSent(null);
          }}
        >
          {t('accounts.invite.another')}
        </button>
      </div>
    );
  }

  return (
    <form className="account-form" noValidate onSubmit={(event) => void form.submit(event)}>
      <ErrorSummary {...form.summary} failureTitle={t('accounts.invite.failed')} />
      <TextField {...form.bind('email')} type="email" required autoComplete="off" />
      <TextField {...form.bind('name')} required autoComplete="off" hint={t('accounts.hints.name')} />
      <SelectField
        {...form.bind('organisationSlug')}
        required
        placeholder={t('accounts.invite.chooseOrganisation')}
        choices={organisations.map((o) => ({ value: o.slug, label: o.name }))}
      />
      <ChoiceGroup
        id={form.inputId('role')}
        label={t('accounts.fields.role')}
        required
        error={form.errorText(form.errors.role)}
        kind="radio"
        choices={ROLES.map((role) => ({
          value: role,
          label: t(`accounts.roles.${role}`),
          hint: t(`accounts.roleHints.${role}`),
        }))}
        selected={[form.values.role]}
        onChange={([role]) => form.setValue('role', role ?? 'member')}
        onBlur={() => form.onBlur('role')}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('accounts.invite.submitting') : t('accounts.invite.submit')}
        </button>
      </div>
    </form>
  );
}
