import { styleText } from 'node:util';
import { DEMO_PASSWORD } from '../seed/demo-seed.ts';

/** The accounts seed/demo-seed.ts creates, as a newcomer needs them (start-banner.test.ts checks them against a seeded database). */
export const DEMO_ACCOUNTS = [
  { email: 'alice@example.com', role: 'BUYER', signIn: true, note: 'buyer' },
  { email: 'bob@example.com', role: 'BUYER', signIn: true, note: 'buyer (a second browser, to see seats change live)' },
  { email: 'olivia@example.com', role: 'ORGANIZER', signIn: true, note: 'organiser of the demo events, at /organiser' },
  { email: 'box-office@example.com', role: 'BUYER', signIn: false, note: "bought the club night's 194 sold seats (no sign-in)" },
] as const;

export type DataLocation = { kind: 'embedded'; dir: string; port: number } | { kind: 'external'; databaseUrl: string };

export interface StartInfo {
  /** The web client's address, as a person types it. */
  url: string;
  data: DataLocation;
  demoAccounts: boolean;
}

/** Where the data lives, never with the database password. */
export function describeData(data: DataLocation): string {
  if (data.kind === 'embedded') return `${data.dir} (embedded PostgreSQL, port ${data.port})`;
  const url = new URL(data.databaseUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname} (DATABASE_URL)`;
}

/**
 * What a person at a terminal reads first: where to go, whom to log in as, where the data is, how
 * to stop. Lines fit 80 columns (but for a long data path).
 */
export function startBanner(info: StartInfo): string {
  const bold = (text: string) => styleText('bold', text, { stream: process.stdout });
  const playground = new URL('graphql', info.url).toString();
  const lines = [
    '',
    bold('  Tessera is ready'),
    `  Web client     ${bold(info.url)}`,
    `  Playground     ${bold(playground)}`,
  ];
  if (info.demoAccounts) {
    const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length)) + 2;
    lines.push(`  Demo accounts  password ${bold(DEMO_PASSWORD)}`, ...DEMO_ACCOUNTS.map((a) => `    ${a.email.padEnd(width)} ${a.note}`));
  }
  lines.push(`  Data           ${describeData(info.data)}`, '  Stop           Ctrl-C (drains requests, then stops the database)', '');
  return lines.join('\n');
}

/** The same facts as one log record, for a log shipper rather than a person. */
export function startRecord(info: StartInfo): Record<string, unknown> {
  return {
    client: info.url,
    playground: new URL('graphql', info.url).toString(),
    data: describeData(info.data),
    ...(info.demoAccounts ? { demoAccounts: DEMO_ACCOUNTS.map((a) => a.email), demoPassword: DEMO_PASSWORD } : {}),
  };
}
