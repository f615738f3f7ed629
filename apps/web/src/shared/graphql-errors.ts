import { CombinedGraphQLErrors } from '@apollo/client';
import { ERROR_CODES } from '@culture-commune/shared';

/** One field problem as the API reports it in `extensions.issues` of a BAD_USER_INPUT error. */
export interface ServerIssue {
  field: string;
  rule?: string;
  message: string;
}

function graphQLErrors(error: unknown) {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

export function hasErrorCode(error: unknown, code: string): boolean {
  return graphQLErrors(error).some((e) => e.extensions?.code === code);
}

export function isNotFound(error: unknown): boolean {
  return hasErrorCode(error, ERROR_CODES.notFound);
}

const isServerIssue = (value: unknown): value is ServerIssue =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ServerIssue).field === 'string' &&
  typeof (value as ServerIssue).message === 'string';

/** The field issues of a BAD_USER_INPUT error (empty when the error is of another kind). */
export function badUserInputIssues(error: unknown): ServerIssue[] {
  return graphQLErrors(error)
    .filter((e) => e.extensions?.code === ERROR_CODES.badUserInput)
    .flatMap((e) => {
      const issues = e.extensions?.issues;
      return Array.isArray(issues) ? issues.filter(isServerIssue) : [];
    });
}

/** A message a person can read: the server's messages, or the transport error's. */
export function errorMessage(error: unknown): string {
  const messages = graphQLErrors(error).map((e) => e.message);
  if (messages.length > 0) return messages.join(' ');
  return error instanceof Error ? error.message : String(error);
}
