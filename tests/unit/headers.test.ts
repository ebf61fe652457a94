import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/fixture.ts';
import { parsePolicy, policyProblems, SITE_POLICY } from '../../src/lib/site/csp.ts';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';

/**
 * The headers public/_headers sends for every path (its "/*" rule), read by the same parser the
 * tests' static server uses, as Netlify and Cloudflare Pages read the file. Names in lower case.
 */
function headersForEveryPath(): Map<string, string> {
  const rules = parseHeadersFile(readFileSync(join(repoRoot, 'public/_headers'), 'utf8'));
  const everyPath = rules.filter((rule) => rule.pattern === '/*');
  assert.ok(everyPath.length > 0, 'public/_headers has a rule for every path ("/*")');
  return new Map(everyPath.flatMap((rule) => rule.headers).map(([name, value]) => [name.toLowerCase(), value]));
}

const directives = (policy: string) => new Map([...parsePolicy(policy)].map(([name, sources]) => [name, sources.join(' ')]));

test('public/_headers sends every security header to every path', () => {
  const headers = headersForEveryPath();
  assert.equal(headers.get('x-content-type-options'), 'nosniff');
  assert.equal(headers.get('referrer-policy'), 'no-referrer');
  const permissions = headers.get('permissions-policy') ?? '';
  for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'interest-cohort=()'])
    assert.ok(permissions.includes(feature), feature);
  assert.ok(headers.has('content-security-policy'));
});

test("the header policy is the pages' policy (SITE_POLICY), with frame-ancestors and nothing else", () => {
  const policy = directives(headersForEveryPath().get('content-security-policy')!);
  const pages = directives(SITE_POLICY);
  assert.ok(pages.size >= 5, 'SITE_POLICY has its directives');
  for (const [name, sources] of pages) assert.equal(policy.get(name), sources, name);
  assert.equal(policy.get('script-src'), "'self' 'wasm-unsafe-eval'");
  assert.equal(policy.get('style-src'), "'self'");
  assert.equal(policy.get('frame-ancestors'), "'none'");
  assert.equal(policy.size, pages.size + 1, 'no directive the pages do not have');
  assert.deepEqual(policyProblems(SITE_POLICY), [], "the pages' policy meets the site's rules");
  assert.deepEqual(policyProblems(headersForEveryPath().get('content-security-policy')!, { headers: true }), []);
});

test('docs/hosting.md gives other hosts the same headers, word for word', () => {
  const headers = headersForEveryPath();
  const docs = readFileSync(join(repoRoot, 'docs/hosting.md'), 'utf8');
  for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) {
    const values = [...docs.matchAll(new RegExp(`${name}"? "([^"]+)"`, 'g'))].map((m) => m[1]);
    assert.equal(values.length, 3, `${name} for nginx, Apache and Caddy`);
    for (const value of values) assert.equal(value, headers.get(name.toLowerCase()), name);
  }
});

test('open data may be read by any site; nothing else is shared across origins', () => {
  const rules = parseHeadersFile(readFileSync(join(repoRoot, 'public/_headers'), 'utf8'));
  const lower = (headers: Record<string, string>) => new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  assert.equal(lower(headersFor(rules, '/data/documents.json')).get('access-control-allow-origin'), '*');
  for (const path of ['/', '/procedures/neglect/', '/search/', '/pagefind/pagefind.js']) {
    assert.equal(lower(headersFor(rules, path)).get('access-control-allow-origin'), undefined, path);
  }
  assert.equal(
    lower(headersFor(rules, '/data/documents.json')).get('x-content-type-options'),
    'nosniff',
    'the security headers still apply',
  );
});
