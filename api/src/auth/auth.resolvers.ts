import type { Resolvers } from '../generated/graphql.ts';
import { listActiveHolds } from '../holds/hold-contents.ts';
import { listOrders } from '../orders/order-contents.ts';
import { requireUser } from '../shared/guards.ts';
import { toId } from '../shared/ids.ts';
import { logIn, signUp } from './auth.service.ts';

export const authResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, ctx) => (ctx.user ? { id: ctx.user.id, role: ctx.user.role } : null),
  },
  Mutation: {
    signUp: async (_parent, args, ctx) => {
      const user = await signUp(ctx.em, args, ctx.app.config.organizerInviteCode);
      return { token: await ctx.app.tokens.sign(user), user };
    },
    logIn: async (_parent, { email, password }, ctx) => {
      const user = await logIn(ctx.em, email, password);
      return { token: await ctx.app.tokens.sign(user), user };
    },
    logOutEverywhere: async (_parent, _args, ctx) => {
      await ctx.app.sessions.endAll(requireUser(ctx).id);
      return true;
    },
  },
  User: {
    id: (user) => toId(user.id),
    email: async (user, _args, ctx) => user.email ?? (await ctx.loaders.user.load(user.id)).email,
    name: async (user, _args, ctx) => user.name ?? (await ctx.loaders.user.load(user.id)).name,
    holds: (user, _args, ctx) => listActiveHolds(ctx.app.inventory, user.id),
    orders: (user, _args, ctx) => listOrders(ctx.em, user.id),
  },
};
