/**
 * The shape of the code (issue 16): `src/lib/` is a set of feature folders with few shared
 * modules, no module imports its way round in a circle, and a feature's subfolders are its own
 * internals, imported only from inside that feature.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { test } from 'node:test';
import { relativePosix } from '../../src/lib/paths.ts';

const root = join(import.meta.dirname, '..', '..');
const lib = join(root, 'src', 'lib');
const SHARED_MODULES = ['dates.ts', 'paths.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs|astro)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const IMPORT = /(?:^|[^\w.])(?:import|from)\s*\(?\s*['"](\.{1,2}\/[^'"?]+)['"]/g;

/** The repository files a module imports by relative path. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => normalize(join(dirname(file), m[1]!)));
}

const posix = (path: string) => relativePosix(root, path);

test('src/lib holds feature folders and only the shared modules named here', () => {
  const loose = readdirSync(lib).filter((name) => statSync(join(lib, name)).isFile());
  assert.deepEqual(loose.sort(), SHARED_MODULES);
});

test('no module in src/ or scripts/ imports its way back to itself', () => {
  const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'scripts'))];
  const graph = new Map(files.map((file) => [file, importsOf(file).filter((target) => files.includes(target))]));
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...path.slice(path.indexOf(file)), file].map(posix).join(' -> '));
      return;
    }
    state.set(file, 'open');
    for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of files) visit(file, []);
  assert.deepEqual(cycles, []);
});

test("a feature's subfolders are its own: nothing outside the feature imports from them", () => {
  const misplaced: string[] = [];
  const features = readdirSync(lib).filter((name) => statSync(join(lib, name)).isDirectory());
  for (const file of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'scripts'))]) {
    for (const target of importsOf(file)) {
      const inLib = relative(lib, target).split(sep);
      if (inLib[0] === '..' || !features.includes(inLib[0]!) || inLib.length <= 2) continue;
      const feature = join(lib, inLib[0]!);
      if (!file.startsWith(feature + sep)) misplaced.push(`${posix(file)} imports ${posix(target)}`);
    }
  }
  assert.deepEqual(misplaced, []);
});
