import type { Logger } from 'pino';
import type { Publisher } from '../realtime/publisher.ts';
import { HoldTokens } from './hold-tokens.ts';
import { KeySockets } from './key-sockets.ts';

/** What the partners' features keep for the server's life. */
export interface PartnerServices {
  keySockets: KeySockets;
  holdTokens: HoldTokens;
}

export function createPartnerServices(publisher: Publisher, logger: Logger, tokenSecret: string): PartnerServices {
  return { keySockets: new KeySockets(publisher, logger), holdTokens: new HoldTokens(tokenSecret) };
}
