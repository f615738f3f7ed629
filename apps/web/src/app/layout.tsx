import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { AccountMenu } from '../features/accounts/components/account-menu';
import { signInPath } from '../shared/viewer/return-path';
import { canReadReport, useViewer } from '../shared/viewer/use-viewer';
import { NotificationsLink } from '../features/notifications/components/notifications-link';
import { LanguageSwitch } from './language-switch';
import { CodeLoading } from './lazy-part';
import { paths } from '../shared/paths';

export const MAIN_ID = 'contenu';

/** The frame of every page: skip link, header with the site name and navigation, main, footer. */
export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { viewer } = useViewer();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);
  // Under ~900 px the navigation, the account and the language sit behind « Menu » (issue 13, item 17).
  const [menuOpen, setMenuOpen] = useState(false);

  // After moving to another page, start reading (and tabbing) from its content, as a page load would.
  useEffect(() => {
    if (previousPath.current !== pathname) {
      mainRef.current?.focus();
      setMenuOpen(false);
    }
    previousPath.current = pathname;
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="container site-header-inner">
          <p className="site-name">
            <Link to="/">{t('app.siteName')}</Link>
            <span className="site-tagline">{t('app.tagline')}</span>
          </p>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('app.menu')}
          </button>
          <div id="site-menu" className="site-menu" data-open={menuOpen}>
            <nav aria-label={t('app.mainNav')} className="main-nav">
              <ul>
                <li>
                  <NavLink to="/" end>
                    {t('app.navSearch')}
                  </NavLink>
                </li>
                <li>
                  {viewer === null ? (
                    // A visitor cannot share: the link says what it takes, and brings them back to the form after.
                    <NavLink to={signInPath(paths.newResource)}>{t('app.navSignInToShare')}</NavLink>
                  ) : (
                    <NavLink to={paths.newResource}>{t('app.navAdd')}</NavLink>
                  )}
                </li>
                <li>
                  <NavLink to={paths.readingLists}>{t('app.navReadingLists')}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.events}>{t('app.navEvents')}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.directory}>{t('app.navDirectory')}</NavLink>
                </li>
                {viewer && (
                  <li>
                    <NavLink to={paths.kits}>{t('app.navKits')}</NavLink>
                  </li>
                )}
                {viewer && (
                  <>
                    <li>
                      <NavLink to="/quoi-de-neuf">{t('app.navNews')}</NavLink>
                    </li>
                    <li>
                      <NotificationsLink />
                    </li>
                    {canReadReport(viewer.role) && (
                      <li>
                        <NavLink to={paths.report}>{t('report.nav')}</NavLink>
                      </li>
                    )}
                  </>
                )}
              </ul>
            </nav>
            <AccountMenu />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="container site-main">
        {/* Most pages are chunks loaded when first opened (decision 0045): the frame stays, the page says it loads. */}
        <Suspense fallback={<CodeLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footer')}</p>
        </div>
      </footer>
    </div>
  );
}
