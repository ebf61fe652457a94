/**
 * A 7-minute briefing's body is its seven sections, in order, as `##` headings (the wording is
 * in src/lib/briefings/sections.ts, which the briefing pages share).
 */
import type { Problem } from '../problems.ts';
import { briefingSectionProblem } from '../../briefings/sections.ts';
import type { BodyAnalysis } from './mdx.ts';
import type { ParsedDocuments } from './frontmatter.ts';

export function briefingSectionProblems(documents: ParsedDocuments, bodies: ReadonlyMap<string, BodyAnalysis>): Problem[] {
  const problems: Problem[] = [];
  for (const [key, { file: doc }] of documents) {
    const body = bodies.get(key);
    if (doc.collection !== 'briefings' || !body?.parsed) continue;
    const headings = body.headings.filter((h) => h.depth === 2).map((h) => h.text);
    const problem = briefingSectionProblem(headings);
    if (problem) problems.push({ file: doc.file, line: doc.bodyLine, field: 'briefing sections', message: problem, severity: 'error' });
  }
  return problems;
}
