/**
 * The site's loaders read plain YAML with js-yaml (src/lib/content/quick-yaml-loading.ts): they
 * give the entry Astro's own reader gives, for every file the project has, leave anything else
 * to Astro, and Astro's glob loader still reads through the readers it is handed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import mdx from '@astrojs/mdx';
import type { ContentEntryType } from 'astro';
import { glob, type LoaderContext } from 'astro/loaders';
import { isIsoDate } from '../../src/lib/dates.ts';
import { allContentFiles } from '../helpers/content-files.ts';
import { quickEntryTypes, quickMdxEntry, quickYamlEntry, withQuickYaml, type EntryInfo } from '../../src/lib/content/quick-yaml-loading.ts';

/** @astrojs/mdx's reader, as Astro's loaders get it: from the integration's set-up. */
async function astroMdxReader(): Promise<ContentEntryType> {
  let reader: ContentEntryType | undefined;
  const setup = mdx().hooks['astro:config:setup'] as (params: unknown) => Promise<void>;
  await setup({
    updateConfig: () => undefined,
    addPageExtension: () => undefined,
    addRenderer: () => undefined,
    addContentEntryType: (type: ContentEntryType) => (reader = type),
    config: {},
  });
  return reader!;
}

/**
 * Astro reads a YAML entry with the same parser and options as a frontmatter
 * (@astrojs/internal-helpers' parseYaml), so the MDX reader reads it fenced as one.
 */
async function astroYamlReading(reader: ContentEntryType, text: string): Promise<Record<string, unknown>> {
  const fenced = `---\n${text}${text.endsWith('\n') ? '' : '\n'}---\n`;
  return (await reader.getEntryInfo({ contents: fenced, fileUrl: pathToFileURL('/entry.mdx') })).data;
}

/**
 * Astro's YAML parser makes a date of an unquoted date; js-yaml, like the checker, keeps the
 * text, and the schemas accept both. Except for a day that does not exist: Astro's parser moves
 * 2026-02-30 on to 2 March without a word, where the text kept here is refused by the schema.
 */
function assertSameReading(ours: unknown, astros: unknown, where: string): void {
  if (astros instanceof Date) {
    assert.equal(typeof ours, 'string', where);
    const text = ours as string;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text) && !isIsoDate(text)) return;
    const iso = astros.toISOString();
    assert.equal(text, iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso, where);
  } else if (astros && typeof astros === 'object') {
    assert.ok(ours && typeof ours === 'object' && Array.isArray(ours) === Array.isArray(astros), where);
    assert.deepEqual(Object.keys(ours), Object.keys(astros), where);
    for (const [key, item] of Object.entries(astros)) assertSameReading((ours as Record<string, unknown>)[key], item, `${where}.${key}`);
  } else {
    assert.equal(ours, astros, where);
  }
}

test("a plain MDX file or YAML entry is read as Astro's own reader reads it, for every content file the project has", async () => {
  const reader = await astroMdxReader();
  let quick = 0;
  const files = allContentFiles();
  for (const { file, text } of files) {
    const isMdx = file.endsWith('.mdx');
    const ours: EntryInfo | undefined = isMdx ? quickMdxEntry(text) : quickYamlEntry(text);
    let astros: EntryInfo | undefined;
    try {
      astros = isMdx
        ? await reader.getEntryInfo({ contents: text, fileUrl: pathToFileURL(file) })
        : { data: await astroYamlReading(reader, text), rawData: text };
    } catch {
      assert.equal(ours, undefined, `${file}: Astro cannot read it, so it is left to Astro and its message`);
      continue;
    }
    if (!ours) continue;
    quick++;
    assertSameReading(ours.data, astros.data, `${file}: data`);
    assert.equal(ours.body, astros.body, `${file}: body`);
    assert.equal(ours.slug, astros.slug, `${file}: slug`);
    assert.equal(ours.rawData, astros.rawData, `${file}: raw frontmatter`);
  }
  // Nearly every file is plain YAML: the quick reading is what the build uses.
  assert.ok(quick > 0.95 * files.length, `only ${quick} of ${files.length} files read quickly`);
});

