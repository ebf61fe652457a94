/**
 * `npm run cms`: the editors' CMS on an editor's own clone. Builds it in local folder mode into
 * dist-cms/ (scripts/build-cms.ts) and serves it at http://127.0.0.1:<port>/ with its own
 * Content-Security-Policy. Open that address in Chrome or Edge, choose "Work with Local Repository"
 * and pick the clone's folder (the one holding .git): saves go straight to its files, to be checked
 * with `npm run check` and committed as usual. Sveltia offers the local folder only on localhost.
 *
 *   npm run cms [-- --port 4340]
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { buildCms } from './build-cms.ts';
import { fail, readCommandLine, usageError } from './lib/cli.ts';
import { siteHandler } from './serve.ts';

const USAGE = `Usage: npm run cms [-- --port 4340]

Builds the editors' CMS for this clone and serves it at http://127.0.0.1:<port>/. Open it in Chrome
or Edge, choose "Work with Local Repository" and pick this repository's folder.

  --port <number>  the port to listen on (default: 4340)
  --help           show this help`;

if (import.meta.main) {
  const COMMAND = { name: 'npm run cms', usage: USAGE };
  const { values } = readCommandLine({ ...COMMAND, options: { port: { type: 'string', default: '4340' } } });
  const port = Number(values.port);
  if (!/^\d{1,5}$/.test(values.port) || port > 65535)
    usageError(COMMAND, `--port must be a port number, such as 4340; it is "${values.port}"`);
  const outDir = resolve('dist-cms');
  try {
    buildCms({ outDir, local: true, env: process.env });
  } catch (error) {
    fail(COMMAND, (error as Error).message);
  }
  // 127.0.0.1, not "localhost": some systems resolve localhost to ::1 first, where nothing listens.
  createServer(siteHandler(() => outDir, '/')).listen(port, '127.0.0.1', () => {
    console.log(
      `The CMS is at http://127.0.0.1:${port}/ : open it in Chrome or Edge, choose "Work with Local Repository" and pick ${process.cwd()}`,
    );
    console.log('Press Ctrl+C to stop.');
  });
}
