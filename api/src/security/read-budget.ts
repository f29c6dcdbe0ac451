import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { GraphQLContext } from '../context.ts';
import { DomainError } from '../shared/errors.ts';
import { eventIdsRead, readCost } from './cost.ts';
import { rateLimited } from './rate-limits.ts';
import type { ReadBudgetOptions } from './security-config.ts';

export type { ReadBudgetOptions } from './security-config.ts';


/**
 * A read at least this costly (a full seat list of an event of more than ~5,000 seats) is heavy:
 * this process executes one at a time. Executing one takes a core for a good part of a second
 * even in slices; several at once would starve every other request of the process, whichever
 * addresses they came from. The compact seat-map documents are never heavy.
 */
export const HEAVY_READ_COST = 100_000;

/**
 * What one client address may read per window, in cost points (security/cost.ts: a field is a
 * point, lists count at their real size, an event's seats as many as it has). Kept in this
 * process's memory: it guards this process's event loop, which is what a flood of reads takes,
 * and costs no round trip per read (behind N processes an address may read N times as much).
 */
export class ReadBudget {
  private readonly limiter: RateLimiterMemory | null;
  private readonly options: ReadBudgetOptions;

  constructor(options: ReadBudgetOptions) {
    this.options = options;
    this.limiter = options.pointsPerIp > 0 ? new RateLimiterMemory({ keyPrefix: 'read', points: options.pointsPerIp, duration: options.windowSeconds }) : null;
  }

  private heavyReads = 0;

  /** Gives points back: a read refused for a reason of the server's, not the client's. */
  async refund(clientIp: string | null, cost: number): Promise<void> {
    if (this.limiter && clientIp && cost > 0) await this.limiter.reward(clientIp, cost);
  }

  get enabled(): boolean {
    return this.limiter !== null;
  }

  /** Whether a heavy read may start now; when it may, `endHeavyRead` must follow. */
  startHeavyRead(): boolean {
    if (this.heavyReads >= 1) return false;
    this.heavyReads++;
    return true;
  }

  endHeavyRead(): void {
    this.heavyReads = Math.max(0, this.heavyReads - 1);
  }

  /** Takes `cost` points from the address's budget: RATE_LIMITED (with the wait) when they are not left. */
  async spend(clientIp: string | null, cost: number): Promise<void> {
    if (!this.limiter || !clientIp || cost <= 0) return;
    const { pointsPerIp, windowSeconds } = this.options;
    if (cost > pointsPerIp) {
      throw new DomainError('BAD_USER_INPUT', `This read costs ${cost}, more than the ${pointsPerIp} a client may read in ${windowSeconds} s: ask for fewer items or fewer fields`, {
        limit: 'readBudget',
        cost,
        http: { status: 400 },
      });
    }
    try {
      await this.limiter.consume(clientIp, cost);
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result;
      // Only what is served is spent: a read refused for being too big leaves room for smaller ones.
      await this.limiter.reward(clientIp, cost);
      throw rateLimited(Math.max(1, Math.ceil(result.msBeforeNext / 1000)));
    }
  }
}

const fragmentsOf = (definitions: readonly { kind: Kind }[]): Record<string, FragmentDefinitionNode> =>
  Object.fromEntries(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));

const EVENT_ID = /^[1-9]\d{0,9}$/;

/**
 * Spends every query's real cost from its address's read budget once the operation is known and
 * before anything is executed, so a refused read costs no database work. The seat counts it
 * needs come from the seat maps (one count per event, kept).
 */
export function readBudgetPlugin(budget: ReadBudget): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      // Off with the other abuse budgets (NODE_ENV=test): races and benches read big maps at once.
      if (!budget.enabled) return;
      let heavy = false;
      return {
        async didResolveOperation({ operation, document, request, contextValue, schema }) {
          if (operation?.operation !== 'query') return;
          const fragments = fragmentsOf(document.definitions);
          const variables = request.variables ?? {};
          const ids = eventIdsRead(operation, fragments, variables).filter((id) => EVENT_ID.test(id) && Number(id) <= 2_147_483_647);
          const counts = new Map(await Promise.all(ids.map(async (id) => [id, await contextValue.app.seatMaps.seatCount(Number(id))] as const)));
          const cost = readCost(schema, operation, fragments, variables, counts);
          await budget.spend(contextValue.clientIp, cost);
          if (cost < HEAVY_READ_COST) return;
          // Refused rather than queued: a queue of heavy reads would only move the stall later.
          if (!budget.startHeavyRead()) {
            await budget.refund(contextValue.clientIp, cost);
            throw rateLimited(1);
          }
          heavy = true;
        },
        async willSendResponse() {
          if (heavy) budget.endHeavyRead();
          heavy = false;
        },
      };
    },
  };
}
