/**
 * Lowers the scheduling priority of child processes the build did not start itself (Pagefind's
 * library starts its binary and keeps the handle to itself), so that work which can wait takes
 * only the CPU the rest of the build leaves free. Linux only: children are found in /proc;
 * elsewhere nothing changes. Lowering a priority needs no privilege.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { basename } from 'node:path';

/** The lowest priority there is: the process runs when nothing else wants the CPU. */
export const LOWEST_PRIORITY = 19;

/**
 * The fields of a process's or thread's /proc stat line after its name, from the state on
 * ("pid (name) state ppid ... nice ..."): the name may hold spaces and parentheses, so the
 * fields are counted from the last ")". Index 1 is the parent's pid, 16 the nice value (what
 * setPriority sets).
 */
export function statFields(statPath: string): string[] {
  const stat = readFileSync(statPath, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** This process's children whose program's file name starts with `name`. */
function childrenNamed(name: string): number[] {
  if (process.platform !== 'linux') return [];
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (Number(statFields(`/proc/${entry}/stat`)[1]) !== process.pid) continue;
      // The program, not the thread name: programs may rename their main thread (Node does).
      const program = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')[0]!;
      if (basename(program).startsWith(name)) found.push(Number(entry));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return found;
}

/**
 * A process's threads. On Linux a priority belongs to each thread, and a new thread takes its
 * creator's: threads started before the change keep theirs unless each is changed.
 */
function threadsOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    return [];
  }
}

/** Gives this process's children named `name...`, every thread of each, the priority `niceness`; returns how many children it changed. */
export function lowerChildPriority(name: string, niceness = LOWEST_PRIORITY): number {
  let changed = 0;
  for (const pid of childrenNamed(name)) {
    let threads = 0;
    for (const thread of threadsOf(pid)) {
      try {
        setPriority(thread, niceness);
        threads += 1;
      } catch {
        // Gone, or not ours to change: it keeps its priority, which only costs time.
      }
    }
    if (threads) changed += 1;
  }
  return changed;
}
