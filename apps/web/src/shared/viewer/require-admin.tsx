import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { RequireViewer } from './require-viewer';
import { canManageThemes, isAdmin, type Viewer } from './use-viewer';

/** What someone who is not (or no longer) an admin sees on an admin page. */
export function AdminOnly() {
  const { t } = useTranslation();
  return <p className="notice">{t('admin.notAllowed')}</p>;
}

/** What someone who is neither a coordinator nor an admin sees on a page for both. */
export function CoordinatorsOnly() {
  const { t } = useTranslation();
  return <p className="notice">{t('admin.coordinatorsOnly')}</p>;
}

/** A page for admins: the sign-in page for visitors (with the way back here), a clear refusal for the others. */
export function RequireAdmin({ children }: { children: (viewer: Viewer) => ReactNode }) {
  return <RequireViewer>{(viewer) => (isAdmin(viewer.role) ? children(viewer) : <AdminOnly />)}</RequireViewer>;
}

/** A page for coordinators and admins: the sign-in page for visitors, a clear refusal for members. */
export function RequireCoordinator({ children }: { children: (viewer: Viewer) => ReactNode }) {
  return (
    <RequireViewer>
      {(viewer) => (canManageThemes(viewer.role) ? children(viewer) : <CoordinatorsOnly />)}
    </RequireViewer>
  );
}
