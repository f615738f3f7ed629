import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { ERROR_CODES, type ErrorReason } from '@culture-commune/shared';
import { serverMessage } from '../common/errors/error-messages';

/** No legitimate input is longer (the longest fields, a resource's body and event minutes, are far below it). */
export const INPUT_STRING_MAX = 50_000;

type StringReason = Extract<
  ErrorReason,
  'badUserInput.nullCharacter' | 'badUserInput.illFormedText' | 'badUserInput.tooLong'
>;

/** What is wrong with a string, or null: U+0000, a lone UTF-16 surrogate, or a length past any field's limit. */
export function stringProblem(value: string): StringReason | null {
  if (value.includes('\u0000')) return 'badUserInput.nullCharacter';
  // Lone surrogates (not a valid Unicode text): PostgreSQL and Meilisearch refuse them deep in a query.
  if (/\p{Cs}/u.test(value)) return 'badUserInput.illFormedText';
  if (value.length > INPUT_STRING_MAX) return 'badUserInput.tooLong';
  return null;
}

interface Found {
  path: string;
  reason: StringReason;
}

/** The path of the first ill-formed string in a value and what is wrong with it, or null. */
export function findIllFormedString(value: unknown, path: string): Found | null {
  if (typeof value === 'string') {
    const reason = stringProblem(value);
    return reason ? { path, reason } : null;
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

/** Per parsed document: Apollo hands the same DocumentNode object again for the same query text (its document store). */
const documentFindings = new WeakMap<DocumentNode, Found | null>();

/** The same for string literals written in the query itself (their escapes are decoded by the parser). */
function findInDocument(document: DocumentNode): Found | null {
  if (documentFindings.has(document)) return documentFindings.get(document)!;
  const found = scanDocument(document);
  documentFindings.set(document, found);
  return found;
}

function scanDocument(document: DocumentNode): Found | null {
  let found: Found | null = null;
  visit(document, {
    [Kind.STRING](node) {
      const reason = found ? null : stringProblem(node.value);
      if (reason) found = { path: 'query', reason };
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
            const params = {
              where: found.path,
              ...(found.reason === 'badUserInput.tooLong' ? { count: INPUT_STRING_MAX } : {}),
            };
            throw new GraphQLError(serverMessage(found.reason, params), {
              extensions: { code: ERROR_CODES.badUserInput, reason: found.reason, params, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
