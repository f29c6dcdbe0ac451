import { defineEntity, p, type InferEntity } from '@mikro-orm/postgresql';

export const UserSchema = defineEntity({
  name: 'User',
  tableName: 'users',
  properties: {
    id: p.integer().primary(),
    email: p.string(),
    name: p.string(),
    passwordHash: p.text().hidden(),
    role: p.enum(['BUYER', 'ORGANIZER'] as const),
    /** Signed into every token; logOutEverywhere adds one, which ends every token signed before (sessions.ts). */
    sessionGeneration: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type User = InferEntity<typeof UserSchema>;
export type Role = User['role'];
