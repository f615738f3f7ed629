import type { Role } from '@culture-commune/shared';
import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'react-router';
import { useViewer } from '../viewer/use-viewer';

export type AdminLink =
  | 'members'
  | 'organisations'
  | 'invite'
  | 'themes'
  | 'moderation'
  | 'bin'
  | 'brokenLinks'
  | 'imports'
  | 'auditLog'
  | 'jobs'
  | 'status';

const CURATORS: readonly Role[] = ['coordinator', 'admin'];
const ADMINS: readonly Role[] = ['admin'];

/** Every admin page, in the order they are offered, with its address and who may open it (the API checks again). */
const PAGES: readonly { link: AdminLink; path: string; roles: readonly Role[] }[] = [
  { link: 'members', path: '/administration/membres', roles: ADMINS },
  { link: 'organisations', path: '/administration/structures', roles: ADMINS },
  { link: 'invite', path: '/inviter', roles: CURATORS },
  { link: 'themes', path: '/administration/themes', roles: CURATORS },
  { link: 'moderation', path: '/moderation', roles: CURATORS },
  { link: 'bin', path: '/administration/corbeille', roles: CURATORS },
  { link: 'brokenLinks', path: '/administration/liens-casses', roles: CURATORS },
  { link: 'imports', path: '/importer', roles: CURATORS },
  { link: 'auditLog', path: '/administration/journal', roles: ADMINS },
  { link: 'jobs', path: '/administration/taches', roles: ADMINS },
  { link: 'status', path: '/administration/etat', roles: ADMINS },
];

/** The admin pages the viewer may open, as `AdminLinks` lists them under `current`. */
export function adminLinksFor(role: Role | undefined, current: AdminLink): AdminLink[] {
  return PAGES.filter((page) => page.link !== current && role !== undefined && page.roles.includes(role)).map(
    (page) => page.link,
  );
}

/**
 * The other admin pages under the heading of one of them: every page the viewer's role opens, the same set and order
 * everywhere (issue 13, item 20: `/moderation` offered two of the four links the other pages had).
 */
export function AdminLinks({ current }: { current: AdminLink }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const links = adminLinksFor(viewer?.role, current);
  if (links.length === 0) return null;
  return (
    <nav aria-label={t('admin.nav')} className="admin-links">
      <ul>
        {links.map((link) => (
          <li key={link}>
            <Link to={PAGES.find((page) => page.link === link)!.path}>{t(`accounts.nav.${link}`)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
