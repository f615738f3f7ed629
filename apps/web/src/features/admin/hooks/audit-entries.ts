import type { Translation } from '../../../i18n/fr';

type ActionKey = keyof Translation['admin']['audit']['actions'];
type DetailKey = keyof Translation['admin']['audit']['detailKeys'];

/** The API's action names (dots and hyphens: not usable as translation keys) and their translation keys. */
const ACTION_KEYS: Record<string, ActionKey> = {
  'sign-in.failed': 'signInFailed',
  'sign-in': 'signIn',
  'sign-in.deactivated': 'signInDeactivated',
  'sign-out-everywhere': 'signOutEverywhere',
  'password.changed': 'passwordChanged',
  'password.reset': 'passwordReset',
  'invitation.created': 'invitationCreated',
  'invitation.accepted': 'invitationAccepted',
  'invitation.resent': 'invitationResent',
  'invitation.revoked': 'invitationRevoked',
  'member.deactivated': 'memberDeactivated',
  'member.reactivated': 'memberReactivated',
  'role.changed': 'roleChanged',
  'resource.deleted': 'resourceDeleted',
  'synonyms.changed': 'synonymsChanged',
  'theme.created': 'themeCreated',
  'theme.updated': 'themeUpdated',
  'theme.deleted': 'themeDeleted',
  'comment.hidden': 'commentHidden',
  'comment.restored': 'commentRestored',
  'job.retried': 'jobRetried',
  'organisation.created': 'organisationCreated',
  'organisation.updated': 'organisationUpdated',
  'organisation.archived': 'organisationArchived',
  'organisation.restored': 'organisationRestored',
  'organisation.merged': 'organisationMerged',
  'backup.completed': 'backupCompleted',
  'report-share-link.created': 'reportShareLinkCreated',
  'report-share-link.revoked': 'reportShareLinkRevoked',
};

/** The translation key of an action, or undefined for an action this version does not know (shown as sent). */
export function actionKey(action: string): ActionKey | undefined {
  return Object.hasOwn(ACTION_KEYS, action) ? ACTION_KEYS[action] : undefined;
}

const DETAIL_KEYS: readonly DetailKey[] = ['from', 'to', 'role', 'organisation', 'title', 'label', 'merged'];

export const isKnownDetailKey = (key: string): key is DetailKey => (DETAIL_KEYS as readonly string[]).includes(key);

/** One line of an entry's details, still untranslated. */
export interface AuditDetail {
  key: string;
  value: string;
}

const valueText = (value: unknown): string =>
  typeof value === 'string' ? value : value === null || value === undefined ? '' : JSON.stringify(value);

/** Known keys first, in a sensible order (« from » before « to »), then the others alphabetically. */
function byKey(a: AuditDetail, b: AuditDetail): number {
  const rank = (key: string) => {
    const index = (DETAIL_KEYS as readonly string[]).indexOf(key);
    return index === -1 ? DETAIL_KEYS.length : index;
  };
  return rank(a.key) - rank(b.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * An entry's details (JSON text from the API) as key–value lines. PostgreSQL's jsonb does not keep the
 * order they were written in (« to » comes before « from »): known keys come first, in a sensible order.
 * Text that is not a JSON object comes back as one line without a key; nothing is ever read as HTML.
 */
export function auditDetails(details: string): AuditDetail[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return details.trim() === '' ? [] : [{ key: '', value: details }];
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return [{ key: '', value: valueText(parsed) }];
  }
  return Object.entries(parsed as Record<string, unknown>)
    .map(([key, value]) => ({ key, value: valueText(value) }))
    .sort(byKey);
}
