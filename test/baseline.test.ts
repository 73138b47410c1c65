/**
 * Fingerprints (src/review/fingerprint.ts) and baselines (src/review/baseline.ts):
 * a finding keeps its identity when lines move and loses it when its sink,
 * its function or its file changes; a baseline counts duplicates; a
 * malformed baseline is an error with exit code 2; and the CLI round trip
 * `baseline create` → `review --baseline`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Finding } from '../src/analyze/check.js';
import { analyzeSource } from '../src/engine/analyze-file.js';
import { languageById } from '../src/lang/registry.js';
import { applyBaseline, type Baseline, BaselineError, baselineFingerprint, createBaseline, parseBaseline, readBaseline } from '../src/review/baseline.js';
import { findingFingerprint, sinkCode } from '../src/review/fingerprint.js';
import { runCli } from './support/cli.js';

const python = languageById('python')!;

async function findingsOf(lines: readonly string[], path = 'app.py'): Promise<Finding[]> {
  const r = await analyzeSource(path, `${lines.join('\n')}\n`, python, { checkIds: ['eval-used', 'subprocess-shell'] });
  assert.equal(r.status, 'reviewed', r.error);
  return r.findings;
}

const only = (findings: readonly Finding[]) => {
  assert.equal(findings.length, 1, findings.map((f) => `${f.checkId}@${f.range.line}`).join(', '));
  return findings[0]!;
};

/** A baseline of `findings` as it would be read back from a file in `dir`. */
function baselineOf(findings: readonly Finding[], dir = '/project'): Baseline {
  const doc = createBaseline(findings, join(dir, '.pillar-baseline.json'), dir);
  return { file: join(dir, '.pillar-baseline.json'), dir, counts: new Map(doc.findings.map((e) => [e.fingerprint, e.count])) };
}

const ORIGINAL = ['def handle(expr):', '    return eval(expr)'];

describe('finding fingerprints', () => {
  it('are hex SHA-256 and survive lines inserted above the finding, in and outside its function', async () => {
    const before = only(await findingsOf(ORIGINAL));
    const after = only(await findingsOf(['import os', '', '# a comment', 'def handle(expr):', '    """Docs."""', '    os.getcwd()', '    return eval(expr)']));
    assert.notEqual(before.range.line, after.range.line);
    assert.match(findingFingerprint(before), /^[0-9a-f]{64}$/);
    assert.equal(findingFingerprint(after), findingFingerprint(before));
  });

  it('ignore whitespace inside the sink and comments after it', async () => {
    const before = only(await findingsOf(['import subprocess', 'def run(cmd):', '    subprocess.call(cmd, shell=True)']));
    const reformatted = only(
      await findingsOf(['import subprocess', 'def run(cmd):', '    subprocess.call(cmd,', '                    shell=True)  # pillar: ignore[CWE-1] later']),
    );
    assert.equal(sinkCode(before), 'subprocess.call(cmd, shell=True)');
    assert.equal(findingFingerprint(reformatted), findingFingerprint(before));
  });

  it('change when the sink changes, the enclosing function is renamed, or the file differs', async () => {
    const base = findingFingerprint(only(await findingsOf(ORIGINAL)));
    const changedSink = only(await findingsOf(['def handle(expr):', '    return eval(expr.strip())']));
    const renamed = only(await findingsOf(['def handle_request(expr):', '    return eval(expr)']));
    const otherFile = only(await findingsOf(ORIGINAL, 'other.py'));
    for (const f of [changedSink, renamed, otherFile]) assert.notEqual(findingFingerprint(f), base);
  });

  it('name the enclosing function qualified through classes and outer functions, looking through lambdas', async () => {
    const findings = await findingsOf([
      'eval(a)',
      'class Handler:',
      '    def post(self, b):',
      '        return eval(b)',
      'def outer(c):',
      '    def inner():',
      '        return (lambda: eval(c))()',
      '    return inner',
    ]);
    assert.deepEqual(
      findings.map((f) => [f.range.line, f.context.function]),
      [
        [1, null],
        [4, 'Handler.post'],
        [7, 'outer.inner'],
      ],
    );
  });
});

