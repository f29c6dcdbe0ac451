import { readFileSync } from 'node:fs';

/** Retained-by-self bytes and counts per (node type, constructor name) of a V8 .heapsnapshot. */
export type HeapSummary = Map<string, { count: number; bytes: number }>;

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

export function summarizeHeap(file: string): HeapSummary {
  const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const types = snap.snapshot.meta.node_types[0];
  const summary: HeapSummary = new Map();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt]!] ?? '?';
    // Strings and code are named by their content: group them by type only.
    const name = type === 'object' || type === 'closure' || type === 'native' ? snap.strings[snap.nodes[i + nameAt]!]! : '';
    const key = `${type}:${name.slice(0, 60)}`;
    const entry = summary.get(key) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += snap.nodes[i + sizeAt]!;
    summary.set(key, entry);
  }
  return summary;
}

/** What `after` holds beyond `before`, per unit (subscriber), largest first. */
export function heapDelta(before: HeapSummary, after: HeapSummary, units: number, top = 25): { kind: string; perUnit: number; bytesPerUnit: number }[] {
  const rows = [...after].map(([kind, a]) => {
    const b = before.get(kind) ?? { count: 0, bytes: 0 };
    return { kind, perUnit: (a.count - b.count) / units, bytesPerUnit: (a.bytes - b.bytes) / units };
  });
  return rows.sort((x, y) => y.bytesPerUnit - x.bytesPerUnit).slice(0, top);
}
