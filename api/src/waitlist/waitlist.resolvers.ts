import type { Resolvers } from '../generated/graphql.ts';
import { toHoldView } from '../holds/hold-view.ts';
import { HoldSchema } from '../holds/hold.entity.ts';
import { requireUser } from '../shared/guards.ts';
import { parseId, toId } from '../shared/ids.ts';
import { entryOfHold, joinWaitlist, leaveWaitlist, waitlistOf } from './waitlist.ts';

export const waitlistResolvers: Resolvers = {
  Mutation: {
    joinWaitlist: (_parent, { tierId, quantity }, ctx) => joinWaitlist(ctx.app, requireUser(ctx).id, parseId(tierId, 'tierId'), quantity),
    leaveWaitlist: (_parent, { id }, ctx) => leaveWaitlist(ctx.app, requireUser(ctx).id, parseId(id)),
  },
  User: {
    // `me` is the only way to reach a User, and it is the caller: their own entries.
    waitlist: (user, _args, ctx) => waitlistOf(ctx.em, user.id),
  },
  Hold: {
    waitlistEntry: (hold, _args, ctx) => entryOfHold(ctx.em, hold.id),
  },
  WaitlistEntry: {
    id: (entry) => toId(entry.id),
    eventId: (entry) => toId(entry.eventId),
    tierId: (entry) => toId(entry.tierId),
    hold: async (entry, _args, ctx) => {
      if (entry.holdId === null) return null;
      const hold = await ctx.em.findOne(HoldSchema, entry.holdId);
      return hold ? toHoldView(hold) : null;
    },
  },
};
