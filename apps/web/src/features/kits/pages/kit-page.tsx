import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useLocation, useParams } from 'react-router';
import { ERROR_CODES } from '@culture-commune/shared';
import { useLabels } from '../../../i18n/use-labels';
import { formatDay } from '../../../shared/format-date';
import { hasErrorCode, isNotFound } from '../../../shared/graphql-errors';
import { signInPath } from '../../../shared/viewer/return-path';
import { paths } from '../../../shared/paths';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { LoanCard } from '../components/loan-card';
import { KitPhotos } from '../components/kit-photos';
import { LoanRequestForm, type RequestedDays } from '../components/loan-request-form';
import { MonthCalendar } from '../components/month-calendar';
import { KitQuery } from '../graphql/kits.documents';
import { daysBetween, monthOf, parisToday } from '../hooks/calendar-days';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The next request range after choosing `day` in the calendar: a first day, then a last day (or a new first day). */
function chooseDay(days: RequestedDays, day: string): RequestedDays {
  if (days.startsOn === '' || days.endsOn !== '' || day < days.startsOn) return { startsOn: day, endsOn: '' };
  return { startsOn: days.startsOn, endsOn: day };
}

/**
 * `/malles/<slug>`: its photos, what the kit holds, where and how to borrow it, its calendar (busy days of the month shown), the
 * request form, the tools it serves and their debriefs; for its owners and admins, its loans to handle and its history.
 */
export function KitPage() {
  const { t } = useTranslation();
  const { language } = useLabels();
  const { slug = '' } = useParams();
  const location = useLocation();
  const today = parisToday();
  const [month, setMonth] = useState(monthOf(today));
  const [days, setDays] = useState<RequestedDays>({ startsOn: '', endsOn: '' });
  const { data, previousData, error, refetch } = useQuery(KitQuery, {
    variables: { slug, month },
    fetchPolicy: 'cache-and-network',
  });
  const kit = (data ?? previousData)?.kit;
  const notFound = isNotFound(error);
  useDocumentTitle(kit?.name ?? (notFound ? t('kits.page.notFoundTitle') : undefined));

  const busy = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const period of kit?.busy ?? [])
      for (const day of daysBetween(period.firstDay, period.lastDay))
        map.set(day, [t(`kits.loan.status.${period.status}`)]);
    return map;
  }, [kit?.busy, t]);
  const chosen = useMemo(
    () => new Set(days.startsOn ? daysBetween(days.startsOn, days.endsOn || days.startsOn) : []),
    [days],
  );
  // Only the month shown is known: a range reaching beyond it is checked by the API when sent.
  const taken = [...chosen].some((day) => busy.has(day));

  if (notFound)
    return (
      <div>
        <h1>{t('kits.page.notFoundTitle')}</h1>
        <p>{t('kits.page.notFoundText')}</p>
        <Link to={paths.kits}>{t('kits.page.back')}</Link>
      </div>
    );
  if (hasErrorCode(error, ERROR_CODES.unauthenticated))
    return (
      <p className="notice">
        <Trans i18nKey="kits.visitorNotice" components={{ signin: <Link to={signInPath(location.pathname)} /> }} />
      </p>
    );
  if (error && !kit) return <LoadError text={t('kits.page.loadError')} onRetry={() => void refetch()} />;
  if (!kit) return <LoadingMessage text={t('kits.page.loading')} />;

  const handled = kit.loans.filter((loan) => ['REQUESTED', 'ACCEPTED', 'HANDED_OVER'].includes(loan.status));
  const past = kit.loans.filter((loan) => !handled.includes(loan));
  return (
    <article className="kit-page">
      <p>
        <Link to={paths.kits}>{t('kits.page.back')}</Link>
      </p>
      <h1>{kit.name}</h1>
      <p>
        {t('kits.lender')} <Link to={paths.organisation(kit.organisation.slug)}>{kit.organisation.name}</Link>
        {kit.archivedAt && <span className="badge">{t('kits.archived')}</span>}
      </p>
      {kit.viewerCanManage && (
        <p>
          <Link className="button button-secondary" to={paths.editKit(kit.slug)}>
            {t('kits.page.edit')}
          </Link>
        </p>
      )}
      {kit.description && <p className="event-text">{kit.description}</p>}
      <KitPhotos slug={kit.slug} photos={kit.photos} canManage={kit.viewerCanManage} onChanged={() => void refetch()} />
      <div className="kit-details">
        <Section title={t('kits.page.contents')}>
          <ul>
            {kit.items.map((item) => (
              <li key={item.label}>
                {item.label} × {item.quantity}
              </li>
            ))}
          </ul>
        </Section>
        <dl className="kit-facts">
          {kit.pickupPlace && (
            <>
              <dt>{t('kits.page.pickupPlace')}</dt>
              <dd>{kit.pickupPlace}</dd>
            </>
          )}
          {kit.loanConditions && (
            <>
              <dt>{t('kits.page.loanConditions')}</dt>
              <dd className="event-text">{kit.loanConditions}</dd>
            </>
          )}
          {kit.conditionNotes && (
            <>
              <dt>{t('kits.page.condition')}</dt>
              <dd className="event-text">{kit.conditionNotes}</dd>
            </>
          )}
        </dl>
      </div>
      <Section title={t('kits.page.availability')}>
        <MonthCalendar
          month={month}
          onMonthChange={setMonth}
          today={today}
          busy={busy}
          chosen={chosen}
          onChoose={(day) => setDays((current) => chooseDay(current, day))}
        />
      </Section>
      {!kit.archivedAt && <LoanRequestForm kitSlug={kit.slug} days={days} onDaysChange={setDays} taken={taken} />}
      {kit.viewerCanManage && (
        <Section title={t('kits.toHandle')}>
          {handled.length === 0 ? (
            <p className="empty-state">{t('kits.noneToHandle')}</p>
          ) : (
            <ul className="kit-loans">
              {handled.map((loan) => (
                <LoanCard key={loan.id} loan={loan} items={kit.items} showKit={false} />
              ))}
            </ul>
          )}
        </Section>
      )}
      {kit.viewerCanManage && (
        <Section title={t('kits.page.history')}>
          {past.length === 0 ? (
            <p className="empty-state">{t('kits.page.noHistory')}</p>
          ) : (
            <ul className="kit-loans">
              {past.map((loan) => (
                <LoanCard key={loan.id} loan={loan} showKit={false} />
              ))}
            </ul>
          )}
        </Section>
      )}
      <Section title={t('kits.page.resources')}>
        {kit.resources.length === 0 ? (
          <p className="empty-state">{t('kits.page.noResources')}</p>
        ) : (
          <ul className="bookmark-list">
            {kit.resources.map((resource) => (
              <li key={resource.slug} className="bookmark-item">
                <Link to={paths.resource(resource.slug)}>{resource.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('kits.page.debriefs')}>
        {kit.debriefs.length === 0 ? (
          <p className="empty-state">{t('kits.page.noDebriefs')}</p>
        ) : (
          <ul className="bookmark-list">
            {kit.debriefs.map((debrief) => (
              <li key={debrief.id} className="bookmark-item">
                <Link to={paths.resource(debrief.resource.slug)}>{debrief.resource.title}</Link>
                <span>
                  {' · '}
                  {t('kits.page.debrief', {
                    date: formatDay(debrief.workshopDate, language),
                    place: debrief.context,
                    participants: String(debrief.participants),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </article>
  );
}
