/**
 * The per-file time budget: a file whose dataflow analysis outlasts it is
 * reported as partially analysed, naming the analyses that did not finish,
 * while the pattern checks' findings on it are kept.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeSource } from '../src/engine/analyze-file.js';
import { languageById } from '../src/lang/registry.js';
import { assembleReview } from '../src/review/assemble.js';
import { allChecks } from '../src/engine/checks.js';
import { PILLAR_IDS } from '../src/cwe/catalog.js';
import { formatText } from '../src/format/text.js';

const python = languageById('python')!;

/** A Flask handler followed by many helper functions: enough work that a 1 ms budget runs out. */
function bigModule(functions: number): string {
  const lines = ['import os', 'from flask import Flask, request', 'app = Flask(__name__)', '', '@app.route("/run")', 'def run():', '    cmd = request.args["cmd"]', '    os.system(cmd)', '    eval(cmd)', ''];
  for (let i = 0; i < functions; i++) {
    lines.push(`def helper_${i}(a, b):`, '    x = a + b', '    for k in range(10):', '        x = x + str(k)', '    return x', '');
  }
  return lines.join('\n');
}

describe('per-file time budget', () => {
  it('reports a file as partially analysed when the budget runs out, and keeps pattern findings', async () => {
    const result = await analyzeSource('big.py', bigModule(400), python, { timeBudgetMs: 1 });
    assert.equal(result.status, 'reviewed');
    assert.ok(result.failures.length > 0, 'some analysis should not have finished');
    for (const f of result.failures) {
      assert.match(f.checkId, /^taint-/);
      assert.match(f.message, /time budget ran out/);
    }
    // The pattern check still reports the eval on line 9.
    assert.ok(result.findings.some((f) => f.checkId === 'eval-used' && f.range.line === 9));
    const review = assembleReview([result], { checks: (await allChecks()).map((c) => c.meta), pillars: PILLAR_IDS });
    const text = formatText(review, { color: false });
    assert.match(text, /big\.py: partially analysed; did not finish: taint-[a-z-]+(, taint-[a-z-]+)*: .*time budget ran out/);
    assert.equal(text.split('\n').filter((l) => l.includes('partially analysed')).length, 1);
  });

  it('finishes the same file within the default budget and finds the flow', async () => {
    const result = await analyzeSource('big.py', bigModule(400), python, {});
    assert.deepEqual(result.failures, []);
    assert.ok(result.findings.some((f) => f.checkId === 'taint-command-injection' && f.range.line === 8));
  });
});
