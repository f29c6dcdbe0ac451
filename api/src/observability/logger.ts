import { pino, type Logger } from 'pino';
import { build as prettyStream } from 'pino-pretty';

/** `pretty`: coloured lines for a person at a terminal; `json`: one JSON object a line, for machines. */
export type LogFormat = 'pretty' | 'json';

/** What pino users expect: pretty when stdout is a terminal, JSON when it is a file, a pipe or a log shipper. */
export function defaultLogFormat(): LogFormat {
  return process.stdout.isTTY ? 'pretty' : 'json';
}

export function createLogger(level: string, format: LogFormat = defaultLogFormat()): Logger {
  const options = {
    level,
    base: { service: 'tessera-api' },
    redact: { paths: ['req.headers.authorization', 'variables.password', '*.password', '*.token'], censor: '[redacted]' },
  };
  if (format === 'json') return pino(options);
  // In this thread and synchronous (not a worker transport): the last lines before process.exit are kept.
  // Colours follow the terminal (and NO_COLOR), as pino-pretty decides by default.
  return pino(options, prettyStream({ sync: true, singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'service' }));
}
