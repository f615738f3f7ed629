import { segmentsFromMarkedHtml } from './marked-html';

describe('segmentsFromMarkedHtml', () => {
  it('reads marks as matches and entities back as the characters they stand for', () => {
    expect(segmentsFromMarkedHtml('Voir &lt;b&gt; &amp; l’<mark>école d&#39;été</mark> &quot;fin&quot;')).toEqual([
      { text: 'Voir <b> & l’', match: false },
      { text: "école d'été", match: true },
      { text: ' "fin"', match: false },
    ]);
  });

  it('an empty excerpt gives no segment', () => {
    expect(segmentsFromMarkedHtml('')).toEqual([]);
  });
});
