/**
 * The site's own pages and files, read from `src/pages/` and `public/` without building, so the
 * checker can tell whether an internal link such as `/contacts/` or `/favicon.svg` goes anywhere.
 * Document and subgroup pages come from the content itself; other pages are discovered here, so a
 * page another developer adds is linkable without changing the checker.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { relativePosix, toPosix } from '../paths.ts';

export interface SiteRoutes {
  /** Paths of pages without parameters, such as "/" and "/contacts/". */
  pages: Set<string>;
  /** Route patterns with parameters, as segment lists such as ["subgroups", "[id]"]. */
  patterns: string[][];
  /** Files served as they are from public/, such as "/favicon.svg". */
  files: Set<string>;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** The route of a page file: `a-z/index.astro` -> "/a-z/", `sitemap.xml.ts` -> "/sitemap.xml". */
export function routeOf(file: string): string | null {
  const path = toPosix(file);
  if (/\.(astro|md|mdx)$/.test(path)) {
    const withoutExt = path.replace(/\.(astro|md|mdx)$/, '');
    const trimmed = withoutExt === 'index' ? '' : withoutExt.replace(/\/index$/, '');
    return trimmed ? `/${trimmed}/` : '/';
  }
  if (/\.[a-z]+\.(ts|js)$/.test(path)) return `/${path.replace(/\.(ts|js)$/, '')}`;
  return null;
}

export function readSiteRoutes(root: string): SiteRoutes {
  const routes: SiteRoutes = { pages: new Set(), patterns: [], files: new Set() };
  const pagesDir = join(root, 'src', 'pages');
  for (const file of walk(pagesDir)) {
    const route = routeOf(relative(pagesDir, file));
    if (!route) continue;
    if (route.includes('[')) routes.patterns.push(route.split('/').filter(Boolean));
    else routes.pages.add(route);
  }
  const publicDir = join(root, 'public');
  for (const file of walk(publicDir)) routes.files.add(`/${relativePosix(publicDir, file)}`);
  return routes;
}

/** True when `path` (no base, no query) is a page or file the site serves outside content collections. */
export function isSitePath(routes: SiteRoutes, path: string): boolean {
  if (routes.pages.has(path) || routes.files.has(path)) return true;
  const segments = path.split('/').filter(Boolean);
  if (!path.endsWith('/')) return false;
  // A pattern that starts with a parameter (`[collection]/[id]`) would match anything; those
  // pages are checked against the content instead.
  return routes.patterns.some((pattern) => !pattern[0]!.startsWith('[') && pattern.length === segments.length
    && pattern.every((part, i) => part.startsWith('[') || part === segments[i]));
}
