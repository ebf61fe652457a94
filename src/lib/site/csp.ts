/**
 * The site's Content-Security-Policy, which every page declares in a meta element
 * (src/layouts/BaseLayout.astro), and checks on it. Pure: used by the layout, the build
 * (src/integrations/csp-every-page.ts) and the tests.
 */

/**
 * The policy of every page. The hosts' headers (public/_headers) send the same policy plus
 * frame-ancestors, which browsers obey only in a header (tests/build/base-path.test.ts holds the
 * two equal). It needs no hashes: every script and style ships as a file (astro.config.mjs),
 * which 'self' allows, and the build tests fail a page with an inline script or style.
 */
export const SITE_POLICY = [
  "default-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Pagefind compiles its WebAssembly search engine in the browser.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
].join('; ');

const META = /<meta\s+http-equiv=["']?content-security-policy["']?\s+content=(?:"([^"]*)"|'([^']*)')\s*\/?>/i;

/** The policy a page declares in its meta element, or undefined. */
export function pagePolicy(html: string): string | undefined {
  const match = META.exec(html);
  return match
    ? (match[1] ?? match[2] ?? '')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
    : undefined;
}

/** Directive name -> its sources, e.g. "script-src" -> ["'self'", "'wasm-unsafe-eval'"]. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** What is wrong with a policy, in plain words; empty when it meets the site's rules. */
export function policyProblems(policy: string, options: { headers?: boolean } = {}): string[] {
  const problems: string[] = [];
  const directives = parsePolicy(policy);
  for (const [name, sources] of directives) {
    for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
      if (sources.includes(forbidden)) problems.push(`${name} allows ${forbidden}`);
    }
  }
  const require = (name: string, value: string) => {
    if (directives.get(name)?.join(' ') !== value)
      problems.push(`${name} must be ${value}, not ${directives.get(name)?.join(' ') ?? 'missing'}`);
  };
  require('default-src', "'self'");
  require('object-src', "'none'");
  require('base-uri', "'self'");
  require('form-action', "'self'");
  // Browsers ignore frame-ancestors in a meta element; only the hosts' headers can set it.
  if (options.headers) require('frame-ancestors', "'none'");
  const scripts = directives.get('script-src') ?? directives.get('default-src') ?? [];
  for (const source of scripts) {
    if (!["'self'", "'wasm-unsafe-eval'"].includes(source) && !/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source)) {
      problems.push(`script-src allows ${source}: scripts may come only from the site itself or be pinned by hash`);
    }
  }
  return problems;
}

/** Adds a policy meta element to a page that has none (Astro's redirect pages), first in its head. */
export function withPolicy(html: string, policy: string): string {
  if (pagePolicy(html) !== undefined) return html;
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.replace(head[0], `${head[0]}${meta}`);
  const doctype = /^\s*<!doctype html>/i.exec(html);
  return doctype ? html.replace(doctype[0], `${doctype[0]}${meta}`) : `${meta}${html}`;
}
