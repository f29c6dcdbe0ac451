/** `--quick` shortens every new bench so the whole suite runs in about a minute; the full run stays under 10. */
export const QUICK = process.argv.includes('--quick') || process.env['BENCH_QUICK'] === '1';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
