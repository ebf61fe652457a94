/**
 * Astro's content loaders read every frontmatter and YAML entry with the `yaml` package, on the
 * build's main thread before the first page is built, and slowly (docs/performance.md). The
 * site's loaders read plain YAML with js-yaml instead: much faster, and the parser the content
 * gate has already judged the same text with, so Astro and the checker see the same values.
 * Anything js-yaml might read differently from Astro (an anchor, an alias or a merge key; a text
 * it refuses, such as one with a tag) is left to Astro's own reading, with Astro's own messages.
 *
 * Astro's glob loader takes its file readers (the `entryTypes` of the loader's context, not part
 * of Astro's documented API) from the context it is handed: without them in a later Astro, the
 * loaders simply read as Astro does. tests/unit/quick-yaml-loading.test.ts checks the glob
 * loader still reads through them, and that both readings agree on every file of the manual.
 */
import type { ContentEntryType, DataEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readYamlQuickly } from './files.ts';

type EntryType = ContentEntryType | DataEntryType;
type EntryTypes = Map<string, EntryType>;
/** What Astro's readers give for a file (@astrojs/mdx gives all four; a YAML entry, data and rawData). */
export interface EntryInfo {
  data: Record<string, unknown>;
  rawData?: string;
  body?: string;
  slug?: string;
}

/** Astro's own frontmatter pattern (@astrojs/internal-helpers' frontmatter.js). */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/**
 * The YAML's value if js-yaml reads it exactly as Astro would, or undefined to leave it to Astro:
 * the checker's quick reading, less any merge key (`<<`), which Astro's parser merges and js-yaml
 * keeps as a field.
 */
const readPlainYaml = (text: string) => (text.includes('<<') ? undefined : readYamlQuickly(text));

/**
 * An MDX file's entry as @astrojs/mdx gives it (the frontmatter's fields, the body trimmed, the
 * slug and the raw frontmatter), or undefined to leave the file to Astro. Only a frontmatter
 * fenced by `---` on both sides is read here; Astro reads `+++` as TOML.
 */
export function quickMdxEntry(contents: string): EntryInfo | undefined {
  const match = FRONTMATTER.exec(contents);
  if (!match) return undefined;
  const rawData = match[1]!;
  const fenced = `---${rawData}---`;
  if (!match[0].endsWith(fenced)) return undefined;
  const read = readPlainYaml(rawData);
  if (!read) return undefined;
  const data = (read.value && typeof read.value === 'object' ? read.value : {}) as Record<string, unknown>;
  // Astro blanks the frontmatter out and trims what is left: the text after the closing fence.
  const body = contents.slice(match.index + match[0].length).trim();
  return { data, body, slug: data.slug as string | undefined, rawData };
}

/** A YAML entry file as Astro gives it, or undefined to leave the file to Astro. */
export function quickYamlEntry(contents: string): EntryInfo | undefined {
  const read = readPlainYaml(contents);
  return read && { data: read.value as Record<string, unknown>, rawData: contents };
}

const QUICK_READERS: Record<string, (contents: string) => EntryInfo | undefined> = {
  '.mdx': quickMdxEntry,
  '.yaml': quickYamlEntry,
  '.yml': quickYamlEntry,
};

/** Astro's entry types with plain YAML read quickly; any other file still goes to Astro's reader. */
export function quickEntryTypes(entryTypes: EntryTypes): EntryTypes {
  return new Map(
    [...entryTypes].map(([extension, entryType]) => {
      const quick = QUICK_READERS[extension];
      if (!quick) return [extension, entryType];
      const getEntryInfo = (params: { fileUrl: URL; contents: string }) => quick(params.contents) ?? entryType.getEntryInfo(params);
      return [extension, { ...entryType, getEntryInfo } as EntryType];
    }),
  );
}

/** `loader`, handed Astro's entry types with plain YAML read quickly (see above). */
export function withQuickYaml(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const { entryTypes } = context as LoaderContext & { entryTypes?: EntryTypes };
      return loader.load(entryTypes ? ({ ...context, entryTypes: quickEntryTypes(entryTypes) } as LoaderContext) : context);
    },
  };
}
