/**
 * Change review from a patch: applied in memory to the working tree, or
 * recognised as already applied; git format-patch mails (the commit
 * message); CRLF line endings; no final newline; renames, quoted names,
 * deletions and binary files; patches that do not apply, are cut short, or
 * reach outside the tree.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { applyHunks, stateFromText, textFromState } from '../src/change/patch-apply.js';
import { parsePatch } from '../src/change/patch-parse.js';
import { findingKeys, GitRepo, reviewChange } from './support/git-repo.js';

const BASE = ['import sys', '', '', 'def greet(name):', '    print("hello", name)', '', '', 'greet("world")', ''].join('\n');
// Adds a call of eval on the command line (line 9) and edits line 5.
const CHANGED = ['import sys', '', '', 'def greet(name):', '    print("hello,", name)', '', '', 'greet("world")', 'eval(sys.argv[1])', ''].join('\n');

describe('change review from a patch', () => {
  let repo: GitRepo;
  let patchFile = '';
  let patchText = '';
  let mailText = '';

  before(() => {
    repo = GitRepo.create();
    repo.write({ 'greet.py': BASE, 'notes.txt': 'one\n' });
    repo.commitAll('Base');
    repo.write({ 'greet.py': CHANGED });
    repo.commitAll('Greet with a comma; run a command\n\nSo that scripts can say more.');
    patchText = repo.git('diff', 'HEAD~1', 'HEAD');
    mailText = repo.git('format-patch', '-1', '--stdout', 'HEAD');
    // The working tree goes back to the base: the patch is not applied.
    repo.git('checkout', '-q', 'HEAD~1');
    patchFile = join(repo.dir, 'change.diff');
    writeFileSync(patchFile, patchText);
  });

  after(() => repo?.cleanup());

  const expectGreetChange = (review: Awaited<ReturnType<typeof reviewChange>>['review']) => {
    assert.deepEqual(findingKeys(review), ['greet.py:9 taint-code-injection']);
    assert.deepEqual(review.change!.files, [{ path: 'greet.py', oldPath: null, status: 'modified', kind: 'file', lines: [[5, 5], [9, 9]] }]);
  };

  it('applies a patch in memory and reviews the patched file (the disk is left alone)', async () => {
    const { review } = await reviewChange({ kind: 'patch', file: patchFile }, repo.dir);
    expectGreetChange(review);
    assert.equal(review.change!.patch, 'applied-in-memory');
    assert.equal(review.change!.kind, 'patch');
    assert.deepEqual(review.change!.commits, [], 'a plain diff has no message');
    assert.equal(readFileSync(join(repo.dir, 'greet.py'), 'utf8'), BASE);
  });

  it('recognises a patch already applied to the working tree', async () => {
    repo.write({ 'greet.py': CHANGED });
    try {
      const { review } = await reviewChange({ kind: 'patch', file: patchFile }, repo.dir);
      expectGreetChange(review);
      assert.equal(review.change!.patch, 'already-applied');
    } finally {
      repo.write({ 'greet.py': BASE });
    }
  });

  it('reads the commit message of a git format-patch mail', async () => {
    const file = join(repo.dir, 'change.patch');
    writeFileSync(file, mailText);
    const { review } = await reviewChange({ kind: 'patch', file }, repo.dir);
    expectGreetChange(review);
    const [commit] = review.change!.commits;
    assert.equal(commit!.subject, 'Greet with a comma; run a command');
    assert.equal(commit!.message, 'Greet with a comma; run a command\n\nSo that scripts can say more.');
    assert.match(commit!.sha ?? '', /^[0-9a-f]{40}$/);
    assert.equal(review.change!.commitCount, 1);
  });

  it('applies a format-patch series in order, applied or not yet applied', async () => {
    const r = GitRepo.create();
    try {
      const lines = ['import os', '', '', 'def a():', '    return 1', '', '', 'def b():', '    return 2', '', '', 'def c():', '    return 3', ''];
      r.write({ 'a.py': lines.join('\n') });
      r.commitAll('Base');
      r.write({ 'a.py': [...lines.slice(0, 5), '    eval(os.environ["A"])', ...lines.slice(5)].join('\n') });
      r.commitAll('First: eval in a()');
      r.remove('a.py');
      r.write({ 'lib/b.py': [...lines.slice(0, 5), '    eval(os.environ["A"])', ...lines.slice(5), 'exec(os.environ["B"])', ''].join('\n') });
      r.commitAll('Second: move to lib/b.py, exec at the end');
      const mbox = join(r.dir, 'series.mbox');
      writeFileSync(mbox, r.git('format-patch', '-2', '--stdout', 'HEAD'));
      // git log -p lists the newest commit first: it is applied last all the same.
      const log = join(r.dir, 'series.log');
      writeFileSync(log, r.git('log', '-p', '-2', 'HEAD'));
      const expect = async (file: string, applied: string) => {
        const { review } = await reviewChange({ kind: 'patch', file }, r.dir);
        assert.equal(review.change!.patch, applied);
        assert.deepEqual(review.change!.commits.map((c) => c.subject), ['Second: move to lib/b.py, exec at the end', 'First: eval in a()']);
        assert.deepEqual(review.change!.files, [{ path: 'lib/b.py', oldPath: 'a.py', status: 'renamed', kind: 'file', lines: [[6, 6], [15, 16]] }]);
        assert.deepEqual(findingKeys(review), ['lib/b.py:16 eval-used', 'lib/b.py:6 eval-used']);
      };
      await expect(mbox, 'already-applied');
      await expect(log, 'already-applied');
      r.git('checkout', '-q', 'HEAD~2');
      await expect(mbox, 'applied-in-memory');
      await expect(log, 'applied-in-memory');
    } finally {
      r.cleanup();
    }
  });

  it('reads the commit messages of git show and git log -p output', async () => {
    const file = join(repo.dir, 'show.patch');
    writeFileSync(file, repo.git('log', '-p', '-1', 'main'));
    const { review } = await reviewChange({ kind: 'patch', file }, repo.dir);
    expectGreetChange(review);
    assert.deepEqual(review.change!.commits.map((c) => [c.subject, c.message]), [['Greet with a comma; run a command', 'Greet with a comma; run a command\n\nSo that scripts can say more.']]);
  });

  it('reviews a patch with CRLF line endings in full', async () => {
    const file = join(repo.dir, 'crlf.diff');
    writeFileSync(file, patchText.replace(/\n/g, '\r\n'));
    assert.ok(readFileSync(file, 'utf8').includes('\r\n@@'));
    const { review } = await reviewChange({ kind: 'patch', file }, repo.dir);
    expectGreetChange(review);
  });

  it('applies a patch of a file with CRLF line endings, keeping them', async () => {
    const r = GitRepo.create();
    try {
      const base = 'import sys\r\n\r\ndef f():\r\n    a = 1\r\n    return a\r\n';
      r.write({ 'win.py': base });
      r.commitAll('Base');
      r.write({ 'win.py': base.replace('    return a', '    eval(sys.argv[1])\r\n    return a') });
      r.commitAll('Eval');
      const diff = r.git('diff', 'HEAD~1', 'HEAD');
      r.git('checkout', '-q', 'HEAD~1');
      const file = join(r.dir, 'win.diff');
      writeFileSync(file, diff);
      const { review, loaded } = await reviewChange({ kind: 'patch', file }, r.dir);
      assert.equal(new TextDecoder().decode(loaded.discovery.files[0]!.content), base.replace('    return a', '    eval(sys.argv[1])\r\n    return a'));
      assert.deepEqual(findingKeys(review), ['win.py:5 taint-code-injection']);
    } finally {
      r.cleanup();
    }
  });

  it('reviews a patch without a final newline in full', async () => {
    const file = join(repo.dir, 'no-eol.diff');
    writeFileSync(file, patchText.replace(/\n$/, ''));
    const { review } = await reviewChange({ kind: 'patch', file }, repo.dir);
    expectGreetChange(review);
  });

  it('handles files without a final newline ("\\ No newline at end of file")', async () => {
    const r = GitRepo.create();
    try {
      r.write({ 'tail.py': 'import sys\nprint(1)' });
      r.commitAll('Base');
      r.write({ 'tail.py': 'import sys\nprint(1)\neval(sys.argv[1])' });
      r.commitAll('Add eval, still no newline at the end');
      const diff = r.git('diff', 'HEAD~1', 'HEAD');
      assert.match(diff, /\\ No newline at end of file/);
      r.git('checkout', '-q', 'HEAD~1');
      const file = join(r.dir, 'tail.diff');
      writeFileSync(file, diff);
      const { review, loaded } = await reviewChange({ kind: 'patch', file }, r.dir);
      assert.equal(new TextDecoder().decode(loaded.discovery.files[0]!.content), 'import sys\nprint(1)\neval(sys.argv[1])');
      assert.deepEqual(review.change!.files[0]!.lines, [[2, 3]], 'print(1) gained a newline, so git lists it as changed');
      assert.deepEqual(findingKeys(review), ['tail.py:3 taint-code-injection']);
      // The same patch with CRLF endings: the marker line is recognised, not read as context.
      writeFileSync(file, diff.replace(/\n/g, '\r\n'));
      const crlf = await reviewChange({ kind: 'patch', file }, r.dir);
      assert.deepEqual(findingKeys(crlf.review), ['tail.py:3 taint-code-injection']);
    } finally {
      r.cleanup();
    }
  });

  it('names the file and hunk of a patch that does not apply', async () => {
    repo.write({ 'greet.py': BASE.replace('print("hello", name)', 'print("hi", name)') });
    try {
      await assert.rejects(reviewChange({ kind: 'patch', file: patchFile }, repo.dir), (err: Error) => {
        assert.equal(err.name, 'ChangeError');
        assert.match(err.message, /does not apply/);
        assert.match(err.message, /greet\.py, hunk 1 of 1 \(@@ -2,7 \+2,8 @@\)/);
        return true;
      });
    } finally {
      repo.write({ 'greet.py': BASE });
    }
  });

  it('rejects a patch cut short, a patch with no diff, and paths outside the tree', async () => {
    const file = join(repo.dir, 'bad.diff');
    writeFileSync(file, patchText.split('\n').slice(0, -4).join('\n'));
    await assert.rejects(reviewChange({ kind: 'patch', file }, repo.dir), /cut short or malformed: greet\.py, hunk 1/);
    writeFileSync(file, 'just some text\n');
    await assert.rejects(reviewChange({ kind: 'patch', file }, repo.dir), /contains no diff/);
    writeFileSync(file, patchText.replaceAll('a/greet.py', 'a/../outside.py').replaceAll('b/greet.py', 'b/../outside.py'));
    await assert.rejects(reviewChange({ kind: 'patch', file }, repo.dir), /outside the work tree/);
    await assert.rejects(reviewChange({ kind: 'patch', file: join(repo.dir, 'missing.diff') }, repo.dir), /cannot read the patch file .*missing\.diff: no such file/);
    // A symbolic link in the tree does not take the patch outside it.
    const outside = mkdtempSync(join(tmpdir(), 'pillar-outside-'));
    writeFileSync(join(outside, 'greet.py'), BASE);
    symlinkSync(outside, join(repo.dir, 'elsewhere'));
    try {
      writeFileSync(file, patchText.replaceAll('a/greet.py', 'a/elsewhere/greet.py').replaceAll('b/greet.py', 'b/elsewhere/greet.py'));
      await assert.rejects(reviewChange({ kind: 'patch', file }, repo.dir), /elsewhere\/greet\.py, which a symbolic link leads outside the work tree/);
    } finally {
      rmSync(join(repo.dir, 'elsewhere'));
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('renames with spaces, quoted non-ASCII names, deletions and binary files', async () => {
    const r = GitRepo.create();
    try {
      const body = ['import os', '', 'def size(path):', '    return os.path.getsize(path)', '', 'def name(path):', '    return os.path.basename(path)', ''].join('\n');
      r.write({ 'old name.py': body, 'gone.py': 'x = 1\n', 'icon.bin': new Uint8Array([0, 1, 2, 3]), 'tab\there.py': 'y = 2\n' });
      r.commitAll('Base');
      r.remove('old name.py', 'gone.py');
      r.write({ 'new dir/new name.py': `${body}eval(os.environ["CMD"])\n`, 'icon.bin': new Uint8Array([0, 1, 2, 4]), 'café.py': 'import sys\neval(sys.argv[1])\n', 'tab\there.py': 'y = 3\n' });
      r.commitAll('Move, delete, add');
      // core.quotepath is on by default: git writes "caf\303\251.py" and "tab\there.py" quoted.
      const diff = r.git('-c', 'core.quotepath=on', 'diff', '-M', 'HEAD~1', 'HEAD');
      assert.match(diff, /"b\/caf\\303\\251\.py"/);
      assert.match(diff, /"b\/tab\\there\.py"/);
      assert.match(diff, /rename from old name\.py/);
      r.git('checkout', '-q', 'HEAD~1');
      const file = join(r.dir, 'moves.diff');
      writeFileSync(file, diff);
      const { review } = await reviewChange({ kind: 'patch', file }, r.dir);
      const byPath = new Map(review.change!.files.map((f) => [f.path, f]));
      assert.deepEqual([...byPath.keys()].sort(), ['café.py', 'gone.py', 'icon.bin', 'new dir/new name.py', 'tab\there.py']);
      assert.deepEqual(byPath.get('tab\there.py')!.lines, [[1, 1]]);
      assert.deepEqual({ ...byPath.get('new dir/new name.py') }, { path: 'new dir/new name.py', oldPath: 'old name.py', status: 'renamed', kind: 'file', lines: [[8, 8]] });
      assert.equal(byPath.get('gone.py')!.notReviewed, 'deleted');
      assert.equal(byPath.get('icon.bin')!.notReviewed, 'binary');
      assert.deepEqual(findingKeys(review), ['café.py:2 taint-code-injection', 'new dir/new name.py:8 eval-used']);
    } finally {
      r.cleanup();
    }
  });

  it('works outside a git repository, against the working directory', async () => {
    const r = GitRepo.create();
    try {
      r.write({ 'greet.py': BASE });
      r.remove('.git');
      const file = join(r.dir, 'change.diff');
      writeFileSync(file, patchText);
      const { review, loaded } = await reviewChange({ kind: 'patch', file }, r.dir);
      assert.equal(loaded.root, r.dir);
      expectGreetChange(review);
    } finally {
      r.cleanup();
    }
  });
});

describe('patch parsing and in-memory application', () => {
  it('applies hunks at an offset when lines were inserted above them', () => {
    const patch = parsePatch(['--- a/f.py', '+++ b/f.py', '@@ -2,3 +2,4 @@', ' b', ' c', '+inserted', ' d', ''].join('\n'));
    const state = stateFromText('new first\na\nb\nc\nd\ne\n');
    assert.equal(applyHunks(state, patch.mails[0]!.files[0]!.hunks, false), null);
    assert.equal(textFromState(state), 'new first\na\nb\nc\ninserted\nd\ne\n');
    assert.deepEqual(
      state.lines.flatMap((l, i) => (l.changed ? [i + 1] : [])),
      [5],
    );
  });

  it('does not apply a hunk that ends a file to a file that continues (git apply anchoring)', () => {
    const patch = parsePatch(['--- a/f.py', '+++ b/f.py', '@@ -1,2 +1,3 @@', ' a', ' b', '+c', ''].join('\n'));
    const failure = applyHunks(stateFromText('a\nb\nc\n'), patch.mails[0]!.files[0]!.hunks, false);
    assert.equal(failure?.hunk, 0);
    // Un-applying finds the added line in the file that already has it.
    const reversed = stateFromText('a\nb\nc\n');
    const removed: number[] = [];
    assert.equal(applyHunks(reversed, patch.mails[0]!.files[0]!.hunks, true, (l) => removed.push(l.origin!)), null);
    assert.deepEqual(removed, [3]);
  });

  it('reads plain unified diffs (diff -u) with timestamps', () => {
    const text = ['--- a/src/m.py\t2026-01-01 10:00:00.000000000 +0000', '+++ b/src/m.py\t2026-01-02 10:00:00.000000000 +0000', '@@ -1 +1,2 @@', ' x = 1', '+y = 2', ''].join('\n');
    const parsed = parsePatch(text);
    assert.equal(parsed.isMail, false);
    const f = parsed.mails[0]!.files[0]!;
    assert.equal(f.newPath, 'src/m.py');
    assert.equal(f.status, 'modified');
    assert.deepEqual(f.hunks[0]!.lines, [{ op: ' ', text: 'x = 1' }, { op: '+', text: 'y = 2' }]);
  });

  it('decodes an RFC 2047 subject and strips the [PATCH n/m] prefix', () => {
    const mail = [
      'From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001',
      'From: A <a@example.invalid>',
      'Subject: [PATCH 2/3] =?UTF-8?q?Caf=C3=A9=20checks?=',
      ' continue here',
      '',
      'Body.',
      '---',
      ' f.py | 1 +',
      '',
      'diff --git a/f.py b/f.py',
      '--- a/f.py',
      '+++ b/f.py',
      '@@ -1 +1,2 @@',
      ' x',
      '+y',
      '-- ',
      '2.39.5',
      '',
    ].join('\n');
    const parsed = parsePatch(mail);
    assert.equal(parsed.mails[0]!.subject, 'Café checks continue here');
    assert.equal(parsed.mails[0]!.message, 'Café checks continue here\n\nBody.');
    assert.equal(parsed.mails[0]!.files[0]!.hunks[0]!.lines.length, 2, 'the mail signature is not part of the hunk');
  });
});
