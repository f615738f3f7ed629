import http from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';

/**
 * The fixture web server of the link tests. It listens on 127.0.0.2: the tests let that one loopback address through
 * the fetcher's guard (LINK_FETCH_ALLOW_ADDRESSES) and keep 127.0.0.1 refused in the same run (decision 0020).
 */
export const FIXTURE_HOST = '127.0.0.2';

export type FixtureRoute = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export interface FixtureServer {
  /** `http://127.0.0.2:port` */
  origin: string;
  port: number;
  routes: Map<string, FixtureRoute>;
  /** Paths asked for, in order (to prove a refused address was never contacted). */
  hits: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(host = FIXTURE_HOST): Promise<FixtureServer> {
  const routes = new Map<string, FixtureRoute>();
  const hits: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    hits.push(request.url ?? '/');
    const route = routes.get(path);
    if (route) return route(request, response);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('introuvable');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    port,
    routes,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export const html =
  (body: string, contentType = 'text/html; charset=utf-8'): FixtureRoute =>
  (_request, response) =>
    response.writeHead(200, { 'content-type': contentType }).end(body);

export const redirect =
  (location: string, status = 302): FixtureRoute =>
  (_request, response) =>
    response.writeHead(status, { location }).end();

/** A resolver that answers the given names with the given addresses, as a hostile DNS server could. */
export function fixedLookup(names: Record<string, string>): LookupFunction {
  return ((hostname: string, options: { all?: boolean } | number, callback: (...args: unknown[]) => void) => {
    const cb = typeof options === 'function' ? (options as (...args: unknown[]) => void) : callback;
    const address = names[hostname];
    if (!address) {
      const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      return cb(error);
    }
    const family = address.includes(':') ? 6 : 4;
    if (typeof options === 'object' && options.all) return cb(null, [{ address, family }]);
    return cb(null, address, family);
  }) as unknown as LookupFunction;
}
