import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { getPriority } from 'node:os';
import { lowerChildPriority } from '../../src/integrations/process-priority.ts';

test(
  'a child process found by its command name gets the lower priority; others keep theirs',
  { skip: process.platform !== 'linux' && 'children are found in /proc' },
  async (t) => {
    const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
    const other = spawn('cat', [], { stdio: ['pipe', 'ignore', 'ignore'] });
    t.after(() => {
      sleeper.kill();
      other.kill();
    });
    await Promise.all([sleeper, other].map((child) => new Promise((started) => child.once('spawn', started))));
    const before = getPriority(other.pid!);

    assert.equal(lowerChildPriority('sleep', 10), 1);
    assert.equal(getPriority(sleeper.pid!), 10);
    assert.equal(getPriority(other.pid!), before);
    assert.equal(lowerChildPriority('no-such-command'), 0);
  },
);
