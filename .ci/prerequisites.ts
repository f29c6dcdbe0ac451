/**
 * What the test suite needs from the machine besides npm packages, and how it gets it: Debian's
 * packages, installed when this process can (root, Debian, apt-get on PATH). Where it cannot,
 * the tests that need a missing part are skipped with one loud line saying how to install it;
 * under TESSERA_REQUIRE_ALL=1 (what .ci/run sets) a missing part is a failure instead, so CI
 * never passes by skipping.
 *
 *   node .ci/prerequisites.ts [nginx] [chromium] [--required]
 *
 * exits 0 when everything named is there (or may be skipped), 1 when a required part is missing.
 * TESSERA_PROBE_ROOT (default `/`) is the folder the probes look under, for /usr/sbin/nginx,
 * /usr/bin/chromium and /etc/debian_version: only to simulate a machine without them.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface Prerequisite {
  name: 'nginx' | 'chromium';
  /** The path the tests run it from (they do not search PATH). */
  binary: string;
  debianPackage: string;
  /** What cannot run without it, as the skip line names it. */
  neededBy: string;
}

export const PREREQUISITES: readonly Prerequisite[] = [
  { name: 'nginx', binary: '/usr/sbin/nginx', debianPackage: 'nginx-light', neededBy: 'the load-balancer test (api/test/load-balancer.test.ts)' },
  { name: 'chromium', binary: '/usr/bin/chromium', debianPackage: 'chromium', neededBy: 'the browser tests (client/e2e; npm run bench:client too)' },
];

/** The facts about this machine the decisions depend on, read once from the environment. */
export interface Machine {
  probeRoot: string;
  searchPath: string;
  isRoot: boolean;
  requireAll: boolean;
}

export function machineFrom(env: NodeJS.ProcessEnv): Machine {
  return {
    probeRoot: env['TESSERA_PROBE_ROOT'] || '/',
    searchPath: env['PATH'] ?? '',
    isRoot: process.getuid?.() === 0,
    requireAll: ['1', 'true', 'yes'].includes(env['TESSERA_REQUIRE_ALL'] ?? ''),
  };
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    accessSync(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

export function isPresent(prerequisite: Prerequisite, machine: Machine): boolean {
  return executable(join(machine.probeRoot, prerequisite.binary));
}

/** apt-get's path, or why this process cannot install packages itself. */
export function installer(machine: Machine): { aptGet: string } | { cannot: string } {
  if (!exists(join(machine.probeRoot, 'etc/debian_version'))) return { cannot: 'not a Debian system' };
  if (!machine.isRoot) return { cannot: 'not running as root' };
  const aptGet = machine.searchPath
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'apt-get'))
    .find(executable);
  return aptGet ? { aptGet } : { cannot: 'no apt-get on PATH' };
}

/** The command a person runs to install the packages (RUNLEVEL=1: no nginx service starts on port 80). */
export function installCommand(packages: readonly string[], machine: Pick<Machine, 'isRoot'>): string {
  const sudo = machine.isRoot ? '' : 'sudo ';
  const runlevel = packages.includes('nginx-light') ? 'RUNLEVEL=1 ' : '';
  return `${sudo}apt-get update && ${sudo}${runlevel}apt-get install -y ${packages.join(' ')}`;
}

export function skipLine(prerequisite: Prerequisite, machine: Machine, why: string): string {
  return `SKIPPED: ${prerequisite.neededBy}: ${prerequisite.binary} is missing and ${why}. Install Debian's ${prerequisite.debianPackage}: ${installCommand([prerequisite.debianPackage], machine)}`;
}

export function missingLine(prerequisite: Prerequisite, machine: Machine, why: string): string {
  return `MISSING: ${prerequisite.binary} (Debian's ${prerequisite.debianPackage}) for ${prerequisite.neededBy}: ${why}. Install it: ${installCommand([prerequisite.debianPackage], machine)}`;
}

/** Runs apt-get quietly; its output is shown only when it fails. */
async function aptGet(aptGetPath: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(aptGetPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', (error) => resolve({ ok: false, output: `${output}${error.message}\n` }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

async function install(packages: string[], aptGetPath: string, log: (line: string) => void): Promise<string | null> {
  // RUNLEVEL=1: Debian's invoke-rc.d then starts no service (nginx would take port 80); the
  // load-balancer test starts its own nginx on a free port.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' };
  log(`installing Debian's ${packages.join(', ')} for the tests that need them (apt-get install -y ${packages.join(' ')}) ...`);
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...packages]]) {
    const result = await aptGet(aptGetPath, args, env);
    if (!result.ok) {
      log(result.output.trimEnd().split('\n').slice(-15).join('\n'));
      return `apt-get ${args[0]} failed`;
    }
  }
  return null;
}

export interface PrerequisiteOutcome {
  /** Parts still missing after any install: their tests are skipped (or the run fails, when required). */
  missing: Prerequisite[];
  /** True when a missing part must fail the run (TESSERA_REQUIRE_ALL=1 or --required). */
  failed: boolean;
}

/**
 * Makes sure the named parts are there, installing them when this process can; prints one line per
 * part still missing: SKIPPED (the caller leaves its tests out) or, when required, MISSING (a failure).
 */
export async function ensurePrerequisites(
  names: readonly Prerequisite['name'][],
  options: { machine: Machine; required?: boolean; log?: (line: string) => void },
): Promise<PrerequisiteOutcome> {
  const { machine } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  const required = options.required || machine.requireAll;
  const wanted = PREREQUISITES.filter((p) => names.includes(p.name));
  const absent = wanted.filter((p) => !isPresent(p, machine));
  if (!absent.length) return { missing: [], failed: false };

  const how = installer(machine);
  let why = 'cannot' in how ? `it cannot be installed from here (${how.cannot})` : '';
  if ('aptGet' in how) {
    const failure = await install(absent.map((p) => p.debianPackage), how.aptGet, log);
    why = failure ?? 'apt-get install did not bring it';
  }
  const missing = absent.filter((p) => !isPresent(p, machine));
  for (const p of missing) log(required ? missingLine(p, machine, why) : skipLine(p, machine, why));
  if (missing.length && required) log(`${machine.requireAll ? 'TESSERA_REQUIRE_ALL=1' : 'this command'} needs every part: failing instead of skipping.`);
  return { missing, failed: required && missing.length > 0 };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const names = args.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !PREREQUISITES.some((p) => p.name === n));
  if (unknown.length) {
    console.error(`unknown prerequisite ${unknown.join(', ')}; known: ${PREREQUISITES.map((p) => p.name).join(', ')}`);
    process.exit(2);
  }
  const outcome = await ensurePrerequisites(names.length ? (names as Prerequisite['name'][]) : PREREQUISITES.map((p) => p.name), {
    machine: machineFrom(process.env),
    required: args.includes('--required'),
  });
  process.exit(outcome.failed ? 1 : 0);
}
