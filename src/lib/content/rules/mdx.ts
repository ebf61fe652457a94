/**
 * Rules for the body of an MDX document: safety (MDX is code, so nothing an editor writes may
 * run in a reader's browser) and structure (headings, images, placeholders). The body is parsed
 * with the unified toolchain (remark-parse + remark-mdx + remark-gfm), which reads MDX the way
 * Astro's MDX compiler does, so what is checked here is what the build would compile.
 *
 * The parse also yields each document's headings (with the ids Astro gives them) and links, which
 * links.ts uses to check links between documents.
 */
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { createRequire } from 'node:module';
import { mdxToMdast } from 'satteri';
import type { DocumentFile } from '../files.ts';
import type { Problem } from '../problems.ts';
import { hasPlaceholder, PLACEHOLDER } from '../placeholders.ts';

/**
 * Components content may use as JSX, with the props that may take a `{...}` value (and then only
 * a plain value such as `{3}` or `{["a", "b"]}`, never code). Adding one here also means
 * passing it to `<Content components={...} />` (src/components/content/index.ts), and checking
 * its props against the content (as references.ts checks the timescales' ids).
 */
export const CONTENT_COMPONENTS: Readonly<Record<string, { expressionProps: readonly string[] }>> = {
  /** One national timescale, inline: `<Timescale id="initial-conference" />` (content/timescales/). */
  Timescale: { expressionProps: [] },
  /** A table of national timescales with their sources: `<Timescales ids="referral-decision assessment" />`. */
  Timescales: { expressionProps: [] },
};

/** Elements refused with a reason of their own, because each could run code or pull in another site. */
const DANGEROUS_ELEMENTS: Record<string, string> = {
  script: 'runs code in readers\' browsers',
  iframe: 'embeds another website in the page',
  object: 'embeds a plug-in or another website in the page',
  embed: 'embeds a plug-in or another website in the page',
  style: 'changes how the site looks and is blocked by the site\'s security policy',
};

/** Schemes that make a link or image run code or smuggle a hidden document. */
const DANGEROUS_SCHEME = /^(javascript|vbscript|data):/i;

export interface BodyHeading {
  depth: number;
  text: string;
  /** The id Astro gives the heading (github-slugger over its text, as Astro's Markdown processor does). */
  slug: string;
  line: number;
}

export interface BodyLink {
  url: string;
  line: number;
  kind: 'link' | 'image';
}

/** A use of one of the content components, with its props written in quotes. */
export interface BodyComponent {
  name: string;
  props: Record<string, string>;
  line: number;
}

export interface BodyAnalysis {
  /** False when the body is not valid MDX; the problems then hold the one syntax error. */
  parsed: boolean;
  problems: Problem[];
  headings: BodyHeading[];
  links: BodyLink[];
  components: BodyComponent[];
}

type MdxParser = { parse(body: string): Root };
let unifiedParser: MdxParser | undefined;

/**
 * The unified MDX parser (micromark), loaded the first time a body needs it: the manual's bodies
 * never do (see parseBody), and loading it cost every build a tenth of a second. `require` loads
 * these ES modules synchronously (Node 22.12 and later), so the checks stay synchronous.
 */
function mdxParser(): MdxParser {
  if (!unifiedParser) {
    const require = createRequire(import.meta.url);
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const remarkMdx = (require('remark-mdx') as typeof import('remark-mdx')).default;
    const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
    unifiedParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  }
  return unifiedParser;
}

/**
 * A body with none of MDX's own syntax (no <, { or }, no import or export line) reads the same in
 * both parsers, so it goes to satteri, the Rust parser Astro 7 compiles MDX with: many times
 * faster than micromark, which made the content gate the slowest step of a 1,000-document build
 * (see docs/performance.md). Any other body keeps the unified parse, for its estree data (the
 * plain-value check) and its editor-friendly syntax errors.
 */
const MDX_SYNTAX = /[<{}]|^(?:import|export)\b/m;
const parseBody = (body: string): Root =>
  MDX_SYNTAX.test(body) ? mdxParser().parse(body) : (mdxToMdast(body, { features: { frontmatter: false } }) as Root);

/** Browsers ignore control characters and spaces inside a scheme (`java\tscript:`), so the check must too. */
export function dangerousScheme(url: string): string | null {
  let cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  try {
    cleaned = decodeURIComponent(cleaned);
  } catch {
    // A malformed escape is not a scheme; check the text as written.
  }
  const match = DANGEROUS_SCHEME.exec(cleaned.replace(/[\u0000-\u0020\u007f]/g, ''));
  return match ? `${match[1]!.toLowerCase()}:` : null;
}

