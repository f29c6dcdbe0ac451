import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOGGER = fileURLToPath(new URL('./logger.ts', import.meta.url));

/** One log record written by a fresh process whose stdout is a pipe, as a log shipper sees it. */
function logged(format: 'pretty' | 'json' | 'default'): string {
  const call = format === 'default' ? `createLogger('info')` : `createLogger('info', '${format}')`;
  const script = `const { createLogger } = await import(${JSON.stringify(LOGGER)}); ${call}.info({ seat: 7, variables: { password: 'hunter22' } }, 'seat reserved');`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { PATH: process.env['PATH'], NO_COLOR: '1' } });
  expect(child.status, child.stderr).toBe(0);
  return child.stdout;
}

describe('the logger', () => {
  it('writes one JSON object a line when stdout is not a terminal, secrets redacted', () => {
    const record = JSON.parse(logged('default').trim()) as Record<string, unknown>;
    expect(record).toMatchObject({ level: 30, msg: 'seat reserved', seat: 7, variables: { password: '[redacted]' }, service: 'tessera-api' });
  });

  it('writes one readable line a record in pretty format (what a terminal gets), secrets redacted', () => {
    const text = logged('pretty');
    expect(text.trim().split('\n')).toHaveLength(1);
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: seat reserved \{"seat":7,"variables":\{"password":"\[redacted\]"\}\}\n$/);
  });
});
