/**
 * Reads the editors' `content/` folder from disk into plain objects, keeping enough position
 * information to point an editor at the line of a problem. Used by the checker, by the build's
 * content gate and by the scaffolder; it does no validation itself.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { DOCUMENT_COLLECTIONS, type DocumentCollection } from './vocabulary.ts';
import { contentDir as resolveContentDir } from './dir.ts';
import { relativePosix } from '../paths.ts';

/** A parsed YAML source with a way back from a field path to its line. */
export interface YamlSource {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** The parsed value, or undefined when the YAML itself is broken. */
  value: unknown;
  /**
   * YAML syntax errors, already phrased for editors. One with its own `field` is a complete
   * message about the file as a whole (not a text file, not UTF-8, YAML anchors): the rules
   * print it as it is, under that field, with no hint about indentation.
   */
  syntaxErrors: { line: number; message: string; field?: string }[];
  /** The 1-based line in `file` of a field, or of the nearest enclosing field that exists. */
  lineOf(path: readonly (string | number)[]): number;
}

export interface DocumentFile {
  collection: DocumentCollection;
  /** The file name without `.mdx`: the document's address on the site. */
  id: string;
  file: string;
  frontmatter: YamlSource;
  /** The MDX after the frontmatter. */
  body: string;
  /** The line in `file` where `body` starts. */
  bodyLine: number;
}

export interface ContentTree {
  root: string;
  /** The content folder, relative to `root`, with forward slashes: `content` unless CONTENT_DIR says otherwise. */
  folder?: string;
  documents: DocumentFile[];
  /**
   * The YAML data. A folder collection has one file per entry, named by the entry's id (so the CMS
   * edits each entry on its own); the threshold data are two ordered lists, each entry with an `id`.
   */
  data: {
    partnerships: YamlSource[];
    subgroups: YamlSource[];
    glossary: YamlSource[];
    contacts: YamlSource[];
    timescales: YamlSource[];
    thresholdLevels?: YamlSource;
    thresholdIndicators?: YamlSource;
    /** site.yaml: the partnership's name and areas. Every content folder needs one. */
    site?: YamlSource;
  };
  /** Files found where no collection reads them, such as `content/procedures/notes.txt`. */
  strays: string[];
}


/**
 * Parses YAML text that starts at `firstLine` of `file`.
 *
 * Two parsers, for speed: js-yaml (the parser Astro itself reads frontmatter with, here with
 * YAML 1.2's core schema, as the `yaml` package uses) reads the value, about ten times faster;
 * the `yaml` package's full parse, which keeps every field's position and phrases errors for
 * editors, is made only when js-yaml refuses the text or a problem needs a line number. Valid
 * files are by far the most common, and their problems (if any) are few. The two agree on every
 * YAML text in the manual and the test fixtures and on generated documents
 * (tests/unit/content-files.test.ts; also checked on the benchmark's 5,000 when this was written).
 */
export function parseYaml(text: string, file: string, firstLine = 1): YamlSource {
  const quick = readYamlQuickly(text);
  if (!quick) return parseYamlWithPositions(text, file, firstLine);
  let positions: YamlSource | undefined;
  return {
    file,
    value: quick.value,
    syntaxErrors: [],
    lineOf: (path) => topLevelKeyLine(text, path, firstLine) ?? (positions ??= parseYamlWithPositions(text, file, firstLine)).lineOf(path),
  };
}

/**
 * The value of YAML text read with js-yaml (YAML 1.2's core schema), or undefined for text to
 * leave to the `yaml` package: text js-yaml refuses, and any anchor or alias. js-yaml shares an
 * aliased value by reference, so a "billion laughs" file would load at once and only explode when
 * zod or the personal-data scan walks it; the positioned parse refuses anchors. Also what the
 * build's content loaders read plain YAML with (quick-yaml-loading.ts).
 */
