import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link } from '../routing/router.tsx';

export type ToastTone = 'info' | 'error' | 'success';

/** A link a toast offers (for example "Log in" after a click that needs an account). */
export interface ToastAction {
  label: string;
  href: string;
}

/**
 * What a toast is about, so a later step can take it down: "Holding J-12" is old news once the
 * hold is checked out or released.
 */
export type ToastTopic = 'hold';

export interface ToastOptions {
  action?: ToastAction;
  topic?: ToastTopic;
}

interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
  action?: ToastAction;
  topic?: ToastTopic;
}

export type ShowToast = (message: string, tone?: ToastTone, options?: ToastOptions) => void;
export type DismissToasts = (topic: ToastTopic) => void;

const ToastContext = createContext<{ show: ShowToast; dismissTopic: DismissToasts } | null>(null);

const TOAST_LIFETIME_MS = 6000;

/** Short messages in a polite live region, so screen readers hear them too. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const dismissTopic = useCallback<DismissToasts>((topic) => setToasts((current) => current.filter((toast) => toast.topic !== topic)), []);
  const show = useCallback<ShowToast>(
    (message, tone = 'info', options = {}) => {
      const id = nextId.current++;
      // The same message twice in a row (a buyer clicking a sold seat again) is one toast, renewed.
      setToasts((current) => [...current.filter((toast) => toast.message !== message).slice(-4), { id, message, tone, ...options }]);
      setTimeout(() => dismiss(id), TOAST_LIFETIME_MS);
    },
    [dismiss],
  );

  const value = useMemo(() => ({ show, dismissTopic }), [show, dismissTopic]);
  return (
    <ToastContext value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone}`} data-testid="toast">
            <span>{toast.message}</span>
            {toast.action && (
              <Link href={toast.action.href} className="toast-action" onClick={() => dismiss(toast.id)}>
                {toast.action.label}
              </Link>
            )}
            <button type="button" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext>
  );
}

function useToasts(hook: string) {
  const toasts = useContext(ToastContext);
  if (!toasts) throw new Error(`${hook} needs a ToastProvider`);
  return toasts;
}

export function useToast(): ShowToast {
  return useToasts('useToast').show;
}

/** Takes down the toasts of one topic (the hold's, once it is checked out or released). */
export function useDismissToasts(): DismissToasts {
  return useToasts('useDismissToasts').dismissTopic;
}
