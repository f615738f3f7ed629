import { useTranslation } from '../../../i18n/use-translation';
import { TextField } from '../../../shared/ui/form-controls';
import {
  checkConfirmation,
  checkNewPassword,
  PASSWORD_MIN_LENGTH,
  useFieldCheckText,
} from '../../../shared/forms/field-checks';
import { useForm } from '../../../shared/forms/use-form';
import { ErrorSummary } from '../../../shared/ui/error-summary';

interface NewPasswordFormProps {
  /** Saves the password; throws the API's error. */
  onSubmit: (password: string) => Promise<void>;
  /** « Mot de passe » for a new account, « Nouveau mot de passe » for a reset. */
  passwordLabel: string;
  submitLabel: string;
  submittingLabel: string;
  failureTitle: string;
  /** The account's email, for password managers (they save the password under it). */
  username?: string;
}

/** A new password typed twice: for a reset link and for an invitation. */
export function NewPasswordForm({
  onSubmit,
  passwordLabel,
  submitLabel,
  submittingLabel,
  failureTitle,
  username,
}: NewPasswordFormProps) {
  const { t } = useTranslation();
  const checkText = useFieldCheckText();
  const form = useForm({
    issueText: checkText,
    initialValues: { password: '', confirmation: '' },
    fields: ['password', 'confirmation'],
    label: (field) => (field === 'password' ? passwordLabel : t('accounts.fields.confirmation')),
    validate: (values) => ({
      password: checkNewPassword(values.password),
      confirmation: checkConfirmation(values.password, values.confirmation),
    }),
    onSubmit: (values) => onSubmit(values.password),
    // The API names the password `password` (invitation) or `newPassword` (reset).
    serverField: (field) => (field === 'password' || field === 'newPassword' ? 'password' : undefined),
  });

  return (
    <form className="account-form" noValidate onSubmit={(event) => void form.submit(event)}>
      <ErrorSummary {...form.summary} failureTitle={failureTitle} />
      {username !== undefined && (
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      )}
      <TextField
        {...form.bind('password')}
        type="password"
        required
        autoComplete="new-password"
        hint={t('accounts.hints.password', { min: PASSWORD_MIN_LENGTH })}
      />
      <TextField {...form.bind('confirmation')} type="password" required autoComplete="new-password" />
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? submittingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
