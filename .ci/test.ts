/**
 * `npm test`: the whole suite, on any machine the README's two commands set up. It first makes
 * sure of what the tests need beyond npm packages (prerequisites.ts: nginx for the load-balancer
 * test, Chromium for the browser tests), installing them when it can and otherwise leaving out
 * exactly the tests that need them, loudly. Every test part runs even when one before it failed,
 * and the run ends with one line summed over every part: `N passed, N failed, N skipped`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PREREQUISITES, ensurePrerequisites, installCommand, machineFrom, type Machine, type Prerequisite } from './prerequisites.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Tests that cannot run without a prerequisite: some files of a part, or the whole part. */
interface Needs {
  prerequisite: Prerequisite['name'];
  /** As the skip line counts them: "2 load-balancer tests". */
  what: string;
  /** Files relative to the workspace; `all` is the whole part. */
  files: string[] | 'all';
}

export interface TestPart {
  title: string;
  workspace: 'api' | 'client' | 'venue';
  script: string;
  /** The vitest JSON report the workspace script writes, relative to the repository. */
  report: string;
  vitestConfig?: string;
  needsClientBuild?: boolean;
  needs?: Needs[];
}

export const TEST_PARTS: readonly TestPart[] = [
  {
    title: 'API tests',
    workspace: 'api',
    script: 'test',
    report: 'api/test-results/vitest.json',
    needs: [{ prerequisite: 'nginx', what: 'load-balancer tests', files: ['test/load-balancer.test.ts'] }],
  },
  { title: 'client unit tests', workspace: 'client', script: 'test', report: 'client/test-results/unit.json' },
  {
    title: 'browser tests',
    workspace: 'client',
    script: 'test:e2e',
    report: 'client/test-results/e2e.json',
    vitestConfig: 'vitest.e2e.config.ts',
    needsClientBuild: true,
    needs: [{ prerequisite: 'chromium', what: 'browser tests', files: 'all' }],
  },
  { title: 'venue tests', workspace: 'venue', script: 'test', report: 'venue/test-results/vitest.json' },
];

export interface PlannedPart {
  part: TestPart;
  /** False: every test of the part needs something missing. */
  run: boolean;
  /** Arguments after `npm run <script> -w <workspace> --`. */
  vitestArgs: string[];
  /** What is left out, to count (`vitest list`) and to name in the summary. */
  leftOut: { needs: Needs; prerequisite: Prerequisite }[];
}

/** What to run of each part, given the prerequisites still missing. */
export function planParts(parts: readonly TestPart[], missing: readonly Prerequisite[]): PlannedPart[] {
  return parts.map((part) => {
    const leftOut = (part.needs ?? []).flatMap((needs) => {
      const prerequisite = missing.find((p) => p.name === needs.prerequisite);
      return prerequisite ? [{ needs, prerequisite }] : [];
    });
    const run = !leftOut.some(({ needs }) => needs.files === 'all');
    const vitestArgs = leftOut.flatMap(({ needs }) => (needs.files === 'all' ? [] : needs.files.flatMap((file) => ['--exclude', file])));
    return { part, run, vitestArgs, leftOut };
  });
}

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export interface Skip {
  count: number;
  what: string;
  prerequisite: Prerequisite;
}

/** The closing lines: what was skipped and why, the steps that failed, then the one summary line. */
export function closingLines(counts: Counts[], skips: Skip[], failedSteps: string[], machine: Pick<Machine, 'isRoot'>): string[] {
  const total = counts.reduce((sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed, skipped: sum.skipped + c.skipped }), { passed: 0, failed: 0, skipped: 0 });
  const skipped = skips.reduce((n, s) => n + s.count, 0);
  const lines: string[] = [];
  if (skips.length) {
    const named = skips.map((s) => `${s.count} ${s.what} (no ${s.prerequisite.binary}: Debian's ${s.prerequisite.debianPackage})`).join(', ');
    const packages = [...new Set(skips.map((s) => s.prerequisite.debianPackage))];
    lines.push(`skipped for missing packages: ${named}; to run them: ${installCommand(packages, machine)}`);
  }
  if (failedSteps.length) lines.push(`failed steps: ${failedSteps.join(', ')}`);
  lines.push(`${total.passed} passed, ${total.failed} failed, ${total.skipped + skipped} skipped`);
  return lines;
}