/** The text of a heading as Astro reads it (text content; image alt text is not part of it). */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return '';
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

/** Turns remark-mdx's syntax errors into advice for an editor. */
function syntaxHint(reason: string): string {
  if (/import\/exports?/i.test(reason)) return 'a line that starts with "import" or "export" is read as code in MDX: reword the sentence so it does not start with that word';
  if (/comment in MDX/.test(reason)) return 'HTML comments (<!-- -->) are not allowed in MDX: delete the comment (notes for other editors belong in the pull request)';
  if (/expression|closing brace|`\{`|`\}`/i.test(reason)) return 'curly braces { } start code in MDX: to show a brace as text, write \\{ or \\}';
  if (/closing tag|opening tag|end of file in element/i.test(reason)) return 'every <tag> needs a matching </tag>; better, write Markdown instead of HTML tags';
  if (/before name|after `<`|valid JSX tag/i.test(reason)) return 'a < starts an HTML tag in MDX: to show a less-than sign, write \\< (or write "less than"); for a link, use [text](address)';
  return 'check this line for a stray <, { or }; to show one of them as text, put a backslash before it, like \\<';
}

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

/** True for a plain value with no code in it: `3`, `"text"`, `[1, 2]`, `{ a: "b" }`. */
function isPlainValue(node: EstreeNode | null | undefined): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'Literal':
      return !('regex' in node && node.regex);
    case 'TemplateLiteral':
      return (node.expressions as unknown[]).length === 0;
    case 'UnaryExpression':
      return node.operator === '-' && isPlainValue(node.argument as EstreeNode);
    case 'ArrayExpression':
      return (node.elements as (EstreeNode | null)[]).every((element) => element !== null && isPlainValue(element));
    case 'ObjectExpression':
      return (node.properties as EstreeNode[]).every(
        (p) => p.type === 'Property' && !p.computed && !p.method && p.kind === 'init' && isPlainValue(p.value as EstreeNode),
      );
    default:
      return false;
  }
}

function expressionOf(program: unknown): EstreeNode | undefined {
  const body = (program as { body?: EstreeNode[] } | undefined)?.body;
  const statement = body?.length === 1 ? body[0] : undefined;
  return statement?.type === 'ExpressionStatement' ? (statement.expression as EstreeNode) : undefined;
}

