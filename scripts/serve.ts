/**
 * A tiny static server for the built site, used by the browser tests. `astro preview` refuses
 * to start a second server for the same project, and the tests need several (two builds side by
 * side for the offline update test, parallel developers), so the tests serve `dist/` themselves.
 *
 *   node scripts/serve.ts [--dir dist] [--port 4329] [--base /]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
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
  response.writeHead(status, { 'Content-Type': contentType(file), 'Cache-Control': 'no-cache' }).end(body);
}).listen(Number(values.port), values.host, () => {
  console.log(`serving ${root} at http://${values.host}:${values.port}${values.base}`);
});
