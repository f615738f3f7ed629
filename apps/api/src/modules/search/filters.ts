import type { ResourceFacet } from '../resources/search/resource-index.settings';

export type FacetSelection = Partial<Record<ResourceFacet, string[]>>;

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A Meilisearch filter: values of one facet are OR-ed, facets are AND-ed, drafts are never searchable.
 * `except` leaves one facet out, for the disjunctive count of that facet.
 */
export function buildFilter(selection: FacetSelection, except?: ResourceFacet): string[] {
  const clauses = [`visibility != "draft"`];
  for (const [facet, values] of Object.entries(selection) as [ResourceFacet, string[]][]) {
    if (facet === except || !values?.length) continue;
    clauses.push(`${facet} IN [${values.map(quote).join(', ')}]`);
  }
  return clauses;
}
