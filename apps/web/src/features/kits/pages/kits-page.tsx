import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useLocation } from 'react-router';
import { useLabels } from '../../../i18n/use-labels';
import { formatDay } from '../../../shared/format-date';
import { paths } from '../../../shared/paths';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { signInPath } from '../../../shared/viewer/return-path';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { LoanCard } from '../components/loan-card';
import { MonthCalendar } from '../components/month-calendar';
import { KitsQuery, MyKitLoansQuery } from '../graphql/kits.documents';
import { daysBetween, lastDayOf, monthOf, parisToday } from '../hooks/calendar-days';

/** « Mes emprunts » and, for those who lend kits, « Demandes à traiter ». */
function MyLoans() {
  const { t } = useTranslation();
  const id = useId();
  const { data } = useQuery(MyKitLoansQuery, { fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  return (
    <>
      {data.kitLoansToHandle.length > 0 && (
        <section aria-labelledby={`${id}-handle`}>
          <h2 id={`${id}-handle`}>{t('kits.toHandle')}</h2>
          <ul className="kit-loans">
            {data.kitLoansToHandle.map((loan) => (
              <LoanCard key={loan.id} loan={loan} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby={`${id}-mine`}>
        <h2 id={`${id}-mine`}>{t('kits.myLoans')}</h2>
        {data.myKitLoans.length === 0 ? (
          <p className="empty-state">{t('kits.noLoans')}</p>
        ) : (
          <ul className="kit-loans">
            {data.myKitLoans.map((loan) => (
              <LoanCard key={loan.id} loan={loan} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** `/malles`: every kit, a month calendar of all kits' loans (choosing a day lists them), the viewer's loans. */
export function KitsPage() {
  const { t } = useTranslation();
  const { language } = useLabels();
  const location = useLocation();
  const { viewer, loading: viewerLoading } = useViewer();
  const id = useId();
  const today = parisToday();
  const [month, setMonth] = useState(monthOf(today));
  const [day, setDay] = useState<string | null>(null);
  const { data, previousData, error, refetch } = useQuery(KitsQuery, {
    variables: { from: `${month}-01`, to: lastDayOf(month) },
    skip: !viewer,
    fetchPolicy: 'cache-and-network',
  });
  useDocumentTitle(t('kits.title'));
  const shown = data ?? previousData;
  const busy = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const loan of shown?.kitCalendar ?? [])
      for (const d of daysBetween(loan.firstDay, loan.lastDay)) map.set(d, [...(map.get(d) ?? []), loan.kit.name]);
    return map;
  }, [shown?.kitCalendar]);

  if (viewerLoading) return <LoadingMessage text={t('kits.loading')} />;
  if (!viewer)
    return (
      <div>
        <h1>{t('kits.title')}</h1>
        <p className="notice">
          <Trans i18nKey="kits.visitorNotice" components={{ signin: <Link to={signInPath(location.pathname)} /> }} />
        </p>
      </div>
    );
  if (error && !shown) return <LoadError text={t('kits.loadError')} onRetry={() => void refetch()} />;

  return (
    <div className="kits-page">
      <h1>{t('kits.title')}</h1>
      <p>{t('kits.intro')}</p>
      <p>
        <Link className="button button-secondary" to={paths.newKit}>
          {t('kits.newKit')}
        </Link>
      </p>
      {!shown ? (
        <LoadingMessage text={t('kits.loading')} />
      ) : shown.kits.length === 0 ? (
        <p className="empty-state">{t('kits.empty')}</p>
      ) : (
        <ul className="kit-list">
          {shown.kits.map((kit) => (
            <li key={kit.id} className="kit-card">
              <h2 className="kit-card-title">
                <Link to={paths.kit(kit.slug)}>{kit.name}</Link>
              </h2>
              {kit.photos[0] && (
                <img className="kit-card-photo" src={kit.photos[0].url} alt={kit.photos[0].altText} loading="lazy" />
              )}
              <p>
                {t('kits.lentBy', { organisation: kit.organisation.name })} ·{' '}
                {t('kits.itemsSummary', { count: kit.items.reduce((sum, item) => sum + item.quantity, 0) })}
                {kit.archivedAt && <span className="badge">{t('kits.archived')}</span>}
              </p>
              {kit.description && <p>{kit.description}</p>}
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby={`${id}-calendar`}>
        <h2 id={`${id}-calendar`}>{t('kits.allKitsCalendar')}</h2>
        <MonthCalendar
          month={month}
          onMonthChange={(next) => {
            setMonth(next);
            setDay(null);
          }}
          today={today}
          busy={busy}
          onChoose={setDay}
          pastChoosable
        />
        <div role="status" className="kit-day-loans">
          {day && (
            <>
              <h3>{t('kits.calendar.selectedDay', { date: formatDay(day, language) })}</h3>
              {(shown?.kitCalendar ?? []).filter((loan) => loan.firstDay <= day && day <= loan.lastDay).length === 0 ? (
                <p>{t('kits.calendar.noLoanThatDay')}</p>
              ) : (
                <ul>
                  {(shown?.kitCalendar ?? [])
                    .filter((loan) => loan.firstDay <= day && day <= loan.lastDay)
                    .map((loan) => (
                      <li key={`${loan.kit.slug}-${loan.firstDay}`}>
                        <Link to={paths.kit(loan.kit.slug)}>{loan.kit.name}</Link>
                        {loan.organisationName && ` · ${loan.organisationName}`} ·{' '}
                        {t(`kits.loan.status.${loan.status}`)}
                      </li>
                    ))}
                </ul>
              )}
            </>
          )}
        </div>
      </section>
      <MyLoans />
    </div>
  );
}
