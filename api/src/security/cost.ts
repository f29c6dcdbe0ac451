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
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

const DEFAULT_LIST_SIZE = 10;
/** `first` given as a variable: the cap the resolver enforces, since validation cannot see values. */
const FIRST_CAP = 100;
/** The most seats an event can have (createEvent refuses more). */
export const MAX_SEATS_PER_EVENT = 50_000;
/** The compact seat-map fields cost one item per this many seats. */
const SEATS_PER_COMPACT_ITEM = 100;

type Field = GraphQLField<unknown, unknown>;

/** What the walk knows about where it is: the event a `Query.event(id:)` field above it names. */
interface Scope {
  eventId: string | null;
}

/** How many items lists hold and what a field weighs, for one way of costing. */
interface CostModel {
  /** Items of an event's seat map: the real count, or an assumption when the event is unknown. */
  seatsOf(eventId: string | null): number;
  /** The value of an argument (a literal, or a variable the model can see). */
  argument(value: ValueNode): unknown;
}

function firstOf(model: CostModel, value: ValueNode): number {
  const given = model.argument(value);
  return typeof given === 'number' && Number.isInteger(given) ? Math.max(1, Math.min(given, FIRST_CAP)) : FIRST_CAP;
}

function listSize(model: CostModel, scope: Scope, parent: GraphQLCompositeType, field: Field, node: FieldNode): number {
  // A connection's `edges` are as many as the `first` of the field that returned the connection.
  if (parent.name.endsWith('Connection') && field.name === 'edges') return 1;
  if (parent.name === 'Event' && field.name === 'seats') return model.seatsOf(scope.eventId);
  const first = node.arguments?.find((a) => a.name.value === 'first');
  if (first) return firstOf(model, first.value);
  const declared = field.args.find((a) => a.name === 'first');
  if (declared && typeof declared.defaultValue === 'number') return declared.defaultValue;
  return DEFAULT_LIST_SIZE;
}

/** A field's own cost: 1, or for the compact seat-map documents a share of the seats they carry. */
function weightOf(model: CostModel, scope: Scope, parent: GraphQLCompositeType, field: Field): number {
  if (parent.name === 'Event' && (field.name === 'seatLayout' || field.name === 'seatStates')) {
    return Math.max(1, Math.ceil(model.seatsOf(scope.eventId) / SEATS_PER_COMPACT_ITEM));
  }
  return 1;
}

function scopeBelow(model: CostModel, scope: Scope, parent: GraphQLCompositeType, node: FieldNode): Scope {
  if (parent.name !== 'Query' || node.name.value !== 'event') return scope;
  const id = node.arguments?.find((a) => a.name.value === 'id');
  const value = id ? model.argument(id.value) : null;
  return { eventId: typeof value === 'string' || typeof value === 'number' ? String(value) : null };
}

/**
 * The cost of an operation: every field costs its weight (1), times the length of each list
 * around it. Linear in that multiplier, so a fragment's cost is computed once per scope and scaled
 * wherever it is spread (no blow-up on fragments spread many times); introspection (`__schema`,
 * `__type`) is free, as the playground needs it and the depth and token limits bound it.
 * Stops counting once past `stopAbove`.
 */
