/** Every kind of operation the workload sends; the checker has a rule for each (checks/operations.ts). */
export const OPERATION_KINDS = ['reserve', 'release', 'holdTickets', 'extend', 'checkout', 'cancel', 'read', 'checkIn'] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];

/** One operation as a client saw it: invoked at `start`, then ok, failed (with a code) or unknown at `end`. */
export interface Operation {
  buyer: number;
  op: OperationKind;
  input: Record<string, string | number>;
  outcome: 'ok' | 'fail' | 'unknown';
  code?: string;
  /** The id the server returned (hold or order), for ok outcomes. */
  resultId?: string;
  /** The seat's version the server returned (reserve, release), for ok outcomes. */
  resultVersion?: number;
  /** Epoch ms when the request was sent and when its answer (or the failure to get one) arrived. */
  start: number;
  end: number;
}

export class History {
  readonly operations: Operation[] = [];
  record(op: Operation): void {
    this.operations.push(op);
  }
  count(filter: (op: Operation) => boolean): number {
    return this.operations.filter(filter).length;
  }
}
