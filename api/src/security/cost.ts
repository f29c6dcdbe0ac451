import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  type ASTVisitor,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

/**
 * How many items a list field (or a paginated connection) is assumed to return when the document does not say. `first` says
 * it for paginated lists; a seat map has no argument and can hold 20,000 seats, so it weighs as
 * 1,000: one seat map per request fits the default budget, a page of events with their seat maps
 * does not.
 */
const LIST_SIZES: Record<string, number> = { 'Event.seats': 1000 };
const DEFAULT_LIST_SIZE = 10;
/** `first` given as a variable: the cap the resolver enforces, since validation cannot see values. */
const FIRST_CAP = 100;

function listSize(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, node: FieldNode): number {
  // A connection's `edges` are as many as the `first` of the field that returned the connection.
  if (parent.name.endsWith('Connection') && field.name === 'edges') return 1;
  const first = node.arguments?.find((a) => a.name.value === 'first');
  if (first) return sizeFrom(first.value);
  const declared = field.args.find((a) => a.name === 'first');
  if (declared && typeof declared.defaultValue === 'number') return declared.defaultValue;
  return LIST_SIZES[`${parent.name}.${field.name}`] ?? DEFAULT_LIST_SIZE;
}

function sizeFrom(value: ValueNode): number {
  if (value.kind === Kind.INT) return Math.max(1, Math.min(Number.parseInt(value.value, 10), FIRST_CAP));
  return FIRST_CAP;
}

/**
 * The cost of an operation: every field costs 1, times the assumed length of each list around it.
 * Linear in that multiplier, so a fragment's cost is computed once and scaled wherever it is
 * spread (no blow-up on fragments spread many times); introspection (`__schema`, `__type`) is free,
 * as the playground needs it and the depth and token limits bound it.
 */
export function costLimitRule(maxCost: number, report: (context: ValidationContext, error: GraphQLError) => void) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const fragmentCosts = new Map<string, number>();
    const inProgress = new Set<string>();

    const selectionCost = (parent: GraphQLCompositeType, selectionSet: SelectionSetNode): number => {
      let cost = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value;
          if (name.startsWith('__')) continue;
          if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
          const field = parent.getFields()[name];
          if (!field) continue; // unknown fields are reported by the standard rules
          cost += 1;
          const type = getNullableType(field.type);
          const named = getNamedType(field.type);
          if (selection.selectionSet && isCompositeType(named)) {
            const paginated = field.args.some((a) => a.name === 'first');
            const multiplier = isListType(type) || paginated ? listSize(parent, field, selection) : 1;
            cost += multiplier * selectionCost(named, selection.selectionSet);
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
          if (condition && isCompositeType(condition)) cost += selectionCost(condition, selection.selectionSet);
        } else {
          cost += fragmentCost(selection.name.value);
        }
        if (cost > maxCost) return cost; // enough to refuse; stop walking
      }
      return cost;
    };

    const fragmentCost = (name: string): number => {
      const known = fragmentCosts.get(name);
      if (known !== undefined) return known;
      if (inProgress.has(name)) return 0; // a cycle: NoFragmentCyclesRule reports it
      const fragment = context.getFragment(name);
      const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
      if (!fragment || !type || !isCompositeType(type)) return 0;
      inProgress.add(name);
      const cost = selectionCost(type, fragment.selectionSet);
      inProgress.delete(name);
      fragmentCosts.set(name, cost);
      return cost;
    };

    return {
      OperationDefinition(operation) {
        const root = schema.getRootType(operation.operation);
        if (!root) return;
        const cost = selectionCost(root, operation.selectionSet);
        if (cost > maxCost) {
          report(context, new GraphQLError(`Query cost ${cost > 1e12 ? 'over 10^12' : cost} exceeds the limit of ${maxCost}: ask for fewer items or fewer fields`, { nodes: [operation] }));
        }
      },
    };
  };
}
