/**
 * The diff filter (src/review/diff-filter.ts) in assembly: findings, flows,
 * suppressed findings and evidence limited to the changed lines; and the
 * small pieces it rests on (line ranges, git's path quoting).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countLines, overlaps, toRanges } from '../src/change/lines.js';
import { markFilteredOut } from '../src/change/load-change.js';
import { quoteGitPath, unquoteGitPath } from '../src/change/quote.js';
import { analyzeSource } from '../src/engine/analyze-file.js';
import { checksFor } from '../src/engine/checks.js';
import { LANGUAGES } from '../src/lang/registry.js';
import { assembleReview } from '../src/review/assemble.js';
import { ChangeScope } from '../src/review/diff-filter.js';
import type { ReviewChange } from '../src/review/types.js';

const python = LANGUAGES.find((l) => l.id === 'python')!;

function changeOf(path: string, lines: Array<[number, number]>): ReviewChange {
  return {
    kind: 'commit',
    source: 'HEAD',
    base: null,
    head: null,
    commits: [],
    commitCount: 0,
    files: [{ path, oldPath: null, status: 'modified', kind: 'file', lines }],
    changedLines: countLines(lines),
    droppedOutsideChange: 0,
  };
}

const range = (line: number, endLine = line) => ({ line, col: 1, endLine, endCol: 2 });

describe('diff filter', () => {
  it('a finding counts when any line of its range, or any flow step, is changed', () => {
    const scope = new ChangeScope(changeOf('a.py', [[4, 4], [10, 12]]));
    assert.equal(scope.includes({ path: 'a.py', range: range(4) }), true);
    assert.equal(scope.includes({ path: 'a.py', range: range(5) }), false);
    assert.equal(scope.includes({ path: 'a.py', range: range(8, 10) }), true, 'a multi-line call whose last line changed');
    assert.equal(scope.includes({ path: 'a.py', range: range(13, 20) }), false);
    assert.equal(scope.includes({ path: 'a.py', range: range(7), flow: [{ range: range(2), note: 'source' }, { range: range(11), note: 'step' }] }), true);
    assert.equal(scope.includes({ path: 'a.py', range: range(7), flow: [{ range: range(2), note: 'source' }] }), false);
    assert.equal(scope.includes({ path: 'b.py', range: range(4) }), false, 'another file');
  });

  it('assembly keeps findings and evidence on changed lines and counts the rest', async () => {
    const source = [
      'import subprocess', // 1
      'import sys', // 2
      '', // 3
      'subprocess.run(["ls"])', // 4: examined and safe, unchanged
      'eval(sys.argv[1])', // 5: a finding, unchanged
      'subprocess.run(["id"])', // 6: examined and safe, changed
      'cmd = sys.argv[2]', // 7: changed: the source of the flow below
      'subprocess.call(cmd, shell=True)', // 8: the sink, unchanged
      '',
    ].join('\n');
    const file = await analyzeSource('a.py', source, python, {});
    const checks = (await checksFor(python)).map((c) => c.meta);
    const full = assembleReview([file], { checks, pillars: [707] });
    assert.deepEqual(
      full.findings.map((f) => f.range.line),
      [5, 8],
    );

    const review = assembleReview([file], { checks, pillars: [707], change: changeOf('a.py', [[6, 7]]) });
    assert.deepEqual(
      review.findings.map((f) => `${f.range.line} ${f.checkId}`),
      ['8 taint-command-injection'],
    );
    assert.equal(review.change!.droppedOutsideChange, 1);
    const shell = review.pillars[0]!.checks.find((c) => c.checkId === 'subprocess-shell')!;
    const fullShell = full.pillars[0]!.checks.find((c) => c.checkId === 'subprocess-shell')!;
    assert.ok(fullShell.examined > shell.examined, 'the unchanged call on line 4 is not in the evidence');
    assert.doesNotMatch(shell.summary, /L4\b/);
    assert.doesNotMatch(review.pillars[0]!.checks.find((c) => c.checkId === 'eval-used')!.summary, /L5/, 'no pointer to a finding that is not shown');
    assert.equal(review.verdict, '1 security defect found.');
  });

  it('files a later filter (the configuration) took out are marked excluded, not counted as reviewed', () => {
    const change = changeOf('kept.py', [[1, 1]]);
    change.files.push({ path: 'dropped.py', oldPath: null, status: 'added', kind: 'file', lines: [[1, 2]] });
    change.files.push({ path: 'big.py', oldPath: null, status: 'added', kind: 'file', lines: [[1, 2]] });
    change.files.push({ path: 'gone.py', oldPath: null, status: 'deleted', kind: 'file', lines: [], notReviewed: 'deleted' });
    markFilteredOut(change, { files: [{ absPath: '/r/kept.py', path: 'kept.py' }], skipped: [{ path: 'big.py', reason: 'too-large' }], missing: [] });
    assert.deepEqual(
      change.files.map((f) => [f.path, f.notReviewed ?? 'reviewed']),
      [['kept.py', 'reviewed'], ['dropped.py', 'excluded'], ['big.py', 'reviewed'], ['gone.py', 'deleted']],
    );
  });

  it('line ranges', () => {
    assert.deepEqual(toRanges([5, 1, 2, 3, 9, 2]), [[1, 3], [5, 5], [9, 9]]);
    assert.equal(countLines([[1, 3], [5, 5]]), 4);
    assert.equal(overlaps([[1, 3], [9, 9]], 4, 8), false);
    assert.equal(overlaps([[1, 3], [9, 9]], 8, 9), true);
    assert.equal(overlaps([], 1, 1), false);
  });

  it("git's path quoting, both ways", () => {
    assert.equal(quoteGitPath('a/plain name.py'), 'a/plain name.py');
    assert.equal(quoteGitPath('a/ünï.py'), 'a/ünï.py', 'quotepath off: non-ASCII is written as is');
    assert.equal(quoteGitPath('a/tab\there "q" \\.py'), '"a/tab\\there \\"q\\" \\\\.py"');
    assert.equal(quoteGitPath('a/bell\x07\x01'), '"a/bell\\a\\001"');
    assert.equal(unquoteGitPath('"a/caf\\303\\251.py"'), 'a/café.py');
    assert.equal(unquoteGitPath('"a/tab\\there \\"q\\" \\\\.py"'), 'a/tab\there "q" \\.py');
    assert.equal(unquoteGitPath('plain'), 'plain');
    assert.equal(unquoteGitPath('"unterminated'), null);
    assert.equal(unquoteGitPath('"bad \\q escape"'), null);
  });
});
