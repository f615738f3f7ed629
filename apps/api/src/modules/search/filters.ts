import type { ResourceFacet } from '../resources/search/resource-index.settings';

export type FacetSelection = Partial<Record<ResourceFacet, string[]>>;

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A Meilisearch filter: `access` (what the actor may see, from the resources policy) AND each facet, whose values are
 * OR-ed. `except` leaves one facet out, for the disjunctive count of that facet.
 */
export function buildFilter(selection: FacetSelection, access: string | null, except?: ResourceFacet): string[] {
  const clauses = access ? [access] : [];
  for (const [facet, values] of Object.entries(selection) as [ResourceFacet, string[]][]) {
    if (facet === except || !values?.length) continue;
    clauses.push(`${facet} IN [${values.map(quote).join(', ')}]`);
  }
  return clauses;
}
