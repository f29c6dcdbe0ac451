/**
 * `npm test` on a machine without nginx or Chromium (.ci/prerequisites.ts, .ci/test.ts). The
 * probes look under TESSERA_PROBE_ROOT, so each case builds the machine it needs in a temporary
 * folder (and a fake apt-get on PATH) instead of removing packages from this one.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PREREQUISITES } from '../../.ci/prerequisites.ts';
import { TEST_PARTS, closingLines, countTests, countsFrom, planParts } from '../../.ci/test.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = join(repoRoot, '.ci/prerequisites.ts');
const isRoot = process.getuid?.() === 0;
const nginx = PREREQUISITES.find((p) => p.name === 'nginx')!;
const chromium = PREREQUISITES.find((p) => p.name === 'chromium')!;

const scratch = mkdtempSync(join(tmpdir(), 'tessera-prereq-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let machines = 0;
/** A folder standing for `/`: with the given files, each executable. */
function machine(files: string[]): string {
  const root = join(scratch, `machine-${++machines}`);
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), '');
    chmodSync(join(root, file), 0o755);
  }
  mkdirSync(root, { recursive: true });
  return root;
}

/** A PATH folder whose apt-get logs its calls and "installs" by creating the binaries under the probe root. */
function fakeAptGet(behaviour: 'installs' | 'fails'): string {
  const bin = join(scratch, `bin-${behaviour}`);
  mkdirSync(bin, { recursive: true });
  const install = PREREQUISITES.map(
    (p) => `${p.debianPackage}) /bin/mkdir -p "$TESSERA_PROBE_ROOT${dirname(p.binary)}" && : > "$TESSERA_PROBE_ROOT${p.binary}" && /bin/chmod +x "$TESSERA_PROBE_ROOT${p.binary}" ;;`,
  ).join('\n      ');
  writeFileSync(
    join(bin, 'apt-get'),
    `#!/bin/sh
echo "RUNLEVEL=$RUNLEVEL DEBIAN_FRONTEND=$DEBIAN_FRONTEND $*" >> "$TESSERA_PROBE_ROOT/apt-get.log"
${behaviour === 'fails' ? 'echo "E: Unable to locate package" >&2; exit 100' : ''}
if [ "$1" = install ]; then
  for pkg in "$@"; do
    case "$pkg" in
      ${install}
    esac
  done
fi
`,
  );
  chmodSync(join(bin, 'apt-get'), 0o755);
  return bin;
}

function runPrerequisites(probeRoot: string, options: { path?: string; env?: Record<string, string>; args?: string[] } = {}): Promise<{ code: number | null; lines: string[] }> {
  const env = { PATH: options.path ?? join(scratch, 'empty-path'), TESSERA_PROBE_ROOT: probeRoot, ...options.env };
  const child = spawn(process.execPath, [SCRIPT, ...(options.args ?? [])], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d));
  child.stderr.on('data', (d: Buffer) => (output += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, lines: output.trim().split('\n').filter(Boolean) })));
}

describe('the prerequisite check of npm test (.ci/prerequisites.ts)', () => {
  it('looks for nginx and Chromium where the tests run them from', () => {
    expect(readFileSync(join(repoRoot, 'api/test/load-balancer.test.ts'), 'utf8')).toContain(`'${nginx.binary}'`);
    expect(readFileSync(join(repoRoot, 'client/e2e/browser.ts'), 'utf8')).toContain(`'${chromium.binary}'`);
  });

  it('with both there, says nothing and exits 0', async () => {
    const { code, lines } = await runPrerequisites(machine([nginx.binary, chromium.binary]));
    expect({ code, lines }).toEqual({ code: 0, lines: [] });
  });

  it('without them and unable to install, skips: one loud line per part naming its Debian package and the command to install it, exit 0', async () => {
    const { code, lines } = await runPrerequisites(machine(['etc/debian_version']));
    expect(code).toBe(0);
    expect(lines).toHaveLength(2);
    const [nginxLine, chromiumLine] = lines;
    expect(nginxLine).toMatch(/^SKIPPED: the load-balancer test .*\/usr\/sbin\/nginx is missing/);
    expect(nginxLine).toContain("Debian's nginx-light");
    expect(nginxLine).toContain('RUNLEVEL=1 apt-get install -y nginx-light');
    expect(chromiumLine).toMatch(/^SKIPPED: the browser tests .*\/usr\/bin\/chromium is missing/);
    expect(chromiumLine).toContain('apt-get install -y chromium');
  });

  it('under TESSERA_REQUIRE_ALL=1 (what .ci/run sets) the same machine fails, naming what is missing', async () => {
    const { code, lines } = await runPrerequisites(machine(['etc/debian_version', chromium.binary]), { env: { TESSERA_REQUIRE_ALL: '1' } });
    expect(code).toBe(1);
    expect(lines.filter((l) => l.startsWith('SKIPPED'))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('MISSING'))).toEqual([expect.stringContaining("/usr/sbin/nginx (Debian's nginx-light)")]);
    expect(lines.at(-1)).toContain('TESSERA_REQUIRE_ALL=1');
  });

  it('checks only the parts it is asked for; --required fails (the client bench needs Chromium)', async () => {
    const { code, lines } = await runPrerequisites(machine([]), { args: ['chromium', '--required'] });
    expect(code).toBe(1);
    expect(lines.filter((l) => l.startsWith('MISSING'))).toEqual([expect.stringContaining("Debian's chromium")]);
  });

  it.runIf(isRoot)('as root on Debian it installs what is missing with apt-get, RUNLEVEL=1 so no nginx service starts, and skips nothing', async () => {
    const root = machine(['etc/debian_version']);
    const { code, lines } = await runPrerequisites(root, { path: fakeAptGet('installs') });
    expect(code).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^installing Debian's nginx-light, chromium/)]);
    expect(readFileSync(join(root, 'apt-get.log'), 'utf8').trim().split('\n')).toEqual([
      'RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive update -qq',
      'RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive install -y -qq nginx-light chromium',
    ]);
    expect(existsSync(join(root, nginx.binary)) && existsSync(join(root, chromium.binary))).toBe(true);
  });

  it.runIf(isRoot)('when apt-get fails it shows apt-get\'s words, then skips (or fails when required)', async () => {
    const root = machine(['etc/debian_version']);
    const skipped = await runPrerequisites(root, { path: fakeAptGet('fails') });
    expect(skipped.code).toBe(0);
    expect(skipped.lines).toContain('E: Unable to locate package');
    expect(skipped.lines.filter((l) => l.startsWith('SKIPPED')).map((l) => l.includes('apt-get update failed'))).toEqual([true, true]);
    const required = await runPrerequisites(root, { path: fakeAptGet('fails'), env: { TESSERA_REQUIRE_ALL: '1' } });
    expect(required.code).toBe(1);
    expect(required.lines.filter((l) => l.startsWith('MISSING'))).toHaveLength(2);
  });
});

