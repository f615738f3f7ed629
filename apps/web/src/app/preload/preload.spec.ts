import { ApolloClient, ApolloLink, Observable } from '@apollo/client';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  execute,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLFieldResolver,
} from 'graphql';
import { createCache } from '../apollo-client';
import { ResourceDocument } from '../../generated/graphql';
import { preloadDocumentText, withTypenames } from './preload-documents';
import { restorePreloaded } from './restore-preloaded';

/** A link that fails the test if the client asks the network anything. */
const noNetwork = new ApolloLink(
  (operation) =>
    new Observable(() => {
      throw new Error(`unexpected request: ${operation.operationName}`);
    }),
);

describe('Preloaded page data', () => {
  it('adds __typename where Apollo Client would, not at the root', () => {
    const text = preloadDocumentText('resource');
    expect(text).toMatch(/^query Resource\(/);
    const operation = parse(text).definitions[0];
    expect(operation.kind).toBe('OperationDefinition');
    const root = (operation as unknown as { selectionSet: { selections: { name: { value: string } }[] } }).selectionSet;
    expect(root.selections.map((selection) => selection.name.value)).toEqual(['resource']);
    expect(text).toMatch(/resource\(slug: \$slug, countView: \$countView\) \{[^}]*__typename/);
    expect(text).toMatch(/fragment ResourceFields on Resource \{[\s\S]*__typename/);
    // Already there: not twice.
    const once = withTypenames(parse('{ a { __typename b } }'));
    expect(JSON.stringify(once).match(/__typename/g)).toHaveLength(1);
  });

  it('restores the embedded cache, so that the page reads its answer without a request', async () => {
    const variables = { slug: 'vinz-et-lou', countView: true };
    const data = await answerAsTheServerWould(preloadDocumentText('resource'), variables);
    // What the API embeds (its web-app-cache.ts): the answer normalised with the same type policies.
    const server = createCache();
    server.writeQuery({ query: parse(preloadDocumentText('resource')), variables, data });
    const client = new ApolloClient({ link: noNetwork, cache: createCache() });
    const page = pageWith(server.extract());
    expect(restorePreloaded(client, page)).toBe(true);
    expect(page.getElementById('cc-preload')).toBeNull();
    // Fresh: the first render takes it even where a query would also ask the network (App ends that).
    expect(client.prioritizeCacheValues).toBe(true);
    // The page asks without countView's value mattering (keyArgs: slug), from the cache only.
    const read = await client.query({ query: ResourceDocument, variables: { slug: 'vinz-et-lou', countView: true } });
    expect(read.data?.resource?.title).toBe('Titre');
  });

  it('ignores a block that is not a normalised cache (a list of answers, say): the page then loads as usual', () => {
    for (const block of [
      [{ operation: 'resource', variables: {}, data: { resource: { id: 'r1' } } }],
      { a: 1 },
      null,
    ]) {
      const client = new ApolloClient({ link: noNetwork, cache: createCache() });
      expect(restorePreloaded(client, pageWith(block))).toBe(false);
      expect(client.cache.extract()).toEqual({});
      expect(client.prioritizeCacheValues).toBe(false);
    }
  });

  it('ignores a page without preloaded data, or with unreadable data', () => {
    const client = new ApolloClient({ link: noNetwork, cache: createCache() });
    const page = document.implementation.createHTMLDocument('page');
    expect(restorePreloaded(client, page)).toBe(false);
    const script = page.createElement('script');
    script.id = 'cc-preload';
    script.textContent = '{ pas du JSON';
    page.body.append(script);
    expect(restorePreloaded(client, page)).toBe(false);
  });
});

function pageWith(preloaded: unknown): Document {
  const page = document.implementation.createHTMLDocument('page');
  const script = page.createElement('script');
  script.type = 'application/json';
  script.id = 'cc-preload';
  script.textContent = JSON.stringify(preloaded);
  page.body.append(script);
  return page;
}

/** Runs `text` against the committed schema, every field answering a plausible value: a complete answer. */
async function answerAsTheServerWould(text: string, variables: Record<string, unknown>) {
  const schema = buildSchema(readFileSync(join(__dirname, '../../../../api/schema.gql'), 'utf8'));
  const value = (type: Parameters<typeof getNamedType>[0]): unknown => {
    if (isNonNullType(type)) return value(type.ofType);
    if (isListType(type)) return [];
    const named = getNamedType(type);
    if (isEnumType(named)) return named.getValues()[0].value;
    if (isObjectType(named)) return {};
    const scalars: Record<string, unknown> = { Int: 1, Float: 1, Boolean: false, ID: 'r1', String: 'Titre' };
    return scalars[named?.name ?? ''] ?? '2026-01-01T00:00:00.000Z';
  };
  const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (_source, _args, _context, info) =>
    value(info.returnType);
  const result = await execute({ schema, document: parse(text), variableValues: variables, fieldResolver });
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, unknown>;
}
