import { readFileSync } from 'node:fs';
interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const file = process.argv[2]!;
const prof = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
for (const s of prof.samples) self.set(s, (self.get(s) ?? 0) + 1);
const total = prof.samples.length;
const idle = [...self].filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)').reduce((a, [, v]) => a + v, 0);
const label = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*node_modules\//, '').replace(/.*\/api\/src\//, 'src/')}:${n.callFrame.lineNumber}`;
const incl = new Map<string, number>();
for (const [id, count] of self) {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur)!);
    if (seen.has(l)) continue;
    seen.add(l);
    incl.set(l, (incl.get(l) ?? 0) + count);
  }
}
const busy = total - idle;
console.log(`samples ${total}, busy ${busy}`);
const filter = process.argv[3] ? new RegExp(process.argv[3]) : /src\//;
[...incl].filter(([l]) => filter.test(l)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[4] ?? 60)).forEach(([l, v]) => console.log(((100 * v) / busy).toFixed(1).padStart(5), l));
