/** One operation as a client saw it: invoked, then ok, failed (with a code) or unknown. */
export interface Operation {
  buyer: number;
  op: 'reserve' | 'release' | 'holdTickets' | 'checkout' | 'cancel' | 'extend' | 'read' | 'checkIn';
  input: Record<string, string | number>;
  outcome: 'ok' | 'fail' | 'unknown';
  code?: string;
  /** The id the server returned (hold or order), for ok outcomes; a check-in's status. */
  resultId?: string;
  at: number;
}

export class History {
  readonly operations: Operation[] = [];
  record(op: Omit<Operation, 'at'>): void {
    this.operations.push({ ...op, at: Date.now() });
  }
  count(filter: (op: Operation) => boolean): number {
    return this.operations.filter(filter).length;
  }
}
