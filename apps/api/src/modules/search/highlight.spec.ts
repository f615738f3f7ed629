import { HIGHLIGHT_POST, HIGHLIGHT_PRE, toMarkedHtml, toSegments } from './highlight';

describe('toSegments', () => {
  it('splits a highlighted string into plain and matching parts', () => {
    expect(
      toSegments(`Les ${HIGHLIGHT_PRE}écrans${HIGHLIGHT_POST} et la ${HIGHLIGHT_PRE}petite${HIGHLIGHT_POST} enfance`),
    ).toEqual([
      { text: 'Les ', match: false },
      { text: 'écrans', match: true },
      { text: ' et la ', match: false },
      { text: 'petite', match: true },
      { text: ' enfance', match: false },
    ]);
  });

  it('keeps markup as text (nothing is ever HTML)', () => {
    expect(toSegments(`<b>${HIGHLIGHT_PRE}x${HIGHLIGHT_POST}</b>`)).toEqual([
      { text: '<b>', match: false },
      { text: 'x', match: true },
      { text: '</b>', match: false },
    ]);
  });

  it('merges adjacent matches and handles empty input', () => {
    expect(toSegments(`${HIGHLIGHT_PRE}a${HIGHLIGHT_POST}${HIGHLIGHT_PRE}b${HIGHLIGHT_POST}`)).toEqual([
      { text: 'ab', match: true },
    ]);
    expect(toSegments(undefined)).toEqual([]);
  });
});

describe('toMarkedHtml', () => {
  it('escapes every character a page’s text may hold and marks the matches', () => {
    expect(
      toMarkedHtml([
        { text: 'Voir <script>alert("x")</script> & l’', match: false },
        { text: "école d'été", match: true },
      ]),
    ).toBe('Voir &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l’<mark>école d&#39;été</mark>');
  });
});
