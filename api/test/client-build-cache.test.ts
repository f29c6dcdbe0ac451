/**
 * `npm start` rebuilds the web client only when what the build reads changed
 * (client/build-when-changed.ts): the inputs' hash, on a small repository of its own.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputsHash } from '../../client/build-when-changed.ts';

const root = mkdtempSync(join(tmpdir(), 'tessera-build-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

for (const [file, text] of Object.entries({
  'client/src/main.tsx': 'render()',
  'client/src/seats/seat-map.tsx': 'export {}',
  'client/index.html': '<div id="root">',
  'client/vite.config.ts': 'export default {}',
  'client/e2e/checkout.e2e.test.ts': 'test()',
  'schema/seats.graphql': 'type Seat { id: ID! }',
  'package-lock.json': '{"lockfileVersion":3}',
  'README.md': '# Tessera',
})) {
  write(file, text);
}

describe('the client build cache', () => {
  const first = inputsHash(root, {});

  it('an unchanged tree, touched or not, gives the same hash: no rebuild', () => {
    utimesSync(join(root, 'client/src/main.tsx'), new Date(), new Date(Date.now() + 60_000));
    expect(inputsHash(root, {})).toBe(first);
  });

  it('files the bundle does not read (tests, README) do not force a rebuild', () => {
    write('client/e2e/checkout.e2e.test.ts', 'test("another")');
    write('README.md', '# Tessera, reworded');
    expect(inputsHash(root, { HOME: '/elsewhere' })).toBe(first);
  });

  it.each([
    ['a client source', 'client/src/seats/seat-map.tsx', 'export const changed = 1'],
    ['a new client source', 'client/src/holds/hold-panel.tsx', 'export {}'],
    ['a page', 'client/index.html', '<div id="app">'],
    ['the Vite config', 'client/vite.config.ts', 'export default { base: "/x/" }'],
    ['the schema', 'schema/seats.graphql', 'type Seat { id: ID! version: Int! }'],
    ['the lockfile', 'package-lock.json', '{"lockfileVersion":3,"packages":{}}'],
    ['a .env file Vite reads', 'client/.env', 'VITE_TITLE=x'],
  ])('a change of %s forces a rebuild', (_, file, text) => {
    const before = inputsHash(root, {});
    write(file, text);
    expect(inputsHash(root, {})).not.toBe(before);
  });

  it('so does a VITE_ variable, which Vite bakes into the bundle', () => {
    expect(inputsHash(root, { VITE_API: 'http://api' })).not.toBe(inputsHash(root, {}));
  });
});
