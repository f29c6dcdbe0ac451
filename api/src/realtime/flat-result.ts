import {
  GraphQLIncludeDirective,
  GraphQLObjectType,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isLeafType,
  isNonNullType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLLeafType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** One field of the result: its key in the response, and how its value is read and written. */
interface LeafField {
  key: string;
  /** `__typename`: the type's name, whatever the value. */
  typename: boolean;
  name: string;
  type: GraphQLLeafType;
  nonNull: boolean;
}

/** Writes `{"data":{<root>:{...}}}` for a value, or answers null when only a full execution can (a missing non-null value). */
export type FlatEncoder = (value: Record<string, unknown>) => string | null;

/**
 * An encoder that produces exactly what graphql's `execute` would for a subscription whose field
 * resolves to `value`, when the selection is flat: the field's type is an object whose selected
 * fields are all leaves (scalars and enums, with aliases, fragments, @skip and @include) read by
 * the default resolver. Leaves are serialised by their own type, as execute does. Null when the
 * selection is not flat (a nested object, a list, a field with its own resolver): then every
 * subscriber is executed (projected values stay personal either way).
 */
export function flatEncoder(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, rawVariables: Record<string, unknown> | null | undefined): FlatEncoder | null {
  const operation = getOperationAST(document, operationName);
  const root = schema.getSubscriptionType();
  if (!operation || operation.operation !== 'subscription' || !root) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));

  const collect = (set: SelectionSetNode, type: GraphQLObjectType, into: FieldNode[]): boolean => {
    for (const selection of set.selections) {
      if (!included(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) into.push(selection);
      else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (!fragment) return false;
        const condition = fragment.typeCondition?.name.value;
        if (condition !== undefined && condition !== type.name) return false;
        if (!collect(fragment.selectionSet, type, into)) return false;
      }
    }
    return true;
  };

  const rootFields: FieldNode[] = [];
  if (!collect(operation.selectionSet, root, rootFields) || rootFields.length !== 1) return null;
  const rootNode = rootFields[0]!;
  const rootField = root.getFields()[rootNode.name.value];
  const objectType = rootField ? getNullableType(rootField.type) : null;
  if (!rootNode.selectionSet || !(objectType instanceof GraphQLObjectType)) return null;
  const nodes: FieldNode[] = [];
  if (!collect(rootNode.selectionSet, objectType, nodes)) return null;

  const fields: LeafField[] = [];
  const seen = new Set<string>();
  const objectFields = objectType.getFields();
  for (const node of nodes) {
    const key = node.alias?.value ?? node.name.value;
    if (seen.has(key)) continue;
    seen.add(key);
    if (node.name.value === '__typename') {
      fields.push({ key, typename: true, name: '__typename', type: null as unknown as GraphQLLeafType, nonNull: true });
      continue;
    }
    const field = objectFields[node.name.value];
    if (!field || field.resolve !== undefined || (node.arguments?.length ?? 0) > 0) return null;
    const leaf = getNullableType(field.type);
    if (!isLeafType(leaf) || getNamedType(field.type) !== leaf) return null;
    fields.push({ key, typename: false, name: node.name.value, type: leaf, nonNull: isNonNullType(field.type) });
  }
  const rootKey = rootNode.alias?.value ?? rootNode.name.value;
  const typeName = objectType.name;

  return (value) => {
    const out: Record<string, unknown> = {};
    for (const field of fields) {
      if (field.typename) {
        out[field.key] = typeName;
        continue;
      }
      const raw = value[field.name];
      if (raw === null || raw === undefined) {
        if (field.nonNull) return null;
        out[field.key] = null;
        continue;
      }
      try {
        out[field.key] = field.type.serialize(raw);
      } catch {
        return null;
      }
    }
    return JSON.stringify({ data: { [rootKey]: out } });
  };
}

function included(node: { directives?: readonly unknown[] } & Parameters<typeof getDirectiveValues>[1], variables: Record<string, unknown>): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.['if'] === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.['if'] !== false;
}
