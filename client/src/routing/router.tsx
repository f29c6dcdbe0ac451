import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * A few client routes on the History API; the API serves index.html for any page path.
 * Small enough that a router library would be most of the code it replaces.
 */
export type Route =
  | { page: 'events' }
  | { page: 'event'; eventId: string }
  | { page: 'tickets' }
  | { page: 'login' }
  | { page: 'signup' }
  | { page: 'organiser' }
  | { page: 'organiser-new' }
  | { page: 'dashboard'; eventId: string }
  | { page: 'orders'; eventId: string }
  | { page: 'api-keys' }
  | { page: 'webhooks' }
  | { page: 'door'; eventId: string }
  | { page: 'not-found' };

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  if (parts.length === 0) return { page: 'events' };
  if (first === 'events' && second && parts.length === 2) return { page: 'event', eventId: second };
  if (first === 'tickets' && parts.length === 1) return { page: 'tickets' };
  if (first === 'login' && parts.length === 1) return { page: 'login' };
  if (first === 'signup' && parts.length === 1) return { page: 'signup' };
  if (first === 'organiser' && parts.length === 1) return { page: 'organiser' };
  if (first === 'organiser' && second === 'new' && parts.length === 2) return { page: 'organiser-new' };
  if (first === 'organiser' && second === 'events' && third && parts.length === 3) return { page: 'dashboard', eventId: third };
  if (first === 'organiser' && second === 'events' && third && parts[3] === 'orders' && parts.length === 4) return { page: 'orders', eventId: third };
  if (first === 'organiser' && second === 'api-keys' && parts.length === 2) return { page: 'api-keys' };
  if (first === 'organiser' && second === 'webhooks' && parts.length === 2) return { page: 'webhooks' };
  if (first === 'door' && second && parts.length === 2) return { page: 'door', eventId: second };
  return { page: 'not-found' };
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** An anchor that navigates without a reload (and still opens in a new tab with a modifier). */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}
