/**
 * A problem the content checker found, and the one form every tool prints it in. Its own module
 * so that each family of rules can report problems without importing the coordinator
 * (validate.ts), which imports them.
 */
export interface Problem {
  file: string;
  line: number;
  /** The frontmatter field or rule the problem is about, e.g. `owner` or `briefing sections`. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

/** `file:line: field: message`, the form every tool prints problems in. */
export function formatProblem(problem: Problem): string {
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}: ${tag}${problem.field}: ${problem.message}`;
}
