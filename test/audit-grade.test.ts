/**
 * Grading against truth.json (all four classes, truth validation),
 * compliance with the study's instructions, and the quality signals,
 * including contradictions with the static engine on the same code.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { auditReview } from '../src/audit/audit.js';
import { checkCompliance } from '../src/audit/compliance.js';
import { gradeReview, parseTruth } from '../src/audit/grade.js';
import { parseReviewText } from '../src/audit/parse-review.js';
import { packagePath } from '../src/paths.js';

const fixture = (name: string) => readFileSync(packagePath('test', 'fixtures', 'audit', name), 'utf8');
const CODE_PATH = packagePath('test', 'fixtures', 'audit', 'resize_worker_test.py');
const CODE = fixture('resize_worker_test.py');
const grade = (review: string, truth: unknown) => gradeReview(parseReviewText(fixture(review)), parseTruth(truth)).grade;

describe('audit: truth.json', () => {
  it('accepts a single defect, a list, ranges in every form, and "defect": false', () => {
    assert.deepEqual(parseTruth({ cwe: 'CWE-78', lines: [48, '45-47', [50, 49], { start: 1, end: 2 }] }), {
      defect: true,
      expected: [
        {
          cwes: [78],
          type: null,
          lines: [
            { start: 48, end: 48 },
            { start: 45, end: 47 },
            { start: 49, end: 50 },
            { start: 1, end: 2 },
          ],
        },
      ],
    });
    assert.equal(parseTruth({ expected: [{ type: 'weak hash' }, { cwe: [208, 385], line: 9 }] }).expected.length, 2);
    assert.deepEqual(parseTruth({ defect: false }), { defect: false, expected: [] });
  });

  it('rejects malformed truth with the path of each problem', () => {
    assert.throws(() => parseTruth(JSON.parse(fixture('truth-bad.json'))), /cwe: .*CWE/);
    assert.throws(() => parseTruth({ lines: [4] }), /needs "cwe" or "type"/);
    assert.throws(() => parseTruth({ cwe: 78, line: 0 }), /line/);
    assert.throws(() => parseTruth({ cwe: 78, severity: 'high' }), /severity|Unrecognized/i);
    assert.throws(() => parseTruth([78]), /invalid truth/);
  });
});

describe('audit: the four grades', () => {
  const injection = { cwe: 78, lines: [48] };
  it('Instrumental: the right type at the right location', () => {
    assert.equal(grade('numbered-sections.md', injection), 'instrumental');
    // CWE-259 is a child of CWE-798: related types.
    assert.equal(grade('paragraphs.txt', { cwe: 259, lines: [10] }), 'instrumental');
    // The type given in words.
    assert.equal(grade('paragraphs.txt', { type: 'hard-coded password', lines: [10] }), 'instrumental');
  });
  it('Helpful: the right type elsewhere, or the right place with another type', () => {
    assert.equal(grade('paragraphs.txt', { cwe: 798, lines: [40] }), 'helpful');
    assert.equal(grade('paragraphs.txt', { cwe: 89, lines: [11] }), 'helpful');
  });
  it('Misleading: "no defect" on a defective file, a dismissed expected CWE, or claims wrong in type and place', () => {
    assert.equal(grade('list-right.md', injection), 'misleading');
    assert.equal(grade('paragraphs.txt', injection), 'misleading');
    const dismissing = parseReviewText('- **CWE-78**: not applicable, nothing runs a shell.\n- The code might have other issues.');
    assert.equal(dismissing.verdict, 'unclear');
    assert.equal(gradeReview(dismissing, parseTruth(injection)).grade, 'misleading');
  });
  it('Uncertain: no verdict, nothing claimed, nothing dismissed', () => {
    assert.equal(grade('hedged.txt', injection), 'uncertain');
    const vague = parseReviewText('I found several security vulnerabilities in this code.');
    assert.equal(vague.verdict, 'defect');
    assert.deepEqual(vague.defects, []);
    assert.equal(gradeReview(vague, parseTruth(injection)).grade, 'uncertain');
  });
  it('a defect-free file: no-defect is Instrumental, a claim Misleading, no verdict Uncertain', () => {
    assert.equal(grade('list-right.md', { defect: false }), 'instrumental');
    assert.equal(grade('numbered-sections.md', { defect: false }), 'misleading');
    assert.equal(grade('hedged.txt', { defect: false }), 'uncertain');
  });
  it('two CWEs that only share a pillar are not the same type', () => {
    // CWE-89 and CWE-78 both roll up to CWE-707.
    assert.equal(grade('numbered-sections.md', { cwe: 89, lines: [30] }), 'misleading');
  });
});

describe("audit: compliance with the study's instructions", () => {
  it('defects with line, description and fix comply', () => {
    const c = checkCompliance(parseReviewText(fixture('numbered-sections.md')));
    assert.equal(c.compliant, true, c.problems.join('; '));
    assert.equal(c.closingSentence, null);
  });
  it('names what a defect lacks', () => {
    const c = checkCompliance(parseReviewText('The handler is vulnerable to SQL injection (CWE-89).'));
    assert.equal(c.compliant, false);
    assert.deepEqual(c.defects, [{ defect: 0, hasLine: false, hasDescription: true, hasFix: false }]);
    assert.match(c.problems[0], /gives no line, no fix$/);
  });
  it('the closing sentence: exact, paraphrased, missing', () => {
    assert.equal(checkCompliance(parseReviewText(fixture('list-right.md'))).closingSentence, 'exact');
    assert.equal(checkCompliance(parseReviewText('No vulnerabilities were identified.')).closingSentence, 'paraphrase');
    assert.equal(checkCompliance(parseReviewText(fixture('hedged.txt'))).closingSentence, 'missing');
  });
});

describe('audit: quality signals', () => {
  const audit = (reviewText: string) => auditReview({ reviewPath: 'r.md', reviewText, codePath: CODE_PATH, codeText: CODE, truth: null });

  it('a no-defect verdict contradicts the defects the engine finds, with their lines', async () => {
    const r = await audit(fixture('list-right.md'));
    const verdict = r.quality.contradictions.find((c) => c.kind === 'no-defect-verdict');
    assert.ok(verdict, JSON.stringify(r.quality.contradictions));
    assert.match(verdict.message, /subprocess-shell \(CWE-78 .*\) at line 48/);
  });

  it('a dismissed CWE contradicts an engine finding of that CWE or under that pillar', async () => {
    const r = await audit('- **CWE-707 (Improper Neutralization)**: Not applicable, no input reaches a command.\n\nNo security defects are detected in the code.');
    const dismissed = r.quality.contradictions.filter((c) => c.kind === 'dismissed-cwe');
    assert.deepEqual(
      dismissed.map((c) => [c.finding?.checkId, c.finding?.line]),
      [['subprocess-shell', 48]],
    );
  });

  it('a line called fine where the engine finds a defect is a contradiction; a claim that is not dismissed is not', async () => {
    const safe = await audit('The subprocess call on line 48 is safe and correct.');
    assert.ok(safe.quality.contradictions.some((c) => c.kind === 'line-called-safe' && c.finding?.line === 48));
    const claimed = await audit('Line 48 is vulnerable to OS command injection (CWE-78). Fix: pass a list.');
    assert.deepEqual(claimed.quality.contradictions, []);
  });

  it('generic advice, hedging and statements not tied to the code', async () => {
    const r = await audit(fixture('hedged.txt'));
    assert.equal(r.quality.generic.count, 1);
    assert.equal(r.quality.hedging.count, 1);
    assert.equal(r.quality.untied.count, 2);
    const tied = await audit('The helper `_wait_for_status` sleeps in a loop on line 32, which is fine for a test.');
    assert.equal(tied.quality.untied.count, 0);
    assert.equal(tied.quality.generic.count, 0);
    assert.equal(tied.quality.hedging.count, 0);
    assert.equal(tied.quality.lineRefs, 1);
  });
});
