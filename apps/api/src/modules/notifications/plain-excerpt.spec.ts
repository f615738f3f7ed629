import { plainExcerpt } from './plain-excerpt';

describe('plainExcerpt', () => {
  it('drops Markdown marks and keeps link texts', () => {
    expect(plainExcerpt('**Très** bien, voir [la fiche](https://exemple.fr/fiche) et `code`\n\n> citation')).toBe(
      'Très bien, voir la fiche et code citation',
    );
  });

  it('cuts long texts at the limit with an ellipsis', () => {
    const excerpt = plainExcerpt('mot '.repeat(100), 20);
    expect(excerpt.length).toBeLessThanOrEqual(20);
    expect(excerpt.endsWith('…')).toBe(true);
  });

  it('keeps list items as words on one line', () => {
    expect(plainExcerpt('- un\n- deux\n+ trois')).toBe('un deux trois');
  });
});
