// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The client's house rules that matter, kept by a test instead of prose (the code-style notes in README and docs/rules.md). */
const src = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative(src, path)] : [];
  });
}

const files = sourceFiles(src);
const text = (file: string) => readFileSync(join(src, file), 'utf8');
const importsOf = (file: string) => [...text(file).matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'/g)].map((match) => match[1]!);
/** The client files `file` imports (type-only imports too), as paths under src/. */
const localImportsOf = (file: string) => importsOf(file).filter((path) => path.startsWith('.')).map((path) => join(dirname(file), path));
/** Every import from a file of folder `from` of a file of folder `to`, as "file: imported". */
const importsBetween = (from: string, to: string) =>
  files.filter((file) => file.startsWith(`${from}/`)).flatMap((file) => localImportsOf(file).filter((path) => path.startsWith(`${to}/`)).map((path) => `${file}: ${path}`));

describe('the client house', () => {
  it('live/ is a leaf: it imports itself, the transport (apollo/), generated types and packages, never a domain', () => {
    // It keeps the map and the cache true to the server; a domain change must not be able to break that.
    const offending = files
      .filter((file) => file.startsWith('live/'))
      .flatMap((file) => importsOf(file).filter((path) => path.startsWith('.') && !/^\.\/|^\.\.\/(generated|apollo)\//.test(path)).map((path) => `${file}: ${path}`));
    expect(offending).toEqual([]);
  });

  it('apollo/ and live/ never import each other both ways, not even a type: live/ builds on the transport, so apollo/ imports nothing of live/', () => {
    // A cycle, even of types only, ties the two folders into one: neither can then be read, tested or moved alone.
    const down = importsBetween('live', 'apollo');
    const up = importsBetween('apollo', 'live');
    expect(down.length > 0 ? up : []).toEqual([]);
  });

  it('components call no mutation themselves: each mutation has its hook beside its domain (use-*.ts)', () => {
    const offending = files.filter((file) => file.endsWith('.tsx') && /\.mutate\(|useMutation\(/.test(text(file)));
    expect(offending).toEqual([]);
  });

  it('components open no subscription and write no cache: a use-*.ts hook beside their domain does, the component renders', () => {
    const offending = files.filter((file) => file.endsWith('.tsx') && /\.subscribe\(\{\s*query|useSubscription\(|\.cache\.|\b(writeQuery|writeFragment|updateQuery)\(/.test(text(file)));
    expect(offending).toEqual([]);
  });

  it('one hook per mutation: every mutation document is defined in the use-*.ts file that owns it', () => {
    const defined = files.flatMap((file) => [...text(file).matchAll(/^\s*mutation (\w+)/gm)].map((match) => ({ file, name: match[1]! })));
    expect(defined.length).toBeGreaterThan(10);
    expect(defined.filter(({ file }) => !/(^|\/)use-[\w-]+\.ts$/.test(file))).toEqual([]);
  });

  it('the client never reaches into the API’s source (it shares only the published schema)', () => {
    const offending = files.flatMap((file) => importsOf(file).filter((path) => /(^|\/)api\/src\//.test(path)).map((path) => `${file}: ${path}`));
    expect(offending).toEqual([]);
  });
});
