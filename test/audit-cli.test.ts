/**
 * `pillar audit` as users run it: text and JSON output, --output, exit codes
 * (0 audited, 1 a --fail-on condition, 2 usage or input errors) and --batch
 * with a manifest. Each spawn loads the grammars, so cases share runs.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { packagePath } from '../src/paths.js';
import { type CliResult, runCli } from './support/cli.js';

const fx = (...parts: string[]) => packagePath('test', 'fixtures', 'audit', ...parts);
const CODE = fx('resize_worker_test.py');

function assertInputError(r: CliResult, pattern: RegExp): void {
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stdout, '');
  const lines = r.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, `one line on stderr, got:\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace');
  assert.match(lines[0], pattern);
}

describe('pillar audit (CLI)', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pillar-audit-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('audits one review as text and exits 0', async () => {
    const r = await runCli(['audit', '--review', fx('ranges.txt'), '--code', CODE]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Verdict: no defect$/m);
    assert.match(r.stdout, /^ {2}\[ok\] lines 27-33 \(sleep-polling\)/m);
    assert.match(r.stdout, /^ {2}\[WRONG\] line 60 \(cleanup\)/m);
    assert.match(r.stdout, /line 60 does not exist: the file has 50 lines/);
    assert.match(r.stdout, /^ {2}\[near\] line 34 \(sleep-polling\)/m);
    assert.match(r.stdout, /^ {2}\[\?\] lines 36-37 \(unverifiable\)/m);
    assert.match(r.stdout, /5 supported, 1 near, 3 wrong, 1 unverifiable/);
  });

  it('writes versioned JSON to --output, graded with --truth', async () => {
    const out = join(dir, 'audit.json');
    const r = await runCli(['audit', '--review', fx('numbered-sections.md'), '--code', CODE, '--truth', fx('truth-command-injection.json'), '--format', 'json', '--output', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const json = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(json.schemaVersion, 1);
    assert.equal(json.kind, 'audit');
    assert.equal(json.verdict, 'defect');
    assert.equal(json.grade.grade, 'instrumental');
    assert.deepEqual(
      json.defects.map((d: { line: number; cwe: number }) => [d.line, d.cwe]),
      [
        [48, 78],
        [10, 259],
      ],
    );
    assert.equal(json.codeMethod, 'ir');
  });

  it('--fail-on misleading exits 1 for a misleading review and 0 otherwise', async () => {
    const bad = await runCli(['audit', '--review', fx('list-right.md'), '--code', CODE, '--truth', fx('truth-command-injection.json'), '--fail-on', 'misleading']);
    assert.equal(bad.code, 1, bad.stderr);
    assert.match(bad.stdout, /^Grade: MISLEADING/m);
    assert.match(bad.stderr, /1 of 1 review\(s\) fail --fail-on \(misleading\)/);
    const good = await runCli(['audit', '--review', fx('numbered-sections.md'), '--code', CODE, '--truth', fx('truth-command-injection.json'), '--fail-on', 'misleading,wrong-ref']);
    assert.equal(good.code, 0, good.stderr);
  });

  it('audits the parsing alone when no code is given', async () => {
    const r = await runCli(['audit', '--review', fx('list-wrong.md'), '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.code, null);
    assert.ok(json.lineRefs.length === 6 && json.lineRefs.every((l: { status: unknown }) => l.status === null));
  });

  it('usage and input errors exit 2 with one clear line', async () => {
    assertInputError(await runCli(['audit']), /needs --review FILE/);
    assertInputError(await runCli(['audit', '--review', fx('ranges.txt'), '--batch', fx('batch')]), /either --review FILE or --batch FOLDER/);
    assertInputError(await runCli(['audit', '--review', join(dir, 'nope.md'), '--code', CODE]), /review not found: .*nope\.md/);
    assertInputError(await runCli(['audit', '--review', fx('ranges.txt'), '--code', join(dir, 'gone.py')]), /code file not found/);
    assertInputError(await runCli(['audit', '--review', fx('ranges.txt'), '--code', CODE, '--truth', fx('truth-not-json.json')]), /truth file .* is not valid JSON/);
    assertInputError(await runCli(['audit', '--review', fx('ranges.txt'), '--code', CODE, '--truth', fx('truth-bad.json')]), /truth file .*invalid truth: cwe: /);
    assertInputError(await runCli(['audit', '--review', fx('ranges.txt'), '--fail-on', 'sometimes']), /unknown --fail-on condition "sometimes"/);
    assertInputError(await runCli(['audit', '--review', fx('ranges.txt'), '--fail-on', 'misleading']), /needs --truth/);
  });

  it('--batch with a manifest: reviews of two files, each with its truth, in one table', async () => {
    const r = await runCli(['audit', '--batch', fx('batch')]);
    assert.equal(r.code, 0, r.stderr);
    const rows = r.stdout.split('\n').filter((l) => /^(?:\.\.\/|session)/.test(l));
    assert.equal(rows.length, 3, r.stdout);
    assert.match(rows[0], /^\.\.\/list-right\.md\s+\.\.\/resize_worker_test\.py\s+no defect\s.*\smisleading$/);
    assert.match(rows[1], /^\.\.\/numbered-sections\.md\s+\.\.\/resize_worker_test\.py\s+defect reported\s.*\sinstrumental$/);
    assert.match(rows[2], /^session-review\.txt\s+session_store\.py\s+defect reported\s.*\sinstrumental$/);
    assert.match(r.stdout, /^grades: 2 instrumental, 1 misleading$/m);
  });

  it('--batch without a manifest uses --code for every review; JSON has a summary', async () => {
    const folder = mkdtempSync(join(dir, 'plain-'));
    copyFileSync(fx('list-wrong.md'), join(folder, 'a.md'));
    copyFileSync(fx('ranges.txt'), join(folder, 'b.txt'));
    writeFileSync(join(folder, 'README.md'), '# notes, not a review\n');
    const r = await runCli(['audit', '--batch', folder, '--code', CODE, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.schemaVersion, 1);
    assert.equal(json.kind, 'audit-batch');
    assert.deepEqual(
      json.reviews.map((x: { name: string }) => x.name),
      ['a.md', 'b.txt'],
    );
    assert.equal(json.summary.wrongRefs, 9);
  });

  it('a manifest naming a missing review or with unknown keys is an input error', async () => {
    const folder = mkdtempSync(join(dir, 'bad-'));
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ code: CODE, reviews: ['missing.md'] }));
    assertInputError(await runCli(['audit', '--batch', folder]), /review not found: .*missing\.md/);
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ reviewz: [] }));
    assertInputError(await runCli(['audit', '--batch', folder]), /manifest .* is invalid/);
  });
});
