/**
 * `pillar bench`: the CSV and mark labels, the CWE equivalence table, the
 * scoring arithmetic on hand-made findings, and one run over a tiny corpus
 * (in process for the numbers, through the CLI for the exit codes).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseExpectedCsv } from '../src/benchmark/csv.js';
import { cweMatches, equivalentCwes, GROUPS, PARENT_CATEGORIES } from '../src/benchmark/equivalence.js';
import { type CorpusFile, type FileCase, LabelError, type LineMark, loadLabels } from '../src/benchmark/labels.js';
import { parseMarkId } from '../src/benchmark/marks.js';
import { formatText } from '../src/benchmark/report.js';
import { runBenchmark } from '../src/benchmark/run.js';
import { averageScore, type ScoredFinding, scoreFiles, scoreLines } from '../src/benchmark/score.js';
import { lookupCwe, PILLAR_IDS } from '../src/cwe/catalog.js';
import { packagePath } from '../src/paths.js';
import { parseMarks } from './support/marks.js';
import { runCli } from './support/cli.js';

const CHECK_CWE: Record<string, number> = { 'eval-used': 95, 'weak-hash': 328 };
const checkCwe = (id: string) => CHECK_CWE[id];

describe('expected-results CSV', () => {
  it('reads rows with or without a header, spaces, quotes, CRLF, a BOM, comments and extra columns', () => {
    const text =
      '\uFEFF# test name, category, real vulnerability, cwe, Benchmark version: 1.2\r\n' +
      ' sqli_001 , sqli , true , 89\r\n' +
      '\r\n' +
      '"dir/xss 002","x,ss",FALSE,"CWE-79",extra\r\n' +
      'cmd_3,cmdi,yes,cwe 78';
    assert.deepEqual(parseExpectedCsv(text, 'e.csv'), [
      { line: 2, testName: 'sqli_001', category: 'sqli', vulnerable: true, cwe: 89 },
      { line: 4, testName: 'dir/xss 002', category: 'x,ss', vulnerable: false, cwe: 79 },
      { line: 5, testName: 'cmd_3', category: 'cmdi', vulnerable: true, cwe: 78 },
    ]);
    // A plain header row, and no header at all.
    assert.equal(parseExpectedCsv('test name,category,vulnerable,CWE\na,b,true,1\n', 'e.csv').length, 1);
    assert.equal(parseExpectedCsv('a,b,false,1\n', 'e.csv')[0]!.vulnerable, false);
    assert.equal(parseExpectedCsv('"say ""hi""",b,true,1\n', 'e.csv')[0]!.testName, 'say "hi"');
  });

  it('names the line of a malformed row', () => {
    const bad: Array<[string, RegExp]> = [
      ['a,b,true,89\nb,c,true\n', /^e\.csv line 2: expected 4 columns .*found 3$/],
      ['a,b,true,89\n\nb,c,maybe,89\n', /^e\.csv line 3: vulnerable must be true or false, not "maybe"$/],
      ['a,b,true,SQL\n', /^e\.csv line 1: CWE must be a number such as 89 or CWE-89, not "SQL"$/],
      ['a,b,true,89\n,c,true,89\n', /^e\.csv line 2: the test name is empty$/],
      ['a,b,true,89\nA,c,false,89\n', /^e\.csv line 2: test "A" is already listed on line 1$/],
      ['a,b,true,89\n"b,c,true,89\n', /^e\.csv line 2: a quoted field is not closed$/],
      ['a,b"x,true,89\n', /^e\.csv line 1: stray quote/],
    ];
    for (const [text, message] of bad) assert.throws(() => parseExpectedCsv(text, 'e.csv'), (e: unknown) => e instanceof LabelError && message.test(e.message));
  });

  it('matches test names to files by base name or relative path, one file each', () => {
    const files: CorpusFile[] = ['sqli/a.py', 'xss/a.py', 'xss/b.py', 'c.py'].map((rel) => ({ rel, source: '' }));
    const labels = loadLabels(files, [{ text: 'xss/a,xss,true,79\nb,xss,false,79\nc.py,x,true,1\n', name: 'e.csv', base: '' }], checkCwe);
    assert.deepEqual(
      labels.cases.map((c) => c.file),
      ['xss/a.py', 'xss/b.py', 'c.py'],
    );
    const fails = (csv: string, message: RegExp) =>
      assert.throws(() => loadLabels(files, [{ text: csv, name: 'e.csv', base: '' }], checkCwe), (e: unknown) => e instanceof LabelError && message.test(e.message));
    fails('a,x,true,79\n', /^e\.csv line 1: test "a" matches 2 files \(sqli\/a\.py, xss\/a\.py\); give its relative path$/);
    fails('b,x,true,79\nnope,x,true,79\n', /^e\.csv line 2: no file in the corpus matches test "nope"$/);
    fails('b,x,true,79\nxss/b.py,x,true,79\n', /^e\.csv line 2: xss\/b\.py is already labelled on line 1$/);
    // A CSV in a subfolder names the files under it.
    const sub = loadLabels(files, [{ text: 'a,xss,true,79\n', name: 'xss/expected.csv', base: 'xss' }], checkCwe);
    assert.deepEqual(sub.cases[0], { file: 'xss/a.py', category: 'xss', cwe: 79, vulnerable: true, origin: 'xss/expected.csv line 1' });
  });
});

describe('inline marks', () => {
  const source = ['import x', '# expect: CWE-95', 'eval(a)', '# ok: weak-hash, CWE-916', '# expect: eval-used', 'b()', ''].join('\r\n');

  it('still serve the fixture harness from test/support, and name CWEs or checks', () => {
    const marks = parseMarks(source);
    assert.deepEqual([...marks.expect.entries()], [
      ['CWE-95', new Set([3])],
      ['eval-used', new Set([6])],
    ]);
    assert.deepEqual([...marks.ok.keys()], ['weak-hash', 'CWE-916']);
    assert.deepEqual(parseMarkId('cwe-95'), { kind: 'cwe', cwe: 95 });
    assert.deepEqual(parseMarkId('eval-used'), { kind: 'check', checkId: 'eval-used' });
  });

  it('give a file its cases when no CSV lists it: one per CWE, vulnerable when some mark expects it', () => {
    const files = [
      { rel: 'm.py', source },
      { rel: 'listed.py', source: '# expect: CWE-89\nq()\n' },
    ];
    const labels = loadLabels(files, [{ text: 'listed,sqli,true,89\n', name: 'e.csv', base: '' }], checkCwe);
    assert.deepEqual(
      labels.cases.map((c) => [c.file, c.category, c.cwe, c.vulnerable, c.origin]),
      [
        ['listed.py', 'sqli', 89, true, 'e.csv line 1'],
        ['m.py', 'CWE-328', 328, false, 'marks'],
        ['m.py', 'CWE-916', 916, false, 'marks'],
        ['m.py', 'CWE-95', 95, true, 'marks'],
      ],
    );
    assert.deepEqual(labels.casesFrom, { csv: 1, marks: 1 });
    assert.equal(labels.marks.length, 5);
    assert.throws(() => loadLabels([{ rel: 'z.py', source: '# ok: no-such-check\nx\n' }], [], checkCwe), /z\.py:2: the mark names "no-such-check"/);
  });
});

describe('CWE equivalence', () => {
  it('matches the documented groups both ways', () => {
    for (const [a, b] of [
      [94, 95],
      [77, 78],
      [79, 80],
      [22, 73],
      [23, 36],
      [611, 776],
      [328, 916],
      [759, 760],
      [330, 338],
      [643, 91],
    ] as const) {
      assert.ok(cweMatches(a, b) && cweMatches(b, a), `${a} ≡ ${b}`);
    }
    assert.deepEqual(equivalentCwes(89), [89]);
  });

  it('lets a child count for a documented parent label, never the reverse', () => {
    assert.ok(cweMatches(564, 89));
    assert.ok(!cweMatches(89, 564));
    assert.ok(cweMatches(328, 327) && cweMatches(759, 327));
    assert.ok(!cweMatches(327, 328), 'a weak-cipher finding is not a weak hash');
    assert.ok(cweMatches(88, 77) && !cweMatches(88, 78));
    assert.ok(cweMatches(331, 330) && !cweMatches(331, 338));
  });

  it('never matches through a shared class or pillar', () => {
    for (const broad of [707, 74, 943, 664]) assert.ok(!cweMatches(broad, 89), `${broad} is not SQL injection`);
    assert.ok(!cweMatches(89, 707) && !cweMatches(89, 943), 'a label of a class takes only its own CWE');
    assert.ok(!cweMatches(1336, 94) && !cweMatches(1336, 95), 'template injection is scored apart');
    assert.ok(!cweMatches(614, 1004) && !cweMatches(117, 93) && !cweMatches(89, 90) && !cweMatches(79, 116));
  });

  it('uses catalog CWEs, no pillar as a parent, and is documented in docs/benchmark.md', () => {
    const doc = readFileSync(packagePath('docs', 'benchmark.md'), 'utf8');
    for (const g of GROUPS) {
      for (const c of g.cwes) assert.ok(lookupCwe(c), `CWE-${c} is in the catalog`);
      assert.ok(doc.includes(g.cwes.join(' ≡ ')), `docs/benchmark.md lists ${g.cwes.join(' ≡ ')}`);
    }
    for (const p of PARENT_CATEGORIES) {
      assert.ok(lookupCwe(p.cwe) && !PILLAR_IDS.includes(p.cwe) && p.cwe !== 74, `CWE-${p.cwe}`);
      assert.ok(doc.includes(`| ${p.cwe} `), `docs/benchmark.md lists parent ${p.cwe}`);
    }
  });
});

describe('scoring', () => {
  const fc = (file: string, category: string, cwe: number, vulnerable: boolean): FileCase => ({ file, category, cwe, vulnerable, origin: 'test' });
  const f = (file: string, line: number, cwe: number, checkId = 'c'): ScoredFinding => ({ file, line, cwe, checkId });

  it('counts files per category: TPR, FPR, score and the average', () => {
    const cases = [
      fc('s1', 'sqli', 89, true),
      fc('s2', 'sqli', 89, true),
      fc('s3', 'sqli', 89, true),
      fc('s4', 'sqli', 89, true),
      fc('s5', 'sqli', 89, false),
      fc('s6', 'sqli', 89, false),
      fc('e1', 'codeinj', 94, true),
      fc('e2', 'codeinj', 94, false),
      fc('o1', 'only-vuln', 601, true),
    ];
    const findings = [
      f('s1', 3, 89),
      f('s1', 9, 89), // two findings, one file
      f('s2', 1, 564), // child of 89
      f('s3', 1, 943), // parent class: does not count
      f('s5', 1, 89),
      f('s6', 1, 79), // other category: does not count
      f('e1', 1, 95, 'eval-used'), // 95 ≡ 94
    ];
    const [codeinj, onlyVuln, sqli] = scoreFiles(cases, findings);
    assert.deepEqual(
      { ...sqli!, flaggedBy: undefined },
      {
        category: 'sqli',
        cwes: [89],
        vulnerable: 4,
        safe: 2,
        tp: 2,
        fn: 2,
        fp: 1,
        tn: 1,
        tpr: 0.5,
        fpr: 0.5,
        score: 0,
        missed: ['s3', 's4'],
        falseAlarms: ['s5'],
        flaggedBy: undefined,
      },
    );
    assert.deepEqual(sqli!.flaggedBy, { c: { tp: 2, fp: 1 } });
    assert.deepEqual([codeinj!.tpr, codeinj!.fpr, codeinj!.score], [1, 0, 1]);
    assert.deepEqual(codeinj!.flaggedBy, { 'eval-used': { tp: 1, fp: 0 } });
    assert.deepEqual([onlyVuln!.tpr, onlyVuln!.fpr, onlyVuln!.score], [0, null, null]);
    assert.equal(averageScore([codeinj!, onlyVuln!, sqli!]), 0.5, 'mean of 1 and 0; the unscored category is left out');
    assert.equal(averageScore([onlyVuln!]), null);
  });

  it('scores lines: precision, recall and F1 over flagged lines', () => {
    const mark = (file: string, line: number, kind: 'expect' | 'ok', id: string): LineMark => ({ file, line, kind, key: parseMarkId(id) });
    const marks = [
      mark('a', 3, 'expect', 'CWE-95'),
      mark('a', 7, 'expect', 'CWE-95'),
      mark('a', 9, 'ok', 'CWE-95'),
      mark('b', 2, 'expect', 'eval-used'),
      mark('b', 4, 'expect', 'eval-used'),
      mark('c', 1, 'ok', 'CWE-89'),
    ];
    const findings = [
      f('a', 3, 94), // TP through 94 ≡ 95
      f('a', 3, 95), // same line again: still one TP
      f('a', 9, 95), // FP on an ok line
      f('a', 12, 95), // FP on an unmarked line
      f('a', 20, 79), // CWE no mark of a names: not judged
      f('b', 2, 95, 'eval-used'), // TP
      f('b', 4, 95, 'taint-code-injection'), // mark names a check: another check does not count → FN
      f('d', 1, 89), // unmarked file: not judged
    ];
    const s = scoreLines(marks, findings)!;
    assert.deepEqual([s.tp, s.fp, s.fn], [2, 2, 2]);
    assert.deepEqual([s.precision, s.recall, s.f1], [0.5, 0.5, 0.5]);
    assert.deepEqual(s.missed, ['a:7 CWE-95', 'b:4 eval-used']);
    assert.deepEqual(s.unexpected, ['a:9 CWE-95', 'a:12 CWE-95']);
    assert.deepEqual(
      s.byId.map((b) => [b.id, b.tp, b.fp, b.fn, b.f1]),
      [
        ['CWE-89', 0, 0, 0, null],
        ['CWE-95', 1, 2, 1, 0.4],
        ['eval-used', 1, 0, 1, 2 / 3],
      ],
    );
    const none = scoreLines([mark('a', 1, 'expect', 'CWE-95')], [])!;
    assert.deepEqual([none.precision, none.recall, none.f1], [null, 0, 0]);
    assert.equal(scoreLines([], findings), null);
  });
});

describe('pillar bench over a tiny corpus', () => {
  let dir = '';
  const files: Record<string, string> = {
    'codeinj/eval_vuln.py': [
      'from flask import Flask, request',
      '',
      'app = Flask(__name__)',
      '',
      '',
      '@app.route("/calc")',
      'def calc():',
      '    # expect: CWE-95',
      '    value = eval(request.args["x"])',
      '    return {"value": value}',
      '',
    ].join('\n'),
    'codeinj/eval_safe.py': [
      'import ast',
      '',
      'from flask import Flask, request',
      '',
      'app = Flask(__name__)',
      '',
      '',
      '@app.route("/calc")',
      'def calc():',
      '    # ok: CWE-95',
      '    value = ast.literal_eval(request.args["x"])',
      '    return {"value": value}',
      '',
    ].join('\n'),
    // Weak password hashes, labelled 916: weak-password-hash reports them (MD5 and unsalted SHA-256 alike).
    'hash/md5_password.py': 'import hashlib\n\n\ndef store(password):\n    # expect: CWE-916\n    return hashlib.md5(password.encode()).hexdigest()\n',
    'hash/sha256_password.py': 'import hashlib\n\n\ndef store(password):\n    # expect: CWE-916\n    return hashlib.sha256(password.encode()).hexdigest()\n',
    // An ETag: the label says this MD5 is no security use; the check flags it anyway.
    'hash/md5_etag.py': 'import hashlib\n\n\ndef etag(body):\n    # ok: CWE-916\n    return hashlib.md5(body).hexdigest()\n',
    // Not in the CSV: its marks make it a case of CWE-328 (the check's CWE).
    'marked_only.py': 'import hashlib\n\n\ndef digest(data):\n    # expect: weak-hash\n    return hashlib.sha1(data).digest()\n',
    'unlabelled.py': 'def add(a, b):\n    return a + b\n',
    'expected.csv':
      'test name, category, vulnerable, CWE\r\n' +
      'codeinj/eval_vuln, codeinj, true, CWE-95\r\n' +
      'eval_safe, codeinj, false, 95\r\n' +
      '"hash/md5_password.py", weakhash, true, 916\r\n' +
      'sha256_password, weakhash, true, 916\r\n' +
      'md5_etag, weakhash, false, 916\r\n',
    'bad.csv': 'eval_vuln,codeinj,true,95\neval_safe,codeinj,nope,95\n',
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pillar-bench-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('scores files and lines exactly', async () => {
    const r = await runBenchmark(dir, { jobs: 1, hardTimeoutMs: 60_000, maxFileBytes: 1 << 20 });
    assert.deepEqual(r.files, { reviewed: 7, failed: [], unlabelled: 1 });
    assert.deepEqual([r.labels.filesFromCsv, r.labels.filesFromMarks], [5, 1]);
    const row = (name: string) => {
      const c = r.categories.find((x) => x.category === name)!;
      return [c.vulnerable, c.safe, c.tp, c.fn, c.fp, c.tn, c.tpr, c.fpr, c.score];
    };
    assert.deepEqual(
      r.categories.map((c) => c.category),
      ['codeinj', 'CWE-328', 'weakhash'],
    );
    assert.deepEqual(row('codeinj'), [1, 1, 1, 0, 0, 1, 1, 0, 1]);
    assert.deepEqual(row('weakhash'), [2, 1, 2, 0, 1, 0, 1, 1, 0]);
    assert.deepEqual(row('CWE-328'), [1, 0, 1, 0, 0, 0, 1, null, null]);
    assert.equal(r.averageScore, 0.5);
    assert.deepEqual(r.categories.find((c) => c.category === 'weakhash')!.flaggedBy, { 'weak-password-hash': { tp: 2, fp: 0 }, 'weak-hash': { tp: 0, fp: 1 } });
    const l = r.lines!;
    assert.deepEqual([l.tp, l.fp, l.fn, l.precision, l.recall], [4, 1, 0, 0.8, 1]);
    assert.ok(Math.abs(l.f1! - 8 / 9) < 1e-9);
    assert.deepEqual(l.missed, []);
    assert.deepEqual(l.unexpected, ['hash/md5_etag.py:6 CWE-916']);

    const text = formatText(r);
    assert.match(text, /^codeinj +95 +1 +1 +1 +0 +0 +1 +100\.0% +0\.0% +\+100\.0$/m);
    assert.match(text, /^weakhash +916 +2 +1 +2 +0 +1 +0 +100\.0% +100\.0% +[+-]?0\.0$/m);
    assert.match(text, /^average score: \+50\.0 over 2 of 3 categories/m);
    assert.match(text, /^line level \(marks\): precision 80\.0%, recall 100\.0%, F1 88\.9% \(TP 4, FP 1, FN 0\)$/m);
  });

  it('exits 1 below --min-score, 0 at or above it, and prints JSON', async () => {
    const below = await runCli(['bench', dir, '--format', 'json', '--min-score', '0.6', '-j', '1']);
    assert.equal(below.code, 1, below.stderr);
    const json = JSON.parse(below.stdout);
    assert.equal(json.averageScore, 0.5);
    assert.ok(Math.abs(json.lines.f1 - 8 / 9) < 1e-9);
    const only = await runCli(['bench', dir, '--categories', 'codeinj', '--min-score', '100%', '-j', '1']);
    assert.equal(only.code, 0, only.stderr);
    assert.match(only.stdout, /average score: \+100\.0 over 1 of 1 categories/);
    assert.doesNotMatch(only.stdout, /weakhash/);
  });

  it('exits 2 on usage errors and malformed labels, naming the line', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--min-score', '2'], /--min-score takes a score from -1 to 1/],
      [['--expected', join(dir, 'bad.csv')], /bad\.csv line 2: vulnerable must be true or false, not "nope"$/],
      [['--categories', 'nosuch'], /no category "nosuch" in the corpus \(categories: codeinj, CWE-328, weakhash\)/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(['bench', dir, ...args]);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr.trim(), message);
    }
    const missing = await runCli(['bench', join(dir, 'nope')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /not a directory/);
  });
});
