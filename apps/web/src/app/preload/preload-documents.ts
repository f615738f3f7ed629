import { Kind, print, visit, type DocumentNode, type FieldNode } from 'graphql';
import { PRELOADED_OPERATIONS } from './preload-operations';

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * The document with `__typename` in every selection set but the operation's own, as Apollo Client sends it: the
 * server's answer to it can be written in the cache as if the client had fetched it.
 */
export function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: {
      leave(node, _key, parent) {
        if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return node;
        const has = node.selections.some(
          (selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename',
        );
        return has ? node : { ...node, selections: [...node.selections, TYPENAME] };
      },
    },
  });
}

/** `preload/<name>.graphql` of the build (tools/preload-plugin.ts): what the API runs for that page. */
export function preloadDocumentText(name: string): string {
  return print(withTypenames(PRELOADED_OPERATIONS[name]));
}
