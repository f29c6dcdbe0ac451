import { Router, type Request, type Response } from 'express';
import type { AppServices } from '../context.ts';
import { findVisibleEvent } from '../events/events.service.ts';
import { clientIpOf } from '../security/client-ip.ts';
import type { ReadBudget } from '../security/read-budget.ts';
import { badInput, DomainError } from '../shared/errors.ts';
import { ENCODINGS, type EncodedDocument, type Encoding } from './encoded-document.ts';

const EVENT_ID = /^[1-9]\d{0,9}$/;
/** The compact documents cost one point per this many seats; a 304 costs 1. */
const SEATS_PER_POINT = 100;

const HTTP_STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, NOT_FOUND: 404, RATE_LIMITED: 429 };

/** Errors in the GraphQL error shape, so that one client handler reads both. */
function sendError(res: Response, error: DomainError): void {
  const retry = error.extensions['retryAfterSeconds'];
  if (typeof retry === 'number') res.setHeader('Retry-After', String(retry));
  const { http: _http, ...extensions } = error.extensions;
  res.status(HTTP_STATUS[error.code] ?? 400).json({ errors: [{ message: error.message, extensions }] });
}

/**
 * GET /seat-maps/{eventId}/layout and /states: the seat map's two documents (SeatLayout and
 * SeatStates in schema/seat-map.graphql), encoded once per revision and sent in the encoding the
 * client accepts, with an ETag (If-None-Match answered by 304) and a Cache-Control the browser
 * (and a shared cache, for published events) can keep them by. A draft is its organiser's only.
 */
export function seatMapRoutes(app: AppServices, budget: ReadBudget): Router {
  const router = Router();
  router.get('/:eventId/:document', async (req: Request, res: Response) => {
    const document = req.params['document'];
    if (document !== 'layout' && document !== 'states') return void res.status(404).json({ error: 'not found' });
    try {
      const raw = String(req.params['eventId']);
      if (!EVENT_ID.test(raw) || Number(raw) > 2_147_483_647) throw badInput('eventId: not an event id');
      const eventId = Number(raw);
      const claims = await app.tokens.fromHeader(req.headers.authorization);
      const user = claims ? await app.sessions.authenticate(claims) : null;
      const event = await findVisibleEvent(app.orm.em.fork(), user, eventId);
      const encoded: EncodedDocument = document === 'layout' ? await app.seatMaps.encodedLayout(eventId) : await app.seatMaps.encodedStates(eventId);

      const draft = event.status === 'DRAFT';
      res.setHeader('ETag', encoded.etag);
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Cache-Control', draft ? 'private, no-cache' : document === 'layout' ? 'public, max-age=86400' : 'public, no-cache');
      const clientIp = clientIpOf(req.headers['x-forwarded-for'], req.socket.remoteAddress, app.config.security.trustProxyHops);
      if (req.fresh) {
        await budget.spend(clientIp, 1);
        return void res.status(304).end();
      }
      await budget.spend(clientIp, Math.max(1, Math.ceil((await app.seatMaps.seatCount(eventId)) / SEATS_PER_POINT)));
      // Ours in order of preference (brotli is smaller), among those the client accepts at all.
      const encoding: Encoding = ENCODINGS.find((e) => req.acceptsEncodings(e) === e) ?? 'identity';
      const body = encoded.bodies[encoding];
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', String(body.length));
      res.status(200).end(body);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      res.removeHeader('ETag');
      res.removeHeader('Cache-Control');
      sendError(res, error);
    }
  });
  return router;
}
