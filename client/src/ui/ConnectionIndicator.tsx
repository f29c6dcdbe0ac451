import { useConnectionStatus } from '../app-services.tsx';

const LABELS = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', offline: 'Offline', 'no-http': 'Box office unreachable' } as const;

/** Whether what the buyer sees is live: the graphql-ws socket and HTTP together (connection-status.ts). */
export function ConnectionIndicator() {
  const status = useConnectionStatus();
  return (
    <span className={`connection connection-${status}`} role="status" data-testid="connection" data-status={status}>
      <span className="dot" aria-hidden="true" />
      {LABELS[status]}
    </span>
  );
}