describe('baselines', () => {
  it('absorb recorded findings after lines move, and report a changed sink or a renamed function as new', async () => {
    const baseline = baselineOf(await findingsOf(['import subprocess', 'def run(cmd):', '    subprocess.call(cmd, shell=True)', '    eval(cmd)']));
    const moved = await findingsOf(['import subprocess', '', 'X = 1', 'def run(cmd):', '    subprocess.call(cmd, shell=True)', '    eval(cmd)']);
    assert.deepEqual(applyBaseline(moved, baseline, '/project').fresh, []);

    const changed = await findingsOf(['import subprocess', 'def run(cmd):', '    subprocess.call(cmd + " -v", shell=True)', '    eval(cmd)']);
    assert.deepEqual(
      applyBaseline(changed, baseline, '/project').fresh.map((f) => f.checkId),
      ['subprocess-shell'],
    );
    const renamed = await findingsOf(['import subprocess', 'def execute(cmd):', '    subprocess.call(cmd, shell=True)', '    eval(cmd)']);
    assert.equal(applyBaseline(renamed, baseline, '/project').fresh.length, 2);
  });

  it('count duplicates: a second identical finding in the same function is new', async () => {
    const baseline = baselineOf(await findingsOf(ORIGINAL));
    const twice = await findingsOf(['def handle(expr):', '    eval(expr)', '    return eval(expr)']);
    const split = applyBaseline(twice, baseline, '/project');
    assert.deepEqual(
      [split.baselined.map((f) => f.range.line), split.fresh.map((f) => f.range.line)],
      [[2], [3]],
    );
    // Recorded twice, both are absorbed.
    const both = applyBaseline(twice, baselineOf(twice), '/project');
    assert.equal(both.fresh.length, 0);
  });

  it('record paths relative to the baseline file, so a run from a subfolder matches', async () => {
    const fromRoot = only(await findingsOf(ORIGINAL, 'src/app.py'));
    const fromSrc = { ...fromRoot, path: 'app.py' };
    assert.equal(baselineFingerprint(fromSrc, '/project', '/project/src'), baselineFingerprint(fromRoot, '/project', '/project'));
    const doc = createBaseline([fromRoot], '/project/.pillar-baseline.json', '/project');
    assert.deepEqual(
      doc.findings.map((e) => [e.path, e.function, e.code, e.count]),
      [['src/app.py', 'handle', 'eval(expr)', 1]],
    );
  });

  it('reject a file of the wrong shape with a message naming the field', () => {
    const good = createBaseline([], '/p/b.json', '/p');
    assert.doesNotThrow(() => parseBaseline(JSON.parse(JSON.stringify(good)), 'b.json'));
    assert.throws(() => parseBaseline({ ...good, version: 2 }, 'b.json'), /format version 2; this pillar reads version 1/);
    assert.throws(() => parseBaseline({ version: 1, fingerprintVersion: 1, tool: good.tool }, 'b.json'), /`findings` is missing/);
    const entry = { fingerprint: 'abc', count: 1, checkId: 'eval-used', cwe: 95, path: 'a.py', function: null, line: 1, code: 'eval(x)' };
    assert.throws(() => parseBaseline({ ...good, findings: [entry] }, 'b.json'), /`findings\[0\]\.fingerprint` must be a 64-digit/);
    assert.throws(() => parseBaseline({ ...good, findings: [{ ...entry, fingerprint: 'a'.repeat(64), count: 0 }] }, 'b.json'), /`findings\[0\]\.count`/);
    assert.throws(() => parseBaseline([], 'b.json'), BaselineError);
  });

  it('reading a missing or non-JSON file is a BaselineError', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pillar-baseline-read-'));
    try {
      assert.throws(() => readBaseline(join(dir, 'none.json')), /cannot read baseline .*no such file/);
      writeFileSync(join(dir, 'bad.json'), '{ not json');
      assert.throws(() => readBaseline(join(dir, 'bad.json')), /is not valid JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('pillar baseline create / pillar review --baseline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pillar-baseline-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const app = join(dir, 'app.py');
  const original = ['import subprocess', '', 'def run(cmd):', '    subprocess.call(cmd, shell=True)', '    return eval(cmd)', ''];

  it('records the findings, then reports only new ones and how many were baselined (exit code follows the new ones)', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(app, original.join('\n'));
    const created = await runCli(['baseline', 'create', '-o', '.pillar-baseline.json'], { cwd: dir });
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /2 findings recorded/);
    const doc = JSON.parse(readFileSync(join(dir, '.pillar-baseline.json'), 'utf8'));
    assert.equal(doc.version, 1);
    assert.deepEqual(doc.findings.map((e: { checkId: string }) => e.checkId).sort(), ['eval-used', 'subprocess-shell']);

    // Lines inserted above: nothing new.
    writeFileSync(app, ['"""Module docs."""', 'import os', ...original].join('\n'));
    const moved = await runCli(['review', '.', '--baseline', '.pillar-baseline.json'], { cwd: dir });
    assert.equal(moved.code, 0, moved.stdout + moved.stderr);
    assert.match(moved.stdout, /2 findings in the baseline \.pillar-baseline\.json not reported\./);
    assert.match(moved.stdout, /No new security defects are detected in the code \(2 baselined findings are not reported\)\./);

    // A second eval of the same code in the same function is new; of identical findings, the later ones in the file are the new ones.
    writeFileSync(app, [...original.slice(0, 4), '    eval(cmd)', ...original.slice(4)].join('\n'));
    const json = await runCli(['review', '.', '--baseline', '.pillar-baseline.json', '--format', 'json'], { cwd: dir });
    assert.equal(json.code, 1);
    const review = JSON.parse(json.stdout);
    assert.deepEqual(review.baseline, { file: '.pillar-baseline.json', baselined: 2 });
    assert.deepEqual(
      review.findings.map((f: Finding) => [f.checkId, f.range.line]),
      [['eval-used', 6]],
    );
  });

  it('matches when the review runs from a subfolder (paths are relative to the baseline file)', async () => {
    const project = mkdtempSync(join(tmpdir(), 'pillar-baseline-sub-'));
    try {
      mkdirSync(join(project, 'pkg'));
      writeFileSync(join(project, 'pkg', 'mod.py'), 'def f(x):\n    return eval(x)\n');
      assert.equal((await runCli(['baseline', 'create'], { cwd: project })).code, 0);
      const r = await runCli(['review', '.', '--baseline', '../.pillar-baseline.json', '--format', 'json'], { cwd: join(project, 'pkg') });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.deepEqual(JSON.parse(r.stdout).baseline, { file: '../.pillar-baseline.json', baselined: 1 });
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('a baseline file of the wrong shape is exit 2 with a clear message, never a silent pass', async () => {
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ version: 1, findings: 'none' }));
    const r = await runCli(['review', '.', '--baseline', 'broken.json'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^pillar: baseline broken\.json is not a pillar baseline: `fingerprintVersion` is missing/);
  });
});
