import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pagePolicy, parsePolicy, policyProblems, withPolicy } from '../../src/lib/site/csp.ts';

const good =
  "default-src 'self';img-src 'self';connect-src 'self';object-src 'none';base-uri 'self';form-action 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-I9y5137Kguh7l3XPWko+jmAhUZvQKDdlmMIaJ1cUvP4='; style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';";

test('pagePolicy reads the meta policy Astro writes, and nothing from a page without one', () => {
  assert.equal(pagePolicy(`<head><meta http-equiv="content-security-policy" content="${good}"><title>x</title>`), good);
  assert.equal(pagePolicy('<!doctype html><title>Redirecting</title>'), undefined);
});

test('the site policy passes; each forbidden relaxation is named', () => {
  assert.deepEqual(policyProblems(good), []);
  assert.match(
    policyProblems(good.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")).join(),
    /script-src allows 'unsafe-inline'/,
  );
  assert.match(policyProblems(good.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")).join(), /'unsafe-eval'/);
  assert.match(
    policyProblems(good.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")).join(),
    /style-src allows 'unsafe-inline'/,
  );
  assert.match(policyProblems(good.replace("script-src 'self'", 'script-src https://cdn.example.com')).join(), /cdn\.example\.com/);
  assert.match(policyProblems(good.replace("object-src 'none';", '')).join(), /object-src must be 'none'/);
  assert.match(policyProblems(good.replace("base-uri 'self'", 'base-uri *')).join(), /base-uri/);
  assert.match(policyProblems(good.replace("form-action 'self'", "form-action 'self' https:")).join(), /form-action/);
});

test('frame-ancestors is required of the headers policy only (browsers ignore it in a meta element)', () => {
  assert.deepEqual(policyProblems(good), []);
  assert.match(policyProblems(good, { headers: true }).join(), /frame-ancestors must be 'none'/);
  assert.deepEqual(policyProblems(`${good} frame-ancestors 'none'`, { headers: true }), []);
});

test('parsePolicy keeps the first of a repeated directive, as browsers do', () => {
  assert.deepEqual(parsePolicy("script-src 'self'; script-src *").get('script-src'), ["'self'"]);
});

test('withPolicy adds the policy first in the head of a page that has none, and leaves others alone', () => {
  const redirect = '<!doctype html><title>Redirecting to: /procedures/x/</title><meta http-equiv="refresh" content="0;url=/procedures/x/">';
  const added = withPolicy(redirect, good);
  assert.equal(pagePolicy(added), good);
  assert.ok(added.startsWith('<!doctype html><meta http-equiv="content-security-policy"'));
  const page = `<html><head><meta http-equiv="content-security-policy" content="${good}"></head></html>`;
  assert.equal(withPolicy(page, "default-src 'none'"), page);
  assert.ok(withPolicy('<html><head><title>x</title></head></html>', good).startsWith('<html><head><meta http-equiv'));
});
