import {
  Kind,
  getOperationAST,
  getVariableValues,
  print,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';

/** What makes two subscriptions the same work: the operation as written, minus what cannot change its result. */
export interface OperationIdentity {
  /** The operation and the fragments it spreads, printed by graphql (no name, comments or own spacing), fragments sorted. */
  text: string;
  /** The variables its selection uses (graphql's validation refuses a declared one that is not). */
  variables: readonly VariableDefinitionNode[];
}

const identities = new WeakMap<DocumentNode, Map<string, OperationIdentity | null>>();

/**
 * The identity of the operation `operationName` selects in `document` (null when none does).
 * Documents are shared per query text (document-limits.ts), so each is analysed once per operation.
 */
export function operationIdentity(document: DocumentNode, operationName: string | null | undefined): OperationIdentity | null {
  let byName = identities.get(document);
  if (!byName) identities.set(document, (byName = new Map()));
  const name = operationName ?? '';
  if (!byName.has(name)) byName.set(name, identify(document, operationName));
  return byName.get(name)!;
}

function identify(document: DocumentNode, operationName: string | null | undefined): OperationIdentity | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const spread = new Map<string, FragmentDefinitionNode>();
  const usedVariables = new Set<string>();
  const collect = (node: OperationDefinitionNode['selectionSet'] | FragmentDefinitionNode) =>
    visit(node, {
      Variable: (v) => void usedVariables.add(v.name.value),
      FragmentSpread(s) {
        const fragment = fragments.get(s.name.value);
        if (fragment && !spread.has(fragment.name.value)) {
          spread.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation.selectionSet);
  for (const directive of operation.directives ?? []) visit(directive, { Variable: (v) => void usedVariables.add(v.name.value) });
  const variables = (operation.variableDefinitions ?? []).filter((d) => usedVariables.has(d.variable.name.value));
  const bare: OperationDefinitionNode = { ...operation, name: undefined, variableDefinitions: variables };
  const parts = [print(bare), ...[...spread.values()].sort((a, b) => a.name.value.localeCompare(b.name.value)).map((f) => print(f))];
  return { text: parts.join('\n'), variables };
}

/**
 * The values of the variables the operation uses, as graphql coerces them (`"5"` and `5` for an
 * ID are one value), in a canonical JSON: values of variables it does not use cannot split groups.
 */
export function usedVariablesKey(schema: GraphQLSchema, identity: OperationIdentity, given: Record<string, unknown> | null | undefined): string {
  const coerced = getVariableValues(schema, identity.variables, given ?? {});
  // document-limits.ts refused invalid values before; should one slip through, it keys as given.
  const values = coerced.coerced ?? given ?? {};
  return canonicalJson(Object.fromEntries(identity.variables.map((d) => [d.variable.name.value, values[d.variable.name.value] ?? null])));
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
