import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Navigate, useLocation } from 'react-router';
import { LoadError, LoadingMessage } from '../ui/query-status';
import { signInPath } from './return-path';
import { useViewer, type Viewer } from './use-viewer';

/** A page for signed-in people: the sign-in page (with the way back here) for the others. */
export function RequireViewer({ children }: { children: (viewer: Viewer) => ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer, loading, error, refetch } = useViewer();
  if (loading) return <LoadingMessage text={t('common.loading')} />;
  if (error) return <LoadError text={t('accounts.viewerError')} onRetry={() => void refetch()} />;
  if (!viewer) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return <>{children(viewer)}</>;
}
