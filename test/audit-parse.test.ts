/**
 * parseReviewText: verdicts, CWE polarity, line reference forms and claims,
 * layouts (Markdown lists, numbered sections, paragraphs), claimed defects,
 * and the seed reviews in ../shared/seeds when that folder exists.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseReviewText } from '../src/audit/parse-review.js';
import { PACKAGE_ROOT, packagePath } from '../src/paths.js';

const fixture = (name: string) => readFileSync(packagePath('test', 'fixtures', 'audit', name), 'utf8');
const refs = (text: string) => parseReviewText(text).lineRefs.map((r) => [r.start, r.end]);
const polarity = (text: string, id: number) => parseReviewText(text).cwes.find((c) => c.id === id)?.polarity;

describe('audit: verdict', () => {
  it("reads the study's exact no-defect sentence", () => {
    const r = parseReviewText('I checked the file.\n\nNo security defects are detected in the code.');
    assert.equal(r.verdict, 'no-defect');
    assert.equal(r.exactNoDefectSentence, true);
  });

  for (const sentence of [
    'I did not find any security issues.',
    'No vulnerabilities were identified.',
    'After a careful look, I found no apparent security defects in this module.',
    'The snippet does not contain any direct security defects.',
    'There are no security issues in the provided code.',
  ]) {
    it(`reads the paraphrase "${sentence}" as no defect, without the exact sentence`, () => {
      const r = parseReviewText(`The module sets up a client and polls it.\n\n${sentence}`);
      assert.equal(r.verdict, 'no-defect');
      assert.equal(r.exactNoDefectSentence, false);
      assert.equal(r.noDefectStatements.length, 1);
    });
  }

  it('does not take "no other defects" for a no-defect verdict', () => {
    const r = parseReviewText(fixture('numbered-sections.md'));
    assert.equal(r.verdict, 'defect');
    assert.deepEqual(r.noDefectStatements, []);
  });

  it('is unclear when the review neither claims nor denies a defect', () => {
    assert.equal(parseReviewText(fixture('hedged.txt')).verdict, 'unclear');
    assert.equal(parseReviewText('').verdict, 'unclear');
  });

  it('is unclear when a review claims a defect and also says there is none', () => {
    const r = parseReviewText('Line 4 builds SQL from user input and is vulnerable to SQL injection (CWE-89).\n\nNo security defects are detected in the code.');
    assert.equal(r.defects.length, 1);
    assert.equal(r.verdict, 'unclear');
  });

  it('does not count a per-category "no issues" as the verdict', () => {
    const r = parseReviewText('1. **CWE-284 (Improper Access Control)**: There are no security issues with access control.\n2. **CWE-89**: The query on line 7 is vulnerable to SQL injection.');
    assert.deepEqual(r.noDefectStatements, []);
    assert.equal(r.verdict, 'defect');
  });
});

describe('audit: CWE polarity', () => {
  it('"CWE-703 is not applicable" dismisses', () => assert.equal(polarity('CWE-703 is not applicable to this test.', 703), 'dismissed'));
  it('"does not exhibit CWE-284" dismisses', () => assert.equal(polarity('The code does not exhibit CWE-284.', 284), 'dismissed'));
  it('a heading item whose body rules the weakness out dismisses', () => {
    assert.equal(polarity('- **CWE-707 (Improper Neutralization)**: No inputs come from untrusted sources, none of which need neutralization.', 707), 'dismissed');
  });
  it('the CWE name in parentheses is not read as a claim', () => {
    assert.equal(polarity('- **CWE-697 (Incorrect Comparison)**: The comparisons are correct.', 697), 'dismissed');
  });
  it('a weakness said to be present is claimed', () => {
    assert.equal(polarity('The handler is vulnerable to OS command injection (CWE-78) because the name reaches a shell.', 78), 'claimed');
  });
  it('"not vulnerable" is a dismissal, not a claim', () => {
    assert.equal(polarity('The query is not vulnerable to SQL injection (CWE-89).', 89), 'dismissed');
  });
  it('a sentence about what the review looks for claims nothing', () => {
    const r = parseReviewText('I analysed the code for vulnerabilities such as SQL injection (CWE-89) that could lead to data loss.');
    assert.equal(r.cwes[0].polarity, 'mentioned');
    assert.deepEqual(r.defects, []);
    assert.equal(r.verdict, 'unclear');
  });
  it('a CWE named without comment is only mentioned', () => assert.equal(polarity('The categories were CWE-682 and others.', 682), 'mentioned'));
  it('reads the bare numbers of a list "CWE-284, 435 and 664"', () => {
    const ids = parseReviewText('None of CWE-284, 435 and 664 apply here.').cwes.map((c) => c.id);
    assert.deepEqual(ids, [284, 435, 664]);
  });
  it('a claim anywhere wins over a summary dismissal', () => {
    const text = 'No issues with CWE-284 or CWE-89 were expected.\n\n- **CWE-89**: The query on line 7 is built by string formatting and is vulnerable to SQL injection.';
    assert.equal(polarity(text, 89), 'claimed');
    assert.equal(polarity(text, 284), 'dismissed');
  });
});

describe('audit: line references', () => {
  it('reads "line 57", "lines 45-50", "(line 60 and line 69)", "L110" and lists', () => {
    assert.deepEqual(refs('See line 57.'), [[57, 57]]);
    assert.deepEqual(refs('Setup is on lines 45-50.'), [[45, 50]]);
    assert.deepEqual(refs('Cleanup methods (line 60 and line 69) reset it.'), [
      [60, 60],
      [69, 69],
    ]);
    assert.deepEqual(refs('The sleep at L110 polls.'), [[110, 110]]);
    assert.deepEqual(refs('Setup and cleanup routines (lines 45-50, 58, 70-74) manage it.'), [
      [45, 50],
      [58, 58],
      [70, 74],
    ]);
    assert.deepEqual(refs('Lines 12 to 14 and test.py:30 too.'), [
      [12, 14],
      [30, 30],
    ]);
  });

  it('does not read numbers that are not line references', () => {
    assert.deepEqual(refs('The loop retries 10 times within 30 seconds; CWE-703 applies to HTML5 pages in 2024.'), []);
  });

  it('keeps the claim sentence and the phrase the reference is cited for', () => {
    const r = parseReviewText('There are cleanup methods (line 60 and line 69) to reset the environment, and the comparison at L110 checks the state.');
    assert.equal(r.lineRefs.length, 3);
    assert.equal(r.lineRefs[0].clause, 'There are cleanup methods');
    assert.equal(r.lineRefs[1].clause, 'There are cleanup methods', 'a reference written with another shares its phrase');
    assert.equal(r.lineRefs[2].clause, 'the comparison at');
    for (const ref of r.lineRefs) assert.match(ref.claim, /^There are cleanup methods .* checks the state\.$/);
  });

  it('takes the claim of a reference in a bold title from the sentence after it', () => {
    const r = parseReviewText('1. **Use of Sleep for Polling (Line 110)**: Using `time.sleep` in a loop is inefficient.');
    assert.equal(r.lineRefs[0].start, 110);
    assert.match(r.lineRefs[0].claim, /time\.sleep in a loop is inefficient/);
  });

  it('records whether the claim says the line is fine or faulty', () => {
    const r = parseReviewText('The comparison on line 8 is correct. The query on line 12 is vulnerable to injection.');
    assert.deepEqual(
      r.lineRefs.map((l) => l.stance),
      ['safe', 'defect'],
    );
  });
});

describe('audit: layouts and claimed defects', () => {
  it('Markdown list: one unit per item, CWE per section', () => {
    const r = parseReviewText(fixture('list-right.md'));
    assert.equal(r.layout, 'markdown-list');
    assert.equal(r.lineRefs.length, 6);
    assert.equal(r.lineRefs.find((l) => l.start === 19)?.sectionCwe, 664);
    assert.equal(r.verdict, 'no-defect');
    assert.deepEqual(r.defects, []);
  });

  it('numbered sections: title, paragraphs and field lines form one defect each', () => {
    const r = parseReviewText(fixture('numbered-sections.md'));
    assert.equal(r.layout, 'numbered-sections');
    assert.equal(r.defects.length, 2);
    const [injection, password] = r.defects;
    assert.equal(injection.line, 48);
    assert.equal(injection.cwe, 78);
    assert.equal(injection.type, 'Command injection');
    assert.match(injection.fix ?? '', /pass the arguments as a list/);
    assert.equal(password.line, 10);
    assert.equal(password.cwe, 259);
    assert.equal(password.type, 'Hard-coded password');
    assert.match(password.description ?? '', /administrator password is a string literal/);
    assert.match(password.fix ?? '', /environment variable/);
    // "Line: 10" is a reference too, explained by the record's Description field.
    assert.deepEqual(
      r.lineRefs.map((l) => l.start),
      [48, 10],
    );
    assert.match(r.lineRefs[1].clause, /^The administrator password is a string literal/);
  });

  it('plain paragraphs: a fix paragraph joins the defect before it', () => {
    const r = parseReviewText(fixture('paragraphs.txt'));
    assert.equal(r.layout, 'paragraphs');
    assert.equal(r.defects.length, 1);
    assert.equal(r.defects[0].line, 10);
    assert.equal(r.defects[0].cwe, 798);
    assert.match(r.defects[0].fix ?? '', /^To fix this, load the password/);
  });

  it('headed sections with field bullets', () => {
    const text = '## Finding 1: Weak hash\n\n- **Line**: 5\n- **Type**: CWE-328\n- **Description**: The token is an MD5 digest.\n- **Fix**: Use secrets.token_urlsafe.\n';
    const r = parseReviewText(text);
    assert.equal(r.layout, 'headings');
    assert.deepEqual(
      r.defects.map((d) => [d.line, d.cwe, d.description, d.fix]),
      [[5, 328, 'The token is an MD5 digest.', 'Use secrets.token_urlsafe.']],
    );
    assert.equal(r.verdict, 'defect');
  });

  it('bold line labels and inline **Solution** fields', () => {
    const text = [
      'Security defects found:',
      '',
      '1. **Line 27**: `subprocess.call(cmd, shell=True)` - Command Injection (CWE-78). The command is built from user input.',
      '   **Solution**: Use a list of arguments.',
      '2. **Lines 45-47**: Hardcoded credentials (CWE-798). **Solution**: Use environment variables.',
    ].join('\n');
    const r = parseReviewText(text);
    assert.deepEqual(
      r.defects.map((d) => [d.line, d.endLine, d.cwe, d.type, d.fix]),
      [
        [27, 27, 78, 'Command Injection', 'Use a list of arguments.'],
        [45, 47, 798, 'Hardcoded credentials', 'Use environment variables.'],
      ],
    );
  });

  it('several CWEs in one paragraph each get their own polarity', () => {
    const r = parseReviewText('CWE-284: Not found. CWE-664: The file handle opened on line 5 is never closed, which leaks the descriptor.');
    assert.deepEqual(
      r.cwes.map((c) => [c.id, c.polarity]),
      [
        [284, 'dismissed'],
        [664, 'claimed'],
      ],
    );
    assert.equal(r.defects.length, 1);
    assert.equal(r.defects[0].cwe, 664);
    assert.match(r.defects[0].description ?? '', /never closed/);
  });

  it('"considerations" that are not claimed are not defects', () => {
    const text = [
      'There are no explicit security defects in the code.',
      '',
      '1. **Use of Sleep for Polling (Line 32)**: While not a direct security issue, polling with sleep wastes time.',
      '2. **Hardcoded Credentials**: This is not directly visible in the provided code.',
    ].join('\n');
    const r = parseReviewText(text);
    assert.deepEqual(r.defects, []);
    assert.equal(r.verdict, 'no-defect');
  });
});

describe('audit: seed reviews (../shared/seeds)', () => {
  const seeds = join(PACKAGE_ROOT, '..', 'shared', 'seeds');
  const present = existsSync(seeds);
  const files = present ? readdirSync(seeds).filter((f) => f.endsWith('.txt')) : [];
  it('every seed concludes "no defect" and its cited lines are read', { skip: present ? false : `${seeds} does not exist (clean checkout)` }, () => {
    assert.ok(files.length > 0, 'the seed folder holds reviews');
    for (const f of files) {
      const text = readFileSync(join(seeds, f), 'utf8');
      const r = parseReviewText(text);
      assert.equal(r.verdict, 'no-defect', f);
      assert.deepEqual(r.defects, [], f);
      assert.ok(
        r.cwes.every((c) => c.polarity !== 'claimed'),
        `${f}: no CWE claimed`,
      );
      // Every "line N" / "lines a-b" / "Lnn" written in the seed is one reference, in order.
      const written = [...text.matchAll(/\b[Ll]ines?\s+(\d+)(?:-(\d+))?((?:,\s*\d+(?:-\d+)?)*)/g)].flatMap((m) => {
        const head = [[Number(m[1]), Number(m[2] ?? m[1])]];
        const tail = [...(m[3] ?? '').matchAll(/(\d+)(?:-(\d+))?/g)].map((t) => [Number(t[1]), Number(t[2] ?? t[1])]);
        return [...head, ...tail];
      });
      assert.deepEqual(
        r.lineRefs.map((l) => [l.start, l.end]),
        written,
        f,
      );
    }
  });
});

describe('audit: parser robustness', () => {
  const seed = process.env.PILLAR_FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.PILLAR_FUZZ_SEED ?? 20261121);
  const piece = fc.oneof(
    fc.constantFrom('line ', 'lines ', 'L', 'CWE-', '**', '- ', '1. ', '\n', '\n\n', '(', ')', ', ', ' and ', '-', '. ', ': ', 'No security defects are detected in the code.', 'not ', 'Fix: ', 'Line: '),
    fc.integer({ min: 0, max: 400 }).map(String),
    fc.string({ maxLength: 12 }),
  );
  it('never throws, and every reference points at its text with start <= end', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const r = parseReviewText(parts.join(''));
        for (const ref of r.lineRefs) {
          assert.ok(ref.start >= 1 && ref.start <= ref.end);
          assert.equal(r.text.slice(ref.offset, ref.offset + ref.text.length), ref.text);
        }
        for (const c of r.cwes) for (const m of c.mentions) assert.match(r.text.slice(m.offset), new RegExp(`^(?:CWE\\D*)?${c.id}`, 'i'));
      }),
      { seed, numRuns: 300 },
    );
  });
  it('stays fast on a long review', () => {
    const long = `${'- **CWE-664 (Improper Control)**: The cleanup on line 12 and lines 40-45 is fine, no issues, not applicable. '.repeat(400)}\n\nNo security defects are detected in the code.`;
    const started = performance.now();
    const r = parseReviewText(long);
    assert.equal(r.lineRefs.length, 800);
    assert.ok(performance.now() - started < 5000, 'parsed within 5 s');
  });
});
