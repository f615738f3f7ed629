import { safeReturnPath, signInPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps a path of this site, with its query', () => {
    expect(safeReturnPath('/ressources/le-jeu?x=1')).toBe('/ressources/le-jeu?x=1');
    expect(safeReturnPath('/profil')).toBe('/profil');
  });

  it('never leads to another site', () => {
    for (const value of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'evil',
      'javascript:alert(1)',
      '/\nx',
    ]) {
      expect(safeReturnPath(value)).toBe('/');
    }
    expect(safeReturnPath(null)).toBe('/');
    expect(safeReturnPath('')).toBe('/');
  });

  it('does not come back to an account page', () => {
    expect(safeReturnPath('/connexion?retour=/profil')).toBe('/');
    expect(safeReturnPath('/invitation?jeton=abc')).toBe('/');
  });
});

describe('signInPath', () => {
  it('remembers the page to come back to', () => {
    expect(signInPath('/ressources/le-jeu?onglet=notes')).toBe(
      '/connexion?retour=%2Fressources%2Fle-jeu%3Fonglet%3Dnotes',
    );
    expect(signInPath('/')).toBe('/connexion');
    expect(signInPath('/connexion')).toBe('/connexion');
  });
});
