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

/** A workflow command's message, escaped as GitHub's runner unescapes it. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A workflow command's property value: as a message, and also `:` and `,`, which end a property. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * The problem as a GitHub Actions workflow command (`::error file=…,line=…,title=…::message`),
 * which GitHub shows as an annotation on that line of the pull request's changed files, where the
 * editor typed. `file` must be relative to the repository's top, as problems' files are when the
 * checker runs there, as it does in CI.
 */
export function githubAnnotation(problem: Problem): string {
  const properties = `file=${escapeProperty(problem.file)},line=${problem.line},title=${escapeProperty(problem.field)}`;
  return `::${problem.severity} ${properties}::${escapeData(problem.message)}`;
}
