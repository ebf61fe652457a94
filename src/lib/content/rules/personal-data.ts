/**
 * "Personal data cannot be published": no telephone number or email address may appear anywhere
 * in the content (document bodies, frontmatter, YAML data files) unless it is a registered contact.
 *
 * - A telephone number is registered when its digits are one of the `phone` or `outOfHoursPhone`
 *   values in content/contacts/ (which is the register, so those two fields are exempt).
 *   Numbers are compared by digits only; +44 is read as the leading 0.
 * - There is no register of email addresses (contacts have no email field), so every email
 *   address is an error.
 *
 * What counts as a telephone number: a UK number written as one, starting 0 (or +44 / 0044), of 10
 * or 11 digits in all, in groups separated by single spaces or hyphens, the area code optionally in
 * brackets: "0116 496 0000", "(0116) 496-0000", "07700 900123", "+44 (0)116 496 0000",
 * "01164960000". Short codes (999, 101, 111, 116 123) are not looked for: they are public services
 * and prose names them as such. The shape is narrow so that section numbers, years, dates, version
 * numbers, figures ("1,234"), money, timescales, paragraph and statute references and web
 * addresses never match: a number must start a word, its first group (the dialling code) has at
 * least three digits, and a number that follows another digit group ("978 0 11 ...") is not one.
 */
import type { Problem } from '../problems.ts';
import { entriesOf, listItemName, type ContentTree, type YamlSource } from '../files.ts';

/** Where a phone number or an email address was found in one piece of text. */
export interface Finding {
  kind: 'phone' | 'email';
  /** As written, e.g. "0116 496 0000". */
  text: string;
  /** Offset in the text searched. */
  index: number;
  /** For a phone number, its national digits with the leading 0, e.g. "01164960000". */
  digits?: string;
}

/** The national form of a number's digits: +44 or 0044 becomes 0, "(0)" after +44 is dropped. */
export function nationalDigits(written: string): string {
  const international = /^\s*(?:\+|00)44/.exec(written);
  if (!international) return written.replace(/\D/g, '');
  const rest = written.slice(international[0].length).replace(/^[\s-]*\(0\)/, '');
  return `0${rest.replace(/\D/g, '')}`;
}

/**
 * Web addresses, stripped before looking for numbers: a page's address may hold long digit runs
 * (document ids, dates), which are not phone numbers. tel: and mailto: links are not stripped.
 */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>()\]]*(?:\([^\s<>()]*\)[^\s<>()\]]*)*/gi;

