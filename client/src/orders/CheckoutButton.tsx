import type { CheckoutState } from './use-checkout.ts';

export function CheckoutButton({ state, onCheckout }: { state: CheckoutState; onCheckout: () => void }) {
  return (
    <div className="checkout">
      {state.step === 'failed' && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
      <button type="button" className="primary" disabled={state.step === 'paying'} onClick={onCheckout}>
        {state.step === 'paying' ? 'Checking out…' : state.step === 'failed' && state.retryable ? 'Retry checkout' : 'Check out'}
      </button>
    </div>
  );
}
