import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import type { LinkDeadReason, ResourceLinkStatusFragment } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDate } from '../../../shared/format-date';
import { paths } from '../../../shared/paths';

/** The reason of a dead link in words; the HTTP status when the site answered one. */
export function useDeadReason(): (reason: LinkDeadReason | null, httpStatus: number | null) => string | null {
  const { t } = useTranslation();
  return (reason, httpStatus) => {
    if (!reason) return null;
    if (reason === 'HTTP_STATUS') {
      return httpStatus
        ? t('linkStatus.reasons.HTTP_STATUS', { status: httpStatus })
        : t('linkStatus.reasons.HTTP_STATUS_unknown');
    }
    return t(`linkStatus.reasons.${reason}`);
  };
}

/**
 * « Ce lien semble cassé depuis le … » on a resource's page, once the weekly check found it dead twice in a row;
 * those who may edit the resource get a link to do so. Nothing otherwise.
 */
export function LinkStatusNotice({ resource }: { resource: ResourceLinkStatusFragment }) {
  const { t, i18n } = useTranslation();
  const deadReason = useDeadReason();
  const status = resource.linkStatus;
  if (!status?.broken || !status.brokenSince) return null;
  const reason = deadReason(status.reason ?? null, status.httpStatus ?? null);
  return (
    <div className="notice notice-error link-status" role="note">
      <p>
        {t('linkStatus.brokenSince', { date: formatDate(status.brokenSince, currentLanguage(i18n)) })}
        {reason && ` ${reason}`}
      </p>
      {resource.viewerCanEdit && (
        <p>
          <Trans i18nKey="linkStatus.editHint" components={{ edit: <Link to={paths.editResource(resource.slug)} /> }} />
        </p>
      )}
    </div>
  );
}