describe('what npm test runs without them (.ci/test.ts)', () => {
  it('every file it may leave out exists, so leaving it out is never a silent no-op', () => {
    const files = TEST_PARTS.flatMap((part) => (part.needs ?? []).flatMap((n) => (n.files === 'all' ? [] : n.files.map((f) => join(repoRoot, part.workspace, f)))));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(existsSync(file), file).toBe(true);
  });

  it('without nginx it runs the API tests but the load-balancer file; without Chromium no browser tests; with both, everything', () => {
    const byTitle = (missing: typeof PREREQUISITES) => Object.fromEntries(planParts(TEST_PARTS, missing).map((p) => [p.part.title, { run: p.run, args: p.vitestArgs }]));
    expect(byTitle([nginx])).toEqual({
      'API tests': { run: true, args: ['--exclude', 'test/load-balancer.test.ts'] },
      'client unit tests': { run: true, args: [] },
      'browser tests': { run: true, args: [] },
      'venue tests': { run: true, args: [] },
    });
    expect(byTitle([chromium])['browser tests']).toEqual({ run: false, args: [] });
    expect(Object.values(byTitle([])).every((p) => p.run && p.args.length === 0)).toBe(true);
  });

  it('the arguments leave out exactly the load-balancer file, and vitest counts what is left out', async () => {
    const [api, , browser] = planParts(TEST_PARTS, [nginx, chromium]);
    const dir = mkdtempSync(join(scratch, 'list-'));
    const vitest = join(repoRoot, 'node_modules/vitest/vitest.mjs');
    const list = (args: string[]) =>
      new Promise<string[]>((resolve, reject) => {
        const child = spawn(process.execPath, [vitest, 'list', '--filesOnly', ...args, `--json=${join(dir, 'files.json')}`], { cwd: join(repoRoot, 'api'), stdio: 'ignore' });
        child.on('close', (code) => (code === 0 ? resolve((JSON.parse(readFileSync(join(dir, 'files.json'), 'utf8')) as { file: string }[]).map((f) => f.file)) : reject(new Error(`vitest list: ${code}`))));
      });
    const all = await list([]);
    const left = await list(api!.vitestArgs);
    expect(all.filter((f) => !left.includes(f))).toEqual([join(repoRoot, 'api/test/load-balancer.test.ts')]);
    // Above 1: the listing worked (an uncountable piece counts as one).
    expect(await countTests(api!, api!.leftOut[0]!.needs)).toBeGreaterThan(1);
    expect(await countTests(browser!, browser!.leftOut[0]!.needs)).toBeGreaterThan(1);
  });

  it('the closing line counts what was left out as skipped, and the line above names the packages and the command', () => {
    const lines = closingLines(
      [{ passed: 150, failed: 0, skipped: 1 }, { passed: 38, failed: 0, skipped: 0 }],
      [{ count: 2, what: 'load-balancer tests', prerequisite: nginx }, { count: 8, what: 'browser tests', prerequisite: chromium }],
      [],
      { isRoot: true },
    );
    expect(lines).toEqual([
      "skipped for missing packages: 2 load-balancer tests (no /usr/sbin/nginx: Debian's nginx-light), 8 browser tests (no /usr/bin/chromium: Debian's chromium); to run them: apt-get update && RUNLEVEL=1 apt-get install -y nginx-light chromium",
      '188 passed, 0 failed, 11 skipped',
    ]);
  });

  it('a part that failed without a report, or without a failed test, still counts as a failure', () => {
    expect(countsFrom(null, 1)).toEqual({ passed: 0, failed: 1, skipped: 0 });
    const report = JSON.stringify({ numPassedTests: 5, numFailedTests: 0, numPendingTests: 2 });
    expect(countsFrom(report, 1)).toEqual({ passed: 5, failed: 1, skipped: 2 });
    expect(countsFrom(report, 0)).toEqual({ passed: 5, failed: 0, skipped: 2 });
  });
});