export function readYamlQuickly(text: string): { value: unknown } | undefined {
  if (MAYBE_ANCHOR_OR_ALIAS.test(text)) return undefined;
  try {
    return { value: loadYaml(text, { schema: CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}

/**
 * The line of a top-level field written as a plain `key:` at the start of a line, as editors and
 * the scaffolder write frontmatter. Review-date warnings name one such field in many files of a
 * large manual, and finding it this way spares each file the positioned parse. Anything else
 * (a nested path, a quoted or flow-style key) is left to the positioned parse.
 */
function topLevelKeyLine(text: string, path: readonly (string | number)[], firstLine: number): number | undefined {
  const [key] = path;
  if (path.length !== 1 || typeof key !== 'string' || !/^[A-Za-z][\w-]*$/.test(key)) return undefined;
  const found = new RegExp(`^${key}[ \t]*:(?:[ \t]|$)`, 'm').exec(text);
  if (!found) return undefined;
  return firstLine + (text.slice(0, found.index).match(/\n/g)?.length ?? 0);
}

/**
 * Text that may hold a YAML anchor (`&name`) or alias (`*name`): one of them after the start of a
 * line, a space, or a flow collection's bracket or comma. Loose on purpose (`*bold*` matches), as
 * the positioned parse then decides; "R&D" and "Tom & Jerry" do not match.
 */
const MAYBE_ANCHOR_OR_ALIAS = /(?:^|[\s[{,])[&*][^\s,[\]{}]/m;

export const ANCHOR_MESSAGE = 'anchors (&) and aliases (*) are not allowed: write the value out in full';

/** The offset of the document's first anchor or alias, if it has one. */
function firstAnchorOrAlias(doc: Document): number | undefined {
  let found: number | undefined;
  visit(doc, (_key, node) => {
    if (isNode(node) && (isAlias(node) || node.anchor) && node.range) {
      found = node.range[0];
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

/** Parses YAML with the `yaml` package, keeping positions: see parseYaml. */
export function parseYamlWithPositions(text: string, file: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const syntaxErrors: YamlSource['syntaxErrors'] = doc.errors.map((error) => ({
    line: lineAt(error.pos[0]),
    message: error.message.split('\n')[0] ?? 'the YAML cannot be read',
  }));
  // Editors never need anchors, and refusing them all is simpler and safer than bounding how far
  // aliases may expand (the package's own maxAliasCount stays as a second guard in toJS).
  const anchor = syntaxErrors.length ? undefined : firstAnchorOrAlias(doc);
  if (anchor !== undefined) syntaxErrors.push({ line: lineAt(anchor), field: 'YAML', message: ANCHOR_MESSAGE });
  return {
    file,
    value: syntaxErrors.length ? undefined : doc.toJS({ maxAliasCount: 100 }),
    syntaxErrors,
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true);
        const range = (isScalar(node) || isMap(node) || isSeq(node)) ? node.range : undefined;
        if (range) {
          // A block collection's range starts at its first item; point at the key above it
          // instead. A flow collection (`[a, b]`) starts on its key's own line, and an item of a
          // list (`- id: level-1`) on its dash's line.
          const line = lineAt(range[0]);
          const ownLine = isScalar(node) || ((isMap(node) || isSeq(node)) && node.flow) || typeof path[depth - 1] === 'number';
          return ownLine ? line : Math.max(firstLine, line - 1);
        }
      }
      return firstLine;
    },
  };
}

/** Splits an MDX file into its frontmatter and body. */
export function splitFrontmatter(source: string): { yaml: string | null; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { yaml: null, body: source, bodyLine: 1 };
  const yaml = match[1] ?? '';
  return { yaml, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** How much of a file is searched for a NUL byte, the sign of a picture or Word file: as git does. */
const BINARY_SNIFF_BYTES = 8000;

/**
 * A file's text, or the one problem that stops it being read as text: a binary file (a picture,
 * a Word document) saved or renamed into a content folder, or text in another encoding than
 * UTF-8 (Windows' "ANSI", for example), which would otherwise show as garbled characters.
 */
export function readText(path: string): { text: string } | { unreadable: { line: number; message: string } } {
  const bytes = readFileSync(path);
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return {
      unreadable: {
        line: 1,
        message: 'is not a text file (it may be a picture, a PDF or a Word document saved or renamed here): content files are plain text; to add an image, ask a developer to put it in public/images/',
      },
    };
  }
  try {
    // ignoreBOM keeps a byte-order mark in the text, as reading with 'utf8' did.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const badAt = lenient.indexOf('\uFFFD');
    const line = 1 + (lenient.slice(0, Math.max(badAt, 0)).match(/\n/g)?.length ?? 0);
    return {
      unreadable: {
        line,
        message: `is not saved as UTF-8 (line ${line} has a character in another encoding, such as a curly quote or accent pasted from Word): save the file as UTF-8 in your editor, then check that line`,
      },
    };
  }
}

/** The field under which a file that cannot be read as text is reported. */
export const UNREADABLE_FIELD = 'file contents';

export function readDocument(root: string, path: string, collection: DocumentCollection): DocumentFile {
  const file = relativePosix(root, path);
  const id = (path.split(sep).pop() ?? '').replace(/\.mdx$/, '');
  const read = readText(path);
  if ('unreadable' in read) {
    const frontmatter = { file, value: undefined, syntaxErrors: [{ ...read.unreadable, field: UNREADABLE_FIELD }], lineOf: () => 1 };
    return { collection, id, file, frontmatter, body: '', bodyLine: 1 };
  }
  const source = read.text;
  const { yaml, body, bodyLine } = splitFrontmatter(source);
  const frontmatter = yaml === null
    ? { file, value: undefined, syntaxErrors: [{ line: 1, message: 'the file has no frontmatter: it must start with a line of three dashes (---), the fields, then another ---' }], lineOf: () => 1 }
    : parseYaml(yaml, file, 2);
  return { collection, id, file, frontmatter, body, bodyLine };
}

function readYamlFile(root: string, path: string): YamlSource {
  const file = relativePosix(root, path);
  const read = readText(path);
  if ('unreadable' in read) return { file, value: undefined, syntaxErrors: [{ ...read.unreadable, field: UNREADABLE_FIELD }], lineOf: () => 1 };
  return parseYaml(read.text, file);
}

/** The folders of YAML files, one entry each, named by its id. */
export const DATA_FOLDERS = ['partnerships', 'subgroups', 'contacts', 'glossary', 'timescales'] as const;

const listFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

/** Everything in the document folders, in order: each `.mdx` file is a document, anything else a stray. */
function documentFolderEntries(contentDir: string): { collection: DocumentCollection; path: string; isDocument: boolean }[] {
  return DOCUMENT_COLLECTIONS.flatMap((collection) =>
    listFiles(join(contentDir, collection)).map((name) => {
      const path = join(contentDir, collection, name);
      return { collection, path, isDocument: name.endsWith('.mdx') && statSync(path).isFile() };
    }),
  );
}

/**
 * The documents whose file contains `text` (a field's name), read as readContent reads them; the
 * others are not parsed. The build needs the former addresses (`redirectFrom`) before anything
 * else can start, and few documents have any: parsing every frontmatter there held up the build.
 */
export function readDocumentsContaining(text: string, root: string, contentDir = resolveContentDir(root)): DocumentFile[] {
  return documentFolderEntries(contentDir).flatMap(({ collection, path, isDocument }) =>
    isDocument && readFileSync(path).includes(text) ? [readDocument(root, path, collection)] : [],
  );
}

/** Reads everything in the content folder (`<root>/content`, or CONTENT_DIR). */
export function readContent(root: string, contentDir = resolveContentDir(root)): ContentTree {
  const tree: ContentTree = {
    root,
    folder: relativePosix(root, contentDir),
    documents: [],
    data: { partnerships: [], subgroups: [], glossary: [], contacts: [], timescales: [] },
    strays: [],
  };
  const known = new Set<string>([...DOCUMENT_COLLECTIONS, ...DATA_FOLDERS, 'threshold-data', 'site.yaml']);

  for (const name of listFiles(contentDir)) {
    const path = join(contentDir, name);
    if (!known.has(name)) tree.strays.push(relativePosix(root, path));
  }
  for (const { collection, path, isDocument } of documentFolderEntries(contentDir)) {
    if (isDocument) tree.documents.push(readDocument(root, path, collection));
    else tree.strays.push(relativePosix(root, path));
  }
  for (const folder of DATA_FOLDERS) {
    for (const name of listFiles(join(contentDir, folder))) {
      const path = join(contentDir, folder, name);
      if (name.endsWith('.yaml')) tree.data[folder].push(readYamlFile(root, path));
      else tree.strays.push(relativePosix(root, path));
    }
  }
  const single = (path: string) => (existsSync(path) ? readYamlFile(root, path) : undefined);
  tree.data.site = single(join(contentDir, 'site.yaml'));
  tree.data.thresholdLevels = single(join(contentDir, 'threshold-data', 'levels.yaml'));
  tree.data.thresholdIndicators = single(join(contentDir, 'threshold-data', 'indicators.yaml'));
  for (const name of listFiles(join(contentDir, 'threshold-data'))) {
    if (!['levels.yaml', 'indicators.yaml'].includes(name)) tree.strays.push(relativePosix(root, join(contentDir, 'threshold-data', name)));
  }
  return tree;
}

/** The id of a YAML file entry: its file name without `.yaml`. */
export const yamlFileId = (source: YamlSource) => source.file.split('/').pop()!.replace(/\.yaml$/, '');

/**
 * One entry of a data collection, wherever it is written: a file of its own (a contact, a
 * glossary term) or an item of a list (a threshold level or indicator).
 */
export interface DataEntry {
  id: string;
  value: unknown;
  source: YamlSource;
  /** The line of one of the entry's fields, such as `['contacts', 0]`. */
  lineOf(path: readonly (string | number)[]): number;
  /** A field as the editor reads it in the file: `area` in an entry's own file, `level-3.contacts[0]` in a list. */
  fieldName(path: string): string;
}

/**
 * The entries of a data collection that can be read: each file of a folder collection (named by
 * its file), or each item of a list file that has an `id` (a file or item that cannot be read
 * has its own message from the checker).
 */
export function entriesOf(data: YamlSource | readonly YamlSource[] | undefined): DataEntry[] {
  if (!data) return [];
  if (isSourceList(data)) {
    return data.flatMap((source) => source.syntaxErrors.length ? [] : [{
      id: yamlFileId(source),
      value: source.value,
      source,
      lineOf: (path) => source.lineOf(path),
      fieldName: (path) => path,
    }]);
  }
  const source = data;
  if (!Array.isArray(source.value)) return [];
  return source.value.flatMap((value: unknown, index) => {
    const id = listItemId(value);
    return id === undefined ? [] : [{
      id,
      value,
      source,
      lineOf: (path) => source.lineOf([index, ...path]),
      fieldName: (path) => `${id}.${path}`,
    }];
  });
}

const isSourceList = (data: YamlSource | readonly YamlSource[]): data is readonly YamlSource[] => Array.isArray(data);

/** How messages name an item of a list file: by its id, or by its place when it has none. */
export const listItemName = (item: unknown, index: number) => listItemId(item) ?? `entry ${index + 1}`;

/** The `id` of an item of a list file, if it has one that is text. */
export function listItemId(item: unknown): string | undefined {
  const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.trim() ? id : undefined;
}
