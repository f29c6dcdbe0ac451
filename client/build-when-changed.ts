/**
 * Builds the web client and playground into client/dist, unless what the build reads has not
 * changed since the last build: `npm start` then starts the server at once instead of spending
 * seconds on a bundle it already has. The inputs' SHA-256 is stored beside the output
 * (dist/.build-inputs.json, which the API does not serve: express.static ignores dotfiles) and
 * removed before every build, so a failed build never looks current.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const clientDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = join(clientDir, '..');
const dist = join(clientDir, 'dist');
const stamp = join(dist, '.build-inputs.json');

/**
 * Everything the bundle depends on: the client's sources, pages, public files and config; the
 * lockfile (every dependency's version); the schema and codegen config the typed operations come
 * from; this script; and the environment Vite reads (VITE_* variables, .env files, Node's version).
 */
const INPUTS = [
  'client/src',
  'client/public',
  'client/index.html',
  'client/playground.html',
  'client/vite.config.ts',
  'client/tsconfig.json',
  'client/package.json',
  'client/build-when-changed.ts',
  'tsconfig.json',
  'package-lock.json',
  'schema',
  'codegen.ts',
];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

export function inputsHash(root: string, env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256');
  const envFiles = readdirSync(join(root, 'client')).filter((name) => name.startsWith('.env')).map((name) => `client/${name}`);
  for (const file of [...INPUTS, ...envFiles].flatMap((input) => filesUnder(join(root, input)))) {
    hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  }
  const viteEnv = Object.entries(env)
    .filter(([name]) => name.startsWith('VITE_'))
    .sort(([a], [b]) => a.localeCompare(b));
  hash.update(JSON.stringify({ viteEnv, node: process.version }));
  return hash.digest('hex');
}

function storedHash(): string | null {
  if (!existsSync(stamp) || !existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'playground.html'))) return null;
  try {
    return (JSON.parse(readFileSync(stamp, 'utf8')) as { sha256?: string }).sha256 ?? null;
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const wanted = inputsHash(repoRoot, process.env);
  if (storedHash() === wanted) {
    console.log('web client: unchanged since its last build (client/dist), not rebuilt');
    return 0;
  }
  const started = Date.now();
  console.log('web client: building client/dist (first start, or its sources changed) ...');
  rmSync(stamp, { force: true });
  try {
    // Warnings and errors only: no chunk list (Monaco alone is 2.8 MB, and known).
    const { build } = await import('vite');
    await build({ root: clientDir, configFile: join(clientDir, 'vite.config.ts'), logLevel: 'warn' });
  } catch (error) {
    console.error(`web client: the build failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  writeFileSync(stamp, `${JSON.stringify({ sha256: wanted, builtAt: new Date().toISOString() })}\n`);
  console.log(`web client: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

if (import.meta.main) process.exit(await main());
