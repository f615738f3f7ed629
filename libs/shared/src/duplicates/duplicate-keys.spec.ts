import { normaliseUrl, titleKey } from './duplicate-keys';

describe('normaliseUrl', () => {
  it.each([
    ['https://www.Example.org/guide/', 'http://example.org/guide'],
    ['https://example.org/guide?utm_source=lettre&utm_medium=mail', 'https://example.org/guide'],
    ['https://example.org/guide?fbclid=abc123#section', 'https://example.org/guide'],
    ['https://example.org:443/guide?b=2&a=1', 'https://example.org/guide?a=1&b=2'],
    ['https://example.org/%C3%A9crans', 'https://example.org/écrans'],
  ])('%s names the same page as %s', (a, b) => {
    expect(normaliseUrl(a)).toBe(normaliseUrl(b));
    expect(normaliseUrl(a)).not.toBeNull();
  });

  it.each([
    ['https://example.org/guide', 'https://example.org/guide-2'],
    ['https://example.org/guide?id=1', 'https://example.org/guide?id=2'],
    ['https://example.org:8080/guide', 'https://example.org/guide'],
    ['https://example.org/Guide', 'https://example.org/guide'],
  ])('%s and %s stay different', (a, b) => {
    expect(normaliseUrl(a)).not.toBe(normaliseUrl(b));
  });

  it.each(['ftp://example.org/file', 'javascript:alert(1)', 'pas une adresse', ''])('refuses %s', (value) => {
    expect(normaliseUrl(value)).toBeNull();
  });
});

describe('titleKey', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(titleKey('Les écrans, les enfants :  un guide !')).toBe(titleKey('LES ECRANS LES ENFANTS UN GUIDE'));
    expect(titleKey("L'œuvre")).toBe('l oeuvre');
  });

  it('keeps different words apart', () => {
    expect(titleKey('Guide des écrans')).not.toBe(titleKey('Guide des écrans 2'));
  });
});
