/**
 * Line references judged against code: right and wrong references for every
 * claim kind, ranges, near misses inside the window tolerance, lines past the
 * end of the file, unverifiable claims, and the text fallback for languages
 * without an IR front end.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { classifyClaim } from '../src/audit/claims.js';
import { type CodeFacts, codeFactsFor } from '../src/audit/code-facts.js';
import { parseReviewText } from '../src/audit/parse-review.js';
import { BROAD_RANGE, verifyRef, WINDOW_TOLERANCE } from '../src/audit/verify.js';
import { packagePath } from '../src/paths.js';

const CODE_PATH = packagePath('test', 'fixtures', 'audit', 'resize_worker_test.py');
const CODE = readFileSync(CODE_PATH, 'utf8');
const codeLines = CODE.split('\n');

/** The 1-based line holding `needle` (asserting it is there exactly once), so the tests follow the fixture. */
function lineOf(needle: string): number {
  const hits = codeLines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  assert.equal(hits.length, 1, `"${needle}" occurs once in the fixture`);
  return hits[0];
}

function judge(sentence: string, facts: CodeFacts) {
  const r = parseReviewText(sentence);
  assert.equal(r.lineRefs.length, 1, `one reference in: ${sentence}`);
  return verifyRef(r.lineRefs[0], facts);
}

/** A line at least WINDOW_TOLERANCE + 1 lines away from every line whose text matches `re`. */
function farFrom(re: RegExp): number {
  const bad = codeLines.flatMap((l, i) => (re.test(l) ? [i + 1] : []));
  for (let n = 1; n <= codeLines.length; n++) if (bad.every((b) => Math.abs(b - n) > WINDOW_TOLERANCE)) return n;
  throw new Error('no far line');
}

describe('audit: claim kinds against the code', () => {
  let facts: CodeFacts;
  before(async () => {
    facts = await codeFactsFor(CODE_PATH, CODE);
    assert.equal(facts.method, 'ir');
  });

  const cases: Array<{ kind: string; at: string; sentence: (n: number) => string; unrelated: RegExp }> = [
    { kind: 'cleanup', at: 'self.addCleanup(self.api.close)', sentence: (n) => `The client is closed through a cleanup on line ${n}.`, unrelated: /close|Cleanup|tearDown|def tearDown/ },
    { kind: 'comparison', at: 'if server["status"] == status', sentence: (n) => `The status comparison on line ${n} is correct.`, unrelated: /==|assert|is None/ },
    { kind: 'sleep-polling', at: 'time.sleep(0.5)', sentence: (n) => `The test sleeps between polls on line ${n}.`, unrelated: /sleep|for |_wait_for_status/ },
    { kind: 'stubbing', at: 'mock.patch("example.images.fetch")', sentence: (n) => `The image service is stubbed out on line ${n}.`, unrelated: /mock|Fixture|fixture/ },
    { kind: 'exception-handling', at: 'except service.NoValidHost', sentence: (n) => `The NoValidHost exception is handled on line ${n}.`, unrelated: /try:|except|raise|self\.fail/ },
    { kind: 'credentials', at: 'ADMIN_PASSWORD = "hunter2-admin"', sentence: (n) => `A hard-coded password sits on line ${n}.`, unrelated: /PASSWORD/ },
  ];

  for (const c of cases) {
    it(`${c.kind}: supported on the line that has it`, () => {
      const v = judge(c.sentence(lineOf(c.at)), facts);
      assert.equal(v.kind, c.kind);
      assert.equal(v.status, 'supported', v.reason);
      assert.ok(v.evidence.some((e) => e.line === lineOf(c.at)));
    });
    it(`${c.kind}: wrong on a line without it`, () => {
      const v = judge(c.sentence(farFrom(c.unrelated)), facts);
      assert.equal(v.kind, c.kind);
      assert.equal(v.status, 'wrong', v.reason);
    });
  }

  it('evidence of another kind does not support a claim', () => {
    // self.fail is a failure call three lines below the nearest comparison; `name is None` is a comparison far from any loop.
    assert.equal(judge(`The comparison on line ${lineOf('self.fail(')} is fine.`, facts).status, 'wrong');
    assert.equal(judge(`The polling sleep is on line ${lineOf('if name is None')}.`, facts).status, 'wrong');
    assert.equal(judge(`The comparison on line ${lineOf('if name is None')} is fine.`, facts).status, 'supported');
  });

  it(`near: evidence within ${WINDOW_TOLERANCE} lines is reported with its line, evidence further away is not`, () => {
    const sleep = lineOf('time.sleep(0.5)');
    const near = judge(`The sleep is on line ${sleep + WINDOW_TOLERANCE}.`, facts);
    assert.equal(near.status, 'near', near.reason);
    assert.ok(near.evidence.some((e) => e.line === sleep));
    const credentials = lineOf('ADMIN_PASSWORD');
    assert.equal(judge(`The password is on line ${credentials + WINDOW_TOLERANCE + 1}.`, facts).status, 'wrong');
  });

  it('ranges are judged on the whole range', () => {
    const loop = lineOf('for attempt in range(10)');
    assert.equal(judge(`The polling loop (lines ${loop - 1}-${loop + 5}) waits for the status.`, facts).status, 'supported');
    const raise = lineOf('raise ValueError');
    assert.equal(judge(`The exception handling at lines ${raise - 5}-${raise} is fine.`, facts).status, 'supported');
    assert.equal(judge(`Credentials are read at lines ${lineOf('def test_resize') + 1}-${lineOf('server = self._wait_for_status(server, "ACTIVE")')}.`, facts).status, 'wrong');
  });

  it(`a range longer than ${BROAD_RANGE} lines is judged but flagged as broad`, () => {
    const wide = judge(`The cleanup (lines 1-${BROAD_RANGE + 1}) closes the client.`, facts);
    assert.equal(wide.status, 'supported');
    assert.equal(wide.broad, true);
    assert.equal(judge(`The cleanup (lines 1-${BROAD_RANGE}) closes the client.`, facts).broad, false);
  });

  it('a line past the end of the file is wrong, whatever the claim', () => {
    const n = facts.lineCount;
    for (const sentence of [`The cleanup on line ${n + 10} closes it.`, `Responses are processed on line ${n + 1}.`, `The comparison at L${n + 60} checks it.`]) {
      const v = judge(sentence, facts);
      assert.equal(v.status, 'wrong', sentence);
      assert.match(v.reason, /does not exist/);
    }
    const straddling = judge(`The teardown (lines ${n - 1}-${n + 3}) runs last.`, facts);
    assert.equal(straddling.status, 'wrong');
  });

  it('a claim that names nothing checkable is unverifiable, never judged', () => {
    const v = judge(`Responses are processed in the usual way (line ${lineOf('self.api.resize')}).`, facts);
    assert.equal(v.kind, 'unverifiable');
    assert.equal(v.status, 'unverifiable');
    assert.deepEqual(v.evidence, []);
  });

  it('the seed-style ranges "(line 60 and line 69)" and "L110" on a 50-line file are wrong', () => {
    const r = parseReviewText('There are cleanup methods (line 60 and line 69) to reset the environment, and the comparison at L110 is correct.');
    assert.deepEqual(
      r.lineRefs.map((ref) => verifyRef(ref, facts).status),
      ['wrong', 'wrong', 'wrong'],
    );
  });
});

