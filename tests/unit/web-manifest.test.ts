import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webManifest as manifestFor } from '../../src/lib/site/web-manifest.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { siteSchema } from '../../src/lib/content/schema.ts';
import { repoRoot } from '../helpers/fixture.ts';

const site = siteSchema.parse(readContent(repoRoot).data.site?.value);
const webManifest = (base: string) => manifestFor(base, site);

test('the manifest keeps start_url, scope and icons inside the base path', () => {
  const atRoot = webManifest('/');
  assert.equal(atRoot.start_url, '/');
  assert.equal(atRoot.scope, '/');
  const project = webManifest('/llr-procedures/');
  assert.equal(project.start_url, '/llr-procedures/');
  assert.equal(project.scope, '/llr-procedures/');
  assert.equal(project.id, '/llr-procedures/');
  for (const icon of project.icons) assert.match(icon.src, /^\/llr-procedures\/icons\//);
});

test('the manifest is installable: names, standalone display, theme colour, SVG and 192/512 PNG icons', () => {
  const manifest = webManifest('/');
  assert.ok(manifest.name.length > 0 && manifest.short_name.length > 0 && manifest.short_name.length <= 16);
  assert.equal(manifest.display, 'standalone');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
  const sizes = manifest.icons.map((i) => `${i.type} ${i.sizes} ${i.purpose}`);
  assert.ok(sizes.includes('image/svg+xml any any'));
  assert.ok(sizes.includes('image/png 192x192 any'));
  assert.ok(sizes.includes('image/png 512x512 any'));
  assert.ok(sizes.includes('image/png 512x512 maskable'));
});

test("the names, description and colours are the partnership's own, from content/site.yaml", () => {
  const other = {
    app: { name: 'Northby Safeguarding', shortName: 'Northby', description: 'Northby procedures.' },
    colours: { theme: '#123456', background: '#fefefe' },
  };
  const manifest = manifestFor('/', other);
  assert.deepEqual(
    [manifest.name, manifest.short_name, manifest.description, manifest.theme_color, manifest.background_color],
    ['Northby Safeguarding', 'Northby', 'Northby procedures.', '#123456', '#fefefe'],
  );
  assert.equal(webManifest('/').name, site.app.name);
});

test('every icon the manifest names exists in public/ at the size it claims', () => {
  for (const icon of webManifest('/').icons) {
    const file = join(repoRoot, 'public', icon.src);
    assert.ok(existsSync(file), `${icon.src} is missing: run node scripts/make-icons.ts`);
    if (icon.type !== 'image/png') continue;
    // A PNG's width and height are the first two fields of its IHDR chunk, at bytes 16 and 20.
    const png = readFileSync(file);
    assert.equal(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.sizes, icon.src);
  }
});
