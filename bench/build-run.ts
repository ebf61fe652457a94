/**
 * Runs one `astro build` and measures it: wall time, the peak memory of the whole process tree
 * (Astro's Node process and the Pagefind binary it starts), and CPU time.
 *
 * Peak memory is sampled from /proc every 50 ms as the sum of every descendant's resident set;
 * when GNU time is installed (`/usr/bin/time`, Debian package `time`) the build runs under it and
 * its "Maximum resident set size" (the largest single process) is recorded as well.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { statFields } from '../src/integrations/process-priority.ts';

const PAGE_SIZE = 4096;
const GNU_TIME = '/usr/bin/time';

export interface BuildMeasure {
  ok: boolean;
  wallSeconds: number;
  /** Peak of the summed resident memory of the build's process tree, sampled every 50 ms. */
  peakTreeRssMB: number;
  /** GNU time's maximum resident set size of the largest process, when GNU time is installed. */
  maxProcessRssMB: number | null;
  /** User + system CPU seconds of the build and its children (GNU time), null without it. */
  cpuSeconds: number | null;
  /** The 1-minute load average when the build started: other work on the machine skews timings. */
  loadAtStart: number;
  /** Seconds spent in each step of the build, from when Astro's log lines arrived (see phases()). */
  phases: Record<string, number>;
  /** The process tree's peak memory (MB) within each step. */
  phasePeakMB: Record<string, number>;
  outputTail: string;
}

/**
 * Astro's log lines that open each step, in order. The steps: loading the config and running
 * config hooks (the site's content gate), syncing content, bundling with Vite, rendering pages,
 * then the build:done hooks (Pagefind, and for the site the CSP check and the offline copy).
 */
const MARKERS: [step: string, opens: RegExp][] = [
  ['config and content gate', /^$/],
  ['content sync', /\[content\] Syncing content/],
  ['types and build setup', /\[content\] Synced content/],
  ['Vite bundle', /Building static entrypoints/],
  ['render pages', /generating static routes/],
  ['build:done hooks (Pagefind, CSP, offline copy)', /\[build\] .*Completed in/],
  ['exit', /page\(s\) built in/],
];

/** The highest memory sample within each step (steps run one after another from time 0). */
function phasePeaks(steps: Record<string, number>, samples: { at: number; bytes: number }[]): Record<string, number> {
  const out: Record<string, number> = {};
  let from = 0;
  for (const [step, seconds] of Object.entries(steps)) {
    const to = from + seconds;
    const inStep = samples.filter((s) => s.at >= from && s.at < to).map((s) => s.bytes);
    out[step] = Math.round(Math.max(0, ...inStep) / 1024 / 1024);
    from = to;
  }
  return out;
}

/** Seconds per step, from the arrival time of each step's first log line. */
export function phases(lines: { at: number; text: string }[], total: number): Record<string, number> {
  const starts: [string, number][] = [];
  let from = 0;
  for (const [step, opens] of MARKERS) {
    // The first step starts with the process, not with a line of its own.
    if (starts.length === 0) {
      starts.push([step, 0]);
      continue;
    }
    const index = lines.findIndex((line, i) => i >= from && opens.test(line.text));
    if (index === -1) continue;
    starts.push([step, lines[index]!.at]);
    from = index + 1;
  }
  return Object.fromEntries(starts.map(([step, at], i) => [step, Math.round(((starts[i + 1]?.[1] ?? total) - at) * 10) / 10]));
}

/** Every process whose parent chain leads to `root`, root included. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(statFields(`/proc/${name}/stat`)[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

function treeRssBytes(root: number): number {
  let total = 0;
  for (const pid of processTree(root)) {
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // Gone already.
    }
  }
  return total;
}

export function runBuild(args: string[], options: { cwd: string; env: Record<string, string> }): Promise<BuildMeasure> {
  const useTime = existsSync(GNU_TIME);
  const node = process.execPath;
  const command = useTime ? GNU_TIME : node;
  const fullArgs = useTime ? ['-f', 'GNUTIME %M %U %S', node, ...args] : args;
  const loadAtStart = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  const started = performance.now();
  const child = spawn(command, fullArgs, {
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const lines: { at: number; text: string }[] = [];
  let partial = '';
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-20_000);
    const at = (performance.now() - started) / 1000;
    const parts = (partial + text).split('\n');
    partial = parts.pop() ?? '';
    // Page-by-page lines are many and say nothing about steps.
    for (const line of parts) if (!line.includes('index.html')) lines.push({ at, text: line.replace(/\x1b\[[0-9;]*m/g, '') });
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peak = 0;
  const samples: { at: number; bytes: number }[] = [];
  const sampler = setInterval(() => {
    if (!child.pid) return;
    const bytes = treeRssBytes(child.pid);
    peak = Math.max(peak, bytes);
    samples.push({ at: (performance.now() - started) / 1000, bytes });
  }, 50);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(sampler);
      const wallSeconds = (performance.now() - started) / 1000;
      const gnu = /GNUTIME (\d+) ([\d.]+) ([\d.]+)/.exec(output);
      resolve({
        ok: code === 0,
        wallSeconds,
        peakTreeRssMB: peak / 1024 / 1024,
        maxProcessRssMB: gnu ? Number(gnu[1]) / 1024 : null,
        cpuSeconds: gnu ? Number(gnu[2]) + Number(gnu[3]) : null,
        loadAtStart,
        phases: phases(lines, wallSeconds),
        phasePeakMB: phasePeaks(phases(lines, wallSeconds), samples),
        outputTail: output.slice(-3000),
      });
    });
  });
}
