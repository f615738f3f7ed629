import { useQuery } from '@apollo/client/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { useId } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { formatDateTime } from '../../../shared/format-date';
import { hasErrorCode } from '../../../shared/graphql-errors';
import { useDocumentTitle } from '../../../shared/use-document-title';
import type { DevMailboxQuery as DevMailboxData } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { LinkifiedText } from '../components/linkified-text';
import { DevMailboxQuery } from '../graphql/accounts.documents';

type DevMail = DevMailboxData['devMailbox'][number];

function Mail({ mail }: { mail: DevMail }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  return (
    <article className="mail" aria-labelledby={titleId}>
      <h2 id={titleId}>{mail.subject}</h2>
      <dl className="mail-meta">
        <div>
          <dt>{t('accounts.mailbox.to')}</dt>
          <dd>{mail.to}</dd>
        </div>
        <div>
          <dt>{t('accounts.mailbox.sentAt')}</dt>
          <dd>
            <time dateTime={mail.sentAt}>{formatDateTime(mail.sentAt, currentLanguage(i18n))}</time>
          </dd>
        </div>
      </dl>
      {/* Plain text: line breaks kept by CSS, web addresses made links, nothing read as HTML. */}
      <div className="mail-text">
        <LinkifiedText text={mail.text} />
      </div>
    </article>
  );
}

/** Newest first. */
const byDateDesc = (a: DevMail, b: DevMail) => (a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : 0);

/** The mails the API "sent" in development (it keeps them instead of sending them). */
export function DevMailboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accounts.mailbox.title'));
  const { data, error, loading, refetch } = useQuery(DevMailboxQuery, { fetchPolicy: 'cache-and-network' });
  const mails = data ? [...data.devMailbox].sort(byDateDesc) : [];

  return (
    <div className="mailbox">
      <h1>{t('accounts.mailbox.title')}</h1>
      {hasErrorCode(error, ERROR_CODES.forbidden) ? (
        <p className="notice">{t('accounts.mailbox.forbidden')}</p>
      ) : error && !data ? (
        <LoadError text={t('accounts.mailbox.error')} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingMessage text={t('common.loading')} />
      ) : (
        <>
          <div className="mailbox-toolbar">
            <p className="results-count" role="status">
              {t('accounts.mailbox.count', { count: mails.length })}
            </p>
            <button type="button" className="button button-secondary" disabled={loading} onClick={() => void refetch()}>
              {t('accounts.mailbox.refresh')}
            </button>
          </div>
          {mails.length > 0 && (
            <ol className="mail-list">
              {mails.map((mail) => (
                <li key={mail.id}>
                  <Mail mail={mail} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
