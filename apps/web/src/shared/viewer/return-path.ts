/** The query parameter of the links sent by mail (reset, invitation): ?jeton=… */
export const TOKEN_PARAM = 'jeton';

/** The query parameter that carries where to go back to after signing in. */
export const RETURN_PARAM = 'retour';

/** Pages where "come back here after signing in" makes no sense. */
const ACCOUNT_PAGES = ['/connexion', '/mot-de-passe-oublie', '/reinitialiser-mot-de-passe', '/invitation'];

/**
 * A path of this site to go to after signing in, from an untrusted `?retour=` value: only a local
 * path ("/ressources/x?y"), never another site ("//evil.example", "https://…", "/\\evil"), else "/".
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if ([...value].some((char) => char.charCodeAt(0) < 0x20)) return '/'; // a line break or a tab
  const path = value.split(/[?#]/, 1)[0];
  return ACCOUNT_PAGES.includes(path) ? '/' : value;
}

/** The sign-in page's address, remembering the current page when it is worth coming back to. */
export function signInPath(currentPath = '/'): string {
  const back = safeReturnPath(currentPath);
  return back === '/' ? '/connexion' : `/connexion?${RETURN_PARAM}=${encodeURIComponent(back)}`;
}
