import { z } from 'zod';

/** The environment variables of webhook delivery and the tier-count job (read by config.ts with the rest). */
export const partnersEnvShape = {
  WEBHOOK_POLL_MS: z.coerce.number().int().min(20).max(60_000).default(500),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  TIER_COUNTS_INTERVAL_MS: z.coerce.number().int().min(20).max(60_000).default(200),
};

export interface PartnersConfig {
  /** How often each process looks for webhook deliveries that are due. */
  webhookPollMs: number;
  /** How long an endpoint has to answer one delivery. */
  webhookTimeoutMs: number;
  /** Whether a webhook may point at a private or loopback address (webhooks/webhook-targets.ts). */
  webhookPrivateTargets: boolean;
  /** How often reserved tiers' counts are brought up to date with their seats (`tierUpdated`). */
  tierCountsIntervalMs: number;
}

export function partnersConfigFrom(env: { WEBHOOK_POLL_MS: number; WEBHOOK_TIMEOUT_MS: number; TIER_COUNTS_INTERVAL_MS: number }): Omit<PartnersConfig, 'webhookPrivateTargets'> {
  return { webhookPollMs: env.WEBHOOK_POLL_MS, webhookTimeoutMs: env.WEBHOOK_TIMEOUT_MS, tierCountsIntervalMs: env.TIER_COUNTS_INTERVAL_MS };
}