const snippet = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 37)}...` : flat;
};

/**
 * Calls `check` on every node of the tree, parents before children, in document order: what
 * unist-util-visit does with no test, written out because the gate walks every node of every
 * document in each build, and visit's ancestor bookkeeping made the walk two thirds of the
 * body checks' time.
 */
function eachNode(node: Nodes, check: (node: Nodes) => void): void {
  check(node);
  if ('children' in node) for (const child of node.children) eachNode(child, check);
}

export function analyseBody(doc: DocumentFile, options: { draft?: boolean } = {}): BodyAnalysis {
  const problems: Problem[] = [];
  const headings: BodyHeading[] = [];
  const links: BodyLink[] = [];
  const components: BodyComponent[] = [];
  const lineOf = (node: { position?: { start: { line: number } } }) => doc.bodyLine + (node.position?.start.line ?? 1) - 1;
  const add = (line: number, field: string, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file: doc.file, line, field, message, severity });

  let tree: Root;
  try {
    tree = parseBody(doc.body);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    const detail = (reason ?? String(error)).replace(/\s*\(note:[^)]*\)/, '');
    add(doc.bodyLine + (line ?? 1) - 1, 'MDX syntax', `the text cannot be read: ${syntaxHint(reason ?? '')} (${detail})`);
    return { parsed: false, problems, headings, links, components };
  }

  const slugger = new GithubSlugger();
  let previousDepth = 1; // The page title, from the frontmatter, is the h1.

  eachNode(tree, (node: Nodes) => {
    const line = lineOf(node);
    switch (node.type) {
      case 'mdxjsEsm': {
        // Content never imports: the components it may use are handed to `<Content components={...} />`.
        const statements = ((node.data as { estree?: { body: EstreeNode[] } } | undefined)?.estree?.body ?? []);
        const isImport = statements.some((s) => s.type === 'ImportDeclaration');
        add(line, 'MDX safety', isImport
          ? `"${snippet(node.value)}": content cannot import code; the components a page may use are provided by the site. Delete this line`
          : `"${snippet(node.value)}": exports run code and are not allowed in content. Delete this line`);
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(line, 'MDX safety', `"{${snippet(node.value)}}": curly braces run code in MDX and are not allowed in content. To show a brace as text, write \\{ or \\}; for a note to other editors, use the pull request`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, line);
        return;
      case 'heading': {
        const text = textOf(node);
        headings.push({ depth: node.depth, text, slug: slugger.slug(text), line });
        if (node.depth === 1) {
          add(line, 'headings', 'a "# " heading makes a second page title: the title comes from the frontmatter, so start sections at "## "');
        } else if (node.depth > previousDepth + 1) {
          add(line, 'headings', `"${'#'.repeat(node.depth)} ${snippet(text)}" skips a level after a level-${previousDepth} heading: use "${'#'.repeat(previousDepth + 1)} " here (headings go down one level at a time, starting at "## ")`);
        }
        previousDepth = Math.max(node.depth, 1);
        return;
      }
      case 'link':
      case 'definition':
        checkUrl(node.url, line, 'link');
        links.push({ url: node.url, line, kind: 'link' });
        return;
      case 'image':
        checkUrl(node.url, line, 'image');
        links.push({ url: node.url, line, kind: 'image' });
        if (!node.alt?.trim()) {
          add(line, 'images', `the image "${snippet(node.url)}" has no alternative text: describe what it shows between the square brackets, like ![A referral flowchart](${snippet(node.url)})`);
        }
        if (/^(https?:)?\/\//i.test(node.url.trim())) {
          add(line, 'images', `"${snippet(node.url)}" is on another website, and the site's security policy blocks images from other websites: ask a developer to add the image to public/images/, then write /images/its-name.png`);
        }
        return;
      case 'imageReference':
        if (!node.alt?.trim()) add(line, 'images', 'the image has no alternative text: describe what it shows between the square brackets');
        return;
      case 'text':
        if (hasPlaceholder(node.value)) {
          add(line, 'placeholder', `the template's "${PLACEHOLDER}" placeholder is still here: replace it with your own text`, options.draft ? 'warning' : 'error');
        }
        return;
      default:
        return;
    }
  });

  function checkUrl(url: string, line: number, kind: 'link' | 'image') {
    const scheme = dangerousScheme(url);
    if (!scheme) return;
    const why = scheme === 'data:' ? 'hides a file inside the page' : 'runs code in readers\' browsers';
    const instead = kind === 'image' ? 'use an image from public/images/, written as /images/its-name.png' : 'link to a page on this site or a https:// address instead';
    add(line, 'MDX safety', `the ${kind} address "${snippet(url)}" starts with ${scheme}, which ${why}: ${instead}`);
  }

  function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement, line: number) {
    const name = node.name ?? '';
    const tag = name ? `<${name}>` : '<>';
    const before = problems.length;
    const dangerous = DANGEROUS_ELEMENTS[name.toLowerCase()];
    if (dangerous) {
      add(line, 'MDX safety', `${tag} ${dangerous}, so it is not allowed in content: delete it. To point readers to something, use a Markdown link: [text](https://...)`);
    }
    const component = CONTENT_COMPONENTS[name];
    for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        add(line, 'MDX safety', `"{${snippet(attribute.value)}}" in ${tag} runs code and is not allowed: delete it`);
        continue;
      }
      if (/^on/i.test(attribute.name)) {
        add(line, 'MDX safety', `the ${attribute.name} attribute on ${tag} runs code when a reader uses the page, so it is not allowed: delete ${attribute.name}=...`);
        continue;
      }
      const value = attribute.value;
      if (typeof value === 'string') {
        const scheme = dangerousScheme(value);
        if (scheme) add(line, 'MDX safety', `${attribute.name}="${snippet(value)}" on ${tag} starts with ${scheme}, which runs code or hides a file: use a page on this site or a https:// address`);
      } else if (value && typeof value === 'object') {
        const plain = isPlainValue(expressionOf((value.data as { estree?: unknown } | undefined)?.estree));
        if (!(component?.expressionProps.includes(attribute.name) && plain)) {
          add(line, 'MDX safety', `${attribute.name}={${snippet(value.value)}} on ${tag}: curly braces run code and are not allowed here: write the value in quotes, ${attribute.name}="..."`);
        }
      }
    }
    if (component) {
      const props: Record<string, string> = {};
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') props[attribute.name] = attribute.value;
      }
      components.push({ name, props, line });
    }
    // One clear message per mistake: the generic one only when nothing more specific was said.
    if (!component && problems.length === before) {
      add(line, 'MDX safety', `${tag} is not one of the site's content components, so it is not allowed: write Markdown instead (## for headings, - for lists, [text](address) for links)`);
    }
  }

  return { parsed: true, problems, headings, links, components };
}
