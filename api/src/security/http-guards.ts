import { createHash, timingSafeEqual } from 'node:crypto';
import cors from 'cors';
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';

/** An HTTP-level refusal in the GraphQL error shape, with Apollo's code for such errors. */
export function sendRequestError(res: Response, status: number, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

/**
 * Security headers for everything served (client, playground, API). The content security policy
 * allows only this origin: the client and GraphiQL are bundled by Vite with no CDN; Monaco (the
 * playground's editor) runs web workers and injects its styles.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        workerSrc: ["'self'", 'blob:'],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/**
 * CORS from the configured allowlist. Requests without an Origin (same-origin navigation, servers,
 * curl) are not a CORS matter; a browser on another origin gets no CORS headers unless listed.
 */
export function corsAllowlist(origins: string[]): RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight', 'x-apollo-operation-name'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });
}

/** POST /graphql takes JSON only: anything else gets 415 (not the 500 of a missing body). */
export function requireJsonPost(): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'POST' && !req.is('application/json')) {
      return sendRequestError(res, 415, 'Send the operation as JSON (content-type: application/json)');
    }
    next();
  };
}

export const jsonBody = (limitBytes: number): RequestHandler => express.json({ limit: limitBytes });

function isClientError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { status, expose } = error as { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' && status >= 400 && status < 500;
}

/** Body parser failures as clear JSON errors: no HTML page, no stack. */
export function bodyErrors(limitBytes: number): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const type = typeof error === 'object' && error !== null && 'type' in error ? (error as { type: unknown }).type : undefined;
    if (type === 'entity.too.large') {
      // Read what is left of the body first (bounded by the request timeout and by 16 MB): closing
      // with unread data makes TCP reset the connection, and the client would never see the 413.
      const respond = () => sendRequestError(res, 413, `The request body is over ${limitBytes} bytes`);
      if (req.readableEnded || Number(req.headers['content-length'] ?? 0) > 16 * 1024 * 1024) return respond();
      req.once('end', respond);
      req.resume();
      return;
    }
    if (type === 'entity.parse.failed') return sendRequestError(res, 400, 'The request body is not valid JSON');
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') return sendRequestError(res, 415, 'Unsupported content encoding or charset');
    if (type === 'request.aborted' || type === 'request.size.invalid') return sendRequestError(res, 400, 'The request body was incomplete');
    // A body that claims gzip, deflate or br but is not: zlib's error, which body-parser marks as
    // the client's (400, expose) without a type of its own.
    if (isClientError(error)) return sendRequestError(res, 400, 'The request body could not be decoded: check its content-encoding');
    next(error);
  };
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * /metrics tells an attacker how loaded the server is and what it runs: with a token, only a
 * request bearing it (compared in constant time) is served; without one, it is served to anyone
 * only when `open` (outside production by default), else it does not exist (404).
 */
export function metricsAccess(token: string | null, open: boolean): RequestHandler {
  const expected = token === null ? null : digest(`Bearer ${token}`);
  return (req, res, next) => {
    if (expected) {
      if (timingSafeEqual(digest(req.header('authorization') ?? ''), expected)) return next();
      res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      return void res.status(401).json({ error: 'metrics need Authorization: Bearer <METRICS_TOKEN>' });
    }
    if (open) return next();
    res.status(404).json({ error: 'not found' });
  };
}

/**
 * Whether a WebSocket upgrade may proceed. Browsers send `Origin` and let any page open a socket
 * to any server (no CORS for WebSockets), carrying the page's own token if it has one: so a page
 * must be of this server's own origin (its host is the request's Host) or listed in CORS_ORIGINS.
 * Programs that send no Origin (integrators, the CLI) are not a browser's page and are let in.
 */
export function upgradeOriginAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // `null` (sandboxed frames, files) and anything else that is not an origin
  }
  return host !== undefined && (url.protocol === 'http:' || url.protocol === 'https:') && url.host.toLowerCase() === host.toLowerCase();
}
