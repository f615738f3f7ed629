import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { badUserInputIssues, errorMessage } from '../../../shared/graphql-errors';
import { RequestKitLoanMutation } from '../graphql/kits.documents';

export interface RequestedDays {
  startsOn: string;
  endsOn: string;
}

/**
 * « Demander un prêt »: the days (chosen in the calendar or typed), the purpose, an optional event. Whether the kit is
 * free on those days is said before sending (`taken`); the API has the last word (another request may be accepted
 * meanwhile) and its message names the days taken.
 */
export function LoanRequestForm({
  kitSlug,
  days,
  onDaysChange,
  taken,
}: {
  kitSlug: string;
  days: RequestedDays;
  onDaysChange: (days: RequestedDays) => void;
  taken: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [purpose, setPurpose] = useState('');
  const [eventSlug, setEventSlug] = useState('');
  const [sentFor, setSentFor] = useState<string | null>(null);
  const [request, { loading, error }] = useMutation(RequestKitLoanMutation, { refetchQueries: ['Kit', 'MyKitLoans'] });
  const issues = error ? badUserInputIssues(error) : [];
  const issueOf = (field: string) => issues.find((issue) => issue.field === field)?.message;
  const complete = days.startsOn !== '' && days.endsOn !== '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSentFor(null);
    const result = await request({
      variables: { input: { kitSlug, ...days, purpose, eventSlug: eventSlug.trim() || null } },
    }).catch(() => null);
    if (result?.data) {
      setSentFor(result.data.requestKitLoan.periodLabel);
      setPurpose('');
      setEventSlug('');
    }
  };

  const field = (name: 'startsOn' | 'endsOn') => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{t(`kits.request.${name}`)}</label>
      <input
        id={`${id}-${name}`}
        type="date"
        required
        value={days[name]}
        aria-invalid={issueOf(name) ? true : undefined}
        aria-describedby={issueOf(name) ? `${id}-${name}-error` : undefined}
        onChange={(event) => onDaysChange({ ...days, [name]: event.target.value })}
      />
      {issueOf(name) && (
        <p id={`${id}-${name}-error`} className="field-error">
          {issueOf(name)}
        </p>
      )}
    </div>
  );

  return (
    <form className="kit-request-form" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('kits.request.title')}</h2>
      <p className="field-hint">{t('kits.request.pickHint')}</p>
      <div className="kit-request-days">
        {field('startsOn')}
        {field('endsOn')}
      </div>
      <div role="status">
        {complete && (
          <p className={taken ? 'notice notice-warning' : 'notice'}>
            {taken ? t('kits.request.taken') : t('kits.request.free')}
          </p>
        )}
        {sentFor && <p className="notice notice-success">{t('kits.request.sent', { period: sentFor })}</p>}
      </div>
      {error && issues.length === 0 && (
        <p className="notice notice-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-purpose`}>
          {t('kits.request.purpose')} <span className="required">{t('form.required')}</span>
        </label>
        <p id={`${id}-purpose-hint`} className="field-hint">
          {t('kits.request.purposeHint')}
        </p>
        <textarea
          id={`${id}-purpose`}
          rows={3}
          maxLength={1000}
          value={purpose}
          aria-describedby={`${id}-purpose-hint${issueOf('purpose') ? ` ${id}-purpose-error` : ''}`}
          aria-invalid={issueOf('purpose') ? true : undefined}
          onChange={(event) => setPurpose(event.target.value)}
        />
        {issueOf('purpose') && (
          <p id={`${id}-purpose-error`} className="field-error">
            {issueOf('purpose')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-event`}>{t('kits.request.event')}</label>
        <p id={`${id}-event-hint`} className="field-hint">
          {t('kits.request.eventHint')}
        </p>
        <input
          id={`${id}-event`}
          type="text"
          value={eventSlug}
          aria-describedby={`${id}-event-hint${issueOf('eventSlug') ? ` ${id}-event-error` : ''}`}
          onChange={(event) => setEventSlug(event.target.value)}
        />
        {issueOf('eventSlug') && (
          <p id={`${id}-event-error`} className="field-error">
            {issueOf('eventSlug')}
          </p>
        )}
      </div>
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('kits.request.sending') : t('kits.request.submit')}
      </button>
    </form>
  );
}
