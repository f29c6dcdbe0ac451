/**
 * The signed-in session, kept in localStorage so it survives reloads. A tiny external store
 * (subscribe/getSnapshot) so React reads it with useSyncExternalStore and the Apollo links read
 * it at request time without React.
 */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: 'BUYER' | 'ORGANIZER';
}

export interface Session {
  token: string;
  user: SessionUser;
}

const STORAGE_KEY = 'tessera.session';

type Listener = (session: Session | null) => void;

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const { token, user } = value as { token?: unknown; user?: unknown };
  if (typeof token !== 'string' || typeof user !== 'object' || user === null) return false;
  const { id, email, name, role } = user as Record<string, unknown>;
  return typeof id === 'string' && typeof email === 'string' && typeof name === 'string' && (role === 'BUYER' || role === 'ORGANIZER');
}

export interface AuthStore {
  getSession(): Session | null;
  getToken(): string | null;
  setSession(session: Session | null): void;
  subscribe(listener: Listener): () => void;
}

export function createAuthStore(storage: Storage | null = globalThis.localStorage ?? null): AuthStore {
  let session: Session | null = null;
  try {
    const stored: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null');
    session = isSession(stored) ? stored : null;
  } catch {
    session = null;
  }
  const listeners = new Set<Listener>();
  return {
    getSession: () => session,
    getToken: () => session?.token ?? null,
    setSession(next) {
      session = next;
      if (next) storage?.setItem(STORAGE_KEY, JSON.stringify(next));
      else storage?.removeItem(STORAGE_KEY);
      for (const listener of listeners) listener(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