describe('audit: claim classification', () => {
  const classify = (text: string) => {
    const r = parseReviewText(text);
    return r.lineRefs.map((ref) => classifyClaim(ref).kind);
  };
  it('the cue nearest the reference decides', () => {
    assert.deepEqual(classify('Exceptional conditions, like waiting for a status, are handled with timeouts and failure conditions (lines 111-112).'), ['exception-handling']);
    assert.deepEqual(classify('Control flow handles states, such as waiting for migrations (line 98) and handling responses (lines 132-143).'), ['sleep-polling', 'unverifiable']);
  });
  it('falls back to the sentence only when it names one kind and holds one reference', () => {
    assert.deepEqual(classify('Line 30: the status is compared with ==.'), ['comparison']);
    assert.deepEqual(classify('Line 30 sleeps; the comparison on line 38 passes.'), ['sleep-polling', 'comparison']);
  });
  it('credentials, stubbing and cleanup cues', () => {
    assert.deepEqual(classify('The API token on line 3 is a literal.'), ['credentials']);
    assert.deepEqual(classify('The fixture on line 17 isolates the database.'), ['stubbing']);
    assert.deepEqual(classify('tearDown on line 23 releases the client.'), ['cleanup']);
  });
});

describe('audit: text fallback for languages without an IR front end', () => {
  it('judges on the text of each line', async () => {
    const java = ['class T {', '  void t() throws Exception {', '    Thread.sleep(100);', '    if (a == b) { close(); }', '  }', '}'].join('\n');
    const facts = await codeFactsFor('T.java', java);
    assert.equal(facts.method, 'text');
    assert.equal(facts.lineCount, 6);
    assert.equal(judge('The sleep on line 3 polls.', facts).status, 'supported');
    assert.equal(judge('The comparison on line 4 is fine.', facts).status, 'supported');
    assert.equal(judge('The comparison on line 1 is fine.', facts).status, 'wrong');
  });
});
