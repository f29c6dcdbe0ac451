import type { ToastOptions, ToastTone } from '../ui/toasts.tsx';

/** "Log in to hold seats." with a link that comes back to this page after logging in. */
export function logInToHold(what = 'seats'): [string, ToastTone, ToastOptions] {
  const here = typeof window === 'undefined' ? '/' : window.location.pathname;
  return [`Log in to hold ${what}.`, 'info', { action: { label: 'Log in', href: `/login?next=${encodeURIComponent(here)}` } }];
}
