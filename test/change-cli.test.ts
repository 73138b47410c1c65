/**
 * `pillar review --diff/--staged/--commit/--patch` through the real command
 * line: the header with the commit message, exit codes (the CI gate), JSON
 * that validates against docs/review.schema.json, a patch on standard
 * input, and exit code 2 with a clear message for every way a change cannot
 * be read.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { packagePath } from '../src/paths.js';
import type { Review } from '../src/review/types.js';
import { GitRepo, runPillar } from './support/git-repo.js';

const BASE = 'import sys\n\nprint("start")\neval(sys.argv[2])\n';

describe('pillar review of a change (CLI)', () => {
  let repo: GitRepo;
  let outside = '';
  let noGitPath = '';
  let patch = '';

  before(() => {
    repo = GitRepo.create();
    repo.write({ 'tool.py': BASE });
    repo.commitAll('Base');
    repo.write({ 'tool.py': BASE.replace('print("start")', 'print("start")\nimport subprocess\nsubprocess.call(sys.argv[1], shell=True)') });
    repo.commitAll('Run the given command\n\nThe command comes from the first argument.');
    patch = repo.git('diff', 'HEAD~1', 'HEAD');
    outside = mkdtempSync(join(tmpdir(), 'pillar-not-a-repo-'));
    noGitPath = mkdtempSync(join(tmpdir(), 'pillar-empty-path-'));
  });

  after(() => {
    repo?.cleanup();
    for (const d of [outside, noGitPath]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it('prints the change and its commit message in the header, and fails the gate on a new finding', async () => {
    const r = await runPillar(['review', '--commit', 'HEAD'], { cwd: repo.dir });
    assert.equal(r.stderr, '');
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^Change: commit [0-9a-f]{12} against its parent [0-9a-f]{12}$/m);
    assert.match(r.stdout, /^ {2}[0-9a-f]{12} Run the given command$/m);
    assert.match(r.stdout, /^ {4}The command comes from the first argument\.$/m);
    assert.match(r.stdout, /^ {4}M tool\.py \(2 changed lines: L4-5\)$/m);
    assert.match(r.stdout, /1 finding elsewhere in these files is not shown/);
    assert.match(r.stdout, /tool\.py:5:1 critical .*taint-command-injection/);
    assert.doesNotMatch(r.stdout, /tool\.py:6:/, 'the old eval on line 6 is outside the change');
  });

  it('a changed file the engine skips (too large) is listed as skipped, not as reviewed', async () => {
    const r = await runPillar(['review', '--commit', 'HEAD', '--max-file-size', '10B', '--fail-on', 'none', '-f', 'json'], { cwd: repo.dir });
    assert.equal(r.code, 0, r.stderr);
    const review = JSON.parse(r.stdout) as Review;
    assert.deepEqual(
      review.change?.files.map((f) => [f.path, f.notReviewed, f.skipReason]),
      [['tool.py', 'skipped', 'too-large']],
    );
    const text = await runPillar(['review', '--commit', 'HEAD', '--max-file-size', '10B', '--fail-on', 'none'], { cwd: repo.dir });
    assert.match(text.stdout, /1 file changed, 0 reviewed/);
    assert.match(text.stdout, /M tool\.py \(skipped: too-large\)/);
  });

  it('--fail-on none never fails; a change with findings only outside it passes', async () => {
    const none = await runPillar(['review', '--commit', 'HEAD', '--fail-on', 'none'], { cwd: repo.dir });
    assert.equal(none.code, 0);
    const r = GitRepo.create();
    try {
      r.write({ 'old.py': BASE });
      r.commitAll('Base');
      r.write({ 'old.py': BASE.replace('print("start")', 'print("started")') });
      r.commitAll('Reword');
      const clean = await runPillar(['review', '--diff', 'HEAD~1..HEAD'], { cwd: r.dir });
      assert.equal(clean.code, 0, clean.stdout + clean.stderr);
      assert.match(clean.stdout, /1 finding elsewhere in these files is not shown/);
      assert.match(clean.stdout, /No security defects are detected in the code\./);
    } finally {
      r.cleanup();
    }
  });

  it('writes JSON with the change that validates against the schema', async () => {
    const r = await runPillar(['review', '--diff', 'HEAD~1...HEAD', '--format', 'json'], { cwd: repo.dir });
    assert.equal(r.stderr, '');
    const review = JSON.parse(r.stdout) as Review;
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajvFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(packagePath('docs', 'review.schema.json'), 'utf8')));
    assert.ok(validate(review), ajv.errorsText(validate.errors));
    assert.equal(review.change!.kind, 'diff');
    assert.equal(review.change!.commits[0]!.subject, 'Run the given command');
    assert.deepEqual(review.change!.files[0]!.lines, [[4, 5]]);
    assert.equal(review.change!.droppedOutsideChange, 1);
    assert.deepEqual(
      review.findings.map((f) => f.range.line),
      [5],
    );
  });

  it('reads a patch from standard input', async () => {
    const r = GitRepo.create();
    try {
      r.write({ 'tool.py': BASE });
      r.commitAll('Base');
      const ok = await runPillar(['review', '--patch', '-'], { cwd: r.dir, input: patch });
      assert.equal(ok.stderr, '');
      assert.equal(ok.code, 1);
      assert.match(ok.stdout, /^Change: patch standard input \(applied in memory to the working tree\)$/m);
      assert.match(ok.stdout, /tool\.py:5:1 critical/);
      const empty = await runPillar(['review', '--patch', '-'], { cwd: r.dir, input: '' });
      assert.equal(empty.code, 2);
      assert.match(empty.stderr, /the patch contains no diff/);
    } finally {
      r.cleanup();
    }
  });

  const fails = async (args: string[], cwd: string, message: RegExp, env?: NodeJS.ProcessEnv, input?: string) => {
    const r = await runPillar(args, { cwd, ...(env ? { env } : {}), ...(input !== undefined ? { input } : {}) });
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '', 'no review is printed for a change that could not be read');
  };

  // Each case is its own process; they run side by side.
  it('exits 2 for a revision that does not exist', async () => {
    await Promise.all([
      fails(['review', '--diff', 'no-such-branch...HEAD'], repo.dir, /^pillar: revision "no-such-branch" does not exist/),
      fails(['review', '--commit', '0123456789abcdef0123456789abcdef01234567'], repo.dir, /revision "0123456789abcdef0123456789abcdef01234567" does not exist/),
      fails(['review', '--diff', '--output=x..HEAD'], repo.dir, /"--output=x" is not a revision/),
      fails(['review', '--diff', 'HEAD'], repo.dir, /--diff takes a range such as origin\/main\.\.\.HEAD or A\.\.B, not "HEAD"/),
    ]);
  });

  it('exits 2 outside a git repository, and when git is not on PATH', async () => {
    await Promise.all([
      fails(['review', '--staged'], outside, /--staged needs a git repository, and .* is not inside one/, { GIT_CEILING_DIRECTORIES: tmpdir() }),
      fails(['review', '--diff', 'HEAD~1...HEAD'], repo.dir, /git was not found on PATH/, { PATH: noGitPath }),
    ]);
  });

  it('exits 2 for a patch that does not apply or cannot be read, and for two changes at once', async () => {
    // The working tree of `repo` has the change already; a patch against other content applies to neither side.
    const foreign = patch.replaceAll('print("start")', 'print("stop")');
    await Promise.all([
      fails(['review', '--patch', '-'], repo.dir, /does not apply to .*: tool\.py, hunk 1 of 1 \(@@ -1,4 \+1,6 @@\)/, undefined, foreign),
      fails(['review', '--patch', join(outside, 'none.diff')], repo.dir, /cannot read the patch file .*none\.diff: no such file/),
      fails(['review', '--patch', outside], repo.dir, /cannot read the patch file .*: it is a directory/),
      fails(['review', '--staged', '--commit', 'HEAD'], repo.dir, /review one change at a time/),
    ]);
  });
});
