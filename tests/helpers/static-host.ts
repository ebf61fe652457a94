/**
 * A static host the offline tests control: serves a build folder under a base path on a free
 * port, can switch to another build folder (a new deploy), applies the build's `_headers` file
 * (so pages, the service worker and search run under the hosts' CSP as well as the meta one),
 * and records every request that reached it (to prove what never leaves the browser).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { contentType, resolveRequest } from '../../src/lib/static-paths.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';

export interface StaticHost {
  /** e.g. http://127.0.0.1:41234/llr-procedures/ */
  url: string;
  origin: string;
  /** Every request path (with query) the host received, in order. */
  requests: string[];
  /** Serve another build folder from now on: a deploy. */
  deploy(root: string): void;
  close(): Promise<void>;
}

export async function startStaticHost(root: string, base = '/'): Promise<StaticHost> {
  let current = root;
  const requests: string[] = [];
  const isFile = (file: string) => {
    const path = join(current, file);
    return existsSync(path) && statSync(path).isFile();
  };

  const server = createServer((request, response) => {
    requests.push(request.url ?? '/');
    const url = new URL(request.url ?? '/', 'http://localhost');
    const rules = isFile('_headers') ? parseHeadersFile(readFileSync(join(current, '_headers'), 'utf8')) : [];
    const result = resolveRequest(url.pathname, base, isFile);
    if (result.kind === 'redirect') {
      response.writeHead(301, { Location: result.location + url.search }).end();
      return;
    }
    const file = result.kind === 'file' ? result.file : '404.html';
    const body = isFile(file) ? readFileSync(join(current, file)) : Buffer.from('Not found');
    response
      .writeHead(result.kind === 'file' ? 200 : 404, {
        ...headersFor(rules, url.pathname),
        'Content-Type': contentType(file),
        // Revalidate every time, as hosts do for HTML: a new deploy is visible at once.
        'Cache-Control': 'no-cache',
      })
      .end(body);
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
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
