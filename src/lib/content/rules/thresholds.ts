/**
 * Rules for the threshold data (`threshold-data/levels.yaml` and `indicators.yaml`) that the
 * schemas cannot express alone: the set of levels as a whole, and references to contacts and
 * procedures elsewhere in the content. Each entry's own fields are checked by the schemas in
 * `schema.ts`, through `data-files.ts`.
 */
import type { Problem } from '../problems.ts';
import { entriesOf, type ContentTree, type DataEntry, type YamlSource } from '../files.ts';
import { levelNumberSchema } from '../schema.ts';
import { THRESHOLD_LEVELS } from '../vocabulary.ts';
import type { ParsedDocuments } from './frontmatter.ts';

const field = (entry: unknown, name: string): unknown =>
  entry && typeof entry === 'object' ? (entry as Record<string, unknown>)[name] : undefined;

const error = (file: string, line: number, name: string, message: string): Problem => ({ file, line, field: name, message, severity: 'error' });

const listed = (levels: readonly number[]) =>
  levels.length === 1 ? `level ${levels[0]}` : `levels ${levels.slice(0, -1).join(', ')} and ${levels.at(-1)}`;

/**
 * Levels 1 to 4 are each defined exactly once: the matrix, the explorer and every indicator's
 * level rely on one definition per level. One mistake gives one message: a level written twice
 * names the level that is then missing, and a level the schema already refused (such as 5) is
 * not reported again as a missing level.
 */
export function levelSetProblems(levels: YamlSource): Problem[] {
  // Broken YAML has its own message; it has no levels to count.
  if (levels.syntaxErrors.length) return [];
  const entries = entriesOf(levels);
  const firstWith = new Map<number, DataEntry>();
  const repeats: [entry: DataEntry, level: number][] = [];
  let refused = 0;
  for (const entry of entries) {
    const parsed = levelNumberSchema.safeParse(field(entry.value, 'level'));
    if (!parsed.success) refused++;
    else if (firstWith.has(parsed.data)) repeats.push([entry, parsed.data]);
    else firstWith.set(parsed.data, entry);
  }
  const missing = THRESHOLD_LEVELS.filter((level) => !firstWith.has(level));
  const problems = repeats.map(([entry, level]) => {
    const first = firstWith.get(level)!;
    const hint = missing.length ? `: did you mean ${listed(missing)}, which has no entry?` : ': remove one of them';
    return error(levels.file, entry.lineOf(['level']), entry.fieldName('level'), `level ${level} is also defined by ${first.id} (line ${first.lineOf(['level'])}); each level is defined once${hint}`);
  });
  if (missing.length && !repeats.length && !refused) {
    problems.push(error(levels.file, 1, 'levels', `${listed(missing)} ${missing.length === 1 ? 'is' : 'are'} missing: the threshold document defines each of the levels 1, 2, 3 and 4 once`));
  }
  return problems;
}

/** Every id listed in `listField` of an entry that is not in `known`, as one problem each. */
function unknownReferences(source: YamlSource, listField: string, known: ReadonlySet<string>, message: (value: string) => string): Problem[] {
  return entriesOf(source).flatMap((entry) => {
    const values = field(entry.value, listField);
    if (!Array.isArray(values)) return [];
    return values.flatMap((value, i) => known.has(String(value)) ? [] : [
      error(source.file, entry.lineOf([listField, i]), entry.fieldName(`${listField}[${i}]`), message(String(value))),
    ]);
  });
}

/** Contacts named by a level, which must be files in content/contacts/. */
export const levelContactProblems = (levels: YamlSource, contactIds: ReadonlySet<string>): Problem[] =>
  unknownReferences(levels, 'contacts', contactIds, (contact) => `"${contact}" is not in content/contacts/: use a file name from there without .yaml`);

/** Procedures named by an indicator, which must be documents in content/procedures/. */
export const indicatorProcedureProblems = (indicators: YamlSource, procedureIds: ReadonlySet<string>): Problem[] =>
  unknownReferences(indicators, 'procedures', procedureIds, (procedure) => `"${procedure}" is not a procedure: use a file name from content/procedures/ without .mdx`);

/**
 * An indicator says what its procedures say: where a linked procedure tells practitioners to refer
 * to (or notify) children's social care whenever it applies (`socialCare`), the indicator must say
 * the same, so the threshold document never suggests waiting for consent the procedure does not
 * wait for. An indicator's own `socialCare` must come from one of its procedures.
 */
export function indicatorSocialCareProblems(indicators: YamlSource, procedureActions: ReadonlyMap<string, string | undefined>): Problem[] {
  return entriesOf(indicators).flatMap((entry) => {
    const listed = field(entry.value, 'procedures');
    const procedures = Array.isArray(listed) ? listed.map(String) : [];
    const own = field(entry.value, 'socialCare');
    const id = entry.id;
    const line = () => entry.lineOf(own === undefined ? [] : ['socialCare']);
    const asked = procedures.filter((procedure) => procedureActions.get(procedure) !== undefined);
    const disagreeing = asked.filter((procedure) => procedureActions.get(procedure) !== own);
    if (disagreeing.length > 0) {
      const procedure = disagreeing[0]!;
      const action = procedureActions.get(procedure)!;
      return [error(indicators.file, line(), `${id}.socialCare`, `the ${procedure} procedure tells practitioners to ${action} children's social care whenever it applies: add "socialCare: ${action}" so the threshold document says the same`)];
    }
    if (own !== undefined && asked.length === 0) {
      return [error(indicators.file, line(), `${id}.socialCare`, `none of this indicator's procedures says to ${String(own)} children's social care whenever it applies: link the procedure that does, or remove socialCare`)];
    }
    return [];
  });
}

/** Every rule here, for the threshold data that exists, once the contacts and the documents are known. */
export function thresholdDataProblems(data: ContentTree['data'], documents: ParsedDocuments, contactIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const levels = data.thresholdLevels;
  if (levels) problems.push(...levelSetProblems(levels), ...levelContactProblems(levels, contactIds));
  const indicators = data.thresholdIndicators;
  if (indicators) {
    const procedureActions = new Map([...documents].filter(([key]) => key.startsWith('procedures/')).map(([key, { data }]) => [key.slice('procedures/'.length), data.socialCare]));
    problems.push(...indicatorProcedureProblems(indicators, new Set(procedureActions.keys())), ...indicatorSocialCareProblems(indicators, procedureActions));
  }
  return problems;
}
