import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits on every GraphQL operation (why each value: docs/decisions/0008-api-limits.md).
 * The web app's own operations are checked against them by a test.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 1000,
  maxTokens: 2000,
  maxDirectives: 20,
} as const;

/** Validation rules and plugins for Apollo: depth, cost, aliases, tokens, directives, no field suggestions. */
export function graphqlArmor() {
  const messages = {
    depth: `Requête trop profonde : ${GRAPHQL_LIMITS.maxDepth} niveaux au plus.`,
    cost: `Requête trop coûteuse : un coût de ${GRAPHQL_LIMITS.maxCost} au plus.`,
    aliases: `Trop d’alias : ${GRAPHQL_LIMITS.maxAliases} au plus.`,
  };
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, errorMessage: messages.depth, exposeLimits: false },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, errorMessage: messages.cost, exposeLimits: false },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, errorMessage: messages.aliases, exposeLimits: false },
    // Counted by GraphQL's own parser instead (parseOptions in app.module): armor's plugin throws during parsing,
    // which Apollo answered with HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
