/**
 * Builds the Pagefind search index in the same build, so that `astro build` alone produces a
 * searchable site. Pagefind's errors become build errors. Run by src/integrations/finish-build.ts.
 *
 * Document pages are indexed while Astro is still rendering (src/lib/search/early-index.ts): a timer
 * looks for settled pages in the document folders and hands them to Pagefind, which reads them
 * in its own process, at the lowest priority, on the CPU the renderer leaves. At the end the
 * rest are added, and if any page indexed early has changed since, the whole site is indexed
 * again from the finished files.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import {
  changedSince,
  exactGlobs,
  hasSearchBody,
  isGlobSafe,
  isWholePage,
  PAGE_END_BYTES,
  settledPages,
  type PageFile,
} from '../lib/search/early-index.ts';
import { DOCUMENT_COLLECTIONS } from '../lib/content/vocabulary.ts';
import { outputPages } from './output-files.ts';
import { lowerChildPriority } from './process-priority.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

const POLL_MS = 300;

function pageFile(site: string, path: string): PageFile | undefined {
  try {
    const stats = statSync(join(site, path));
    return stats.isFile() ? { path, mtimeMs: stats.mtimeMs, size: stats.size } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the page file ends as a finished page does (isWholePage). */
function endsWhole(site: string, page: PageFile): boolean {
  const length = Math.min(page.size, PAGE_END_BYTES);
  if (length === 0) return false;
  const end = Buffer.alloc(length);
  let fd: number | undefined;
  try {
    fd = openSync(join(site, page.path), 'r');
    return isWholePage(end.subarray(0, readSync(fd, end, 0, length, page.size - length)));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Has Pagefind read the site's files matching `glob` (all of them without one); returns how many it read. */
async function addPages(index: PagefindIndex, site: string, glob?: string): Promise<number> {
  const added = await index.addDirectory(glob ? { path: site, glob } : { path: site });
  if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
  return added.page_count;
}

async function createIndex(): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pagefind reads pages while Astro renders, and Astro's renderer is what the build waits for:
  // at the lowest priority Pagefind takes only the CPU the renderer leaves. Its final write has
  // the machine to itself, so the priority does not slow it (docs/performance.md).
  lowerChildPriority('pagefind');
  return index;
}

export class SearchIndexer {
  readonly #site: string;
  readonly #skip: ReadonlySet<string>;
  /** Started with the first pages, so a build that fails before rendering never starts Pagefind. */
  #index: Promise<PagefindIndex> | undefined;
  /** Pages handed to Pagefind, as they were when handed over. */
  readonly #indexed = new Map<string, PageFile>();
  /** Adds run one after another; the first failure is kept for finish(). */
  #queue: Promise<void> = Promise.resolve();
  #failure: Error | undefined;
  #pages = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

  /** `site`: the output folder. `skip`: pages never to index early (redirect pages, which a later step rewrites). */
  constructor(site: string, skip: ReadonlySet<string> = new Set()) {
    this.#site = site;
    this.#skip = skip;
  }

  #pagefind(): Promise<PagefindIndex> {
    return (this.#index ??= createIndex());
  }

  /** Starts looking for settled document pages every POLL_MS, while Astro renders. */
  watch(): void {
    this.#timer ??= setInterval(() => this.#indexSettled(), POLL_MS);
    this.#timer.unref();
  }

  #indexSettled(): void {
    const found: PageFile[] = [];
    for (const collection of DOCUMENT_COLLECTIONS) {
      let names: string[];
      try {
        names = readdirSync(join(this.#site, collection));
      } catch {
        continue; // Not written yet.
      }
      for (const name of names) {
        const path = `${collection}/${name}/index.html`;
        if (this.#indexed.has(path) || this.#skip.has(path)) continue;
        const page = pageFile(this.#site, path);
        if (page) found.push(page);
      }
    }
    // A page whose path a glob cannot name exactly is left to the end (see finish).
    this.#add(settledPages(found, Date.now()).filter((page) => isGlobSafe(page.path) && endsWhole(this.#site, page)));
  }

  #add(pages: readonly PageFile[]): void {
    if (!pages.length) return;
    for (const page of pages) this.#indexed.set(page.path, page);
    for (const glob of exactGlobs(pages.map((page) => page.path))) {
      this.#queue = this.#queue.then(async () => {
        if (this.#failure) return;
        try {
          this.#pages += await addPages(await this.#pagefind(), this.#site, glob);
        } catch (error) {
          this.#failure = error as Error;
        }
      });
    }
  }

  /**
   * With every page written: indexes the pages not indexed yet that have a search body, checks
   * the early ones are unchanged (or indexes the whole site again), writes the index to
   * `<site>pagefind/` and says how many pages Pagefind read, and how many of them while Astro
   * was rendering. Never hands Pagefind a redirect page (it has no search body) unless the whole
   * site is indexed again, so the policy check may rewrite those meanwhile.
   */
  async finish(): Promise<{ pages: number; early: number }> {
    clearInterval(this.#timer);
    try {
      await this.#queue;
      if (this.#failure) throw this.#failure;
      let index = await this.#pagefind();
      const changed = changedSince([...this.#indexed.values()], (path) => pageFile(this.#site, path));
      const rest = outputPages(this.#site, ['pagefind']).filter((path) => !this.#indexed.has(path));
      if (changed.length || !rest.every(isGlobSafe)) {
        // A page changed after Pagefind read it, or one cannot be named in a glob: index the
        // finished site again from the start.
        await pagefind.close();
        index = await createIndex();
        this.#pages = await addPages(index, this.#site);
        this.#indexed.clear();
      } else {
        // Only the pages with a search body (the contacts and glossary pages, for one): the others
        // would be read to be left out. Should none have one, all go, as Pagefind then indexes whole pages.
        const searchable = rest.filter((path) => hasSearchBody(readFileSync(join(this.#site, path))));
        for (const glob of exactGlobs(searchable.length ? searchable : rest)) this.#pages += await addPages(index, this.#site, glob);
      }
      const written = await index.writeFiles({ outputPath: join(this.#site, 'pagefind') });
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      return { pages: this.#pages, early: this.#indexed.size };
    } finally {
      await pagefind.close();
    }
  }
}
