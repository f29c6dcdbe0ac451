import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'tessera-api' },
    redact: { paths: ['req.headers.authorization', 'variables.password', '*.password', '*.token'], censor: '[redacted]' },
  });
}
