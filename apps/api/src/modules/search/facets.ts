import type { ResourceFacet } from '../resources/search/resource-index.settings';
import type { FacetValueObject } from './dto/search-result.object';
import type { FacetSelection } from './filters';

export type FacetLabels = Record<ResourceFacet, Map<string, string>>;
type FacetField = 'types' | 'formats' | 'themes' | 'audiences' | 'tags' | 'organisations' | 'languages';
export type FacetFields = Record<FacetField, FacetValueObject[]> & {
  /** The tags selected: listed whatever `tags(first)` asks (search-facets.resolver.ts). */
  chosenTags: readonly string[];
};

const FIELD_OF: Record<ResourceFacet, FacetField> = {
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

/** Beyond this many labels ranked, the ranking starts again from the labels of the search at hand. */
const RANKED_MAX = 50_000;

/**
 * Each label's place in French order, computed when an unseen label comes (labels come from fixed vocabularies and
 * the curated ones, so that is rare): a search then sorts its facet values by comparing two numbers rather than by a
 * collator comparison per pair (decision 0007). Ranks only order labels, so ranking more labels later changes nothing.
 */
let ranks = new Map<string, number>();

function rankOf(labels: Iterable<string>): Map<string, number> {
  const unseen = [...labels].filter((label) => !ranks.has(label));
  if (unseen.length === 0) return ranks;
  const all = ranks.size + unseen.length > RANKED_MAX ? [...labels] : [...ranks.keys(), ...unseen];
  ranks = new Map([...new Set(all)].sort(FRENCH.compare).map((label, rank) => [label, rank]));
  return ranks;
}

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
    const counts = distribution[facet] ?? {};
    const chosen = selection[facet] ?? [];
    const values: FacetValueObject[] = [];
    for (const value in counts) values.push({ value, count: counts[value], label: labels[facet].get(value) ?? value });
    for (const value of chosen)
      if (!(value in counts)) values.push({ value, count: 0, label: labels[facet].get(value) ?? value });
    const rank = rankOf(values.map((value) => value.label));
    values.sort((a, b) => b.count - a.count || rank.get(a.label)! - rank.get(b.label)!);
    fields[FIELD_OF[facet]] = firstValues(values, FACET_VALUES_MAX, chosen);
  }
  fields.chosenTags = selection.tags ?? [];
  return fields;
}

/** The first `first` values, in their order, and any chosen value beyond them (so that it can be unchecked). */
export function firstValues(values: FacetValueObject[], first: number, chosen: readonly string[]): FacetValueObject[] {
  return values.length <= first
    ? values
    : values.filter((value, place) => place < first || chosen.includes(value.value));
}
