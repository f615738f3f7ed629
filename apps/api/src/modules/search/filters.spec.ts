import { buildFilter } from './filters';
import { presentFacets } from './facets';

describe('buildFilter', () => {
  it('keeps the access rule, ORs values of a facet and ANDs facets', () => {
    expect(buildFilter({ type: ['outil', 'lecture'], themes: ['jeux-video'] }, 'visibility = "public"')).toEqual([
      'visibility = "public"',
      'type IN ["outil", "lecture"]',
      'themes IN ["jeux-video"]',
    ]);
    expect(buildFilter({ type: ['outil'] }, null)).toEqual(['type IN ["outil"]']);
  });

  it('leaves one facet out for its disjunctive count, never the access rule', () => {
    expect(buildFilter({ type: ['outil'], themes: ['x'] }, 'visibility = "public"', 'type')).toEqual([
      'visibility = "public"',
      'themes IN ["x"]',
    ]);
  });

  it('escapes quotes so a value cannot change the filter', () => {
    expect(buildFilter({ tags: ['a" OR visibility = "draft'] }, 'visibility = "public"')[1]).toBe(
      'tags IN ["a\\" OR visibility = \\"draft"]',
    );
  });
});

describe('presentFacets', () => {
  const labels = {
    type: new Map([
      ['outil', 'Outil de médiation'],
      ['lecture', 'Lecture'],
    ]),
    format: new Map(),
    themes: new Map(),
    audiences: new Map(),
    tags: new Map(),
    organisation: new Map(),
    language: new Map(),
  };

  it('labels values, sorts by count and keeps a selected value with no hit', () => {
    const facets = presentFacets({ type: { outil: 3 } }, { type: ['lecture'] }, labels);
    expect(facets.types).toEqual([
      { value: 'outil', label: 'Outil de médiation', count: 3 },
      { value: 'lecture', label: 'Lecture', count: 0 },
    ]);
    expect(facets.themes).toEqual([]);
  });
});

describe('presentFacets limits', () => {
  const labels = {
    type: new Map(),
    format: new Map(),
    themes: new Map(),
    audiences: new Map(),
    tags: new Map(),
    organisation: new Map(),
    language: new Map(),
  };

  it('keeps the 50 most frequent values, plus a selected one beyond them', () => {
    const counts = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`tag-${i}`, 100 - i]));
    const facets = presentFacets({ tags: counts }, { tags: ['tag-79'] }, labels);
    expect(facets.tags).toHaveLength(51);
    expect(facets.tags[0]).toEqual({ value: 'tag-0', label: 'tag-0', count: 100 });
    expect(facets.tags.map((t) => t.value)).toContain('tag-79');
    expect(facets.tags.map((t) => t.value)).not.toContain('tag-60');
  });

  it('orders values of equal count by their label in French order, labels first seen in a later search included', () => {
    const themes = new Map([
      ['zoo', 'Zoo'],
      ['education', 'Éducation'],
      ['eau', 'eau'],
      ['arts', 'Arts'],
      ['cinema', 'Cinéma'],
    ]);
    const first = presentFacets({ themes: { zoo: 2, education: 2, eau: 2, arts: 2 } }, {}, { ...labels, themes });
    expect(first.themes.map((t) => t.label)).toEqual(['Arts', 'eau', 'Éducation', 'Zoo']);
    const later = presentFacets({ themes: { zoo: 2, cinema: 2, eau: 2, arts: 3 } }, {}, { ...labels, themes });
    expect(later.themes.map((t) => t.label)).toEqual(['Arts', 'Cinéma', 'eau', 'Zoo']);
  });
});
