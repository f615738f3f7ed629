import { useId } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';

/** The password of every demo member in development (see the API's seed). */
export const DEMO_PASSWORD = 'culture-commune-demo';
const DEMO_ACCOUNTS = [
  { email: 'camille.durand@example.org', role: 'coordinator' },
  { email: 'admin@example.org', role: 'admin' },
  { email: 'yanis.benali@example.org', role: 'member' },
] as const;

/** Shown on the sign-in page only when the API runs in development. */
export function DemoAccountsHint() {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="dev-hint" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('accounts.demo.title')}</h2>
      <p>
        <Trans i18nKey="accounts.demo.text" values={{ password: DEMO_PASSWORD }} components={{ code: <code /> }} />
      </p>
      <ul>
        {DEMO_ACCOUNTS.map((account) => (
          <li key={account.email}>
            {t('accounts.demo.account', { email: account.email, role: t(`accounts.roles.${account.role}`) })}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/dev/courriels">{t('accounts.demo.mailbox')}</Link>
      </p>
    </section>
  );
}
