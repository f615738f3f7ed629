import { useQuery } from '@apollo/client/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { useId } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { formatDateTime } from '../../../shared/format-date';
import { hasErrorCode } from '../../../shared/graphql-errors';
import { useDocumentTitle } from '../../../shared/use-document-title';
import type { AuditLogQuery as AuditLogData } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { ROLES } from '../../../shared/viewer/use-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { AdminLinks } from '../../../shared/ui/admin-links';
import { AdminOnly, RequireAdmin } from '../../../shared/viewer/require-admin';
import { AuditLogQuery } from '../graphql/admin.documents';
import { actionKey, auditDetails, isKnownDetailKey, type AuditDetail } from '../hooks/audit-entries';

type AuditEntry = AuditLogData['auditLog'][number];

/** How many entries the page shows (the API's default). */
export const AUDIT_PAGE_SIZE = 100;

/** Keys whose values are roles (« member » → « Membre »). */
const ROLE_DETAIL_KEYS = new Set(['from', 'to', 'role']);

function Details({ details }: { details: string }) {
  const { t } = useTranslation();
  const lines = auditDetails(details);
  if (lines.length === 0) return null;
  const label = (key: string) => (isKnownDetailKey(key) ? t(`admin.audit.detailKeys.${key}`) : key);
  const value = ({ key, value }: AuditDetail) =>
    ROLE_DETAIL_KEYS.has(key) && (ROLES as readonly string[]).includes(value)
      ? t(`accounts.roles.${value as (typeof ROLES)[number]}`)
      : value;
  // Text only: React escapes it, so markup in the details (from a sign-in attempt, say) stays text.
  return (
    <ul className="audit-details">
      {lines.map((line, index) => (
        <li key={index}>
          {line.key === '' ? line.value : t('common.labelValue', { label: label(line.key), value: value(line) })}
        </li>
      ))}
    </ul>
  );
}

function EntryRow({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const key = actionKey(entry.action);
  return (
    <tr>
      <th scope="row">
        <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, currentLanguage(i18n))}</time>
      </th>
      <td>{key ? t(`admin.audit.actions.${key}`) : entry.action}</td>
      <td>{entry.actor ?? t('admin.audit.unknownActor')}</td>
      <td className="cell-wrap">{entry.subject}</td>
      <td className="cell-wrap">
        <Details details={entry.details} />
      </td>
    </tr>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const captionId = useId();
  // Always asked again: actions happen between two visits (a role changed on the members page, say).
  const { data, error, refetch } = useQuery(AuditLogQuery, {
    variables: { limit: AUDIT_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });

  if (hasErrorCode(error, ERROR_CODES.forbidden)) return <AdminOnly />;
  if (error && !data) return <LoadError text={t('admin.audit.error')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingMessage text={t('common.loading')} />;

  const entries = data.auditLog;
  return (
    <>
      <p className="lead">{t('admin.audit.intro')}</p>
      <AdminLinks current="auditLog" />
      {entries.length === 0 ? (
        <p className="notice">{t('admin.audit.empty')}</p>
      ) : (
        // Scrolls sideways on narrow screens: focusable so that the keyboard can scroll it too.
        <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="data-table">
            <caption id={captionId}>{t('admin.audit.caption', { count: entries.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.columns.date')}</th>
                <th scope="col">{t('admin.audit.columns.action')}</th>
                <th scope="col">{t('admin.audit.columns.actor')}</th>
                <th scope="col">{t('admin.audit.columns.subject')}</th>
                <th scope="col">{t('admin.audit.columns.details')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <EntryRow key={entry.id} entry={entry} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** Admins only: the sensitive actions recorded by the API, newest first. */
export function AuditLogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.audit.title'));
  return (
    <div className="admin-page">
      <h1>{t('admin.audit.title')}</h1>
      <RequireAdmin>{() => <AuditLog />}</RequireAdmin>
    </div>
  );
}
