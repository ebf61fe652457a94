/**
 * The two ways a YAML source fails before any rule of meaning runs: YAML that cannot be read, and
 * values that do not fit their zod schema. Every family of rules words them the same way, so an
 * editor sees one kind of message for one kind of mistake wherever it is.
 */
import type { z } from 'zod';
import type { Problem } from '../problems.ts';
import type { YamlSource } from '../files.ts';

/** A field's path as an editor reads it: `amendments[0].date`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), '');
}

/** Turns zod's issues into problems with lines. */
export function schemaProblems(source: YamlSource, value: unknown, schema: z.ZodType, prefix: (string | number)[] = []): Problem[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    let message = issue.message;
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = 'is missing: add this field';
    if (issue.code === 'unrecognized_keys') message = `is not a field this file can have (${issue.keys.join(', ')}): check the spelling or remove it`;
    return { file: source.file, line: source.lineOf(path), field: fieldName(path) || 'frontmatter', message, severity: 'error' as const };
  });
}

export function syntaxProblems(source: YamlSource): Problem[] {
  return source.syntaxErrors.map((error) => ({
    file: source.file,
    line: error.line,
    field: error.field ?? 'YAML',
    message: error.field ? error.message : `${error.message}: check indentation, colons and quotes on this line`,
    severity: 'error' as const,
  }));
}
