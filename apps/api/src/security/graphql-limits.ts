import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits on every GraphQL operation (why each value: docs/decisions/0008-api-limits.md).
 * The web app's own operations are checked against them by a test.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  // List-size-aware (query-cost.ts, checked by queryCostPlugin): the search page with 100 hits costs 3 382 (its file match excerpt is one string, decision 0024).
  maxCost: 4000,
  maxTokens: 2000,
  maxDirectives: 20,
} as const;

/** Validation rules and plugins for Apollo: depth, aliases, directives, no field suggestions (cost: queryCostPlugin). */
export function graphqlArmor() {
  const messages = {
    depth: `Requête trop profonde : ${GRAPHQL_LIMITS.maxDepth} niveaux au plus.`,
    aliases: `Trop d’alias : ${GRAPHQL_LIMITS.maxAliases} au plus.`,
  };
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, errorMessage: messages.depth, exposeLimits: false },
    // Armor's cost ignores list sizes: replaced by queryCostPlugin (query-cost.ts), which sees the variables.
    costLimit: { enabled: false },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, errorMessage: messages.aliases, exposeLimits: false },
    // Counted by GraphQL's own parser instead (parseOptions in app.module): armor's plugin throws during parsing,
    // which Apollo answered with HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
