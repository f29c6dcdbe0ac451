import { readFileSync } from 'node:fs';
import { round } from './stats.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const where = (url: string) => url.replace(/^.*node_modules\//, '').replace(/^.*\/api\/src\//, 'api/src/').replace(/^file:\/\//, '');

/** Self time per function of a .cpuprofile (`node --cpu-prof`), as % of busy samples (idle left out). */
export function profileTop(file: string, top = 25): { function: string; 'self %': number }[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
  const busy = profile.nodes.filter((n) => n.callFrame.functionName !== '(idle)');
  const total = busy.reduce((s, n) => s + (n.hitCount ?? 0), 0);
  const byFunction = new Map<string, number>();
  for (const n of busy) {
    const key = `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (n.hitCount ?? 0));
  }
  return [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, hits]) => ({ function: fn.slice(0, 110), 'self %': round((100 * hits) / total, 1) }));
}

/** Self time by package (node_modules/<name>, api/src/<folder>, node: internals, the engine), % of busy samples. */
export function profileByPackage(file: string, top = 20): { package: string; 'self %': number }[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
  const busy = profile.nodes.filter((n) => n.callFrame.functionName !== '(idle)');
  const total = busy.reduce((s, n) => s + (n.hitCount ?? 0), 0);
  const byPackage = new Map<string, number>();
  for (const n of busy) {
    const url = n.callFrame.url;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? /\/api\/src\/([^/]+)/.exec(url)?.[1]?.replace(/^/, 'api/src/') ?? (url.startsWith('node:') ? url.split('/')[0]! : url ? 'other' : `(${n.callFrame.functionName || 'engine'})`);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + (n.hitCount ?? 0));
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top).map(([pkg, hits]) => ({ package: pkg, 'self %': round((100 * hits) / total, 1) }));
}
