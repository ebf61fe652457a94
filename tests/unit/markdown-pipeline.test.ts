/**
 * The build stays on Astro's native Markdown processor (satteri). Any remark, rehype or recma
 * plugin, in `markdown` or in `mdx({...})`, moves every page onto the unified pipeline, measured
 * 3.4 times slower on 1,000 MDX pages (see the comment in astro.config.mjs and docs/performance.md).
 * The checker's own remark parsing (src/lib/content/rules/mdx.ts) is separate and not affected.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroUserConfig } from 'astro';
import { repoRoot } from '../helpers/fixture.ts';

const CONFIG = join(repoRoot, 'astro.config.mjs');
const source = readFileSync(CONFIG, 'utf8');

test('astro.config.mjs names no remark, rehype or recma plugins and no unified processor', () => {
  // The whole text, comments included, so no comment syntax can hide a setting; the explanatory
  // comment is written in words ("remark plugins", "the unified pipeline"), not these names.
  const found = [
    ...source.matchAll(
      /\b(remarkPlugins|rehypePlugins|remarkRehype|recmaPlugins)\b|@astrojs\/markdown-remark|['"]unified['"]|\bunified\s*\(/g,
    ),
  ].map((m) => m[0]);
  assert.deepEqual(found, [], "keep the build on Astro's native Markdown processor: see the comment in astro.config.mjs");
});

test('the MDX integration is added with no options, so it uses the native processor too', () => {
  // mdx({...}) takes its own plugin lists and processor; with no options it follows `markdown`.
  const calls = [...source.matchAll(/\bmdx\(([^)]*)\)/g)].map((m) => m[1]!.trim());
  assert.deepEqual(calls, [''], 'mdx() once, without options');
});

test('the loaded config has no Markdown plugins and no processor other than the native one', async () => {
  const config = ((await import(CONFIG)) as { default: AstroUserConfig }).default;
  const markdown = (config.markdown ?? {}) as Record<string, unknown>;
  for (const key of ['remarkPlugins', 'rehypePlugins', 'remarkRehype']) {
    const value = markdown[key];
    const empty =
      value === undefined ||
      (Array.isArray(value) && value.length === 0) ||
      (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
    assert.ok(empty, `markdown.${key} is set`);
  }
  const processor = markdown.processor as { name?: string } | undefined;
  assert.ok(processor === undefined || processor.name === 'satteri', `markdown.processor is ${processor?.name}`);
  assert.ok(
    config.integrations?.some(
      (integration) => integration && typeof integration === 'object' && 'name' in integration && integration.name === '@astrojs/mdx',
    ),
    'MDX is still enabled',
  );
});