/** The start of a UK number: +44 or 0044 (then the number without its 0, or with "(0)"), or 0 or "(0". */
const PHONE_START = /(?<![\w.,£$€/\\@#&=?%+'-]|\d[ \u00a0-])(?:(?:\+|00)44[ \u00a0-]?(?:\(0\)[ \u00a0-]?)?|\(?(?=0))/g;
/** A quick test for text that may hold a number, before the full reading. */
const MAYBE_PHONE = /(?:^|\D)(?:\(?0\d\d|\+44|0044)/;
/** One group of digits, possibly closing a bracketed dialling code. */
const GROUP = /\d+\)?/y;
/** What may separate two groups: one space or hyphen, or nothing after a closing bracket. */
const SEPARATOR = /[ \u00a0-]?/y;

/** Where the number that starts at `index` (its start as PHONE_START matched it) ends, or null if it is not one. */
function phoneEnd(searched: string, index: number, opening: string): number | null {
  const international = /\d/.test(opening);
  let at = index + opening.length;
  let national = international ? 1 : 0; // +44 stands for the leading 0
  let end = at;
  let groups = 0;
  let firstGroup = 0;
  let closed = !opening.endsWith('(');
  for (;;) {
    SEPARATOR.lastIndex = at;
    const gap = groups ? SEPARATOR.exec(searched)![0] : '';
    GROUP.lastIndex = at + gap.length;
    const group = GROUP.exec(searched);
    if (!group) break;
    const closes = group[0].endsWith(')');
    const digits = group[0].length - (closes ? 1 : 0);
    if (closes && closed) {
      // A bracket the number did not open ends it: "(0116 496 0000)", "(tel:01164960000)".
      if (national + digits <= 11) {
        national += digits;
        if (groups === 0) firstGroup = digits;
        groups++;
        end = GROUP.lastIndex - 1;
      }
      break;
    }
    // The number's own bracket closes after its first group only; "(0116 496 0000)" is read again from its 0.
    if (closes && groups > 0) break;
    if (national + digits > 11) break;
    national += digits;
    if (groups === 0) firstGroup = digits;
    if (closes) closed = true;
    groups++;
    at = end = GROUP.lastIndex;
  }
  if (!groups || !closed) return null;
  // The dialling code has three digits or more: "01 05 2026" and "0 11 000000 0" are not numbers.
  if (!international && firstGroup < 3) return null;
  if (national < 10 || national > 11) return null;
  // A number glued to a letter or a decimal ("0116 496 0000kB", "0116 496 0000.5") is something else.
  if (/^(?:[A-Za-z_]|[.,]\d)/.test(searched.slice(end, end + 2))) return null;
  return end;
}

/**
 * The telephone numbers written in `text`, in the narrow shape described at the top of the file.
 * Groups are read one at a time while the number stays within 11 digits, so a number followed by
 * a year ("0116 496 0000 2026") is still found.
 */
export function findPhoneNumbers(text: string): Finding[] {
  const found: Finding[] = [];
  // Most text has no 0 followed by two digits at the start of a word, nor +44: a quick look first.
  if (!MAYBE_PHONE.test(text)) return found;
  // Blank out web addresses, keeping offsets.
  const searched = text.replace(WEB_ADDRESS, (url) => ' '.repeat(url.length));
  PHONE_START.lastIndex = 0;
  for (let start = PHONE_START.exec(searched); start; start = PHONE_START.exec(searched)) {
    const end = phoneEnd(searched, start.index, start[0]);
    if (end === null) {
      // The start can be an empty match (before a 0): move on by one character.
      PHONE_START.lastIndex = start.index + 1;
      continue;
    }
    const written = text.slice(start.index, end);
    found.push({ kind: 'phone', text: written, index: start.index, digits: nationalDigits(written) });
    PHONE_START.lastIndex = end;
  }
  return found;
}

/** An email address, or one written with "(at)" or "[at]" to hide it from robots. */
const EMAIL = /[A-Za-z0-9._%+'-]+(?:@|\s?[[(]at[\])]\s?)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/gi;

export function findEmails(text: string): Finding[] {
  if (!/@|[[(]at[\])]/i.test(text)) return [];
  return [...text.matchAll(EMAIL)]
    // "x@y" inside a web address (https://medium.com/@name) is a path, not an email address.
    .filter((match) => !/[/:]$/.test(text.slice(0, match.index)) || /mailto:$/i.test(text.slice(0, match.index)))
    .map((match) => ({ kind: 'email' as const, text: match[0], index: match.index }));
}

/** The phone numbers and email addresses in `text`, unregistered ones only, in order. */
export function unregisteredPersonalData(text: string, registered: ReadonlySet<string>): Finding[] {
  const phones = findPhoneNumbers(text).filter((found) => !registered.has(found.digits!));
  return [...phones, ...findEmails(text)].sort((a, b) => a.index - b.index);
}

/** The fields of a contact that are the register of numbers. */
export const REGISTER_FIELDS = ['phone', 'outOfHoursPhone'] as const;

/** The digits of every number in content/contacts/ phone and outOfHoursPhone fields. */
export function registeredNumbers(contacts: readonly YamlSource[]): Set<string> {
  const numbers = new Set<string>();
  for (const { value: entry } of entriesOf(contacts)) {
    if (!entry || typeof entry !== 'object') continue;
    for (const field of REGISTER_FIELDS) {
      const value = (entry as Record<string, unknown>)[field];
      if (typeof value === 'string' || typeof value === 'number') numbers.add(nationalDigits(String(value)));
    }
  }
  return numbers;
}

export function personalDataMessage(found: Finding): string {
  return found.kind === 'phone'
    ? `"${found.text}" looks like a phone number that is not a registered contact: add the service to content/contacts/ with its source, or remove it; never publish a person's direct line`
    : `"${found.text}" is an email address, and content cannot publish email addresses: name the service's contact by its id under contacts: (its file in content/contacts/ gives its phone and web address), or remove it; never publish a person's email`;
}

/** Calls `visit` with every string and number in a parsed YAML value and its path (a shared array: copy it to keep it). */
function eachValue(value: unknown, visit: (path: (string | number)[], value: string | number) => void, path: (string | number)[] = []): void {
  if (typeof value === 'string' || typeof value === 'number') {
    visit(path, value);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      path.push(i);
      eachValue(item, visit, path);
      path.pop();
    });
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      path.push(key);
      eachValue(item, visit, path);
      path.pop();
    }
  }
}

