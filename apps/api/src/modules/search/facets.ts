import type { ResourceFacet } from '../resources/search/resource-index.settings';
import type { FacetValueObject } from './dto/search-result.object';
import type { FacetSelection } from './filters';

export type FacetLabels = Record<ResourceFacet, Map<string, string>>;
export type FacetFields = Record<
  'types' | 'formats' | 'themes' | 'audiences' | 'tags' | 'organisations' | 'languages',
  FacetValueObject[]
>;

const FIELD_OF: Record<ResourceFacet, keyof FacetFields> = {
  type: 'types',
  format: 'formats',
  themes: 'themes',
  audiences: 'audiences',
  tags: 'tags',
  organisation: 'organisations',
  language: 'languages',
};

/** At most this many values per facet in a response (selected ones always included): a page shows far fewer. */
export const FACET_VALUES_MAX = 50;

/** One collator for every search (`localeCompare` with a locale looks one up per comparison). */
const FRENCH = new Intl.Collator('fr');

/**
 * Facet values with labels, by count then label, at most FACET_VALUES_MAX of them; a selected value stays listed
 * even when its count drops to 0.
 */
export function presentFacets(
  distribution: Record<string, Record<string, number>>,
  selection: FacetSelection,
  labels: FacetLabels,
): FacetFields {
  const fields = {} as FacetFields;
  for (const facet of Object.keys(FIELD_OF) as ResourceFacet[]) {
    const counts = { ...(distribution[facet] ?? {}) };
    for (const value of selection[facet] ?? []) counts[value] ??= 0;
    const selected = new Set(selection[facet] ?? []);
    const values = Object.entries(counts)
      .map(([value, count]) => ({ value, count, label: labels[facet].get(value) ?? value }))
      .sort((a, b) => b.count - a.count || FRENCH.compare(a.label, b.label));
    fields[FIELD_OF[facet]] = values.filter((value, rank) => rank < FACET_VALUES_MAX || selected.has(value.value));
  }
  return fields;
}
