import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';

/**
 * How a subscription's results depend on who subscribed, which decides whether subscribers can
 * share one execution per change:
 * - `none`: the same for everyone (one execution serves every subscriber);
 * - `holder`: the same for everyone except the buyer holding the changed row (`Seat.heldByMe`):
 *   one execution for everyone else, one more for the holder's own subscriptions;
 * - `viewer`: personal throughout (`holdUpdated`): shared only among one buyer's subscriptions.
 */
export type ViewerDependence = 'none' | 'holder' | 'viewer';

/**
 * Fields whose value depends on the caller, by schema coordinate. Shared executions run with no
 * user at all, so a field missing here cannot leak anyone's data: it would read as it does for
 * an anonymous watcher (`shared-subscriptions.test.ts` compares shared and per-subscriber
 * results for every field a subscription can reach, so a new personal field fails there).
 */
const PER_VIEWER_FIELDS: ReadonlyMap<string, Exclude<ViewerDependence, 'none'>> = new Map([
  ['Seat.heldByMe', 'holder'],
  ['Seat.hold', 'holder'],
  ['Subscription.holdUpdated', 'viewer'],
]);

const RANK: Record<ViewerDependence, number> = { none: 0, holder: 1, viewer: 2 };

/** The strongest dependence among the fields `document` selects (fragments included). */
export function viewerDependenceOf(schema: GraphQLSchema, document: DocumentNode): ViewerDependence {
  const typeInfo = new TypeInfo(schema);
  let dependence: ViewerDependence = 'none';
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const found = parent ? PER_VIEWER_FIELDS.get(`${parent.name}.${node.name.value}`) : undefined;
        if (found && RANK[found] > RANK[dependence]) dependence = found;
      },
    }),
  );
  return dependence;
}

/** The buyer a `holder`-dependent payload is personal to: the holder of the changed seat. */
export function holderOf(payload: unknown): number | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { holderId, status } = payload as { holderId?: unknown; status?: unknown };
  return status === 'HELD' && typeof holderId === 'number' ? holderId : null;
}
