import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { GraphQLContext } from '../context.ts';
import { DomainError } from '../shared/errors.ts';
import { eventIdsRead, readCost } from './cost.ts';
import { rateLimited } from './rate-limits.ts';

export interface ReadBudgetOptions {
  /** Cost points one client address may spend per window; 0 turns the budget off. */
  pointsPerIp: number;
  windowSeconds: number;
}

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

  get enabled(): boolean {
    return this.limiter !== null;
  }

  /** Takes `cost` points from the address's budget: RATE_LIMITED (with the wait) when they are not left. */
  async spend(clientIp: string | null, cost: number): Promise<void> {
    if (!this.limiter || !clientIp || cost <= 0) return;
    const { pointsPerIp, windowSeconds } = this.options;
    if (cost > pointsPerIp) {
      throw new DomainError('BAD_USER_INPUT', `This read costs ${cost}, more than the ${pointsPerIp} a client may read in ${windowSeconds} s: ask for fewer items or fewer fields`, {
        limit: 'readBudget',
        cost,
      });
    }
    try {
      await this.limiter.consume(clientIp, cost);
    } catch (result) {
      if (result instanceof RateLimiterRes) throw rateLimited(Math.max(1, Math.ceil(result.msBeforeNext / 1000)));
      throw result;
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
      if (!budget.enabled) return;
      return {
        async didResolveOperation({ operation, document, request, contextValue, schema }) {
          if (operation?.operation !== 'query') return;
          const fragments = fragmentsOf(document.definitions);
          const variables = request.variables ?? {};
          const ids = eventIdsRead(operation, fragments, variables).filter((id) => EVENT_ID.test(id) && Number(id) <= 2_147_483_647);
          const counts = new Map(await Promise.all(ids.map(async (id) => [id, await contextValue.app.seatMaps.seatCount(Number(id))] as const)));
          await budget.spend(contextValue.clientIp, readCost(schema, operation, fragments, variables, counts));
        },
      };
    },
  };
}
