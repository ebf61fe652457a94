/**
 * Rules for the body of an MDX document: safety (MDX is code, so nothing an editor writes may
 * run in a reader's browser) and structure (headings, images). Kept separate from the
 * frontmatter rules because it reads the Markdown itself.
 */
import type { DocumentFile } from './content-files.ts';
import type { Problem } from './content-rules.ts';

export function mdxProblems(doc: DocumentFile): Problem[] {
  const problems: Problem[] = [];
  const lines = doc.body.split('\n');
  let inFence = false;
  lines.forEach((text, index) => {
    const line = doc.bodyLine + index;
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    if (/^(import|export)\s/.test(text)) {
      problems.push({ file: doc.file, line, field: 'MDX safety', message: 'imports and exports are not allowed in content: remove this line', severity: 'error' });
    }
    if (/^#\s/.test(text)) {
      problems.push({ file: doc.file, line, field: 'headings', message: 'a "# " heading makes a second page title: the title comes from the frontmatter, so start sections at "## "', severity: 'error' });
    }
  });
  return problems;
}
