import { readFileSync } from 'node:fs';
interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const prof = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { nodes: Node[]; samples: number[] };
const target = new RegExp(process.argv[3]!);
const depth = Number(process.argv[4] ?? 6);
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
for (const s of prof.samples) self.set(s, (self.get(s) ?? 0) + 1);
const label = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*node_modules\//, '').replace(/.*\/api\/src\//, 'src/')}:${n.callFrame.lineNumber}`;
const stacks = new Map<string, number>();
let all = 0;
for (const [id, count] of self) {
  const n = byId.get(id)!;
  if (!target.test(label(n))) continue;
  all += count;
  const chain: string[] = [];
  for (let cur = parent.get(id); cur !== undefined && chain.length < depth; cur = parent.get(cur)) {
    const l = label(byId.get(cur)!);
    if (/node:internal|^\(anon\) :0|\(root\)/.test(l)) continue;
    chain.push(l);
  }
  const key = chain.join(' < ');
  stacks.set(key, (stacks.get(key) ?? 0) + count);
}
console.log('samples', all);
[...stacks].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log(v, k));
