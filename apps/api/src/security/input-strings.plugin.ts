import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { ERROR_CODES } from '@culture-commune/shared';

/** No legitimate input is longer (the longest fields, a resource's body and event minutes, are far below it). */
export const INPUT_STRING_MAX = 50_000;

/** What is wrong with a string, or null: U+0000, a lone UTF-16 surrogate, or a length past any field's limit. */
export function stringProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'le caractère nul (U+0000) n’est pas accepté.';
  // Lone surrogates (not a valid Unicode text): PostgreSQL and Meilisearch refuse them deep in a query.
  if (/\p{Cs}/u.test(value)) return 'texte mal formé (caractère UTF-16 isolé).';
  if (value.length > INPUT_STRING_MAX) return `${INPUT_STRING_MAX} caractères au plus.`;
  return null;
}

/** The path of the first ill-formed string in a value and what is wrong with it, or null. */
export function findIllFormedString(value: unknown, path: string): { path: string; problem: string } | null {
  if (typeof value === 'string') {
    const problem = stringProblem(value);
    return problem ? { path, problem } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findIllFormedString(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const found = findIllFormedString(child, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** The same for string literals written in the query itself (their escapes are decoded by the parser). */
function findInDocument(document: DocumentNode): { path: string; problem: string } | null {
  let found: { path: string; problem: string } | null = null;
  visit(document, {
    [Kind.STRING](node) {
      const problem = found ? null : stringProblem(node.value);
      if (problem) found = { path: `query (ligne ${node.loc?.startToken.line ?? '?'})`, problem };
    },
  });
  return found;
}

/**
 * Strings the database or the index cannot hold — U+0000, lone surrogates — or longer than any field allows are
 * refused up front with BAD_USER_INPUT naming where they are, before any resolver runs.
 */
export function inputStringsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const found = findIllFormedString(request.variables ?? {}, 'variables') ?? findInDocument(document);
          if (found) {
            throw new GraphQLError(`${found.path} : ${found.problem}`, {
              extensions: { code: ERROR_CODES.badUserInput, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
