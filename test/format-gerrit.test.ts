/**
 * `--format gerrit`: the ReviewInput is checked against a zod schema written
 * from Gerrit's REST documentation (rest-api-changes: ReviewInput,
 * RobotCommentInput, CommentInput, CommentRange), and each comment is checked
 * against the source it comments on: line N for a finding on line N, and the
 * 0-based character range selects exactly the finding's code.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { buildGerritReview, GERRIT_TAG, position } from '../src/format/gerrit.js';
import { findingFingerprint } from '../src/review/fingerprint.js';
import { runCli } from './support/cli.js';
import { gitRepoWithChange, reviewOf } from './support/format-review.js';

// CommentRange: lines 1-based, characters 0-based; start inclusive, end exclusive.
const CommentRange = z
  .strictObject({
    start_line: z.number().int().min(1),
    start_character: z.number().int().min(0),
    end_line: z.number().int().min(1),
    end_character: z.number().int().min(0),
  })
  .refine((r) => r.start_line < r.end_line || (r.start_line === r.end_line && r.start_character <= r.end_character), 'range ends before it starts');

const FixReplacementInfo = z.strictObject({ path: z.string().min(1), range: CommentRange, replacement: z.string() });
const FixSuggestionInfo = z.strictObject({ description: z.string().min(1), replacements: z.array(FixReplacementInfo).min(1) });

const commentFields = {
  path: z.string().optional(),
  side: z.enum(['REVISION', 'PARENT']).optional(),
  // `0` or absent: a file comment. With a range, Gerrit uses the range's end line.
  line: z.number().int().min(0).optional(),
  range: CommentRange.optional(),
  in_reply_to: z.string().optional(),
  message: z.string().min(1),
  fix_suggestions: z.array(FixSuggestionInfo).optional(),
};
const lineMatchesRange = (c: { line?: number; range?: { end_line: number } }) => !c.range || c.line === undefined || c.line === c.range.end_line;

const RobotCommentInput = z
  .strictObject({
    ...commentFields,
    robot_id: z.string().min(1),
    robot_run_id: z.string().min(1),
    url: z.url().optional(),
    properties: z.record(z.string(), z.string()).optional(),
  })
  .refine(lineMatchesRange, 'line is the end line of the range');

const CommentInput = z.strictObject({ ...commentFields, unresolved: z.boolean().optional() }).refine(lineMatchesRange);

// File paths as Gerrit names them: relative to the repository root, forward slashes.
const RepoPath = z.string().regex(/^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[^\\]+$/, 'repository-relative path');

const ReviewInput = z.strictObject({
  message: z.string().optional(),
  tag: z.string().optional(),
  labels: z.record(z.string().regex(/^[\w.-]+$/), z.number().int().min(-2).max(2)).optional(),
  comments: z.record(RepoPath, z.array(CommentInput)).optional(),
  robot_comments: z.record(RepoPath, z.array(RobotCommentInput)).optional(),
  drafts: z.enum(['PUBLISH', 'PUBLISH_ALL_REVISIONS', 'KEEP']).optional(),
  notify: z.enum(['NONE', 'OWNER', 'OWNER_REVIEWERS', 'ALL']).optional(),
  omit_duplicate_comments: z.boolean().optional(),
  on_behalf_of: z.union([z.string(), z.number()]).optional(),
  ready: z.boolean().optional(),
  work_in_progress: z.boolean().optional(),
});

// A dataflow finding over three lines (argv → exec), in a file with an untrusted source.
const APP = [
  'import sys', // 1
  '', // 2
  'def handler():', // 3
  '    code = sys.argv[1]', // 4
  '    exec(', // 5
  '        code,', // 6
  '    )', // 7
  '',
].join('\n');
// Pattern findings, one after a two-code-unit emoji, in a library (no untrusted source, so nothing defers to dataflow).
const LIB = [
  'import json', // 1
  's = "😀"; eval(cfg.opts[1])', // 2
  'def helper():', // 3
  '    return eval(cfg.opts[2])', // 4
  '',
].join('\n');
const SOURCES: Record<string, string> = { 'pkg/app.py': APP, 'pkg/lib.py': LIB };

describe('gerrit: ReviewInput', () => {
  it('is valid, and the zod schema rejects what Gerrit would (so passing means something)', async () => {
    const review = await reviewOf(SOURCES);
    const input = buildGerritReview(review, { root: '/repo', repoRoot: '/repo' });
    ReviewInput.parse(input);
    const comments = input.robot_comments!['pkg/app.py']!;
    const broken = structuredClone(input) as Record<string, unknown> & typeof input;
    broken.robot_comments!['pkg/app.py']![0]!.range!.start_character = -1;
    assert.equal(ReviewInput.safeParse(broken).success, false, '0-based characters are never negative');
    assert.equal(ReviewInput.safeParse({ ...input, robot_comments: { '/abs/app.py': comments } }).success, false);
    assert.equal(ReviewInput.safeParse({ ...input, robot_comments: { 'pkg/app.py': [{ ...comments[0], robot_id: undefined }] } }).success, false);
    assert.equal(ReviewInput.safeParse({ ...input, unknown_field: 1 }).success, false);
  });

  it('a finding on line N is a comment on line N whose range selects the finding', async () => {
    const review = await reviewOf(SOURCES);
    assert.deepEqual(
      review.findings.map((f) => [f.path, f.range.line, f.range.endLine]),
      [
        ['pkg/app.py', 5, 7],
        ['pkg/lib.py', 2, 2],
        ['pkg/lib.py', 4, 4],
      ],
    );
    const input = buildGerritReview(review, { root: '/repo', repoRoot: '/repo' });
    for (const f of review.findings) {
      const comments = input.robot_comments![f.path]!;
      const c = comments.find((x) => x.line === f.range.line && x.properties!.check === f.checkId);
      assert.ok(c, `comment for ${f.checkId} at ${f.path}:${f.range.line}`);
      assert.equal(c.range!.start_line, f.range.line);
      assert.equal(c.range!.end_line, f.range.line, 'clipped to the first line, where Gerrit then shows it');
      const text = SOURCES[f.path]!.split('\n')[f.range.line - 1]!.slice(c.range!.start_character, c.range!.end_character);
      if (f.range.endLine === f.range.line) assert.match(text, /^eval\(cfg\.opts\[\d\]\)$/);
      else assert.equal(text, 'exec(', 'a multi-line finding covers the rest of its first line');
      assert.equal(c.robot_id, 'pillar');
      assert.equal(c.url, `https://cwe.mitre.org/data/definitions/${f.cwe}.html`);
      assert.deepEqual(Object.keys(c.properties!).sort(), ['check', 'confidence', 'cwe', 'fingerprint', 'pillar', 'severity']);
      assert.equal(c.properties!.cwe, `CWE-${f.cwe}`);
      assert.equal(c.properties!.pillar, `CWE-${f.pillar}`);
      assert.equal(c.properties!.severity, f.severity);
      assert.equal(c.properties!.fingerprint, `${findingFingerprint(f)}:1`);
      assert.ok(c.message.includes(f.message));
      assert.equal('fix_suggestions' in c, false, 'no fix without a real replacement');
    }
    // The emoji is two UTF-16 code units, as it is two Java chars for Gerrit.
    const emoji = input.robot_comments!['pkg/lib.py']!.find((c) => c.line === 2)!;
    assert.equal(emoji.range!.start_character, 10);
  });

  it('a finding without a known line becomes a file comment; an empty range falls back to the line', async () => {
    const [f] = (await reviewOf({ 'pkg/lib.py': LIB })).findings;
    assert.ok(f);
    assert.deepEqual(position({ ...f, range: { line: 0, col: 0, endLine: 0, endCol: 0 } }), {});
    assert.deepEqual(position({ ...f, range: { ...f.range, endCol: f.range.col } }), { line: f.range.line });
  });

  it('summary, tag, notify, and labels only when asked: -1 at or above --fail-on, else 0', async () => {
    const review = await reviewOf({ 'app.py': 'eval(cfg.opts[1])\n' });
    assert.equal(review.findings[0]!.severity, 'high');
    const plain = buildGerritReview(review, {});
    assert.equal(plain.tag, GERRIT_TAG);
    assert.ok(plain.tag.startsWith('autogenerated:'));
    assert.equal(plain.notify, 'OWNER');
    assert.equal('labels' in plain, false);
    assert.match(plain.message, /^Pillar security review: 1 security defect found\./);
    assert.match(plain.message, /CWE-707 Improper Neutralization: 1 finding/);
    assert.deepEqual(buildGerritReview(review, { label: 'Code-Review' }).labels, { 'Code-Review': -1 });
    assert.deepEqual(buildGerritReview(review, { label: 'Code-Review', failOn: 'critical' }).labels, { 'Code-Review': 0 });
    assert.deepEqual(buildGerritReview(review, { label: 'Verified', failOn: null }).labels, { Verified: 0 });

    const clean = buildGerritReview(await reviewOf({ 'ok.py': 'x = 1\n' }), { label: 'Code-Review' });
    ReviewInput.parse(clean);
    assert.equal(clean.notify, 'NONE');
    assert.equal('robot_comments' in clean, false);
    assert.deepEqual(clean.labels, { 'Code-Review': 0 });
    assert.match(clean.message, /No security defects are detected in the code\./);
  });

  it('--gerrit-comments human: ordinary unresolved comments with the same positions', async () => {
    const review = await reviewOf(SOURCES);
    const robot = buildGerritReview(review, {});
    const human = buildGerritReview(review, { commentKind: 'human' });
    ReviewInput.parse(human);
    assert.equal('robot_comments' in human, false);
    const comments = Object.values(human.comments!).flat();
    assert.equal(comments.length, 3);
    assert.deepEqual(
      comments.map((c) => [c.line, c.range, c.message]),
      Object.values(robot.robot_comments!)
        .flat()
        .map((c) => [c.line, c.range, c.message]),
    );
    for (const c of comments) {
      assert.equal(c.unresolved, true);
      assert.equal('robot_id' in c, false);
    }
  });

  it('paths are relative to the repository root; a file outside it is named in the message', async () => {
    const review = await reviewOf({ 'app.py': 'eval(cfg.opts[1])\n', '../../elsewhere/outside.py': 'eval(cfg.opts[2])\n' });
    const input = buildGerritReview(review, { root: '/repo/service', repoRoot: '/repo' });
    ReviewInput.parse(input);
    assert.deepEqual(Object.keys(input.robot_comments!), ['service/app.py']);
    assert.match(input.message, /Findings that cannot be placed on a file of this change \(1\):\n- \.\.\/\.\.\/elsewhere\/outside\.py:1 \[high\] eval-used/);
  });

  it('a change: comments only on its files and changed lines, run id from its commit', async () => {
    const { dir, head } = gitRepoWithChange('Add new()');
    try {
      const r = await runCli(['review', '--commit', 'HEAD', '--format', 'gerrit'], { cwd: join(dir, 'svc') });
      assert.equal(r.code, 1, r.stderr);
      const input = ReviewInput.parse(JSON.parse(r.stdout));
      const comments = input.robot_comments!['svc/lib.py']!;
      assert.deepEqual(
        comments.map((c) => [c.line, c.robot_run_id]),
        [[7, head]],
      );
      assert.match(input.message ?? '', /\nChange: Add new\(\)\n/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a finding in a file the change does not touch goes into the message, not a comment Gerrit would refuse', async () => {
    const review = await reviewOf({ 'svc/lib.py': 'eval(cfg.opts[1])\n', 'svc/other.py': 'eval(cfg.opts[2])\n' });
    const file = (path: string) => ({ path, oldPath: null, status: 'modified' as const, kind: 'file' as const, lines: [[1, 1]] as Array<[number, number]> });
    const change = {
      kind: 'commit' as const,
      source: 'HEAD',
      base: 'a'.repeat(40),
      head: 'b'.repeat(40),
      commits: [{ sha: 'b'.repeat(40), subject: 'Touch lib', message: 'Touch lib\n' }],
      commitCount: 1,
      files: [file('svc/lib.py')],
      changedLines: 1,
      droppedOutsideChange: 0,
    };
    const input = buildGerritReview({ ...review, change }, { root: '/repo', repoRoot: '/repo' });
    ReviewInput.parse(input);
    assert.deepEqual(Object.keys(input.robot_comments!), ['svc/lib.py']);
    assert.equal(input.robot_comments!['svc/lib.py']![0]!.robot_run_id, 'b'.repeat(40));
    assert.match(input.message, /Findings that cannot be placed on a file of this change \(1\):\n- svc\/other\.py:1 \[high\] eval-used/);
  });

  it('through the CLI: JSON on stdout, exit code by --fail-on, --gerrit-label checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pillar-gerrit-'));
    try {
      writeFileSync(join(dir, 'app.py'), APP);
      writeFileSync(join(dir, 'lib.py'), LIB);
      const [ok, badLabel] = await Promise.all([
        runCli(['review', '.', '--format', 'gerrit', '--gerrit-label', 'Code-Review'], { cwd: dir }),
        runCli(['review', '.', '--format', 'gerrit', '--gerrit-label', 'Code Review'], { cwd: dir }),
      ]);
      assert.equal(ok.code, 1, ok.stderr);
      const input = ReviewInput.parse(JSON.parse(ok.stdout));
      assert.deepEqual(input.labels, { 'Code-Review': -1 });
      assert.deepEqual(
        Object.entries(input.robot_comments!).map(([path, list]) => [path, list.map((c) => c.line)]),
        [
          ['app.py', [5]],
          ['lib.py', [2, 4]],
        ],
      );
      assert.equal(badLabel.code, 2);
      assert.match(badLabel.stderr, /--gerrit-label takes a label name/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
