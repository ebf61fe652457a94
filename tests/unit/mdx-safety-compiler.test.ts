/**
 * The checker and Astro's MDX compiler (satteri) must read content the same way: whatever the
 * checker accepts must compile to output with no script, embed, event handler, code expression
 * or dangerous address. Tricky inputs that look dangerous but are text are compiled and checked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdxToJs } from 'satteri';
import type { DocumentFile } from '../../src/lib/content/files.ts';
import { analyseBody } from '../../src/lib/content/rules/mdx.ts';

const doc = (body: string): DocumentFile => ({
  collection: 'procedures',
  id: 'example',
  file: 'content/procedures/example.mdx',
  frontmatter: { file: 'content/procedures/example.mdx', value: {}, syntaxErrors: [], lineOf: () => 1 },
  body,
  bodyLine: 1,
});

/** Signs in compiled MDX that something would run or be embedded. */
const DANGER = [
  /_components\.(script|iframe|object|embed|style)\b/,
  /\bon[A-Z][a-zA-Z]*:/,
  /(href|src):\s*"\s*(javascript|vbscript|data):/i,
  /^import\s(?!\{ jsx as _jsx|\{ Fragment as _Fragment|\{ jsx as _jsx, jsxs as _jsxs)/m,
];

const looksDangerousButIsText = [
  'Children aged \\<5 and \\{braces\\} are text.',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '`<script>alert(1)</script>` in code',
  '```html\n<script>alert(1)</script>\n<iframe src="x"></iframe>\n```',
  'The words javascript: and data: in a sentence.',
  '[a link](https://example.org/javascript:alert)',
  'java&#115;cript:alert(1) written as text',
  '\\<script>alert(1)\\</script>',
  '    import x from "y"',
  'A sentence about what to export and import.',
  '[x](JAVA\tSCRIPT:alert(1))',
];

const refused = [
  '<script>alert(1)</script>',
  '<span onClick="alert(1)">x</span>',
  '[x](javascript:alert(1))',
  '[x](JAVA%09SCRIPT:alert(1))',
  '![x](data:image/svg+xml,<svg onload=alert(1)>)',
  '{alert(1)}',
  'import x from "y"',
  '<iframe src="https://example.org"></iframe>',
];

async function compiled(body: string): Promise<string> {
  const result = (await mdxToJs(body, {})) as string | { code: string };
  return typeof result === 'string' ? result : result.code;
}

for (const body of looksDangerousButIsText) {
  test(`accepted by the checker and harmless when compiled: ${JSON.stringify(body).slice(0, 60)}`, async () => {
    const problems = analyseBody(doc(body)).problems;
    assert.deepEqual(
      problems.map((p) => p.message),
      [],
    );
    const code = await compiled(body);
    for (const sign of DANGER) assert.doesNotMatch(code, sign);
  });
}

for (const body of refused) {
  test(`refused by the checker: ${JSON.stringify(body).slice(0, 60)}`, () => {
    const problems = analyseBody(doc(body)).problems;
    assert.ok(
      problems.some((p) => p.field === 'MDX safety' || p.field === 'MDX syntax'),
      JSON.stringify(problems),
    );
  });
}