/** A path in a list file names the entry by its id (`dn-health-1-01.text`), not its place (`[0].text`). */
function namedPath(source: YamlSource, path: readonly (string | number)[]): readonly (string | number)[] {
  const [index, ...rest] = path;
  if (!Array.isArray(source.value) || typeof index !== 'number') return path;
  return [listItemName(source.value[index], index), ...rest];
}

const fieldName = (path: readonly (string | number)[]) =>
  path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');

/**
 * YAML reads an unquoted 01164960000 as the number 1164960000, dropping the 0: a whole number
 * of 9 or 10 digits is a telephone number that lost its leading 0.
 */
const looksLikeUnquotedNumber = (value: number) => Number.isInteger(value) && value >= 1e8 && value < 1e10;

/** Problems in a YAML value (a data file, or a document's frontmatter), each at its field's line. */
function yamlProblems(source: YamlSource, registered: ReadonlySet<string>, skip: (path: (string | number)[]) => boolean = () => false): Problem[] {
  const problems: Problem[] = [];
  eachValue(source.value, (path, value) => {
    const findings = typeof value === 'string'
      ? unregisteredPersonalData(value, registered)
      : looksLikeUnquotedNumber(value) && !registered.has(`0${value}`)
        ? [{ kind: 'phone' as const, text: `0${value}`, index: 0 }]
        : [];
    if (!findings.length || skip(path)) return;
    for (const found of findings) {
      problems.push({ file: source.file, line: source.lineOf([...path]), field: fieldName(namedPath(source, path)) || 'YAML', message: personalDataMessage(found), severity: 'error' });
    }
  });
  return problems;
}

/** Problems in an MDX body, each at its line. */
function bodyProblems(file: string, body: string, bodyLine: number, registered: ReadonlySet<string>): Problem[] {
  if (!MAYBE_PHONE.test(body) && !/@|[[(]at[\])]/i.test(body)) return [];
  return body.split('\n').flatMap((text, i) => unregisteredPersonalData(text, registered).map((found) => ({
    file, line: bodyLine + i, field: 'body', message: personalDataMessage(found), severity: 'error' as const,
  })));
}

/** Every unregistered phone number and every email address in the content. */
export function personalDataProblems(tree: ContentTree): Problem[] {
  const contacts = tree.data.contacts;
  const registered = registeredNumbers(contacts);
  const problems: Problem[] = [];
  for (const doc of tree.documents) {
    problems.push(...yamlProblems(doc.frontmatter, registered));
    problems.push(...bodyProblems(doc.file, doc.body, doc.bodyLine, registered));
  }
  const { partnerships, subgroups, glossary, timescales, thresholdLevels, thresholdIndicators, site } = tree.data;
  for (const source of [...partnerships, ...subgroups, ...glossary, ...timescales, thresholdLevels, thresholdIndicators, site]) {
    if (source) problems.push(...yamlProblems(source, registered));
  }
  // The register's own numbers are what everything else is compared with.
  const isRegisterField = (path: (string | number)[]) => path.length === 1 && (REGISTER_FIELDS as readonly (string | number)[]).includes(path[0]!);
  for (const source of contacts) problems.push(...yamlProblems(source, registered, isRegisterField));
  return problems;
}
