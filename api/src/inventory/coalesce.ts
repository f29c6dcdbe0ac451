import type { Statement } from './statement.ts';

/**
 * Coalescing: the requests of one transition that arrive while the previous round trip is in
 * flight go to PostgreSQL together, as ONE statement: `select * from <name>_batch($1)`, a PL/pgSQL
 * function that runs the transition's own statement (the same text, its `$n` parameters become
 * variables) once per request, each in its own subtransaction. So each request keeps its own
 * outcome and its own all-or-nothing (a request whose statement undoes itself, or waits too long
 * on a row another transaction holds, is run again inside the function, alone), while the batch
 * costs one round trip and one commit. A request alone goes out as the plain statement. The
 * function first runs all the requests without a subtransaction each (a tenth of a batch's cost);
 * only when one of them undoes itself is that pass undone and each request run on its own.
 *
 * One batch per transition is in flight per process: requests of one process never wait on each
 * other's row locks in two open transactions. Against another process's batch, a request waits at
 * most `LOCK_WAIT` for a row before it is run again (instead of PostgreSQL's one-second deadlock
 * detection).
 */
export type SqlType = 'int' | 'int[]' | 'timestamptz' | 'text';

export interface Batchable<P extends string> {
  statement: Statement<P>;
  types: Record<P, SqlType>;
}

const LOCK_WAIT = '200ms';
const ATTEMPTS = 5;

/** The batch function's name for a statement. */
export const batchFunctionName = (statement: Statement<string>) => `${statement.name}_batch`;

/** The one statement a batch is sent as (the fault run's change log recognises it by this text). */
export const batchCallText = (statement: Statement<string>) => `select ${batchFunctionName(statement)}($1::json) as row`;

function assignment(param: string, type: SqlType): string {
  const value = `r->'${param}'`;
  switch (type) {
    case 'int':
      return `p_${param} := (r->>'${param}')::int;`;
    case 'int[]':
      return `p_${param} := array(select json_array_elements_text(${value})::int);`;
    case 'timestamptz':
      return `p_${param} := (r->>'${param}')::timestamptz;`;
    case 'text':
      return `p_${param} := r->>'${param}';`;
  }
}

/**
 * `create or replace function` for the batch function of a statement. Its text must end with its
 * result `select` on a line of its own, as every inventory statement does.
 */
export function batchFunctionSql<P extends string>({ statement, types }: Batchable<P>): string {
  const text = statement.text.replace(/\$(\d+)(?!\d)/g, (_m, n: string) => `p_${statement.params[Number(n) - 1]}`);
  const at = text.lastIndexOf('\nselect\n');
  if (at < 0) throw new Error(`${statement.name}: no result select to batch`);
  const body = `${text.slice(0, at)}\nselect to_json(result_row) into result from (select ${text.slice(at + '\nselect\n'.length)}) result_row;`;
  const declarations = statement.params.map((p) => `p_${p} ${types[p]};`).join('\n  ');
  const assignments = statement.params.map((p) => assignment(p, types[p])).join('\n      ');
  const retryable = `sqlstate 'TS409' or unique_violation or lock_not_available or deadlock_detected`;
  return `create or replace function ${batchFunctionName(statement)}(requests json) returns setof json language plpgsql as $batch$
#variable_conflict use_column
declare
  r json;
  result json;
  results json[] := '{}';
  attempt int;
  ${declarations}
begin
  perform set_config('lock_timeout', '${LOCK_WAIT}', true);
  -- First every request in one go, in one subtransaction: the usual batch, where nothing races.
  begin
    for r in select * from json_array_elements(requests) loop
      ${assignments}
      ${body}
      results := results || result;
    end loop;
    return query select unnest(results);
    return;
  exception when ${retryable} then
    -- One request lost a race (its statement undid itself) or waited too long: everything this
    -- pass did is undone, and the batch runs again with each request in its own subtransaction.
    null;
  end;
  for r in select * from json_array_elements(requests) loop
    ${assignments}
    attempt := 0;
    loop
      begin
        ${body}
        exit;
      exception when ${retryable} then
        attempt := attempt + 1;
        if attempt >= ${ATTEMPTS} then
          result := json_build_object('contention', true);
          exit;
        end if;
      end;
    end loop;
    return next result;
  end loop;
end
$batch$;`;
}

interface Waiting<P extends string, R> {
  values: Record<P, unknown>;
  resolve: (row: R) => void;
  reject: (error: unknown) => void;
}

/** How a coalescer reaches PostgreSQL (the store). */
export interface BatchRunner {
  single<P extends string, R>(statement: Statement<P>, values: Record<P, unknown>): Promise<R>;
  batch<P extends string, R>(batchable: Batchable<P>, values: Record<P, unknown>[]): Promise<R[]>;
}

/** A batch answer for a request that lost to concurrent changes on every attempt. */
export interface ContentionRow {
  contention: true;
}

export const isContention = (row: unknown): row is ContentionRow =>
  typeof row === 'object' && row !== null && 'contention' in row && (row as ContentionRow).contention === true;

/** Queues the requests of one transition and sends them as batches, one in flight at a time. */
export class Coalescer<P extends string, R> {
  readonly #runner: BatchRunner;
  readonly #batchable: Batchable<P>;
  readonly #maxBatch: number;
  #queue: Waiting<P, R>[] = [];
  #inFlight = false;
  #scheduled = false;

  constructor(runner: BatchRunner, batchable: Batchable<P>, maxBatch = 64) {
    this.#runner = runner;
    this.#batchable = batchable;
    this.#maxBatch = maxBatch;
  }

  /** The row the transition's statement gives for these values (or a ContentionRow). */
  submit(values: Record<P, unknown>): Promise<R | ContentionRow> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ values, resolve, reject });
      // Requests parsed in the same turn of the event loop go together.
      if (!this.#inFlight && !this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => {
          this.#scheduled = false;
          void this.#flush();
        });
      }
    });
  }

  async #flush(): Promise<void> {
    if (this.#inFlight || this.#queue.length === 0) return;
    this.#inFlight = true;
    const batch = this.#queue.splice(0, this.#maxBatch);
    try {
      if (batch.length === 1) {
        const [only] = batch;
        await this.#runner.single<P, R>(this.#batchable.statement, only!.values).then(only!.resolve, only!.reject);
      } else {
        let rows: R[];
        try {
          rows = await this.#runner.batch<P, R>(this.#batchable, batch.map((w) => w.values));
        } catch {
          // One request's unexpected error fails the whole function: run each alone, so that only
          // that request fails.
          await Promise.all(batch.map((w) => this.#runner.single<P, R>(this.#batchable.statement, w.values).then(w.resolve, w.reject)));
          return;
        }
        batch.forEach((w, i) => w.resolve(rows[i]!));
      }
    } finally {
      this.#inFlight = false;
      if (this.#queue.length > 0) void this.#flush();
    }
  }
}
