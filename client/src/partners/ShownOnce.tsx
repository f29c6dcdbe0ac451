import { useState } from 'react';

/** A secret the API shows only once: displayed with a copy button and a warning. */
export function ShownOnce({ label, secret, onDone }: { label: string; secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(secret);
    setCopied(true);
  };
  return (
    <div className="shown-once" role="status">
      <p>
        <strong>{label}</strong>: copy it now, it is shown only once.
      </p>
      <code data-testid="secret">{secret}</code>{' '}
      <button type="button" onClick={() => void copy()}>{copied ? 'Copied' : 'Copy'}</button>{' '}
      <button type="button" className="secondary" onClick={onDone}>Done</button>
    </div>
  );
}
