import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import type { KitLoanFieldsFragment } from '../../../generated/graphql';
import { errorMessage } from '../../../shared/graphql-errors';
import { paths } from '../../../shared/paths';
import {
  AcceptKitLoanMutation,
  CancelKitLoanMutation,
  HandOverKitLoanMutation,
  RefuseKitLoanMutation,
  ReturnKitLoanMutation,
} from '../graphql/kits.documents';

const REFETCH = ['Kit', 'Kits', 'MyKitLoans'];

interface CheckLine {
  label: string;
  missing: number;
  broken: number;
  note: string;
}

/** « Vérification au retour »: per item of the kit, how many are missing or broken, and a note. */
function ReturnForm({
  loanId,
  items,
  onDone,
}: {
  loanId: string;
  items: readonly { label: string }[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [lines, setLines] = useState<CheckLine[]>(() =>
    items.map((item) => ({ label: item.label, missing: 0, broken: 0, note: '' })),
  );
  const [notes, setNotes] = useState('');
  const [giveBack, { loading, error }] = useMutation(ReturnKitLoanMutation, { refetchQueries: REFETCH });
  const update = (index: number, change: Partial<CheckLine>) =>
    setLines((current) => current.map((line, i) => (i === index ? { ...line, ...change } : line)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await giveBack({ variables: { id: loanId, check: lines, notes } }).then(onDone, () => undefined);
  };
  return (
    <form className="kit-return-form" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('kits.loan.returnTitle')}</h4>
      <p className="field-hint">{t('kits.loan.returnHint')}</p>
      {error && (
        <p className="notice notice-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      <table className="kit-return-table">
        <thead>
          <tr>
            <th scope="col">{t('kits.loan.columns.item')}</th>
            <th scope="col">{t('kits.loan.columns.missing')}</th>
            <th scope="col">{t('kits.loan.columns.broken')}</th>
            <th scope="col">{t('kits.loan.columns.note')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr key={line.label}>
              <th scope="row">{line.label}</th>
              <td>
                <label className="visually-hidden" htmlFor={`${id}-missing-${index}`}>
                  {t('kits.loan.missing', { label: line.label })}
                </label>
                <input
                  id={`${id}-missing-${index}`}
                  type="number"
                  min={0}
                  className="input-narrow"
                  value={line.missing}
                  onChange={(event) => update(index, { missing: Math.max(0, Number(event.target.value) || 0) })}
                />
              </td>
              <td>
                <label className="visually-hidden" htmlFor={`${id}-broken-${index}`}>
                  {t('kits.loan.broken', { label: line.label })}
                </label>
                <input
                  id={`${id}-broken-${index}`}
                  type="number"
                  min={0}
                  className="input-narrow"
                  value={line.broken}
                  onChange={(event) => update(index, { broken: Math.max(0, Number(event.target.value) || 0) })}
                />
              </td>
              <td>
                <label className="visually-hidden" htmlFor={`${id}-note-${index}`}>
                  {t('kits.loan.note', { label: line.label })}
                </label>
                <input
                  id={`${id}-note-${index}`}
                  type="text"
                  value={line.note}
                  maxLength={200}
                  onChange={(event) => update(index, { note: event.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label htmlFor={`${id}-notes`}>{t('kits.loan.returnNotes')}</label>
      <textarea
        id={`${id}-notes`}
        rows={2}
        value={notes}
        maxLength={2000}
        onChange={(event) => setNotes(event.target.value)}
      />
      <button type="submit" className="button" disabled={loading}>
        {t('kits.loan.confirmReturn')}
      </button>
    </form>
  );
}

/**
 * One loan: its kit and days, who asks and why, its status; the actions the viewer may take (accept, refuse with a
 * reason, hand over, take back with a check, cancel). `items`: the kit's contents, for the check at return (absent in
 * lists of several kits, where the return is recorded from the kit's page).
 */
export function LoanCard({
  loan,
  items,
  showKit = true,
}: {
  loan: KitLoanFieldsFragment;
  items?: readonly { label: string }[];
  showKit?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [refusing, setRefusing] = useState(false);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const options = { refetchQueries: REFETCH };
  const [accept, accepting] = useMutation(AcceptKitLoanMutation, options);
  const [refuse, refusal] = useMutation(RefuseKitLoanMutation, options);
  const [handOver, handing] = useMutation(HandOverKitLoanMutation, options);
  const [cancel, cancelling] = useMutation(CancelKitLoanMutation, options);
  const error = accepting.error ?? refusal.error ?? handing.error ?? cancelling.error;
  const busy = accepting.loading || refusal.loading || handing.loading || cancelling.loading;
  const variables = { id: loan.id };
  const ignore = () => undefined;
  const problems = loan.returnCheck.filter((line) => line.missing > 0 || line.broken > 0 || line.note);

  return (
    <li className="kit-loan" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="kit-loan-title">
        {showKit ? (
          <Link to={paths.kit(loan.kit.slug)}>
            {t('kits.loan.summary', { kit: loan.kit.name, period: loan.periodLabel })}
          </Link>
        ) : (
          <strong>{loan.periodLabel}</strong>
        )}{' '}
        <span className={`badge kit-status kit-status-${loan.status.toLowerCase()}`}>
          {t(`kits.loan.status.${loan.status}`)}
        </span>
      </p>
      {loan.requester && (
        <p>
          {loan.organisation
            ? t('kits.loan.byOrganisation', { name: loan.requester.name, organisation: loan.organisation.name })
            : t('kits.loan.by', { name: loan.requester.name })}
        </p>
      )}
      <p>{t('kits.loan.purpose', { purpose: loan.purpose })}</p>
      {loan.event && (
        <p>
          {t('kits.loan.event')} <Link to={paths.event(loan.event.slug)}>{loan.event.title}</Link>
        </p>
      )}
      {loan.refusedReason && <p>{t('kits.loan.refusedReason', { reason: loan.refusedReason })}</p>}
      {problems.length > 0 && (
        <ul className="kit-check-lines">
          {problems.map((line) => (
            <li key={line.label}>
              {t('kits.loan.checkLine', {
                label: line.label,
                missing: line.missing,
                broken: line.broken,
                note: line.note,
              }).trim()}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      <div className="kit-loan-actions">
        {loan.viewerCanHandle && loan.status === 'REQUESTED' && (
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => void accept({ variables }).catch(ignore)}
          >
            {t('kits.loan.accept')}
          </button>
        )}
        {loan.viewerCanHandle && (loan.status === 'REQUESTED' || loan.status === 'ACCEPTED') && !refusing && (
          <button type="button" className="button button-secondary button-small" onClick={() => setRefusing(true)}>
            {t('kits.loan.refuse')}
          </button>
        )}
        {loan.viewerCanHandle && loan.status === 'ACCEPTED' && (
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => void handOver({ variables }).catch(ignore)}
          >
            {t('kits.loan.handOver')}
          </button>
        )}
        {loan.viewerCanHandle &&
          loan.status === 'HANDED_OVER' &&
          !returning &&
          (items ? (
            <button type="button" className="button button-small" onClick={() => setReturning(true)}>
              {t('kits.loan.giveBack')}
            </button>
          ) : (
            <Link className="button button-small" to={paths.kit(loan.kit.slug)}>
              {t('kits.loan.giveBack')}
            </Link>
          ))}
        {loan.viewerCanCancel && !loan.viewerCanHandle && (
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={busy}
            onClick={() => void cancel({ variables }).catch(ignore)}
          >
            {t('kits.loan.cancel')}
          </button>
        )}
      </div>
      {refusing && (
        <form
          className="kit-refuse-form"
          onSubmit={(event) => {
            event.preventDefault();
            void refuse({ variables: { id: loan.id, reason } }).then(() => setRefusing(false), ignore);
          }}
        >
          <label htmlFor={`${id}-reason`}>{t('kits.loan.refuseReason')}</label>
          <input
            id={`${id}-reason`}
            type="text"
            value={reason}
            maxLength={1000}
            onChange={(event) => setReason(event.target.value)}
          />
          <button type="submit" className="button button-danger button-small" disabled={busy}>
            {t('kits.loan.confirmRefuse')}
          </button>
        </form>
      )}
      {returning && items && <ReturnForm loanId={loan.id} items={items} onDone={() => setReturning(false)} />}
    </li>
  );
}
