/**
 * `npm run build:cms`: builds the editors' CMS (Sveltia CMS, self-hosted) into dist-cms/, a folder
 * of static files for its own origin, apart from the public site's dist/:
 *
 *   index.html, init.js      the page and the script that starts the CMS with our configuration
 *   sveltia-cms.js, chunks/   the pinned bundle, rewritten so it calls no CDN (scripts/lib/cms-build.ts)
 *   fonts/, locales/         its fonts and interface translations, served from the same origin
 *   _headers                 the CMS's own Content-Security-Policy
 *   config.json              the generated configuration, for inspection (init.js carries it)
 *
 * Reads CMS_REPO (owner/name), CMS_BRANCH and CMS_AUTH_URL (the sign-in token exchange) from the
 * environment. `--local` builds for an editor's clone instead (npm run cms): no repository needed.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cmsConfig, cmsOptionsFromEnv, type DocumentChoice } from '../src/lib/cms/config.ts';
import { contentDir } from '../src/lib/content/dir.ts';
import { readContent } from '../src/lib/content/files.ts';
import { fail, readCommandLine } from './lib/cli.ts';
import {
  FONTS_DIR,
  LOCALES_DIR,
  cmsContentSecurityPolicy,
  cmsHeadersFile,
  cmsIndexHtml,
  cmsInitScript,
  rewriteBundle,
} from './lib/cms-build.ts';

// Not require.resolve: @sveltia/cms's "exports" map hides its package.json and its folders.
const packageDir = (name: string) => resolve(import.meta.dirname, '..', 'node_modules', name);

export interface BuildCmsOptions {
  outDir: string;
  local: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** Writes the CMS into outDir (emptied first). Throws when the configuration or the bundle is wrong. */
export function buildCms({ outDir, local, env }: BuildCmsOptions): void {
  const options = { ...cmsOptionsFromEnv(env), ...(local ? { local: true } : {}), documents: documentChoices(env) };
  const config = cmsConfig(options);
  const sveltia = join(packageDir('@sveltia/cms'), 'dist');
  const { text, fonts } = rewriteBundle(readFileSync(join(sveltia, 'sveltia-cms.js'), 'utf8'));

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, FONTS_DIR), { recursive: true });
  writeFileSync(join(outDir, 'sveltia-cms.js'), text);
  // Loaded on demand beside the bundle (React for custom previews); source maps are left out.
  cpSync(join(sveltia, 'chunks'), join(outDir, 'chunks'), { recursive: true, filter: (path) => !path.endsWith('.map') });
  cpSync(join(sveltia, '..', 'locales'), join(outDir, LOCALES_DIR), { recursive: true });
  for (const font of fonts) {
    const source = join(packageDir(font.npmPackage), 'files', font.file);
    if (!existsSync(source)) throw new Error(`${font.npmPackage} has no files/${font.file}: check the font versions in package.json`);
    copyFileSync(source, join(outDir, FONTS_DIR, font.file));
  }
  writeFileSync(join(outDir, 'index.html'), cmsIndexHtml());
  writeFileSync(join(outDir, 'init.js'), cmsInitScript(config));
  writeFileSync(join(outDir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
  writeFileSync(join(outDir, '_headers'), cmsHeadersFile(cmsContentSecurityPolicy(options.authUrl)));
}

/** The documents in the content folder (CONTENT_DIR, or content/), for `related`'s choices. */
function documentChoices(env: Readonly<Record<string, string | undefined>>): DocumentChoice[] {
  const root = resolve(import.meta.dirname, '..');
  const tree = readContent(root, contentDir(root, env));
  return tree.documents.flatMap((doc) => {
    const title = (doc.frontmatter.value as { title?: unknown } | undefined)?.title;
    return typeof title === 'string' && title.trim() ? [{ collection: doc.collection, id: doc.id, title: title.trim() }] : [];
  });
}

const USAGE = `Usage: npm run build:cms [-- --local] [-- --out dist-cms]

Builds the editors' CMS (Sveltia CMS) into its own folder, to be served from its own origin.
Reads CMS_REPO (owner/name), CMS_BRANCH and CMS_AUTH_URL from the environment.

  --local        build for an editor's clone (Sveltia's local folder mode); no CMS_REPO needed
  --out <folder> where to write it (default: dist-cms)
  --help         show this help`;

if (import.meta.main) {
  const COMMAND = { name: 'npm run build:cms', usage: USAGE };
  const { values } = readCommandLine({
    ...COMMAND,
    options: { local: { type: 'boolean', default: false }, out: { type: 'string', default: 'dist-cms' } },
  });
  const outDir = resolve(values.out);
  try {
    buildCms({ outDir, local: values.local, env: process.env });
  } catch (error) {
    fail(COMMAND, (error as Error).message);
  }
  console.log(`built the CMS${values.local ? ' (local folder mode)' : ''} in ${outDir} (${readdirSync(outDir).length} entries)`);
}