test('anything js-yaml might read differently from Astro is left to Astro', () => {
  const mdxWith = (yaml: string) => `---\n${yaml}\n---\n\nBody text.\n`;
  assert.equal(quickMdxEntry(mdxWith('base: &base\n  title: A\nother: *base')), undefined, 'an anchor and an alias');
  assert.equal(quickMdxEntry(mdxWith('<<: { title: A }\nsummary: B')), undefined, 'a merge key');
  assert.equal(quickMdxEntry(mdxWith('title: !!binary aGVsbG8=')), undefined, 'a tag js-yaml does not know here');
  assert.equal(quickMdxEntry(mdxWith('title: [unclosed')), undefined, 'broken YAML, for Astro to report');
  assert.equal(quickMdxEntry('+++\ntitle = "A"\n+++\n\nBody.\n'), undefined, 'TOML frontmatter');
  assert.equal(quickMdxEntry('No frontmatter at all.\n'), undefined);
  assert.equal(quickYamlEntry('name: &n A\nalso: *n\n'), undefined);
  assert.deepEqual(quickMdxEntry(mdxWith('title: A\nlastReviewed: 2026-01-01')), {
    data: { title: 'A', lastReviewed: '2026-01-01' },
    body: 'Body text.',
    slug: undefined,
    rawData: '\ntitle: A\nlastReviewed: 2026-01-01\n',
  });
  // Astro would read the day that does not exist as 2 March; the schema refuses the text as written.
  assert.equal(quickMdxEntry(mdxWith('lastReviewed: 2026-02-30'))?.data.lastReviewed, '2026-02-30');
});

test("a file left to Astro goes to Astro's own reader, and other file types keep theirs", async () => {
  const astroRead: string[] = [];
  const astroReader = (extension: string) => ({
    extensions: [extension],
    getEntryInfo: ({ contents }: { contents: string }) => {
      astroRead.push(contents);
      return { data: { readBy: 'Astro' }, body: '', slug: '', rawData: '' };
    },
  });
  const types = quickEntryTypes(
    new Map([
      ['.mdx', astroReader('.mdx')],
      ['.md', astroReader('.md')],
    ]),
  );
  const plain = '---\ntitle: A\n---\nBody\n';
  const aliased = '---\na: &x 1\nb: *x\n---\nBody\n';
  const url = pathToFileURL('/x.mdx');
  assert.deepEqual((await types.get('.mdx')!.getEntryInfo({ contents: plain, fileUrl: url })).data, { title: 'A' });
  assert.deepEqual((await types.get('.mdx')!.getEntryInfo({ contents: aliased, fileUrl: url })).data, { readBy: 'Astro' });
  assert.deepEqual((await types.get('.md')!.getEntryInfo({ contents: plain, fileUrl: url })).data, { readBy: 'Astro' });
  assert.deepEqual(astroRead, [aliased, plain]);
});

test("Astro's glob loader reads each file through the readers in its context, so the site's loaders read it quickly", async () => {
  const folder = mkdtempSync(join(tmpdir(), 'llr-quick-glob-'));
  try {
    writeFileSync(join(folder, 'a-procedure.mdx'), '---\ntitle: A procedure\n---\n\nWhat to do.\n');
    const stored = new Map<string, { data: Record<string, unknown>; body?: string }>();
    const context = {
      collection: 'procedures',
      config: { root: pathToFileURL(`${folder}/`), srcDir: pathToFileURL(`${folder}/src/`) },
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: () => 'digest',
      store: {
        keys: () => [...stored.keys()],
        get: (id: string) => stored.get(id),
        set: (entry: { id: string; data: Record<string, unknown>; body?: string }) => void stored.set(entry.id, entry),
        delete: (id: string) => void stored.delete(id),
      },
      // Astro's reader, which must not be reached for a plain file.
      entryTypes: new Map([
        ['.mdx', { extensions: ['.mdx'], contentModuleTypes: '', getEntryInfo: () => assert.fail("Astro's reader was used") }],
      ]),
    } as unknown as LoaderContext;
    await withQuickYaml(glob({ pattern: '*.mdx', base: folder })).load(context);
    assert.deepEqual(stored.get('a-procedure')?.data, { title: 'A procedure' });
    assert.equal(stored.get('a-procedure')?.body, 'What to do.');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
