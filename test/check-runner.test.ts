/**
 * The check runner (src/analyze/run.ts): one walk for every check, and a
 * check that throws is recorded and switched off for the rest of the file
 * while the others go on, on every node kind it visits.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Check, CheckMeta } from '../src/analyze/check.js';
import { runChecks } from '../src/analyze/run.js';
import { lowerSnippet } from './support/python.js';

function meta(id: string): CheckMeta {
  return {
    id,
    title: id,
    cwe: 703,
    severity: 'low',
    confidence: 'high',
    languages: ['python'],
    description: 'test check',
    why: 'test',
    fix: 'test',
    example: { bad: '', good: '' },
    references: [],
    evidence: { subject: 'call', clean: 'fine' },
  };
}

const source = 'a()\nb()\nif x:\n    c()\n';

test('a check that throws is reported once, with its line, and visits nothing more; the others see every node', () => {
  const seen = { broken: [] as number[], brokenExit: 0, healthy: [] as number[] };
  const broken: Check = {
    meta: meta('test-broken'),
    create: () => ({
      call(node) {
        seen.broken.push(node.range.line);
        if (node.range.line === 2) throw new Error('boom');
      },
      'if:exit'() {
        seen.brokenExit++;
      },
    }),
  };
  const healthy: Check = {
    meta: meta('test-healthy'),
    create: (ctx) => ({
      call(node) {
        seen.healthy.push(node.range.line);
        ctx.report(node, 'a call');
      },
    }),
  };
  const result = runChecks(lowerSnippet(source), source, [broken, healthy]);
  assert.deepEqual(seen.broken, [1, 2]);
  assert.equal(seen.brokenExit, 0, 'its other visitors are off too');
  assert.deepEqual(seen.healthy, [1, 2, 4]);
  assert.deepEqual(result.failures, [{ checkId: 'test-broken', message: 'Error: boom at line 2' }]);
  assert.deepEqual(
    result.findings.map((f) => [f.checkId, f.range.line]),
    [
      ['test-healthy', 1],
      ['test-healthy', 2],
      ['test-healthy', 4],
    ],
  );
});

test('a check that throws when created is reported and the others run', () => {
  const failing: Check = {
    meta: meta('test-create-fails'),
    create: () => {
      throw new TypeError('cannot start');
    },
  };
  let calls = 0;
  const counting: Check = {
    meta: meta('test-counting'),
    create: () => ({
      call() {
        calls++;
      },
    }),
  };
  const result = runChecks(lowerSnippet(source), source, [failing, counting]);
  assert.equal(calls, 3);
  assert.deepEqual(result.failures, [{ checkId: 'test-create-fails', message: 'TypeError: cannot start' }]);
});
