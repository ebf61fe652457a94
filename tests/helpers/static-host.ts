/**
 * A static host the offline tests control: serves a build folder under a base path on a free
 * port, can switch to another build folder (a new deploy), applies the build's `_headers` file
 * (so pages, the service worker and search run under the hosts' CSP as well as the meta one),
 * and records every request that reached it (to prove what never leaves the browser).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { siteHandler } from '../../scripts/serve.ts';

export interface StaticHost {
  /** e.g. http://127.0.0.1:41234/llr-procedures/ */
  url: string;
  origin: string;
  /** Every request path (with query) the host received, in order. */
  requests: string[];
  /** Serve another build folder from now on: a deploy. */
  deploy(root: string): void;
  /**
   * Cut the host off (every request's connection is dropped unanswered, as when the signal goes)
   * or bring it back. Unlike the browser's offline emulation, this fails the service worker's
   * requests in every browser version too.
   */
  setReachable(reachable: boolean): void;
  close(): Promise<void>;
}

export async function startStaticHost(root: string, base = '/'): Promise<StaticHost> {
  let current = root;
  let reachable = true;
  const requests: string[] = [];
  const serve = siteHandler(() => current, base);
  const server = createServer((request, response) => {
    if (!reachable) {
      request.socket.destroy();
      return;
    }
    requests.push(request.url ?? '/');
    serve(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    requests,
    deploy: (next) => {
      current = next;
    },
    setReachable: (next) => {
      reachable = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
