import type { Role } from './user.entity.ts';

/**
 * A User as GraphQL resolves it. `me` knows only the caller's id and role (the session already
 * confirmed both), so a buyer polling `me { holds }` costs no read of the account; the account's
 * email and name are read (once per operation) only when a field asks for them. A sign-up or
 * log-in answers with the whole entity, which fills them in.
 */
export interface UserView {
  id: number;
  role: Role;
  email?: string;
  name?: string;
}
