import { LIMITS } from '@culture-commune/shared';
import { useTranslation } from '../../i18n/use-translation';

/**
 * Checks of single text fields (required, email, passwords) for the forms that have no shared rules of
 * their own: accounts, themes, events, reading lists.
 */

/** Problems found in the browser, translated when shown (accounts.issues.*). */
export type FieldCheckIssue = 'required' | 'email' | 'passwordMin' | 'passwordMismatch' | 'currentPasswordWrong';

/** The shortest password the API accepts. */
export const PASSWORD_MIN_LENGTH = LIMITS.passwordMin;

// Deliberately loose: one @, something on each side, a dot in the domain. The API decides.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkRequired(value: string): FieldCheckIssue | undefined {
  return value.trim() === '' ? 'required' : undefined;
}

export function checkEmail(value: string): FieldCheckIssue | undefined {
  if (value.trim() === '') return 'required';
  return EMAIL_PATTERN.test(value.trim()) ? undefined : 'email';
}

/** A new password: required and long enough (counted in characters, as people count them). */
export function checkNewPassword(value: string): FieldCheckIssue | undefined {
  if (value === '') return 'required';
  return [...value].length < PASSWORD_MIN_LENGTH ? 'passwordMin' : undefined;
}

export function checkConfirmation(password: string, confirmation: string): FieldCheckIssue | undefined {
  if (confirmation === '') return 'required';
  return confirmation === password ? undefined : 'passwordMismatch';
}

/** The message of a FieldCheckIssue, in the interface language (useForm's `issueText`). */
export function useFieldCheckText() {
  const { t } = useTranslation();
  return (issue: FieldCheckIssue) => t(`accounts.issues.${issue}`, { min: PASSWORD_MIN_LENGTH });
}
