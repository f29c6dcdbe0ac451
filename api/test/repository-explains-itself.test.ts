/**
 * A clone explains itself: the rules the code cites by number are written in docs/rules.md, and
 * no file sends its reader to a document outside the repository.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const NOT_OURS = new Set(['node_modules', '.git', 'dist', '.data', 'test-results', 'bench-results', 'screenshots', 'generated']);
const TEXT = /\.(ts|tsx|md|graphql|json|ya?ml|html|css)$|^(run|Dockerfile)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (NOT_OURS.has(name) || name === 'package-lock.json') return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return TEXT.test(name) ? [path] : [];
  });
}

const files = filesUnder(repoRoot);
const sources = files.filter((f) => /\.tsx?$/.test(f));
const rulesText = readFileSync(join(repoRoot, 'docs/rules.md'), 'utf8');

/** The numbers of the list under "## Rules". */
function numberedRules(): number[] {
  const section = rulesText.split(/^## /m).find((s) => s.startsWith('Rules\n')) ?? '';
  return [...section.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
}

/** "rule 8", "rules 1-3, 7", "Rule 5": every number such a citation names. */
function citedRules(text: string): number[] {
  return [...text.matchAll(/\brules? (\d+(?:\s*-\s*\d+)?(?:\s*(?:,|and)\s*\d+(?:\s*-\s*\d+)?)*)/gi)].flatMap((m) =>
    m[1]!.split(/,|and/).flatMap((part) => {
      const [from, to = from] = part.trim().split(/\s*-\s*/).map(Number);
      return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
    }),
  );
}

describe('the repository explains itself', () => {
  it('docs/rules.md numbers its rules 1 to 9, as the code cites them', () => {
    expect(numberedRules()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('every rule a source file cites by number is in docs/rules.md', () => {
    const known = new Set(numberedRules());
    const citations = sources.flatMap((file) => citedRules(readFileSync(file, 'utf8')).map((rule) => ({ file: relative(repoRoot, file), rule })));
    // Enough citations that this test checks something (hold timing, reservations, ownership, checkout, live updates).
    expect(new Set(citations.map((c) => c.rule)).size).toBeGreaterThanOrEqual(6);
    expect(citations.filter((c) => !known.has(c.rule))).toEqual([]);
  });

  it('no file names the founders’ documents outside the clone', () => {
    const outside = ['PRODUCT', 'STACK', 'STYLE', 'GUIDE'].map((name) => `${name}.md`);
    const pointers = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return outside.filter((name) => text.includes(name)).map((name) => `${relative(repoRoot, file)}: ${name}`);
    });
    expect(pointers).toEqual([]);
  });

  it('every relative link in the Markdown files leads to a file of the clone', () => {
    const broken = files
      .filter((f) => f.endsWith('.md'))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)]
          .map((m) => m[1]!.split('#')[0]!)
          .filter((target) => target && !/^[a-z]+:/i.test(target))
          .map((target) => resolve(dirname(file), target))
          .filter((target) => !target.startsWith(repoRoot) || !existsSync(target))
          .map((target) => `${relative(repoRoot, file)} -> ${relative(repoRoot, target)}`),
      );
    expect(broken).toEqual([]);
  });
});
