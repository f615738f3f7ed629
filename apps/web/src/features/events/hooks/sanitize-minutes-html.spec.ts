import { JSDOM } from 'jsdom';
import { COMMENT_LINK_REL } from '../../../shared/sanitize-comment-html';
import { RESOURCE_HREF, sanitizeMinutesHtml } from './sanitize-minutes-html';

const HOSTILE_HREFS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript:/ressources/decodex',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/ressources/decodex',
  '/\\evil.example/ressources/decodex',
  '/ressources/../administration/membres',
  '/ressources/decodex/../../administration',
  '/ressources/%2e%2e/administration',
  '/ressources/decodex?x=javascript:alert(1)',
  '/RESSOURCES/decodex',
  '/ressources/',
  '/autre-page',
  'ressources/decodex',
];

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<p onclick="alert(1)">x</p>',
  '<h2 onclick="alert(1)" id="x" style="color:red">Titre</h2>',
  '<a href="/ressources/decodex" onclick="alert(1)" target="_blank">x</a>',
  '<a href="/ressources/decodex" rel="opener">x</a>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<h1>Titre</h1><h5>Sous-titre</h5><h6>x</h6>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  ...HOSTILE_HREFS.map((href) => `<a href="${href}">x</a>`),
];

const ALLOWED = new Set([
  'P',
  'EM',
  'STRONG',
  'UL',
  'OL',
  'LI',
  'A',
  'BLOCKQUOTE',
  'CODE',
  'PRE',
  'BR',
  'H3',
  'H4',
  'H5',
]);

/** Parses the output in a document that ran nothing and lists what is not allowed. */
function problems(output: string): string[] {
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  const container = document.createElement('div');
  container.innerHTML = output;
  const found: string[] = [];
  for (const element of Array.from(container.querySelectorAll('*'))) {
    if (!ALLOWED.has(element.tagName)) found.push(`element ${element.tagName}`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name !== 'href' && name !== 'rel') found.push(`attribute ${name}`);
      if (name === 'href' && !/^(?:https?:|mailto:)/i.test(attribute.value) && !RESOURCE_HREF.test(attribute.value)) {
        found.push(`href ${attribute.value}`);
      }
    }
  }
  return found;
}

describe('sanitizeMinutesHtml', () => {
  it('keeps links to the library’s resources, without rel, so that they open in the app', () => {
    const output = sanitizeMinutesHtml('<p>Nous avons lu <a href="/ressources/decodex-le-monde">le Décodex</a>.</p>');
    expect(output).toBe('<p>Nous avons lu <a href="/ressources/decodex-le-monde">le Décodex</a>.</p>');
  });

  it('keeps outside links, marked as such', () => {
    expect(sanitizeMinutesHtml('<p><a href="https://www.clemi.fr">CLEMI</a></p>')).toBe(
      `<p><a href="https://www.clemi.fr" rel="${COMMENT_LINK_REL}">CLEMI</a></p>`,
    );
  });

  it('drops a javascript: link but keeps its text', () => {
    expect(sanitizeMinutesHtml('<p><a href="javascript:alert(1)">x</a></p>')).toBe(
      `<p><a rel="${COMMENT_LINK_REL}">x</a></p>`,
    );
  });

  it('puts the minutes’ headings under the page’s « Compte rendu » heading', () => {
    expect(sanitizeMinutesHtml('<h2>Décisions</h2><h3>Suite</h3><h4>Détail</h4><p>x</p>')).toBe(
      '<h3>Décisions</h3><h4>Suite</h4><h5>Détail</h5><p>x</p>',
    );
  });

  it.each(PAYLOADS.map((payload) => [payload]))('leaves nothing dangerous in %j', (payload) => {
    const output = sanitizeMinutesHtml(payload);
    expect(problems(output)).toEqual([]);
    expect(output).not.toMatch(/<script|javascript:/i);
  });

  it('returns an empty string when there are no minutes yet', () => {
    expect(sanitizeMinutesHtml('')).toBe('');
  });
});
