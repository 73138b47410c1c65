import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckMeta } from '../src/analyze/check.js';
import { PILLAR_IDS } from '../src/cwe/catalog.js';
import { analyzeSource } from '../src/engine/analyze-file.js';
import { allChecks } from '../src/engine/checks.js';
import type { FileResult } from '../src/engine/types.js';
import { languageById } from '../src/lang/registry.js';
import { assembleReview, NO_DEFECTS } from '../src/review/assemble.js';
import { evidenceSentence } from '../src/review/evidence.js';

const python = languageById('python')!;
const metas = (await allChecks()).map((c) => c.meta);

async function review(files: Record<string, string>, pillars: readonly number[] = PILLAR_IDS) {
  const results: FileResult[] = [];
  for (const [path, src] of Object.entries(files)) results.push(await analyzeSource(path, src, python, {}));
  return assembleReview(results, { checks: metas, pillars });
}

describe('review assembly', () => {
  it('ends a clean review with the exact verdict and says what each pillar checked', async () => {
    const r = await review({ 'clean.py': 'import ast\nvalue = ast.literal_eval(data)\nexec("x = 1")\n' });
    assert.equal(r.findings.length, 0);
    assert.equal(r.verdict, NO_DEFECTS);
    const p707 = r.pillars.find((p) => p.id === 707)!;
    const evalCheck = p707.checks.find((c) => c.checkId === 'eval-used')!;
    assert.match(evalCheck.summary, /^1 eval\/exec call examined, .*: constant string at L3$/);
    assert.match(p707.statement, /^No defect found\./);
  });

  it('rolls findings up to their pillar and applies pillar: ignore suppressions', async () => {
    const r = await review({
      'a.py': [
        'eval(a)',
        'eval(b)  # pillar: ignore[eval-used] b is a constant expression',
        '# pillar: ignore c is a constant expression',
        'eval(c)',
        'eval(d)  # pillar: ignore[other-check] names no check',
        '',
      ].join('\n'),
    });
    // The comment naming no check suppresses nothing and is itself reported as stale (CWE-1116, pillar 710).
    assert.deepEqual(
      r.findings.map((f) => [f.range.line, f.pillar, f.cwe]),
      [
        [1, 707, 95],
        [5, 707, 95],
        [5, 710, 1116],
      ],
    );
    assert.equal(r.suppressed.length, 2);
    assert.notEqual(r.verdict, NO_DEFECTS);
  });

  it('restricts the review to the selected pillars', async () => {
    const r = await review({ 'a.py': 'eval(a)\n' }, [284]);
    assert.deepEqual(
      r.pillars.map((p) => p.id),
      [284],
    );
    assert.equal(r.findings.length, 0);
    assert.equal(r.verdict, NO_DEFECTS);
  });

  it('reports a defect found by a pattern check and a flow check once, and says so in the pattern check\'s evidence', async () => {
    const r = await review({
      'app.py': [
        'import subprocess',
        'from flask import Flask, request',
        'app = Flask(__name__)',
        '@app.route("/ping")',
        'def ping():',
        '    host = request.args["host"]',
        '    return subprocess.check_output("ping " + host, shell=True)',
        '',
      ].join('\n'),
    });
    const at7 = r.findings.filter((f) => f.range.line === 7 && f.cwe === 78);
    assert.equal(at7.length, 1);
    assert.equal(at7[0]!.checkId, 'taint-command-injection');
    assert.ok(at7[0]!.flow && at7[0]!.flow.length >= 2);
    const shell = r.pillars.find((p) => p.id === 707)!.checks.find((c) => c.checkId === 'subprocess-shell')!;
    assert.match(shell.summary, /also reported by another check, shown once there: L7 \(taint-command-injection\)/);
  });

  it('reports parse errors per file and keeps reviewing the rest of the file', async () => {
    const r = await review({ 'broken.py': 'def f(:\n    pass\n\neval(x)\n' });
    assert.equal(r.files.reviewed[0]!.parseErrors.length > 0, true);
    assert.deepEqual(
      r.findings.map((f) => f.range.line),
      [4],
    );
  });
});

describe('evidence sentences', () => {
  const meta = { evidence: { subject: 'resource acquisition', clean: 'all released' } } as CheckMeta;
  it('groups observations by how the site was found safe, with exact lines', () => {
    const s = evidenceSentence(
      meta,
      [
        { path: 'a.py', range: { line: 12, col: 1, endLine: 12, endCol: 2 }, detail: 'with-block' },
        { path: 'a.py', range: { line: 58, col: 1, endLine: 58, endCol: 2 }, detail: 'addCleanup' },
        { path: 'a.py', range: { line: 70, col: 1, endLine: 70, endCol: 2 }, detail: 'addCleanup' },
      ],
      false,
    );
    assert.equal(s, '3 resource acquisitions examined, all released: with-block at L12; addCleanup at L58 and L70');
  });
  it('names files when the review spans several', () => {
    const s = evidenceSentence(
      meta,
      [
        { path: 'b.py', range: { line: 3, col: 1, endLine: 3, endCol: 2 } },
        { path: 'a.py', range: { line: 9, col: 1, endLine: 9, endCol: 2 } },
      ],
      true,
    );
    assert.equal(s, '2 resource acquisitions examined, all released: at a.py L9; b.py L3');
  });
  it('says when nothing was found to examine', () => {
    assert.equal(evidenceSentence(meta, [], false), 'no resource acquisitions found');
  });
});

