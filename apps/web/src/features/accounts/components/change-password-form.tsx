import { useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { TextField } from '../../../shared/ui/form-controls';
import {
  checkConfirmation,
  checkNewPassword,
  checkRequired,
  PASSWORD_MIN_LENGTH,
  useFieldCheckText,
} from '../../../shared/forms/field-checks';
import { useForm } from '../../../shared/forms/use-form';
import { ErrorSummary } from '../../../shared/ui/error-summary';

interface ChangePasswordFormProps {
  /** Changes the password; throws the API's error (a wrong current password, for one). */
  onSubmit: (passwords: { currentPassword: string; newPassword: string }) => Promise<void>;
  /** The account's email, for password managers. */
  username: string;
}

const EMPTY = { currentPassword: '', newPassword: '', confirmation: '' };

export function ChangePasswordForm({ onSubmit, username }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const [changed, setChanged] = useState(false);
  const checkText = useFieldCheckText();
  const form = useForm({
    issueText: checkText,
    initialValues: EMPTY,
    fields: ['currentPassword', 'newPassword', 'confirmation'],
    label: (field) => t(`accounts.fields.${field}`),
    validate: (values) => ({
      currentPassword: checkRequired(values.currentPassword),
      newPassword: checkNewPassword(values.newPassword),
      confirmation: checkConfirmation(values.newPassword, values.confirmation),
    }),
    // The API reports a wrong current password as an issue on that field, worded for developers.
    serverIssue: (issue) => (issue.field === 'currentPassword' ? 'currentPasswordWrong' : undefined),
    onSubmit: async (values) => {
      setChanged(false);
      await onSubmit({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      form.reset(EMPTY);
      setChanged(true);
    },
  });

  return (
    <form className="account-form" noValidate onSubmit={(event) => void form.submit(event)}>
      <ErrorSummary {...form.summary} failureTitle={t('accounts.password.failed')} />
      <p role="status" className={changed ? 'notice notice-success' : 'visually-hidden'}>
        {changed ? t('accounts.password.changed') : ''}
      </p>
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <TextField {...form.bind('currentPassword')} type="password" required autoComplete="current-password" />
      <TextField
        {...form.bind('newPassword')}
        type="password"
        required
        autoComplete="new-password"
        hint={t('accounts.hints.password', { min: PASSWORD_MIN_LENGTH })}
      />
      <TextField {...form.bind('confirmation')} type="password" required autoComplete="new-password" />
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('accounts.password.submitting') : t('accounts.password.submit')}
        </button>
      </div>
    </form>
  );
}
