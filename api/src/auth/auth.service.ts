import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { badInput, unauthenticated } from '../shared/errors.ts';
import { validate } from '../shared/validate.ts';
import { dummyHash, hashPassword, verifyPassword } from './password.ts';
import { passwordWeakness } from './password-strength.ts';
import { UserSchema, type Role, type User } from './user.entity.ts';

const signUpInput = z.object({
  email: z.email('is not a valid email address').max(254).transform((e) => e.toLowerCase()),
  password: z.string().min(8, 'must have at least 8 characters').max(200, 'must have at most 200 characters'),
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must have at most 100 characters'),
});

export async function signUp(
  em: EntityManager,
  input: { email: string; password: string; name: string; organizerInvite?: string | null },
  inviteCode: string | null,
): Promise<User> {
  const { email, password, name } = validate(signUpInput, input);
  const weakness = passwordWeakness(password, { email, name });
  if (weakness) throw badInput(`password: ${weakness}`);
  let role: Role = 'BUYER';
  if (input.organizerInvite != null) {
    if (inviteCode === null || input.organizerInvite !== inviteCode) throw badInput('organizerInvite: not a valid invite code');
    role = 'ORGANIZER';
  }
  const user = em.create(UserSchema, { email, name, role, passwordHash: await hashPassword(password) });
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw badInput('email: an account with this email already exists');
    throw error;
  }
  return user;
}

/** Same error, same work, whether the email is unknown or the password wrong: no account enumeration. */
export async function logIn(em: EntityManager, email: string, password: string): Promise<User> {
  // No account has an email or password this long (sign-up caps them): same answer, same work, no query.
  const possible = email.length <= 254 && password.length <= 200;
  const user = possible ? await em.findOne(UserSchema, { email: email.trim().toLowerCase() }) : null;
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
  if (!user || !ok) throw unauthenticated('Wrong email or password');
  return user;
}
