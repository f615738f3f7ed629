import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The cost model (docs/decisions/0008-api-limits.md): what an operation may make the API load, counted before it runs.
 *
 * - a scalar or enum field costs nothing (a property read); an object field costs 1 per object resolved;
 * - a list field multiplies its items' cost by its size: the `pageSize`, `first` or `limit` argument (also inside an
 *   `input` object, as in `search(input: { pageSize })`), from the literal, the request's variables or the schema's
 *   default; a field with such a size that returns a page object passes it to the page's lists (`hits`, `items`);
 *   a list without a size argument (comments, reactions, debriefs, themes…) counts as `DEFAULT_LIST_SIZE` items.
 */
export const DEFAULT_LIST_SIZE = 10;
const SIZE_ARGUMENTS = ['pageSize', 'first', 'limit'];
/** The lists of a page object that a size argument on the field above sizes. */
const PAGE_LISTS = ['hits', 'items', 'nodes'];

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables: Record<string, unknown> = {},
): number {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations[0];
  if (!operation) return 0;
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  const fieldsOf = (selectionSet: SelectionSetNode, seen: Set<string>): FieldNode[] =>
    selectionSet.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [selection];
      if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, seen);
      const fragment = fragments.get(selection.name.value);
      // A fragment spread twice in one selection is merged by GraphQL; a cycle is refused by validation.
      if (!fragment || seen.has(fragment.name.value)) return [];
      return fieldsOf(fragment.selectionSet, new Set([...seen, fragment.name.value]));
    });

  const costOf = (type: GraphQLNamedType, selectionSet: SelectionSetNode | undefined, pageSize?: number): number => {
    if (!selectionSet) return 0;
    let total = 0;
    for (const node of fieldsOf(selectionSet, new Set())) {
      // Interfaces and unions: counted with the first object type that has the field (this schema has none today).
      const field = isObjectType(type) ? type.getFields()[node.name.value] : undefined;
      if (!field) continue;
      total += fieldCost(field, node, pageSize);
    }
    return total;
  };

  const fieldCost = (field: GraphQLField<unknown, unknown>, node: FieldNode, pageSize?: number): number => {
    const named = getNamedType(field.type);
    if (isLeafType(named)) return 0;
    const size = sizeArgument(field.args, node, variables);
    const itemCost = 1 + costOf(named, node.selectionSet, isList(field.type) ? undefined : size);
    if (!isList(field.type)) return itemCost;
    const pageList = PAGE_LISTS.includes(node.name.value) ? pageSize : undefined;
    return itemCost * (size ?? pageList ?? DEFAULT_LIST_SIZE);
  };

  return costOf(root, operation.selectionSet);
}

function isList(type: GraphQLField<unknown, unknown>['type']): boolean {
  return isListType(isNonNullType(type) ? getNullableType(type) : type);
}

/** The size a field asks for: its own `pageSize`/`first`/`limit`, or one inside an input object argument. */
function sizeArgument(args: readonly GraphQLArgument[], node: FieldNode, variables: Record<string, unknown>) {
  const values = new Map<string, unknown>();
  for (const arg of args) {
    const given = node.arguments?.find((argument) => argument.name.value === arg.name);
    const value = given ? valueFromAST(given.value, arg.type, variables) : arg.defaultValue;
    values.set(arg.name, value);
    const input = getNullableType(arg.type);
    if (!isInputObjectType(input)) continue;
    for (const name of SIZE_ARGUMENTS) {
      const inner = input.getFields()[name];
      if (!inner) continue;
      const object = value as Record<string, unknown> | null | undefined;
      values.set(name, object?.[name] ?? inner.defaultValue);
    }
  }
  for (const name of SIZE_ARGUMENTS) {
    const value = values.get(name);
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
  }
  return undefined;
}

/** The refusal: HTTP 400, like any invalid query, stating the limit and nothing of the model. */
export function queryTooCostlyError(maxCost: number): GraphQLError {
  return new GraphQLError(`Requête trop coûteuse : un coût de ${maxCost} au plus.`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
  });
}
