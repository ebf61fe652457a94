/**
 * The build refuses every file in the bad-input corpus, with the checker's own message, and
 * writes no pages: the content gate runs the same rules before Astro reads any content, so a
 * file that never went through `npm run check` still cannot be published.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { caseFile, caseNames, contentWithCase, expectations } from '../helpers/bad-corpus.ts';
import { buildSite } from '../helpers/build.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const name of caseNames()) {
  test(`the build fails on bad input "${name}" with its message and writes no pages`, () => {
    const [line, field] = expectations[name]!;
    const { status, output, outDir } = buildSite(contentWithCase(name), { SITE_TODAY: '2026-06-01' });
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(output, new RegExp(`${escape(caseFile(name))}:${line}: ${escape(field)}: `), output.slice(-2000));
    assert.equal(existsSync(join(outDir, 'index.html')), false, 'no page should be written');
  });
}
