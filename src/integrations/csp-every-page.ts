/**
 * After the build, makes sure every page declares the site's Content-Security-Policy and that no
 * page's policy allows what the site forbids (inline or eval'd script, other origins, plugins).
 * The site's layout puts the policy in every page it renders (src/lib/site/csp.ts); the small pages
 * Astro writes for redirects carry none, so they get SITE_POLICY too. A page that breaks the
 * rules fails the build. Run by src/integrations/finish-build.ts, while Pagefind writes the
 * search index: Pagefind is never handed a redirect page (src/integrations/pagefind-index.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { setImmediate } from 'node:timers/promises';
import { join, relative } from 'node:path';
import { pagePolicy, policyProblems, SITE_POLICY, withPolicy } from '../lib/site/csp.ts';
import { outputPages } from './output-files.ts';

const HEAD_END = Buffer.from('</head>');

/**
 * A page's head, where browsers read a policy from, as text: decoding only the head rather than
 * the whole page makes the check several times faster on a large site.
 */
function headOf(page: Buffer): string {
  const end = page.indexOf(HEAD_END);
  return page.toString('utf8', 0, end === -1 ? page.length : end + HEAD_END.length);
}

/**
 * Checks every page under `root`, adds the policy where Astro wrote none, and returns how many it
 * added. Asynchronous: it runs while Pagefind writes the search index in its own process, and a
 * pause every hundred pages lets the build's connection to Pagefind be served.
 */
export async function checkPagePolicies(root: string): Promise<number> {
  const pages = outputPages(root).map((path) => join(root, path));
  // Every page the layout renders declares the policy; without it on the home page the layout lost it.
  if (!pagePolicy(readFileSync(join(root, 'index.html'), 'utf8')))
    throw new Error('The home page declares no Content-Security-Policy: does src/layouts/BaseLayout.astro still declare SITE_POLICY?');
  let added = 0;
  const problems: string[] = [];
  for (const [checked, page] of pages.entries()) {
    if (checked % 100 === 99) await setImmediate();
    const content = readFileSync(page);
    const policy = pagePolicy(headOf(content));
    if (policy === undefined) {
      writeFileSync(page, withPolicy(content.toString('utf8'), SITE_POLICY));
      added += 1;
      continue;
    }
    for (const problem of policyProblems(policy)) problems.push(`${relative(root, page)}: Content-Security-Policy: ${problem}`);
  }
  if (problems.length) throw new Error(`Pages break the site's Content-Security-Policy rules:\n${problems.join('\n')}`);
  return added;
}
