/**
 * A tiny static server for the built site, used by the browser tests. `astro preview` refuses
 * to start a second server for the same project, and the tests need several (two builds side by
 * side for the offline update test, parallel developers), so the tests serve `dist/` themselves.
 * It sends the build's `_headers` file (its Content-Security-Policy and the other security
 * headers), so every browser test runs under the policy a static host sends as well as the one
 * in each page's <meta> element: a page that only works under one of them fails the tests.
 *
 *   node scripts/serve.ts [--dir dist] [--port 4329] [--base /]
 *
 * siteHandler() is also the offline tests' host (tests/helpers/static-host.ts), which swaps
 * build folders to stand for a new deploy.
 */
import { createServer, type RequestListener } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCommandLine, usageError } from './lib/cli.ts';
import { headersFor, parseHeadersFile } from './lib/headers-file.ts';
import { contentType, resolveRequest } from './lib/static-paths.ts';

/** Serves the build folder `rootOf()` names at each request, under the base path. */
export function siteHandler(rootOf: () => string, basePath: string): RequestListener {
  const base = basePath.replace(/\/?$/, '/');
  return (request, response) => {
    const root = rootOf();
    const exists = (file: string) => {
      const path = join(root, file);
      return existsSync(path) && statSync(path).isFile();
    };
    const url = new URL(request.url ?? '/', 'http://localhost');
    const result = resolveRequest(url.pathname, base, exists);
    if (result.kind === 'redirect') {
      response.writeHead(301, { Location: result.location + url.search }).end();
      return;
    }
    // Read at each request, so a swapped build sends its own headers. Patterns are site paths.
    const rules = exists('_headers') ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
    const sitePath = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : url.pathname;
    const file = result.kind === 'file' ? result.file : '404.html';
    const body = exists(file) ? readFileSync(join(root, file)) : Buffer.from('Not found');
    response
      .writeHead(result.kind === 'file' ? 200 : 404, {
        ...headersFor(rules, sitePath),
        'Content-Type': contentType(file),
        // Revalidate every time, as hosts do for HTML: a swapped build is visible at once.
        'Cache-Control': 'no-cache',
      })
      .end(body);
  };
}

const USAGE = `Usage: node scripts/serve.ts [--dir dist] [--port 4329] [--host 127.0.0.1] [--base /]

Serves a built site with the headers its _headers file gives, as a static host would.

  --dir <folder>   the built site (default: OUT_DIR, or dist)
  --port <number>  the port to listen on (default: 4329)
  --host <name>    the address to listen on (default: 127.0.0.1)
  --base <path>    the site's base path (default: BASE_PATH, or /)
  --help           show this help`;

if (import.meta.main) {
  const COMMAND = { name: 'node scripts/serve.ts', usage: USAGE };
  const { values } = readCommandLine({
    ...COMMAND,
    options: {
      dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
      port: { type: 'string', default: '4329' },
      host: { type: 'string', default: '127.0.0.1' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    },
  });
  const port = Number(values.port);
  if (!/^\d{1,5}$/.test(values.port) || port > 65535)
    usageError(COMMAND, `--port must be a port number, such as 4329; it is "${values.port}"`);
  const root = resolve(values.dir);
  createServer(siteHandler(() => root, values.base)).listen(port, values.host, () => {
    console.log(`serving ${root} at http://${values.host}:${values.port}${values.base}`);
  });
}
