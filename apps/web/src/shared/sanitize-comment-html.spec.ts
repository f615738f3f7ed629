import { JSDOM } from 'jsdom';
import { COMMENT_ALLOWED_TAGS, COMMENT_LINK_REL, sanitizeCommentHtml } from './sanitize-comment-html';

const JS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\u0000script:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  '&#0000106;&#0000097;vascript:alert(1)',
  'javascript&colon;alert(1)',
  'jav&#x09;ascript:alert(1)',
  '%6A%61vascript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  '&#118;bscript:msgbox(1)',
  'livescript:alert(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  '/relative',
  'ftp://evil.example',
  'jar:http://evil.example!/',
  'view-source:javascript:alert(1)',
];

const PAYLOADS: string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT>alert(1)</SCRIPT>',
  '<ScRiPt src="https://evil.example/x.js"></ScRiPt>',
  '<script/src="https://evil.example/x.js">',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '"><script>alert(1)</script>',
  '<p>ok</p><script>alert(1)',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=x OnErRoR=alert(1)>',
  '<img src="x" onerror="alert(1)"',
  '<img/src/onerror=alert(1)>',
  '<img src=`x` onerror=alert(1)>',
  '<img src="javascript:alert(1)">',
  '<image src=x onerror=alert(1)>',
  '<p onclick="alert(1)">x</p>',
  '<p ONMOUSEOVER="alert(1)">x</p>',
  '<strong onfocus=alert(1) tabindex=0 autofocus>x</strong>',
  '<a href="https://a.b" onclick="alert(1)">x</a>',
  '<a href="https://a.b" onmouseover=alert(1)>x</a>',
  '<a href="https://a.b" target="_blank">x</a>',
  '<a href="https://a.b" rel="opener">x</a>',
  '<a href="https://a.b" style="color:red">x</a>',
  '<a href="https://a.b" class="x" id="y" title="t">x</a>',
  '<a href="https://a.b" data-x="1" aria-label="z">x</a>',
  '<a href="https://a.b" formaction="javascript:alert(1)">x</a>',
  '<a xlink:href="javascript:alert(1)">x</a>',
  '<body onload=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<svg><set attributeName="href" to="javascript:alert(1)"/></svg>',
  '<svg><foreignObject><p onclick=alert(1)>x</p></foreignObject></svg>',
  '<svg><style>@import "https://evil.example";</style></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  '<math href="javascript:alert(1)">x</math>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<IFRAME SRC="https://evil.example">',
  '<frameset><frame src="javascript:alert(1)"></frameset>',
  '<style>body{background:url(javascript:alert(1))}</style>',
  '<STYLE>@import "https://evil.example/x.css";</STYLE>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<p style="behavior:url(x.htc)">x</p>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<object data="javascript:alert(1)"></object>',
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
  '<embed src="javascript:alert(1)">',
  '<embed src="https://evil.example/x.swf" type="application/x-shockwave-flash">',
  '<applet code="x.class"></applet>',
  '<video><source onerror=alert(1)></video>',
  '<audio src=x onerror=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<form action="javascript:alert(1)"><input type=submit></form>',
  '<textarea onfocus=alert(1) autofocus>',
  '<select onfocus=alert(1) autofocus>',
  '<details open ontoggle=alert(1)>',
  '<marquee onstart=alert(1)>x</marquee>',
  '<isindex type=image src=1 onerror=alert(1)>',
  '<template><script>alert(1)</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<xmp><p title="</xmp><img src=x onerror=alert(1)>">',
  '<noembed><img title="</noembed><img src onerror=alert(1)>"></noembed>',
  '<table><td background="javascript:alert(1)">x</td></table>',
  '<div onpointerenter=alert(1)>x</div>',
  '<blockquote cite="javascript:alert(1)" onclick=alert(1)>x</blockquote>',
  '<code onmouseover=alert(1)>x</code>',
  '<pre onclick=alert(1)>x</pre>',
  '<ul onclick=alert(1)><li onclick=alert(1)>x</li></ul>',
  '<ol start=1 type=a reversed><li value=3>x</li></ol>',
  '<br onclick=alert(1)>',
  '<p>unclosed <strong>bold <em>italic <a href="https://a.b">link',
  '<p <script>alert(1)</script>>x</p>',
  '<a href="https://a.b"<img src=x onerror=alert(1)>>x</a>',
  '<<script>script>alert(1)<</script>/script>',
  '<p>x</p><!--<script>alert(1)</script>-->',
  '<!--[if gte IE 4]><script>alert(1)</script><![endif]-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<p>&lt;img src=x onerror=alert(1)&gt;</p>',
  '<scr\u0000ipt>alert(1)</scr\u0000ipt>',
  '<img src=x o\u0000nerror=alert(1)>',
  '<a href="https://a.b" \u0000onclick=alert(1)>x</a>',
  '<p>\u0000<script>alert(1)</script></p>',
  '<a href="https://a.b">x</a><a href="http://a.b">y</a><a href="mailto:a@b.c">z</a>',
  '<a href="HTTPS://A.B">x</a>',
  '<a href=https://a.b onclick=alert(1)>x</a>',
  '<a href="https://a.b" href="javascript:alert(1)">x</a>',
  '<a href="javascript:alert(1)" href="https://a.b">x</a>',
  '<custom-element onclick=alert(1)>x</custom-element>',
  '<x onclick=alert(1)>x</x>',
  '<div is="x" onclick=alert(1)>x</div>',
  '<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48L3N2Zz4=#x"/></svg>',
  '<p id="__proto__" name="constructor">x</p>',
  '<img name="cookie"><form name="getElementById"></form>',
  ...JS.map((href) => `<a href="${href}">x</a>`),
  ...JS.map((href) => `<A HREF='${href}'>x</A>`),
  ...JS.map((href) => `<a href=${href.replace(/ /g, '')}>x</a>`),
];

