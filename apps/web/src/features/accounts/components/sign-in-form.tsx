import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { TextField } from '../../../shared/ui/form-controls';
import { checkEmail, checkRequired, useFieldCheckText } from '../../../shared/forms/field-checks';
import { useForm } from '../../../shared/forms/use-form';
import { ErrorSummary } from '../../../shared/ui/error-summary';

export interface Credentials {
  email: string;
  password: string;
}

interface SignInFormProps {
  /** Signs in; throws the API's error (wrong credentials: UNAUTHENTICATED with a message). */
  onSubmit: (credentials: Credentials) => Promise<void>;
}

export function SignInForm({ onSubmit }: SignInFormProps) {
  const { t } = useTranslation();
  const checkText = useFieldCheckText();
  const form = useForm({
    issueText: checkText,
    initialValues: { email: '', password: '' },
    fields: ['email', 'password'],
    label: (field) => t(`accounts.fields.${field}`),
    validate: (values) => ({ email: checkEmail(values.email), password: checkRequired(values.password) }),
    onSubmit: (values) => onSubmit({ email: values.email.trim(), password: values.password }),
  });

  return (
    <form className="account-form" noValidate onSubmit={(event) => void form.submit(event)}>
      <ErrorSummary {...form.summary} failureTitle={t('accounts.signIn.failed')} />
      <TextField {...form.bind('email')} type="email" required autoComplete="email" />
      <TextField {...form.bind('password')} type="password" required autoComplete="current-password" />
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('accounts.signIn.submitting') : t('accounts.signIn.submit')}
        </button>
        <Link to="/mot-de-passe-oublie" className="form-action-link">
          {t('accounts.signIn.forgotPassword')}
        </Link>
      </div>
    </form>
  );
}
