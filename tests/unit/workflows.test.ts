import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/fixture.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = (name: string) => {
  const text = readFileSync(join(repoRoot, '.github/workflows', name), 'utf8');
  return { text, workflow: parse(text) as Workflow };
};
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const uses = (workflow: Workflow, action: string) => steps(workflow).find((step) => step.uses?.startsWith(`${action}@`));
const runIndex = (workflow: Workflow, command: string) => steps(workflow).findIndex((step) => step.run?.includes(command));

test('pull requests are checked, built and tested with a read-only token and no secrets', () => {
  const { text, workflow } = read('pr.yml');
  assert.deepEqual(Object.keys(workflow.on), ['pull_request'], 'never pull_request_target, which exposes secrets');
  assert.deepEqual(workflow.permissions, { contents: 'read' });
  for (const job of Object.values(workflow.jobs)) assert.equal(job.permissions, undefined, 'no job widens the token');
  assert.doesNotMatch(text, /secrets\./);
  assert.equal(uses(workflow, 'actions/checkout')?.with?.['persist-credentials'], false);
  assert.equal(uses(workflow, 'actions/setup-node')?.with?.['node-version-file'], '.nvmrc');
  const order = ['npm ci', 'npm run check', 'npm run build', 'npm test'].map((command) => runIndex(workflow, command));
  assert.ok(
    order.every((index, i) => index >= 0 && (i === 0 || index > order[i - 1]!)),
    `steps in order: ${order}`,
  );
  const upload = uses(workflow, 'actions/upload-artifact');
  const build = steps(workflow)[runIndex(workflow, 'npm run build')]!;
  assert.equal(upload?.with?.path, build.env?.OUT_DIR, 'the preview that was built is the one uploaded');
});

test('pull requests check the content against the base branch, so new documents must start in date', () => {
  const { workflow } = read('pr.yml');
  const check = steps(workflow)[runIndex(workflow, 'npm run check --')]!;
  assert.equal(check.run, 'npm run check -- --base "origin/$BASE_REF"');
  assert.equal(check.env?.BASE_REF, '${{ github.base_ref }}', 'the branch name arrives through env, never inside the command');
});

test('pull requests check that every address the base branch published still works, with the history to compare', () => {
  const { workflow } = read('pr.yml');
  // Without the full history the base branch is not in the checkout, and the check cannot run.
  assert.equal(uses(workflow, 'actions/checkout')?.with?.['fetch-depth'], 0);
  const index = runIndex(workflow, 'npm run check:addresses');
  assert.ok(index > runIndex(workflow, 'npm ci') && index < runIndex(workflow, 'npm run build'), 'after install, before the build');
  const step = steps(workflow)[index]!;
  const [, variable] = /--base "origin\/\$(\w+)"/.exec(step.run ?? '') ?? [];
  assert.ok(variable, `compares with the base branch on origin: ${step.run}`);
  assert.equal(step.env?.[variable], '${{ github.base_ref }}', 'the branch the pull request merges into, passed through env');
  const scripts = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  assert.equal(scripts['check:addresses'], 'node scripts/check-addresses.ts');
});

test('main is deployed to GitHub Pages on push, daily and on demand, under its base path', () => {
  const { workflow } = read('deploy.yml');
  assert.deepEqual(Object.keys(workflow.on).sort(), ['push', 'schedule', 'workflow_dispatch']);
  assert.deepEqual((workflow.on.push as { branches: string[] }).branches, ['main']);
  assert.match((workflow.on.schedule as { cron: string }[])[0]!.cron, /^\d+ \d+ \* \* \*$/, 'once a day');
  assert.deepEqual(workflow.permissions, { contents: 'read' });
  assert.equal(uses(workflow, 'actions/setup-node')?.with?.['node-version-file'], '.nvmrc');
  const build = steps(workflow)[runIndex(workflow, 'npm run build')]!;
  assert.ok(build.env?.SITE_URL && build.env.BASE_PATH, 'SITE_URL and BASE_PATH are set for the build');
  assert.equal(uses(workflow, 'actions/upload-pages-artifact')?.with?.path, 'dist');
  assert.ok(uses(workflow, 'actions/deploy-pages'));
  assert.deepEqual(workflow.jobs.deploy?.permissions, { pages: 'write', 'id-token': 'write' }, 'only the deploy job may write');
  assert.equal(workflow.jobs.build?.permissions, undefined);
});
