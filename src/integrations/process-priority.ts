/**
 * Lowers the scheduling priority of child processes the build did not start itself (Pagefind's
 * library starts its binary and keeps the handle to itself), so that work which can wait takes
 * only the CPU the rest of the build leaves free. Linux only: children are found in /proc;
 * elsewhere nothing changes. Lowering a priority needs no privilege.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The lowest priority there is: the process runs when nothing else wants the CPU. */
export const LOWEST_PRIORITY = 19;

/** This process's children whose command name starts with `name`. */
function childrenNamed(name: string): number[] {
  if (process.platform !== 'linux') return [];
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (command) state ppid ...": the command may hold spaces and parentheses.
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === process.pid && command.startsWith(name)) found.push(Number(entry));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return found;
}

/** Gives this process's children named `name...` the priority `niceness`; returns how many it changed. */
export function lowerChildPriority(name: string, niceness = LOWEST_PRIORITY): number {
  let changed = 0;
  for (const pid of childrenNamed(name)) {
    try {
      setPriority(pid, niceness);
      changed += 1;
    } catch {
      // Gone, or not ours to change: it keeps its priority, which only costs time.
    }
  }
  return changed;
}
