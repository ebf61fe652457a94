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

/** This process's children whose program's file name starts with `name`. */
function childrenNamed(name: string): number[] {
  if (process.platform !== 'linux') return [];
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (thread name) state ppid ...": the name may hold spaces and parentheses.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
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
