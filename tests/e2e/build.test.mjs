// Same source, same bytes, same names: a rebuild of an unchanged commit is no deploy, so people
// download nothing again and never meet a page from another build offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { DIST } from './server.mjs';

const files = (root, dir = root) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(root, join(dir, e.name)) : [relative(root, join(dir, e.name))])).sort();

const digest = (root) => Object.fromEntries(files(root).map((f) => [f, createHash('sha256').update(readFileSync(join(root, f))).digest('hex').slice(0, 16)]));

test('a second release build of the same source gives the same file names and bytes', () => {
  const again = mkdtempSync(join(tmpdir(), 'cek-dist-'));
  execFileSync('trunk', ['build', '--release', '--offline', '--dist', again], { cwd: resolve(import.meta.dirname, '../..'), stdio: 'pipe' });
  assert.deepEqual(files(again), files(DIST), 'the same names');
  assert.deepEqual(digest(again), digest(DIST), 'the same bytes');
});
