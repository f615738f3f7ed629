import { LIMITS } from '@culture-commune/shared';

/** Problems found in the browser, translated when shown (accounts.issues.*). */
export type AccountIssue = 'required' | 'email' | 'passwordMin' | 'passwordMismatch' | 'currentPasswordWrong';

/** The shortest password the API accepts. */
export const PASSWORD_MIN_LENGTH = LIMITS.passwordMin;

// Deliberately loose: one @, something on each side, a dot in the domain. The API decides.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkRequired(value: string): AccountIssue | undefined {
  return value.trim() === '' ? 'required' : undefined;
}

export function checkEmail(value: string): AccountIssue | undefined {
  if (value.trim() === '') return 'required';
  return EMAIL_PATTERN.test(value.trim()) ? undefined : 'email';
}

/** A new password: required and long enough (counted in characters, as people count them). */
export function checkNewPassword(value: string): AccountIssue | undefined {
  if (value === '') return 'required';
  return [...value].length < PASSWORD_MIN_LENGTH ? 'passwordMin' : undefined;
}

export function checkConfirmation(password: string, confirmation: string): AccountIssue | undefined {
  if (confirmation === '') return 'required';
  return confirmation === password ? undefined : 'passwordMismatch';
}
