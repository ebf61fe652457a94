import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headersFor, parseHeadersFile, patternMatches } from '../../scripts/lib/headers-file.ts';

const file = `# Every page
/*
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
  X-Content-Type-Options: nosniff

/sw.js
  Cache-Control: no-cache
`;

test('parseHeadersFile reads patterns and their indented headers, skipping comments', () => {
  assert.deepEqual(parseHeadersFile(file), [
    {
      pattern: '/*',
      headers: [
        ['Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'"],
        ['X-Content-Type-Options', 'nosniff'],
      ],
    },
    { pattern: '/sw.js', headers: [['Cache-Control', 'no-cache']] },
  ]);
});

test('patterns match splats, placeholders and exact paths', () => {
  assert.ok(patternMatches('/*', '/procedures/neglect/'));
  assert.ok(patternMatches('/sw.js', '/sw.js'));
  assert.ok(!patternMatches('/sw.js', '/swxjs'));
  assert.ok(patternMatches('/:section/index.html', '/procedures/index.html'));
  assert.ok(!patternMatches('/pagefind/*', '/procedures/'));
});

test('headersFor merges every matching rule', () => {
  const rules = parseHeadersFile(file);
  assert.deepEqual(Object.keys(headersFor(rules, '/sw.js')), ['Content-Security-Policy', 'X-Content-Type-Options', 'Cache-Control']);
  assert.equal(headersFor(rules, '/').Cache_Control, undefined);
});
