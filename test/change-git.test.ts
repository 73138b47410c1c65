/**
 * Change review against real git repositories: --diff (A...B and A..B),
 * --commit, --staged; renames, deletions, binary files, submodules, names
 * with spaces and non-ASCII characters; the diff filter (a flow counts when
 * only its source is on a changed line); contents read at the right
 * revision, not from the working tree.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findingKeys, GitRepo, reviewChange } from './support/git-repo.js';

// The base version. app.py has a constant command (no defect) and an eval of
// the command line on line 6, which no change below touches.
const APP_BASE = ['import subprocess', 'import sys', '', 'cmd = "ls"', 'subprocess.call(cmd, shell=True)', 'eval(sys.argv[2])', ''].join('\n');
// The feature makes line 4 a source; the sink on line 5 is unchanged.
const APP_FEATURE = APP_BASE.replace('cmd = "ls"', 'cmd = sys.argv[1]');

const HELPERS_BASE = [
  'import sys',
  '',
  '',
  'def helper(value):',
  '    return eval(value)',
  '',
  '',
  'def total(items):',
  '    count = 0',
  '    for item in items:',
  '        count += item',
  '    return count',
  '',
].join('\n');
// Renamed, with one added line (an exec of the command line) at the end.
const HELPERS_FEATURE = `${HELPERS_BASE}exec(sys.argv[1])\n`;

const UNICODE_PATH = 'dir with space/ünïcödé name.py';
const ODD_PATH = 'we"ird\tname.py';

describe('change review with git', () => {
  let repo: GitRepo;
  let baseSha = '';
  let featureFirst = '';
  let featureHead = '';

  before(() => {
    repo = GitRepo.create();
    repo.write({
      'app.py': APP_BASE,
      'helpers old.py': HELPERS_BASE,
      'gone.py': 'import os\n\nos.system("make clean")\neval(os.environ["X"])\n',
      'logo.bin': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
      'README.md': '# demo\n',
    });
    baseSha = repo.commitAll('Base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'app.py': APP_FEATURE, 'README.md': '# demo\n\nMore.\n' });
    featureFirst = repo.commitAll('Read the command from argv');
    // Moved and edited: git finds the rename by similarity.
    repo.remove('helpers old.py');
    repo.write({
      'renamed/helpers new.py': HELPERS_FEATURE,
      [UNICODE_PATH]: 'import sys\neval(sys.argv[1])\n',
      // git quotes this name in patch headers even with core.quotepath=off.
      [ODD_PATH]: 'value = 1\n',
      'logo.bin': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x02]),
    });
    repo.remove('gone.py');
    repo.git('add', '-A');
    // A submodule is a gitlink entry in the tree; no nested repository is needed for the diff.
    repo.git('update-index', '--add', '--cacheinfo', `160000,${baseSha},vendor/lib`);
    repo.git('commit', '-q', '-m', 'Rename helpers, add a tool\n\nThe body of the message.\nSecond line.');
    featureHead = repo.head();
    // main moves on after the branch point: a file only main has.
    repo.git('checkout', '-q', 'main');
    repo.write({ 'main_only.py': 'import pickle\nimport sys\n\npickle.loads(sys.stdin.buffer.read())\n' });
    repo.commitAll('Main moves on');
  });

  after(() => repo?.cleanup());

  it('--diff A...B reviews the branch from the merge base: findings on changed lines only', async () => {
    const { review } = await reviewChange({ kind: 'diff', range: 'main...feature' }, repo.dir);
    const change = review.change!;
    assert.equal(change.kind, 'diff');
    assert.equal(change.base, baseSha, 'the merge base, not main');
    assert.equal(change.head, featureHead);
    assert.deepEqual(
      change.commits.map((c) => c.subject),
      ['Rename helpers, add a tool', 'Read the command from argv'],
    );
    assert.equal(change.commitCount, 2);
    assert.equal(change.commits[0]!.message, 'Rename helpers, add a tool\n\nThe body of the message.\nSecond line.');
    assert.equal(change.commits[1]!.sha, featureFirst);
    assert.ok(!change.files.some((f) => f.path === 'main_only.py'), "main's own change is not part of the branch");

    assert.deepEqual(findingKeys(review), [
      'app.py:5 taint-command-injection',
      `${UNICODE_PATH}:2 taint-code-injection`,
      'renamed/helpers new.py:13 taint-code-injection',
    ]);
    // The unchanged eval(sys.argv[2]) in app.py. (helpers' eval(value) is not a finding in the new
    // version: the file now has an untrusted source, and the dataflow engine sees none reach it.)
    assert.equal(change.droppedOutsideChange, 1);
    assert.ok(review.findings.every((f) => f.path !== 'gone.py'));
  });

  it('a flow counts when only its source step is on a changed line', async () => {
    const { review } = await reviewChange({ kind: 'commit', rev: featureFirst }, repo.dir);
    assert.deepEqual(findingKeys(review), ['app.py:5 taint-command-injection']);
    const flow = review.findings[0]!.flow!;
    assert.deepEqual(review.change!.files.find((f) => f.path === 'app.py')!.lines, [[4, 4]]);
    assert.ok(flow.some((s) => s.range.line === 4), 'the source step is on the changed line 4');
    assert.equal(review.findings[0]!.range.line, 5, 'the sink itself is on an unchanged line');
  });

  it('lists renames, deletions, binary files, submodules and unsupported files with their status', async () => {
    const { review, loaded } = await reviewChange({ kind: 'diff', range: 'main...feature' }, repo.dir);
    const byPath = new Map(review.change!.files.map((f) => [f.path, f]));
    const renamed = byPath.get('renamed/helpers new.py')!;
    assert.equal(renamed.status, 'renamed');
    assert.equal(renamed.oldPath, 'helpers old.py');
    assert.deepEqual(renamed.lines, [[13, 13]], 'only the added line counts, not the moved ones');
    assert.equal(renamed.notReviewed, undefined);

    assert.deepEqual({ ...byPath.get('gone.py') }, { path: 'gone.py', oldPath: null, status: 'deleted', kind: 'file', lines: [], notReviewed: 'deleted' });
    assert.equal(byPath.get('logo.bin')!.kind, 'binary');
    assert.equal(byPath.get('logo.bin')!.notReviewed, 'binary');
    assert.equal(byPath.get('vendor/lib')!.kind, 'submodule');
    assert.equal(byPath.get('vendor/lib')!.status, 'added');
    assert.equal(byPath.get('vendor/lib')!.notReviewed, 'submodule');
    assert.equal(byPath.get('README.md')!.notReviewed, 'unsupported-language');
    assert.deepEqual(byPath.get(UNICODE_PATH)!.lines, [[1, 2]]);
    assert.deepEqual(byPath.get(ODD_PATH)!.lines, [[1, 1]]);

    // Only the reviewable files went to the reviewer, and none of the others is reported as skipped or failed.
    assert.deepEqual(loaded.discovery.files.map((f) => f.path).sort(), ['app.py', UNICODE_PATH, ODD_PATH, 'renamed/helpers new.py'].sort());
    assert.deepEqual(review.files.skipped, []);
    assert.deepEqual(review.files.failed, []);
  });

  it('--diff A..B compares the two revisions directly', async () => {
    const { review } = await reviewChange({ kind: 'diff', range: 'main..feature' }, repo.dir);
    const mainOnly = review.change!.files.find((f) => f.path === 'main_only.py');
    assert.equal(mainOnly?.status, 'deleted', 'feature does not have the file main added');
    assert.equal(review.change!.base, repo.git('rev-parse', 'main').trim());
    assert.equal(review.change!.commitCount, 2, 'commits reachable from feature and not from main');
  });

  it('reads files at the reviewed revision, not from the working tree', async () => {
    // The working tree is on main: app.py there has no source on line 4.
    const { review } = await reviewChange({ kind: 'commit', rev: 'feature~1' }, repo.dir);
    assert.equal(review.change!.head, featureFirst);
    assert.equal(review.change!.base, baseSha);
    assert.deepEqual(review.change!.commits.map((c) => c.subject), ['Read the command from argv']);
    assert.deepEqual(findingKeys(review), ['app.py:5 taint-command-injection']);
  });

  it('--staged reviews the index, not the working tree', async () => {
    const staged = GitRepo.create();
    try {
      staged.write({ 'svc.py': 'import sys\n\nprint("ok")\n' });
      staged.commitAll('Base');
      staged.write({ 'svc.py': 'import sys\n\nprint("ok")\neval(sys.argv[1])\n' });
      staged.git('add', 'svc.py');
      // Fixed in the working tree but not staged: the commit would still carry the defect.
      staged.write({ 'svc.py': 'import sys\n\nprint("ok")\n' });
      const { review } = await reviewChange({ kind: 'staged' }, staged.dir);
      assert.deepEqual(findingKeys(review), ['svc.py:4 taint-code-injection']);
      assert.equal(review.change!.kind, 'staged');
      assert.equal(review.change!.head, null);
      assert.equal(review.change!.base, staged.head());
      assert.deepEqual(review.change!.commits, []);
    } finally {
      staged.cleanup();
    }
  });

  it('--staged works on a branch with no commit yet', async () => {
    const fresh = GitRepo.create();
    try {
      fresh.write({ 'first.py': 'import sys\neval(sys.argv[1])\n' });
      fresh.git('add', 'first.py');
      const { review } = await reviewChange({ kind: 'staged' }, fresh.dir);
      assert.equal(review.change!.base, null);
      assert.deepEqual(review.change!.files.map((f) => [f.path, f.status]), [['first.py', 'added']]);
      assert.deepEqual(findingKeys(review), ['first.py:2 taint-code-injection']);
    } finally {
      fresh.cleanup();
    }
  });

  it('a root commit is compared with the empty tree', async () => {
    const { review } = await reviewChange({ kind: 'commit', rev: baseSha }, repo.dir);
    assert.equal(review.change!.base, null);
    assert.ok(review.change!.files.every((f) => f.status === 'added'));
    // Every line of a new file is changed: the pre-existing defects of the base are all reported.
    assert.deepEqual(findingKeys(review), ['app.py:6 taint-code-injection', 'gone.py:4 eval-used', 'helpers old.py:5 eval-used']);
  });

  it('says to fetch more history when a revision is missing from a shallow clone', async () => {
    const shallow = GitRepo.create('pillar-shallow-');
    try {
      shallow.git('fetch', '-q', '--depth=1', `file://${repo.dir}`, 'feature');
      shallow.git('checkout', '-q', 'FETCH_HEAD');
      await assert.rejects(reviewChange({ kind: 'diff', range: 'HEAD~1..HEAD' }, shallow.dir), /revision "HEAD~1" does not exist .*shallow clone: fetch the history/);
      await assert.rejects(reviewChange({ kind: 'diff', range: 'no-such...HEAD' }, shallow.dir), /revision "no-such" does not exist/);
    } finally {
      shallow.cleanup();
    }
  });

  it('paths narrow the change; --exclude marks files as excluded', async () => {
    const narrowed = await reviewChange({ kind: 'diff', range: 'main...feature' }, repo.dir, { paths: ['renamed'] });
    assert.deepEqual(narrowed.review.change!.files.map((f) => f.path), ['renamed/helpers new.py']);
    // From a subfolder: paths are taken relative to it, and reported relative to the repository root.
    mkdirSync(join(repo.dir, 'dir with space'), { recursive: true });
    const sub = await reviewChange({ kind: 'diff', range: 'main...feature' }, join(repo.dir, 'dir with space'), { paths: ['.'] });
    assert.equal(sub.loaded.root, repo.dir);
    assert.deepEqual(sub.review.change!.files.map((f) => f.path), [UNICODE_PATH]);
    assert.deepEqual(findingKeys(sub.review), [`${UNICODE_PATH}:2 taint-code-injection`]);
    const excluded = await reviewChange({ kind: 'diff', range: 'main...feature' }, repo.dir, { exclude: ['app.py'] });
    assert.equal(excluded.review.change!.files.find((f) => f.path === 'app.py')!.notReviewed, 'excluded');
    assert.ok(!excluded.review.findings.some((f) => f.path === 'app.py'));
    // A mistyped path would narrow the change to nothing: an error, not a clean review.
    await assert.rejects(reviewChange({ kind: 'diff', range: 'main...feature' }, repo.dir, { paths: ['renamd'] }), /no such file or directory, and not in the change: renamd/);
  });
});