function operationCost(
  schema: GraphQLSchema,
  fragmentOf: (name: string) => FragmentDefinitionNode | undefined,
  operation: OperationDefinitionNode,
  model: CostModel,
  stopAbove: number,
): number {
  const fragmentCosts = new Map<string, number>();
  const inProgress = new Set<string>();

  const selectionCost = (parent: GraphQLCompositeType, selectionSet: SelectionSetNode, scope: Scope): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
        const field = parent.getFields()[name];
        if (!field) continue; // unknown fields are reported by the standard rules
        cost += weightOf(model, scope, parent, field);
        const type = getNullableType(field.type);
        const named = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(named)) {
          const paginated = field.args.some((a) => a.name === 'first');
          const multiplier = isListType(type) || paginated ? listSize(model, scope, parent, field, selection) : 1;
          cost += multiplier * selectionCost(named, selection.selectionSet, scopeBelow(model, scope, parent, selection));
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (condition && isCompositeType(condition)) cost += selectionCost(condition, selection.selectionSet, scope);
      } else {
        cost += fragmentCost(selection.name.value, scope);
      }
      if (cost > stopAbove) return cost; // enough to refuse; stop walking
    }
    return cost;
  };

  const fragmentCost = (name: string, scope: Scope): number => {
    const key = `${name}@${scope.eventId ?? ''}`;
    const known = fragmentCosts.get(key);
    if (known !== undefined) return known;
    if (inProgress.has(key)) return 0; // a cycle: NoFragmentCyclesRule reports it
    const fragment = fragmentOf(name);
    const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
    if (!fragment || !type || !isCompositeType(type)) return 0;
    inProgress.add(key);
    const cost = selectionCost(type, fragment.selectionSet, scope);
    inProgress.delete(key);
    fragmentCosts.set(key, cost);
    return cost;
  };

  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(root, operation.selectionSet, { eventId: null }) : 0;
}

/**
 * How a seat map is assumed to weigh when validation checks a document's shape: validation runs
 * once per document (Apollo caches it), before any value is known, so it cannot know which event
 * is asked for. The shape check keeps documents that ask for many maps at once out; what a read
 * really costs is counted by readCost, with every list at its real size.
 */
const SHAPE_SEATS = 1000;

/** Literal arguments only: variables are not known when a document's shape is checked. */
const literal = (value: ValueNode): unknown => (value.kind === Kind.INT ? Number.parseInt(value.value, 10) : value.kind === Kind.STRING ? value.value : null);

export function costLimitRule(maxCost: number, report: (context: ValidationContext, error: GraphQLError) => void) {
  return (context: ValidationContext): ASTVisitor => {
    const model: CostModel = { seatsOf: () => SHAPE_SEATS, argument: literal };
    return {
      OperationDefinition(operation) {
        const cost = operationCost(context.getSchema(), (name) => context.getFragment(name) ?? undefined, operation, model, maxCost);
        if (cost > maxCost) {
          report(context, new GraphQLError(`Query cost ${cost > 1e12 ? 'over 10^12' : cost} exceeds the limit of ${maxCost}: ask for fewer items or fewer fields`, { nodes: [operation] }));
        }
      },
    };
  };
}

/** The event ids an operation reads through `event(id:)`, whose seat counts readCost needs. */
export function eventIdsRead(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, variables: Record<string, unknown>): string[] {
  const ids = new Set<string>();
  const visit = (selectionSet: SelectionSetNode, seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const id = selection.name.value === 'event' ? selection.arguments?.find((a) => a.name.value === 'id') : undefined;
        const value = id ? valueOf(id.value, variables) : null;
        if (typeof value === 'string' || typeof value === 'number') ids.add(String(value));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
        visit(fragments[selection.name.value]!.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  if (operation.operation === 'query') visit(operation.selectionSet, new Set());
  return [...ids];
}

const valueOf = (value: ValueNode, variables: Record<string, unknown>): unknown => (value.kind === Kind.VARIABLE ? variables[value.name.value] : literal(value));

/**
 * What an operation really reads: lists at their real sizes, an event's `seats` as many as the
 * event has (`seatCounts`, for the events named by `event(id:)`), or as many as an event may have
 * when the event is not known before execution (seat maps of a list of events).
 */
export function readCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  seatCounts: ReadonlyMap<string, number>,
): number {
  const model: CostModel = {
    seatsOf: (eventId) => (eventId === null ? MAX_SEATS_PER_EVENT : (seatCounts.get(eventId) ?? 0)),
    argument: (value) => valueOf(value, variables),
  };
  return operationCost(schema, (name) => fragments[name], operation, model, Number.MAX_SAFE_INTEGER);
}
