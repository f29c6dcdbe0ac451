/**
 * The baseline: a plain `ws` server, alone in its process (`node raw-ws-server.ts PORT`).
 * GET /stats gives its memory; POST /broadcast?bytes=N&key=K sends one JSON message of N bytes,
 * carrying K and stamped with the send time, to every socket. Nothing else runs here, so what it costs is
 * what a bare WebSocket costs.
 */
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const port = Number(process.argv[2]);
const http = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/stats') {
    const { rss, heapUsed } = process.memoryUsage();
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ rss, heapUsed, clients: wss.clients.size }));
    return;
  }
  if (url.pathname === '/broadcast' && req.method === 'POST') {
    const bytes = Number(url.searchParams.get('bytes') ?? 120);
    const key = url.searchParams.get('key') ?? '';
    const sentAt = performance.timeOrigin + performance.now();
    const head = JSON.stringify({ key, sentAt, pad: '' });
    // Padded to the size of the graphql-ws `next` message it stands in for; serialised once, as a broadcast would.
    const message = JSON.stringify({ key, sentAt, pad: 'x'.repeat(Math.max(0, bytes - head.length)) });
    for (const client of wss.clients) client.send(message);
    res.end(String(wss.clients.size));
    return;
  }
  res.statusCode = 404;
  res.end();
});
const wss = new WebSocketServer({ server: http });
http.listen(port, '127.0.0.1');
