import { CombinedGraphQLErrors } from '@apollo/client';
import {
  ERROR_CODES,
  describeIssue,
  isErrorReason,
  isValidationRule,
  type ErrorParams,
  type ValidationIssue,
} from '@culture-commune/shared';
import type { I18n } from '../i18n/runtime';
import { getI18n } from '../i18n/i18n';

/** One field problem as the API reports it in `extensions.issues` of a BAD_USER_INPUT error. */
export interface ServerIssue {
  field: string;
  rule?: string;
  params?: ValidationIssue['params'];
  message: string;
}

function graphQLErrors(error: unknown) {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

export function hasErrorCode(error: unknown, code: string): boolean {
  return graphQLErrors(error).some((e) => e.extensions?.code === code);
}

/** The params of the first error with this reason, or null when there is none (a CONFLICT naming a resource). */
export function errorParams(error: unknown, reason: string): Record<string, unknown> | null {
  const found = graphQLErrors(error).find((e) => e.extensions?.reason === reason);
  const params = found?.extensions?.params;
  return found ? (typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {}) : null;
}

export function isNotFound(error: unknown): boolean {
  return hasErrorCode(error, ERROR_CODES.notFound);
}

const isServerIssue = (value: unknown): value is ServerIssue =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ServerIssue).field === 'string' &&
  typeof (value as ServerIssue).message === 'string';

const isParams = (value: unknown): value is ErrorParams =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((item) => typeof item === 'string' || typeof item === 'number');

/**
 * An issue's message in the interface language: the API writes French, so in another language it is rebuilt
 * from its field, rule and params (rules the shared messages do not know keep the API's message).
 */
function localIssue(issue: ServerIssue, i18n: I18n | undefined): ServerIssue {
  if (!i18n || i18n.resolvedLanguage !== 'en' || !isValidationRule(issue.rule)) return issue;
  const params = isParams(issue.params) ? issue.params : undefined;
  return { ...issue, message: describeIssue({ field: issue.field, rule: issue.rule, params }, 'en') };
}

/** The field issues of a BAD_USER_INPUT error (empty when the error is of another kind), in the interface language. */
export function badUserInputIssues(error: unknown, i18n: I18n | undefined = getI18n()): ServerIssue[] {
  return graphQLErrors(error)
    .filter((e) => e.extensions?.code === ERROR_CODES.badUserInput)
    .flatMap((e) => {
      const issues = e.extensions?.issues;
      return Array.isArray(issues) ? issues.filter(isServerIssue).map((issue) => localIssue(issue, i18n)) : [];
    });
}

/**
 * A message a person can read, in the interface language: each error translated from its stable
 * `extensions.reason` and `params` (field issues from their rules), the server's message for unknown reasons,
 * or the transport error's.
 */
export function errorMessage(error: unknown, i18n: I18n | undefined = getI18n()): string {
  const errors = graphQLErrors(error);
  if (errors.length > 0) {
    return errors
      .map((e) => {
        const issues = e.extensions?.issues;
        if (e.extensions?.code === ERROR_CODES.badUserInput && Array.isArray(issues) && issues.length > 0)
          return issues
            .filter(isServerIssue)
            .map((issue) => localIssue(issue, i18n).message)
            .join(' ');
        const reason = e.extensions?.reason;
        if (!i18n || !isErrorReason(reason)) return e.message;
        const params = isParams(e.extensions?.params) ? e.extensions.params : {};
        return i18n.t(`errors.${reason}`, params);
      })
      .join(' ');
  }
  return error instanceof Error ? error.message : String(error);
}
