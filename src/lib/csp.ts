/**
 * Checks on the Content-Security-Policy that every built page declares in a meta element
 * (Astro's `security.csp` writes it, with hashes for Astro's own scripts). Pure: used by the
 * build (src/integrations/csp-every-page.ts) and by the tests.
 */

const META = /<meta\s+http-equiv=["']?content-security-policy["']?\s+content=(?:"([^"]*)"|'([^']*)')\s*\/?>/i;

/** The policy a page declares in its meta element, or undefined. */
export function pagePolicy(html: string): string | undefined {
  const match = META.exec(html);
  return match ? (match[1] ?? match[2] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') : undefined;
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
    if (directives.get(name)?.join(' ') !== value) problems.push(`${name} must be ${value}, not ${directives.get(name)?.join(' ') ?? 'missing'}`);
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
