import { GraphQLError, createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { flatEncoder, type FlatEncoder } from './flat-result.ts';
import { operationIdentity, usedVariablesKey } from './operation-identity.ts';
import { projectionOf, type Projection } from './projection.ts';
import { holderOf, viewerDependenceOf, type ViewerDependence } from './viewer-dependence.ts';

/** Where a subscriber's results go: its socket and the id graphql-ws gave the operation. */
/** Who a subscription runs for, as far as sharing needs to know (the caller's `User` is one). */
export interface Viewer {
  id: number;
}

export interface Delivery<User extends Viewer = Viewer> {
  socket: { readonly readyState: number; send(frame: string): void };
  id: string;
  user: User | null;
  /** The client's address, for the cap on groups per address (null: not counted). */
  ip?: string | null;
}

/**
 * What a shared execution needs besides the payload. `scope()` is made once per change (per
 * payload) and handed to the context of every execution of that change, in every group: the
 * reads it memoises (a tier, an event's counts) are read once whatever the number of groups.
 */
export interface SharedExecutionHooks<Scope = unknown, User extends Viewer = Viewer> {
  scope(): Scope;
  contextFor(user: User | null, scope: Scope): unknown;
  /** The result as it goes on the wire (errors masked and formatted as for a single subscriber). */
  present(result: ExecutionResult): unknown;
  onError(error: unknown): void;
  onGroupCount(groups: number): void;
  /** Frames written for one change: `executions` made by executing the selection, `projections` without (projection.ts). */
  onWork?(work: { executions: number; projections: number }): void;
  /** Shared groups (not personal ones) one address may be in at once; 0: no cap. */
  maxGroupsPerIp?: number;
}

const OPEN = 1;
/** Documents are shared per query text (document-limits.ts), so each is analysed once. */
const dependences = new WeakMap<DocumentNode, ViewerDependence>();
function dependenceOf(schema: GraphQLSchema, document: DocumentNode): ViewerDependence {
  let dependence = dependences.get(document);
  if (dependence === undefined) dependences.set(document, (dependence = viewerDependenceOf(schema, document)));
  return dependence;
}

/**
 * One subscriber's end of a shared group. graphql-ws iterates it like any subscription (and calls
 * `return` on `complete` or a closed socket), but results never pass through it: the group writes
 * each change to the socket as one ready frame. Its `next` settles only when the group ends.
 * Thousands of these sit idle per process, so it keeps only what a delivery needs.
 */
class Member<User extends Viewer> implements AsyncIterableIterator<ExecutionResult> {
  readonly group: Group<User>;
  readonly socket: Delivery<User>['socket'];
  readonly id: string;
  readonly user: User | null;
  readonly ip: string | null;
  /** Its own value per shared message, for projected groups (projection.ts); null otherwise. */
  readonly projection: Projection | null;
  /** A projected member's first frames are not written yet: broadcasts leave it to `welcome`, which sends them in order. */
  welcoming = false;
  /** graphql-ws's pending `next()`; an error is delivered as a rejected promise through it. */
  private waiting: ((result: IteratorResult<ExecutionResult> | Promise<never>) => void) | null = null;
  private ended: { error: unknown } | null = null;

  constructor(group: Group<User>, delivery: Delivery<User>, projection: Projection | null) {
    this.group = group;
    this.socket = delivery.socket;
    this.id = delivery.id;
    this.user = delivery.user;
    this.ip = delivery.ip ?? null;
    this.projection = projection;
  }

  /** `{"id":…,"type":"next","payload":…}` around the group's one encoding of the change. */
  send(payloadJson: string): void {
    if (this.socket.readyState === OPEN) this.socket.send(`{"id":${JSON.stringify(this.id)},"type":"next","payload":${payloadJson}}`);
  }

  /** The group ended: graphql-ws then sends `complete` (or `error`, when the source failed). */
  end(error: unknown): void {
    this.ended = { error };
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.(error === null ? { done: true, value: undefined } : Promise.reject(error));
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.ended) return this.ended.error === null ? Promise.resolve({ done: true, value: undefined }) : Promise.reject(this.ended.error);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    this.group.leave(this);
    this.end(null);
    return Promise.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** Every subscriber of one (operation, used variables[, viewer]) and the one source they share. */
class Group<User extends Viewer> {
  readonly members = new Set<Member<User>>();
  /** For `holder` documents: members by buyer, to find the holder's own subscriptions. */
  readonly byUser = new Map<number, Set<Member<User>>>();
  /** Members per client address (for the cap on groups per address). */
  readonly byIp = new Map<string, number>();
  closed = false;
  readonly key: string;
  readonly args: ExecutionArgs;
  readonly dependence: ViewerDependence;
  /** Whose context runs the shared execution: nobody, or the one buyer of a `viewer` group. */
  readonly viewer: User | null;
  readonly source: AsyncIterator<unknown>;
  /** Members compute their own values from each message (projection.ts) instead of sharing one execution. */
  readonly projected: boolean;
  /** For projected groups: how a member's value becomes a frame without an execution (undefined: not compiled yet; null: not flat). */
  encoder: FlatEncoder | null | undefined;
  /** For projected groups: the last message, projected for members who join after it. */
  lastPayload: unknown = undefined;
  private readonly onEmpty: (group: Group<User>) => void;
  private readonly onAddress: (ip: string, change: 1 | -1) => void;

  constructor(
    key: string,
    args: ExecutionArgs,
    dependence: ViewerDependence,
    viewer: User | null,
    source: AsyncIterator<unknown>,
    hooks: { onEmpty: (group: Group<User>) => void; onAddress: (ip: string, change: 1 | -1) => void },
    projected = false,
  ) {
    this.projected = projected;
    this.key = key;
    this.args = args;
    this.dependence = dependence;
    this.viewer = viewer;
    this.source = source;
    this.onEmpty = hooks.onEmpty;
    this.onAddress = hooks.onAddress;
  }

  join(delivery: Delivery<User>, projection: Projection | null = null): Member<User> {
    const member = new Member(this, delivery, projection);
    this.members.add(member);
    if (member.ip !== null) {
      const n = this.byIp.get(member.ip) ?? 0;
      this.byIp.set(member.ip, n + 1);
      if (n === 0) this.onAddress(member.ip, 1);
    }
    const userId = member.user?.id;
    if (this.dependence === 'holder' && userId !== undefined) {
      const mine = this.byUser.get(userId) ?? new Set<Member<User>>();
      mine.add(member);
      this.byUser.set(userId, mine);
    }
    return member;
  }

  leave(member: Member<User>): void {
    if (this.closed || !this.members.delete(member)) return;
    if (member.ip !== null) {
      const n = (this.byIp.get(member.ip) ?? 1) - 1;
      if (n > 0) this.byIp.set(member.ip, n);
      else {
        this.byIp.delete(member.ip);
        this.onAddress(member.ip, -1);
      }
    }
    const userId = member.user?.id;
    const mine = userId === undefined ? undefined : this.byUser.get(userId);
    if (mine) {
      mine.delete(member);
      if (mine.size === 0) this.byUser.delete(userId!);
    }
    if (this.members.size === 0) this.onEmpty(this);
  }
}

/**
 * Subscriptions that share work. graphql-ws would run, for each subscriber and each change, its
 * own source iterator, its own execution of the selection and its own JSON encoding: at 5,000
 * watchers of one event that is most of a core per change. Here subscribers of the same document
 * and variables form a group with one source; each change is executed once (twice when the
 * holder of the changed seat watches with `heldByMe`), encoded once, and written to every socket.
 *
 * Each subscriber still runs the subscription's `subscribe` resolver with its own context, so
 * authentication and visibility are checked per subscriber exactly as before; only the
 * execution of results is shared, and it runs with no user (or the group's one buyer).
 */
export class SharedSubscriptions<Scope = unknown, User extends Viewer = Viewer> {
  private readonly groups = new Map<string, Group<User>>();
  private readonly hooks: SharedExecutionHooks<Scope, User>;
  /** Shared groups each address has a member in. */
  private readonly groupsPerIp = new Map<string, number>();
  /** One scope per change (payload object), for every execution of it in every group. */
  private readonly scopes = new WeakMap<object, Scope>();

  constructor(hooks: SharedExecutionHooks<Scope, User>) {
    this.hooks = hooks;
  }

  /**
   * graphql-ws's `subscribe`: the subscriber's checks run here, then it joins its group. Groups
   * are keyed by the operation as graphql prints it and the values of the variables it uses:
   * extra variables, comments, spacing or an operation name cannot split them. An address that
   * would found more than `maxGroupsPerIp` shared groups is refused (RATE_LIMITED): each group
   * costs an execution per change, whoever else watches.
   */
  async subscribe(args: ExecutionArgs, delivery: Delivery<User>): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const identity = operationIdentity(args.document, args.operationName);
    if (!identity) return { errors: [new GraphQLError('Name the operation to run', { extensions: { code: 'BAD_USER_INPUT' } })] };
    const dependence = dependenceOf(args.schema, args.document);
    const viewer = dependence === 'viewer' ? delivery.user : null;
    const key = `${identity.text}|${usedVariablesKey(args.schema, identity, args.variableValues)}|${viewer?.id ?? ''}`;
    const ip = dependence === 'viewer' ? null : (delivery.ip ?? null);
    const refused = () => ip !== null && !this.groups.get(key)?.byIp.has(ip) && this.atCap(ip);
    if (refused()) return { errors: [tooManyGroups(this.hooks.maxGroupsPerIp!)] };
    const source = await createSourceEventStream(args);
    if (!isAsyncIterator(source)) return source as ExecutionResult;
    const projection = projectionOf(source);
    const existing = this.groups.get(key);
    if (existing || refused()) {
      // The group's source already carries this channel: this subscriber's own is not needed.
      void source.return?.();
      if (!existing) return { errors: [tooManyGroups(this.hooks.maxGroupsPerIp!)] };
      return this.welcome(existing, existing.join(delivery, projection));
    }
    const { schema, document, operationName, variableValues } = args;
    const personal = dependence === 'viewer';
    const group = new Group(
      key,
      { schema, document, operationName, variableValues },
      dependence,
      viewer,
      source,
      {
        onEmpty: (g) => this.close(g),
        onAddress: (address, change) => (personal ? undefined : this.countAddress(address, change)),
      },
      projection !== null,
    );
    this.groups.set(key, group);
    this.hooks.onGroupCount(this.groups.size);
    const member = group.join(delivery, projection);
    void this.pump(group);
    return this.welcome(group, member);
  }

  /** Work done for changes so far: shared executions, and projected values written without one. */
  readonly counts = { executions: 0, projections: 0 };

  /**
   * A projected member's first frames: its value as it stands, then the group's last message as it
   * sees it (it may have come in while the member was subscribing). Sent after graphql-ws has
   * registered the subscription.
   */
  private welcome(group: Group<User>, member: Member<User>): Member<User> {
    const projection = member.projection;
    if (!group.projected || !projection) return member;
    member.welcoming = true;
    setImmediate(() => {
      void (async () => {
        if (projection.initial !== null) await this.sendProjected(group, member, projection.initial);
        // Messages that came while this ran were left to it: project the newest until none is newer.
        let seen: unknown = undefined;
        while (group.lastPayload !== undefined && group.lastPayload !== seen) {
          seen = group.lastPayload;
          const value = await projection.project(seen);
          if (value !== null) await this.sendProjected(group, member, value);
        }
        // In the same turn as the last check: the next broadcast reaches it.
        member.welcoming = false;
      })()
        .catch((error: unknown) => this.hooks.onError(error))
        .finally(() => (member.welcoming = false));
    });
    return member;
  }

  private atCap(ip: string): boolean {
    const cap = this.hooks.maxGroupsPerIp ?? 0;
    return cap > 0 && (this.groupsPerIp.get(ip) ?? 0) >= cap;
  }

  private countAddress(ip: string, change: 1 | -1): void {
    const n = (this.groupsPerIp.get(ip) ?? 0) + change;
    if (n > 0) this.groupsPerIp.set(ip, n);
    else this.groupsPerIp.delete(ip);
  }

  private close(group: Group<User>): void {
    if (group.closed) return;
    group.closed = true;
    if (group.dependence !== 'viewer') for (const ip of group.byIp.keys()) this.countAddress(ip, -1);
    if (this.groups.get(group.key) === group) this.groups.delete(group.key);
    this.hooks.onGroupCount(this.groups.size);
    void group.source.return?.();
  }

  private async pump(group: Group<User>): Promise<void> {
    let failure: unknown = null;
    try {
      for (;;) {
        const { done, value } = await group.source.next();
        if (done || group.members.size === 0) break;
        await this.broadcast(group, value);
      }
    } catch (error) {
      failure = error;
      this.hooks.onError(error);
    }
    this.close(group);
    for (const member of [...group.members]) member.end(failure);
  }

  private async broadcast(group: Group<User>, payload: unknown): Promise<void> {
    if (group.projected) return this.broadcastProjected(group, payload);
    const everyone = await this.encode(group, payload, group.viewer);
    const holder = group.dependence === 'holder' ? holderOf(payload) : null;
    const holders = holder === null ? undefined : group.byUser.get(holder);
    const personal = holders ? await this.encode(group, payload, holders.values().next().value!.user) : null;
    for (const member of group.members) member.send(personal !== null && holders!.has(member) ? personal : everyone);
    this.hooks.onWork?.({ executions: personal === null ? 1 : 2, projections: 0 });
  }

  /** Each member's own value from the one message; those that answer at once are written at once. */
  private async broadcastProjected(group: Group<User>, payload: unknown): Promise<void> {
    group.lastPayload = payload;
    const before = { ...this.counts };
    const pending: Promise<void>[] = [];
    const failed = (error: unknown) => this.hooks.onError(error);
    for (const member of group.members) {
      if (member.welcoming) continue;
      let value: unknown;
      try {
        value = member.projection?.project(payload) ?? null;
      } catch (error) {
        failed(error);
        continue;
      }
      if (value === null) continue;
      if (value instanceof Promise) pending.push(value.then((v: unknown) => (v === null ? undefined : this.sendProjected(group, member, v))).catch(failed));
      else {
        const sent = this.sendProjected(group, member, value);
        if (sent) pending.push(sent);
      }
    }
    await Promise.all(pending);
    this.hooks.onWork?.({ executions: this.counts.executions - before.executions, projections: this.counts.projections - before.projections });
  }

  /** Writes a member's value: flat selections without an execution, others executed with the member's own context. */
  private sendProjected(group: Group<User>, member: Member<User>, value: unknown): Promise<void> | undefined {
    if (group.encoder === undefined) {
      const { schema, document, operationName, variableValues } = group.args;
      group.encoder = flatEncoder(schema, document, operationName, variableValues);
    }
    const frame = group.encoder && typeof value === 'object' && value !== null ? group.encoder(value as Record<string, unknown>) : null;
    if (frame !== null) {
      this.counts.projections++;
      member.send(frame);
      return undefined;
    }
    return this.encode(group, value, member.user).then((json) => member.send(json));
  }

  private async encode(group: Group<User>, payload: unknown, user: User | null): Promise<string> {
    this.counts.executions++;
    const result = await execute({ ...group.args, rootValue: payload, contextValue: this.hooks.contextFor(user, this.scopeOf(payload)) });
    return JSON.stringify(this.hooks.present(result));
  }

  /** The change's scope: every group executing this payload shares it (a payload is one change, delivered as one object). */
  private scopeOf(payload: unknown): Scope {
    if (typeof payload !== 'object' || payload === null) return this.hooks.scope();
    let scope = this.scopes.get(payload);
    if (scope === undefined) this.scopes.set(payload, (scope = this.hooks.scope()));
    return scope;
  }
}

const tooManyGroups = (max: number) =>
  new GraphQLError(`At most ${max} different live queries per client address: subscribe with the same documents and variables as before`, {
    extensions: { code: 'RATE_LIMITED', limit: 'maxGroupsPerIp' },
  });

function isAsyncIterator(value: unknown): value is AsyncIterator<unknown> & AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
