import { JSDOM } from 'jsdom';
import { COMMENT_ALLOWED_TAGS, renderCommentMarkdown } from './markdown';

/** At least 100 hostile inputs: tags, handlers, dangerous links in several encodings, Markdown link tricks. */
const PAYLOADS: string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//x.y/z.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(1)">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><script>alert(1)</script>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '<object data="javascript:alert(1)">',
  '<embed src="javascript:alert(1)">',
  '<body onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<style>*{background:url(javascript:alert(1))}</style>',
  '<link rel=stylesheet href=javascript:alert(1)>',
  '<meta http-equiv=refresh content="0;url=javascript:alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="  javascript:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="//evil.example/">x</a>',
  '<a href="x" onclick="alert(1)">x</a>',
  '<a href="https://ok.example" onmouseover="alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '[x](JAVASCRIPT:alert(1))',
  '[x](javascript&#58;alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '[x](vbscript:alert(1))',
  '[x]( javascript:alert(1))',
  '[x](<javascript:alert(1)>)',
  '![x](javascript:alert(1))',
  '![x](x" onerror="alert(1))',
  '[x](https://ok.example "title" onclick="alert(1)")',
  '<javascript:alert(1)>',
  '[x]: javascript:alert(1)\n\n[y][x]',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<select onfocus=alert(1) autofocus>',
  '<textarea onfocus=alert(1) autofocus>',
  '<keygen autofocus onfocus=alert(1)>',
  '<video><source onerror=alert(1)>',
  '<audio src=x onerror=alert(1)>',
  '<marquee onstart=alert(1)>',
  '<isindex action=javascript:alert(1) type=submit>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<base href="javascript:alert(1)//">',
  '<table background="javascript:alert(1)">',
  '<td background="javascript:alert(1)">',
  '<div onmouseover="alert(1)">x</div>',
  '<p onclick=alert(1)>x</p>',
  '<strong onclick=alert(1)>x</strong>',
  '<em style="color:red" onfocus=alert(1)>x</em>',
  '<blockquote cite="javascript:alert(1)">x</blockquote>',
  '<code onmouseover=alert(1)>x</code>',
  '<pre onclick=alert(1)>x</pre>',
  '<ul onclick=alert(1)><li onclick=alert(1)>x</li></ul>',
  '<br onload=alert(1)>',
  '<img src="x:gif" onerror="window[\'al\'+\'ert\'](1)">',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<svg><set onbegin=alert(1)>',
  '<math href="javascript:alert(1)">x</math>',
  '<x onclick=alert(1)>x</x>',
  '<custom-element onclick=alert(1)>',
  '<template><script>alert(1)</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<!--<img src=x onerror=alert(1)>-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<?xml version="1.0"?><script>alert(1)</script>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '</p><script>alert(1)</script><p>',
  '<p>x</p><scr\u0000ipt>alert(1)</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '\\x3cscript\\x3ealert(1)\\x3c/script\\x3e',
  '%3Cscript%3Ealert(1)%3C/script%3E',
  '<a href="https://ok.example/?q=<script>">x</a>',
  '<a href="mailto:x@y.z?body=<script>">x</a>',
  '<a href="http://ok.example" target="_blank">x</a>',
  '<a href="https://ok.example" style="position:fixed;top:0">x</a>',
  '<img src="https://ok.example/a.png">',
  '<img src=1 onerror=alert(1)//',
  '<svg/onload=alert(1)>',
  '<svg\nonload=alert(1)>',
  '<img\tsrc=x\tonerror=alert(1)>',
  '<a/href="javascript:alert(1)">x</a>',
  '<a href=javascript:alert(1)>x</a>',
  '<iframe/src="data:text/html,<script>alert(1)</script>">',
  '<object type="text/x-scriptlet" data="https://evil.example/x.sct">',
  '<applet code="x">',
  '<frameset onload=alert(1)>',
  '<html onmouseover=alert(1)>',
  '<bgsound src="javascript:alert(1)">',
  '<layer src="javascript:alert(1)">',
  '<xss style="x:expression(alert(1))">',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '> <script>alert(1)</script>',
  '* <img src=x onerror=alert(1)>',
  '1. [x](javascript:alert(1))',
  '**<script>alert(1)</script>**',
  '_<svg onload=alert(1)>_',
  '[<img src=x onerror=alert(1)>](https://ok.example)',
  '[x](https://ok.example)<script>alert(1)</script>',
];

describe('renderCommentMarkdown (server sanitiser)', () => {
  it(`has a corpus of at least 100 payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
  });

  it.each(PAYLOADS.map((payload) => [payload]))('leaves nothing executable in %j', (payload) => {
    const html = renderCommentMarkdown(payload);
    const { document } = new JSDOM(`<body>${html}</body>`).window;
    for (const element of document.body.querySelectorAll('*')) {
      expect(COMMENT_ALLOWED_TAGS).toContain(element.tagName.toLowerCase());
      for (const attribute of element.getAttributeNames()) {
        expect(['href', 'rel']).toContain(attribute);
        if (attribute === 'href') expect(element.getAttribute('href')!.trim()).toMatch(/^(https?:|mailto:)/i);
      }
    }
  });

  it('keeps the Markdown people write', () => {
    expect(
      renderCommentMarkdown('**Très** utile, voir [le guide](https://www.clemi.fr) :\n\n- point 1\n- point 2'),
    ).toBe(
      '<p><strong>Très</strong> utile, voir <a href="https://www.clemi.fr" rel="noopener noreferrer nofollow">le guide</a> :</p>\n<ul>\n<li>point 1</li>\n<li>point 2</li>\n</ul>',
    );
  });
});
