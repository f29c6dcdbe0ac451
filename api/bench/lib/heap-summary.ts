import { readFileSync } from 'node:fs';

/** Retained-by-self bytes and counts per (node type, constructor name) of a V8 .heapsnapshot. */
export type HeapSummary = Map<string, { count: number; bytes: number }>;

/** A parsed V8 .heapsnapshot (the parts read here). */
export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Snapshots are hundreds of MB of JSON: read each once and hand it to every summary. */
export const loadHeapSnapshot = (file: string): HeapSnapshot => JSON.parse(readFileSync(file, 'utf8')) as HeapSnapshot;

export function summarizeHeap(snap: HeapSnapshot): HeapSummary {
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

/**
 * Objects of `snap` that `before` did not have (V8 keeps an object's snapshot id across
 * snapshots of one process), per unit, grouped by kind and by what holds them: the object's first
 * strong retainer and that one's. Code and native (embedder) nodes are left out: code is JIT
 * work, not per-subscriber state, and native node ids are not stable between snapshots.
 */
export function newObjectsByRetainer(before: HeapSnapshot, snap: HeapSnapshot, units: number, top = 40): { held: string; perUnit: number; bytesPerUnit: number }[] {
  const old = new Set<number>();
  const beforeIdAt = before.snapshot.meta.node_fields.indexOf('id');
  for (let i = 0; i < before.nodes.length; i += before.snapshot.meta.node_fields.length) old.add(before.nodes[i + beforeIdAt]!);
  const { node_fields: nf, edge_fields: ef } = snap.snapshot.meta;
  const [typeAt, nameAt, sizeAt, idAt, edgeCountAt] = ['type', 'name', 'self_size', 'id', 'edge_count'].map((f) => nf.indexOf(f)) as [number, number, number, number, number];
  const [edgeTypeAt, edgeNameAt, toAt] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f)) as [number, number, number];
  const nodeTypes = snap.snapshot.meta.node_types[0];
  const edgeTypes = snap.snapshot.meta.edge_types[0];
  const typeOf = (node: number) => nodeTypes[snap.nodes[node + typeAt]!] ?? '?';
  const label = (node: number) => {
    const type = typeOf(node);
    const name = snap.strings[snap.nodes[node + nameAt]!]!;
    // Strings are named by their content: the first characters tell what they are.
    return `${type}:${(type.includes('string') ? name.slice(0, 8) : name.slice(0, 40)).replace(/\n/g, ' ')}`;
  };
  const retainer = new Map<number, { node: number; via: string }>();
  let edge = 0;
  for (let node = 0; node < snap.nodes.length; node += nf.length) {
    for (let k = 0; k < snap.nodes[node + edgeCountAt]!; k++, edge += ef.length) {
      const edgeType = edgeTypes[snap.edges[edge + edgeTypeAt]!];
      const to = snap.edges[edge + toAt]!;
      if (edgeType === 'weak' || edgeType === 'shortcut' || retainer.has(to)) continue;
      const via = edgeType === 'element' || edgeType === 'hidden' ? '[]' : snap.strings[snap.edges[edge + edgeNameAt]!]!.slice(0, 24);
      retainer.set(to, { node, via });
    }
  }
  const heldBy = (node: number) => {
    const r = retainer.get(node);
    return r ? `${label(r.node)}.${r.via}` : '?';
  };
  const groups = new Map<string, { count: number; bytes: number }>();
  for (let node = 0; node < snap.nodes.length; node += nf.length) {
    const type = typeOf(node);
    if (old.has(snap.nodes[node + idAt]!) || type === 'code' || type === 'native') continue;
    const parent = retainer.get(node)?.node;
    const key = `${label(node)} <- ${heldBy(node)} <- ${parent === undefined ? '?' : heldBy(parent)}`;
    const group = groups.get(key) ?? { count: 0, bytes: 0 };
    group.count++;
    group.bytes += snap.nodes[node + sizeAt]!;
    groups.set(key, group);
  }
  return [...groups]
    .map(([held, g]) => ({ held, perUnit: g.count / units, bytesPerUnit: g.bytes / units }))
    .sort((a, b) => b.bytesPerUnit - a.bytesPerUnit)
    .slice(0, top);
}
