import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDate, formatDay } from '../../../shared/format-date';
import { errorMessage } from '../../../shared/graphql-errors';
import { paths } from '../../../shared/paths';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { TextField } from '../../../shared/ui/form-controls';
import {
  CreateReportShareLinkMutation,
  ReportShareLinksQuery,
  RevokeReportShareLinkMutation,
} from '../graphql/report.documents';
import { reportInput, type ReportChoice } from '../hooks/report-url';

/** « Partager ce rapport »: a read-only link for the period and filters shown, and the links made so far. */
export function ShareLinks({ choice }: { choice: ReportChoice }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const headingId = useId();
  const [label, setLabel] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const links = useQuery(ReportShareLinksQuery);
  const [create, { loading }] = useMutation(CreateReportShareLinkMutation, {
    refetchQueries: [ReportShareLinksQuery],
  });
  const [revoke, revoking] = useMutation(RevokeReportShareLinkMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const result = await create({ variables: { input: { label, ...reportInput(choice) } } });
      const token = result.data?.createReportShareLink.token;
      if (token) setCreated(`${window.location.origin}${paths.sharedReport(token)}`);
      setLabel('');
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <section className="report-share" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('report.share.title')}</h2>
      <p>{t('report.share.intro')}</p>
      <form onSubmit={(event) => void submit(event)}>
        <TextField
          id="rapport-partage-libelle"
          label={t('report.share.label')}
          hint={t('report.share.labelHint')}
          value={label}
          onChange={setLabel}
          onBlur={() => undefined}
          error={error ?? undefined}
        />
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('report.share.creating') : t('report.share.create')}
        </button>
      </form>
      {created && (
        <div className="notice notice-success" role="status">
          <p>{t('report.share.created')}</p>
          <label htmlFor="rapport-partage-lien">{t('report.share.linkLabel')}</label>
          <input id="rapport-partage-lien" type="text" readOnly value={created} onFocus={(e) => e.target.select()} />
        </div>
      )}
      <h3>{t('report.share.listTitle')}</h3>
      {(links.data?.reportShareLinks ?? []).length === 0 ? (
        <p>{t('report.share.none')}</p>
      ) : (
        <ul className="report-share-links">
          {links.data!.reportShareLinks.map((link) => (
            <li key={link.id} data-revoked={link.revokedAt ? 'true' : 'false'}>
              <strong>{link.label || '—'}</strong>{' '}
              {t('report.share.periodOf', {
                from: formatDay(link.period.from, language),
                to: formatDay(link.period.to, language),
              })}
              {' — '}
              {t('report.share.by', { name: link.createdByName ?? '—', date: formatDate(link.createdAt, language) })}
              {link.revokedAt ? (
                <span className="badge">
                  {t('report.share.revoked', { date: formatDate(link.revokedAt, language) })}
                </span>
              ) : (
                <ConfirmButton
                  label={t('report.share.revoke')}
                  tone="danger"
                  className="button-small"
                  title={t('report.share.revoke')}
                  text={t('report.share.revokeConfirm')}
                  confirmLabel={t('report.share.revoke')}
                  busyLabel={t('report.share.revoke')}
                  busy={revoking.loading}
                  errorText={revokeError}
                  onOpen={() => setRevokeError(null)}
                  onConfirm={() =>
                    revoke({ variables: { id: link.id } }).catch((failure: unknown) => {
                      setRevokeError(errorMessage(failure));
                      throw failure;
                    })
                  }
                  onDone={() => undefined}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
