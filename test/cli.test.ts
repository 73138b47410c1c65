/**
 * The real `pillar` command in a child process: exit codes, usage errors,
 * --output, --pillars, and the cwe and explain commands. Each spawn costs
 * about half a second, so cases share runs where they can.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { allChecks } from '../src/engine/checks.js';
import { NO_DEFECTS } from '../src/review/assemble.js';
import { renderCheckDoc } from '../src/review/check-doc.js';
import type { Review } from '../src/review/types.js';
import { type CliResult, runCli } from './support/cli.js';

const CLEAN = 'def add(a, b):\n    return a + b\n';
// eval (high, pillar 707) and tempfile.mktemp (pillar 664): findings in two pillars.
const VULNERABLE = 'import sys\nimport tempfile\n\nvalue = eval(cfg.opts[1])\npath = tempfile.mktemp()\n';

function assertUsageError(r: CliResult, pattern: RegExp): void {
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stdout, '');
  const lines = r.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, `one line on stderr, got:\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace');
  assert.match(lines[0]!, pattern);
}

describe('pillar CLI', () => {
  let dir = '';
  const cli = (...args: string[]) => runCli(args, { cwd: dir });

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pillar-cli-'));
    writeFileSync(join(dir, 'clean.py'), CLEAN);
    writeFileSync(join(dir, 'vuln.py'), VULNERABLE);
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('exits 0 on a clean file, and the text review ends with the verdict', async () => {
    const r = await cli('review', 'clean.py');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.ok(r.stdout.endsWith(`\n${NO_DEFECTS}\n`), r.stdout.slice(-200));
  });

  it('exits 1 on a finding at or above --fail-on (default medium), 0 with --fail-on none or above it', async () => {
    const [byDefault, none, critical] = await Promise.all([
      cli('review', 'vuln.py', '--format', 'json'),
      cli('review', 'vuln.py', '--fail-on', 'none', '--pillars', '707'),
      cli('review', 'vuln.py', '--fail-on', 'critical', '--pillars', '707'),
    ]);
    assert.equal(byDefault.code, 1, byDefault.stderr);
    const review = JSON.parse(byDefault.stdout) as Review;
    assert.ok(review.findings.some((f) => f.severity === 'high'));
    assert.ok(review.findings.every((f) => f.severity !== 'critical'), 'no critical finding, so --fail-on critical passes');
    assert.equal(none.code, 0, none.stderr);
    assert.equal(critical.code, 0, critical.stderr);
    assert.equal(critical.stdout, none.stdout);
    assert.ok(none.stdout.trimEnd().endsWith('security defect found.'), none.stdout.slice(-200));
  });

  it('--pillars 707 restricts the sections and the findings', async () => {
    const [all, narrowed] = await Promise.all([
      cli('review', 'vuln.py', '--format', 'json', '--fail-on', 'none'),
      cli('review', 'vuln.py', '--format', 'json', '--fail-on', 'none', '--pillars', '707'),
    ]);
    const full = JSON.parse(all.stdout) as Review;
    const only = JSON.parse(narrowed.stdout) as Review;
    assert.ok(new Set(full.findings.map((f) => f.pillar)).size >= 2, 'the fixture has findings in two pillars');
    assert.deepEqual(
      only.pillars.map((p) => p.id),
      [707],
    );
    assert.ok(only.findings.length > 0);
    assert.ok(only.findings.every((f) => f.pillar === 707));
    assert.deepEqual(
      only.findings,
      full.findings.filter((f) => f.pillar === 707),
    );
    assert.ok(only.checks.length < full.checks.length, 'only the checks of pillar 707 ran');
  });

  it('--output writes the file and prints nothing', async () => {
    const out = join(dir, 'review.txt');
    const r = await cli('review', 'vuln.py', '--fail-on', 'none', '--output', out);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, '');
    assert.ok(existsSync(out));
    const text = readFileSync(out, 'utf8');
    assert.match(text, /^Pillar security review: 1 file/);
    assert.match(text, /vuln\.py:4:\d+ high/);
    assert.doesNotMatch(text, /\u001b\[/, 'no colour codes in a file');
  });

  it('usage errors exit 2 with one line on stderr and no stack trace', async () => {
    const [format, pillars, missing, size, jobs, threats] = await Promise.all([
      cli('review', 'clean.py', '--format', 'xml'),
      cli('review', 'clean.py', '--pillars', '707,999'),
      cli('review', 'no-such-file.py'),
      cli('review', 'clean.py', '--max-file-size', 'lots'),
      cli('review', 'clean.py', '--jobs', '2abc'),
      cli('review', 'clean.py', '--threats', 'remote,cloud'),
    ]);
    assertUsageError(format, /xml/);
    assertUsageError(pillars, /--pillars.*999/);
    assertUsageError(missing, /no such file or directory: no-such-file\.py/);
    assertUsageError(size, /--max-file-size.*lots/);
    assertUsageError(jobs, /--jobs takes a whole number, not "2abc"/);
    assertUsageError(threats, /--threats takes a list of remote, local, environment, file; not "remote,cloud"/);
  });

  it('cwe prints the chain to the pillar with names', async () => {
    const r = await cli('cwe', '89');
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], '89 → 943 → 74 → 707');
    assert.match(r.stdout, /CWE-89 Improper Neutralization of Special Elements used in an SQL Command \('SQL Injection'\)/);
    assert.match(r.stdout, /CWE-707 Improper Neutralization \(Pillar\)/);
  });

  it('explain prints the check doc; an unknown check exits 2', async () => {
    const [known, unknown] = await Promise.all([cli('explain', 'eval-used'), cli('explain', 'nope')]);
    assert.equal(known.code, 0, known.stderr);
    const meta = (await allChecks()).find((c) => c.meta.id === 'eval-used')!.meta;
    assert.equal(known.stdout, renderCheckDoc(meta));
    assertUsageError(unknown, /no check "nope"/);
  });
});
