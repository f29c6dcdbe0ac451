import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of the server whose wire the test can cut: every open connection (the
 * graphql-ws socket among them) drops and new ones are refused, until restored. The server and
 * other browsers are untouched, as when one buyer's network goes away.
 */
export interface CuttableProxy {
  port: number;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startCuttableProxy(targetPort: number): Promise<CuttableProxy> {
  const open = new Set<Socket>();
  let connected = true;
  const server: Server = createServer((client) => {
    if (!connected) return void client.destroy();
    const upstream = connect(targetPort, '127.0.0.1');
    open.add(client);
    open.add(upstream);
    client.pipe(upstream).pipe(client);
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', closeBoth).on('close', closeBoth);
    upstream.on('error', closeBoth).on('close', closeBoth);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    cut() {
      connected = false;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    restore() {
      connected = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
