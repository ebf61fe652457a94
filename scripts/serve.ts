/**
 * A tiny static server for the built site, used by the browser tests. `astro preview` refuses
 * to start a second server for the same project, and the tests need several (two builds side by
 * side for the offline update test, parallel developers), so the tests serve `dist/` themselves.
 * It sends the build's `_headers` file (its Content-Security-Policy and the other security
 * headers), so every browser test runs under the policy a static host sends as well as the one
 * in each page's <meta> element: a page that only works under one of them fails the tests.
 *
 *   node scripts/serve.ts [--dir dist] [--port 4329] [--base /]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from '../src/lib/headers-file.ts';
import { contentType, resolveRequest } from '../src/lib/static-paths.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
    port: { type: 'string', default: '4329' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});
const root = resolve(values.dir!);
const exists = (file: string) => {
  const path = join(root, file);
  return existsSync(path) && statSync(path).isFile();
};

const base = values.base!.replace(/\/?$/, '/');
// Read per request, so a test that swaps builds gets the new build's headers too.
const securityHeaders = (pathname: string) => {
  if (!exists('_headers')) return {};
  const sitePath = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
  return headersFor(parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')), sitePath);
};

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const result = resolveRequest(url.pathname, values.base!, exists);
  if (result.kind === 'redirect') {
    response.writeHead(301, { Location: result.location + url.search }).end();
    return;
  }
  const file = result.kind === 'file' ? result.file : '404.html';
  const status = result.kind === 'file' ? 200 : 404;
  const body = exists(file) ? readFileSync(join(root, file)) : Buffer.from('Not found');
  // No caching, so a test that swaps builds always sees the new files.
  response.writeHead(status, { ...securityHeaders(url.pathname), 'Content-Type': contentType(file), 'Cache-Control': 'no-cache' }).end(body);
}).listen(Number(values.port), values.host, () => {
  console.log(`serving ${root} at http://${values.host}:${values.port}${values.base}`);
});
