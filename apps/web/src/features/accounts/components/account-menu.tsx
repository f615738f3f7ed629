import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { paths } from '../../../shared/paths';
import { Link, useLocation } from 'react-router';
import { errorMessage } from '../../../shared/graphql-errors';
import { signInPath } from '../../../shared/viewer/return-path';
import { useSignOut } from '../hooks/use-session';
import {
  canImport,
  canInvite,
  canManageThemes,
  canModerate,
  isAdmin,
  useViewer,
} from '../../../shared/viewer/use-viewer';

/**
 * The header's account corner: « Se connecter » when signed out; when signed in, the person's name
 * opening a short list (disclosure pattern: a button with aria-expanded, plain links inside).
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer, loading } = useViewer();
  const [open, setOpen] = useState(false);
  const [signOutError, setSignOutError] = useState<string | null>(null);
  const [signOut, { loading: signingOut }] = useSignOut();
  const listId = useId();
  const containerRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // A click anywhere else closes the list.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  if (loading) return null;

  if (!viewer) {
    return (
      <nav aria-label={t('accounts.nav.label')} className="account-nav">
        <Link to={signInPath(location.pathname + location.search)} className="account-nav-link">
          {t('accounts.nav.signIn')}
        </Link>
      </nav>
    );
  }

  const close = () => setOpen(false);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      close();
      buttonRef.current?.focus();
    }
  };
  // Focus moving to something outside (Tab past the last item) closes the list. A click that leaves
  // focus nowhere (Safari does not focus buttons) is handled by the pointerdown listener instead.
  const onBlur = (event: FocusEvent) => {
    if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget as Node)) close();
  };
  const onSignOut = async () => {
    setSignOutError(null);
    try {
      await signOut();
      close();
    } catch (error) {
      setSignOutError(errorMessage(error));
    }
  };

  return (
    <nav
      aria-label={t('accounts.nav.label')}
      className="account-nav account-menu"
      ref={containerRef}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <button
        type="button"
        ref={buttonRef}
        className="account-menu-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((current) => !current)}
      >
        {viewer.name}
        <span className="account-menu-caret" aria-hidden="true" />
      </button>
      <ul id={listId} className="account-menu-list" hidden={!open}>
        <li>
          <Link to="/profil" onClick={close}>
            {t('accounts.nav.profile')}
          </Link>
        </li>
        <li>
          <Link to="/favoris" onClick={close}>
            {t('accounts.nav.bookmarks')}
          </Link>
        </li>
        <li>
          <Link to="/suivis" onClick={close}>
            {t('accounts.nav.follows')}
          </Link>
        </li>
        {canInvite(viewer.role) && (
          <li>
            <Link to="/inviter" onClick={close}>
              {t('accounts.nav.invite')}
            </Link>
          </li>
        )}
        {canManageThemes(viewer.role) && (
          <li>
            <Link to="/administration/themes" onClick={close}>
              {t('accounts.nav.themes')}
            </Link>
          </li>
        )}
        {canImport(viewer.role) && (
          <li>
            <Link to="/importer" onClick={close}>
              {t('accounts.nav.imports')}
            </Link>
          </li>
        )}
        {canModerate(viewer.role) && (
          <li>
            <Link to="/moderation" onClick={close}>
              {t('accounts.nav.moderation')}
            </Link>
          </li>
        )}
        {canModerate(viewer.role) && (
          <li>
            <Link to={paths.resourceBin} onClick={close}>
              {t('accounts.nav.bin')}
            </Link>
          </li>
        )}
        {canModerate(viewer.role) && (
          <li>
            <Link to={paths.brokenLinks} onClick={close}>
              {t('accounts.nav.brokenLinks')}
            </Link>
          </li>
        )}
        {isAdmin(viewer.role) && (
          <>
            <li>
              <Link to="/administration/membres" onClick={close}>
                {t('accounts.nav.members')}
              </Link>
            </li>
            <li>
              <Link to={paths.organisationsAdmin} onClick={close}>
                {t('accounts.nav.organisations')}
              </Link>
            </li>
            <li>
              <Link to="/administration/journal" onClick={close}>
                {t('accounts.nav.auditLog')}
              </Link>
            </li>
          </>
        )}
        <li>
          <button type="button" disabled={signingOut} onClick={() => void onSignOut()}>
            {signingOut ? t('accounts.nav.signingOut') : t('accounts.nav.signOut')}
          </button>
        </li>
      </ul>
      {signOutError && (
        <p className="account-menu-error" role="alert">
          {t('accounts.nav.signOutError', { message: signOutError })}
        </p>
      )}
    </nav>
  );
}
