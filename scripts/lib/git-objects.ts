/**
 * Reading files as they were at another revision, from the output of two git plumbing commands:
 * `git ls-tree -r -z` (which files there were) and `git cat-file --batch` (their text, every file
 * from one process, where `git show` would start a process per file). Only the parsing lives here,
 * so it can be tested without git; scripts/lib/git-base.ts and scripts/check-addresses.ts run
 * the commands.
 */

export interface TreeEntry {
  mode: string;
  type: string;
  /** The object id of the file's contents. */
  object: string;
  /** The path from the repository's top folder, exactly as stored (no quoting, thanks to -z). */
  path: string;
}

/** Parses `git ls-tree -z` output: NUL-terminated `<mode> SP <type> SP <object> TAB <path>` records. */
export function parseLsTree(output: string): TreeEntry[] {
  return output.split('\0').flatMap((record) => {
    const tab = record.indexOf('\t');
    if (tab === -1) return [];
    const [mode = '', type = '', object = ''] = record.slice(0, tab).split(' ');
    return [{ mode, type, object, path: record.slice(tab + 1) }];
  });
}

/**
 * Parses `git cat-file --batch` output into each requested object's text, in request order.
 * Each object comes as `<object> SP <type> SP <size> LF <contents> LF`, the size counted in bytes
 * (hence a Buffer: a character count goes wrong at the first "é"); an object git cannot find is
 * `<name> SP missing LF` and gives undefined.
 */
export function parseCatFileBatch(output: Buffer): (string | undefined)[] {
  const texts: (string | undefined)[] = [];
  let at = 0;
  while (at < output.length) {
    const end = output.indexOf(0x0a, at);
    if (end === -1) throw new Error('git cat-file output ends inside a header');
    const header = output.toString('utf8', at, end).split(' ');
    at = end + 1;
    if (header.length < 3) {
      texts.push(undefined);
      continue;
    }
    const size = Number(header[2]);
    if (!Number.isInteger(size) || size < 0 || at + size > output.length)
      throw new Error(`git cat-file output is cut short at "${header.join(' ')}"`);
    texts.push(output.toString('utf8', at, at + size));
    at += size + 1;
  }
  return texts;
}
