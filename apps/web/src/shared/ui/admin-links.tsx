import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type AdminLink =
  'members' | 'auditLog' | 'invite' | 'themes' | 'moderation' | 'jobs' | 'bin' | 'brokenLinks' | 'imports';

const PATHS: Record<AdminLink, string> = {
  members: '/administration/membres',
  auditLog: '/administration/journal',
  invite: '/inviter',
  themes: '/administration/themes',
  moderation: '/moderation',
  jobs: '/administration/taches',
  bin: '/administration/corbeille',
  brokenLinks: '/administration/liens-casses',
  imports: '/importer',
};

/** The other admin pages, under the heading of one of them. */
export function AdminLinks({ links }: { links: readonly AdminLink[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('admin.nav')} className="admin-links">
      <ul>
        {links.map((link) => (
          <li key={link}>
            <Link to={PATHS[link]}>{t(`accounts.nav.${link}`)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
