import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The shape the code keeps, checked rather than written down: the inventory is the one home of
 * every state change of seats, tiers and holds; `realtime/` is a leaf; no module imports itself
 * back through others.
 */
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC);
const rel = (path: string) => relative(SRC, path);

/** Relative imports (type-only ones too) of each source file. */
const imports = new Map(
  files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)].map((m) => resolve(dirname(file), m[1]!));
    return [file, targets.filter((t) => files.includes(t))] as const;
  }),
);

/** SQL that changes a seat's state, a tier's counters, a hold, a hold's lines or an order. */
const STATE_CHANGE = /\b(update\s+"?(seats|tiers|holds|hold_seats|hold_tickets|orders|order_tickets)"?\s+\w*\s*set|insert\s+into\s+"?(holds|hold_seats|hold_tickets|orders|order_tickets)\b|delete\s+from\s+"?(seats|tiers|holds|hold_seats|hold_tickets|orders|order_tickets)\b|active_holds\s*=)/i;

describe('the shape of the code', () => {
  it('no state-changing SQL on seats, tiers, holds or orders outside api/src/inventory (and the migrations that create the tables)', () => {
    const offenders = files
      .filter((f) => !rel(f).startsWith('inventory/') && !rel(f).startsWith('db/migrations/'))
      .filter((f) => STATE_CHANGE.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(offenders).toEqual([]);
  });

  it('the check above would see such SQL (it is not vacuous)', () => {
    const inInventory = files.filter((f) => rel(f).startsWith('inventory/') && STATE_CHANGE.test(readFileSync(f, 'utf8')));
    expect(inInventory.length).toBeGreaterThanOrEqual(8);
  });

  it('no import cycle among the API sources', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const target of imports.get(file) ?? []) {
        if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].map(rel).join(' -> '));
        else if (!state.has(target)) visit(target);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('realtime/ is a leaf: it imports nothing of the domains (they declare their channels to it)', () => {
    const outward = files
      .filter((f) => rel(f).startsWith('realtime/'))
      .flatMap((f) => (imports.get(f) ?? []).filter((t) => !rel(t).startsWith('realtime/')).map((t) => `${rel(f)} -> ${rel(t)}`));
    expect(outward).toEqual([]);
  });
});