/** A vitest JSON report's counts; a part that failed without failing a test (a crash, a file that does not load) counts once. */
export function countsFrom(reportText: string | null, exitCode: number): Counts {
  const report = reportText ? (JSON.parse(reportText) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests?: number }) : null;
  const counts = report
    ? { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + (report.numTodoTests ?? 0) }
    : { passed: 0, failed: 0, skipped: 0 };
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

function run(command: string, args: string[], cwd = repoRoot): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(127);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

const vitestBin = join(repoRoot, 'node_modules/vitest/vitest.mjs');

/** How many tests a skipped piece holds, read by `vitest list` (no global setup, no test runs). */
export async function countTests(planned: PlannedPart, needs: Needs): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-list-'));
  const out = join(dir, 'list.json');
  const config = planned.part.vitestConfig ? ['--config', planned.part.vitestConfig] : [];
  const files = needs.files === 'all' ? [] : needs.files;
  const child = spawn(process.execPath, [vitestBin, 'list', ...config, ...files, `--json=${out}`], { cwd: join(repoRoot, planned.part.workspace), stdio: 'ignore' });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  try {
    // An uncountable piece still counts as one skip: the summary never hides that something did not run.
    return code === 0 && existsSync(out) ? Math.max(1, (JSON.parse(readFileSync(out, 'utf8')) as unknown[]).length) : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const machine = machineFrom(process.env);
  const timings: string[] = [];
  const step = async (title: string, command: string, args: string[]) => {
    console.log(`\n== ${title}`);
    const stepStarted = Date.now();
    const code = await run(command, args);
    timings.push(`${title} ${Math.round((Date.now() - stepStarted) / 1000)} s`);
    return code;
  };

  console.log('== prerequisites (nginx for the load-balancer test, Chromium for the browser tests)');
  const prerequisites = await ensurePrerequisites(PREREQUISITES.map((p) => p.name), { machine });
  if (prerequisites.failed) return 1;
  if (!prerequisites.missing.length) console.log('all there');

  const failedSteps: string[] = [];
  const counts: Counts[] = [];
  for (const [title, command, args] of [
    ['codegen check', 'npm', ['run', '-s', 'codegen:check']],
    ['type check', 'npm', ['run', '-s', 'typecheck']],
    ['client build', process.execPath, ['client/build-when-changed.ts']],
  ] as const) {
    if ((await step(title, command, [...args])) !== 0) failedSteps.push(title);
  }
  const clientBuilt = !failedSteps.includes('client build');

  const skips: Skip[] = [];
  for (const planned of planParts(TEST_PARTS, prerequisites.missing)) {
    for (const { needs, prerequisite } of planned.leftOut) skips.push({ count: await countTests(planned, needs), what: needs.what, prerequisite });
    const { part } = planned;
    if (!planned.run) {
      console.log(`\n== ${part.title}: skipped, ${planned.leftOut.map(({ prerequisite }) => `no ${prerequisite.binary}`).join(', ')}`);
      continue;
    }
    if (part.needsClientBuild && !clientBuilt) {
      console.log(`\n== ${part.title}: not run, the client build failed`);
      continue;
    }
    rmSync(join(repoRoot, part.report), { force: true });
    const extra = planned.vitestArgs.length ? ['--', ...planned.vitestArgs] : [];
    const code = await step(part.title, 'npm', ['run', '-s', part.script, '-w', part.workspace, ...extra]);
    const report = join(repoRoot, part.report);
    counts.push(countsFrom(existsSync(report) ? readFileSync(report, 'utf8') : null, code));
    if (code !== 0) failedSteps.push(part.title);
  }

  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\n== summary: npm test took ${Math.floor(seconds / 60)} min ${seconds % 60} s (${timings.join(', ')})`);
  const lines = closingLines(counts, skips, failedSteps, machine);
  for (const line of lines) console.log(line);
  return failedSteps.length || counts.some((c) => c.failed) ? 1 : 0;
}

if (import.meta.main) process.exit(await main());
