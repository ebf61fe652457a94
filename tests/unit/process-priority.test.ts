import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { getPriority } from 'node:os';
import { basename } from 'node:path';
import { lowerChildPriority, statFields } from '../../src/integrations/process-priority.ts';

/** The priority of every thread of a process (field 19 of each thread's /proc stat line). */
const threadPriorities = (pid: number) =>
  readdirSync(`/proc/${pid}/task`).map((thread) => Number(statFields(`/proc/${pid}/task/${thread}/stat`)[16]));

test(
  "every thread of a child process found by its program's name gets the lower priority; other children keep theirs",
  { skip: process.platform !== 'linux' && 'children are found in /proc' },
  async (t) => {
    // A Node child already runs several threads when it starts, as Pagefind's binary does.
    const threaded = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    t.after(() => {
      threaded.kill();
      other.kill();
    });
    await Promise.all([threaded, other].map((child) => new Promise((started) => child.once('spawn', started))));
    await new Promise((settle) => setTimeout(settle, 200));
    const before = getPriority(other.pid!);
    assert.ok(threadPriorities(threaded.pid!).length > 1, 'the Node child runs more than one thread');

    assert.equal(lowerChildPriority(basename(process.execPath), 10), 1);
    assert.deepEqual(new Set(threadPriorities(threaded.pid!)), new Set([10]));
    assert.equal(getPriority(other.pid!), before);
    assert.equal(lowerChildPriority('no-such-command'), 0);
  },
);