const ALLOWED = new Set(COMMENT_ALLOWED_TAGS.map((tag) => tag.toUpperCase()));

/** Parses the output on its own, in a document that ran nothing, and lists what is not allowed. */
function problems(output: string): string[] {
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  const container = document.createElement('div');
  container.innerHTML = output;
  const found: string[] = [];
  for (const element of Array.from(container.querySelectorAll('*'))) {
    if (!ALLOWED.has(element.tagName)) found.push(`element ${element.tagName}`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`handler ${name}`);
      if (name !== 'href' && name !== 'rel') found.push(`attribute ${name}`);
      if (name === 'href') {
        const protocol = new URL(attribute.value, 'relative:/').protocol;
        if (!['http:', 'https:', 'mailto:'].includes(protocol)) found.push(`href ${attribute.value}`);
      }
    }
  }
  return found;
}

describe('sanitizeCommentHtml', () => {
  it('has a corpus of at least 100 payloads', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
  });

  it.each(PAYLOADS.map((payload) => [payload]))('leaves nothing dangerous in %j', (payload) => {
    const output = sanitizeCommentHtml(payload);
    expect(problems(output)).toEqual([]);
    expect(output).not.toMatch(/<script/i);
    for (const link of Array.from(new JSDOM(`<body>${output}</body>`).window.document.querySelectorAll('a'))) {
      expect(link.getAttribute('rel')).toBe(COMMENT_LINK_REL);
    }
  });

  it('keeps the HTML rendered from Markdown, links marked as outside', () => {
    const output = sanitizeCommentHtml('<p><strong>x</strong> <a href="https://a.b">l</a></p>');
    expect(output).toBe(`<p><strong>x</strong> <a href="https://a.b" rel="${COMMENT_LINK_REL}">l</a></p>`);
    expect(problems(output)).toEqual([]);
  });

  it('keeps lists, quotes, code and mail links', () => {
    const html =
      '<ul><li><em>a</em></li></ul><ol><li>b</li></ol><blockquote><p>c</p></blockquote><pre><code>d</code></pre><p>e<br><a href="mailto:a@b.c">f</a></p>';
    const output = sanitizeCommentHtml(html);
    expect(output).toContain('<blockquote><p>c</p></blockquote><pre><code>d</code></pre>');
    expect(output).toContain(`<a href="mailto:a@b.c" rel="${COMMENT_LINK_REL}">f</a>`);
  });

  it('drops a javascript: link but keeps its text', () => {
    expect(sanitizeCommentHtml('<a href="javascript:alert(1)">x</a>')).toBe(`<a rel="${COMMENT_LINK_REL}">x</a>`);
  });

  it('returns an empty string for a deleted or hidden comment', () => {
    expect(sanitizeCommentHtml('')).toBe('');
  });
});

describe('mentions (issue 13, item 16)', () => {
  it('keeps a mention’s link to a member’s page, and no other relative link', () => {
    expect(sanitizeCommentHtml('<p><a href="/membres/claire-mounier">@Claire Mounier</a></p>')).toBe(
      '<p><a href="/membres/claire-mounier">@Claire Mounier</a></p>',
    );
    for (const href of ['/membres/../administration', '/membres/x/y', '/administration/taches', '/membres/']) {
      expect(sanitizeCommentHtml(`<a href="${href}">x</a>`)).not.toContain('href=');
    }
  });
});
