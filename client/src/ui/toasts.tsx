import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link } from '../routing/router.tsx';

export type ToastTone = 'info' | 'error' | 'success';

/** A link a toast offers (for example "Log in" after a click that needs an account). */
export interface ToastAction {
  label: string;
  href: string;
}

interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
  action?: ToastAction;
}

export type ShowToast = (message: string, tone?: ToastTone, action?: ToastAction) => void;

const ToastContext = createContext<ShowToast | null>(null);

const TOAST_LIFETIME_MS = 6000;

/** Short messages in a polite live region, so screen readers hear them too. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const show = useCallback<ShowToast>(
    (message, tone = 'info', action) => {
      const id = nextId.current++;
      // The same message twice in a row (a buyer clicking a sold seat again) is one toast, renewed.
      setToasts((current) => [...current.filter((toast) => toast.message !== message).slice(-4), { id, message, tone, ...(action ? { action } : {}) }]);
      setTimeout(() => dismiss(id), TOAST_LIFETIME_MS);
    },
    [dismiss],
  );

  const value = useMemo(() => show, [show]);
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

export function useToast(): ShowToast {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast needs a ToastProvider');
  return show;
}
