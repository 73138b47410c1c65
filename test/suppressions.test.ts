/**
 * In-source suppressions (src/review/suppressions.ts): the comment grammar,
 * which findings each directive silences on real Python reviews, the reason
 * requirement, foreign comments (nosec, noqa, nosemgrep) and the policy that
 * turns them off, stale suppressions, and what the CLI prints about them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Finding } from '../src/analyze/check.js';
import { analyzeSource } from '../src/engine/analyze-file.js';
import type { FileResult } from '../src/engine/types.js';
import { languageById } from '../src/lang/registry.js';
import { parseCommentText, type SuppressionPolicy } from '../src/review/suppressions.js';
import { runCli } from './support/cli.js';

const python = languageById('python')!;

async function analyze(lines: readonly string[], options: { suppressions?: SuppressionPolicy; checkIds?: string[] } = {}): Promise<FileResult> {
  const result = await analyzeSource('app.py', `${lines.join('\n')}\n`, python, options);
  assert.equal(result.status, 'reviewed', result.error);
  return result;
}

const at = (findings: readonly Finding[], checkId: string) => findings.filter((f) => f.checkId === checkId).map((f) => f.range.line);

describe('suppression comment grammar', () => {
  const parse = (text: string) => parseCommentText(text).map(({ kind, ids, reason }) => ({ kind, ids, reason }));

  it('reads pillar: ignore with ids and a reason; separators and a lone `--` are not a reason', () => {
    assert.deepEqual(parse(' pillar: ignore[CWE-78] cmd is a constant'), [{ kind: 'pillar', ids: ['CWE-78'], reason: 'cmd is a constant' }]);
    assert.deepEqual(parse(' pillar: ignore[eval-used, CWE-95] -- reviewed in #12'), [
      { kind: 'pillar', ids: ['eval-used', 'CWE-95'], reason: 'reviewed in #12' },
    ]);
    assert.deepEqual(parse(' pillar: ignore[eval-used]'), [{ kind: 'pillar', ids: ['eval-used'], reason: null }]);
    assert.deepEqual(parse(' pillar: ignore[eval-used] --'), [{ kind: 'pillar', ids: ['eval-used'], reason: null }]);
    assert.deepEqual(parse(' pillar: ignore input is a literal'), [{ kind: 'pillar', ids: null, reason: 'input is a literal' }]);
  });

  it('reads nosec with and without Bandit codes, and stops at the first word that is not a code', () => {
    assert.deepEqual(parse(' nosec'), [{ kind: 'nosec', ids: null, reason: null }]);
    assert.deepEqual(parse(' nosec B602'), [{ kind: 'nosec', ids: ['B602'], reason: null }]);
    assert.deepEqual(parse(' nosec: B602,B603'), [{ kind: 'nosec', ids: ['B602', 'B603'], reason: null }]);
    assert.deepEqual(parse(' nosec B602, b603 the shell is needed here'), [{ kind: 'nosec', ids: ['B602', 'B603'], reason: null }]);
    assert.deepEqual(parse(' nosec the shell is needed here'), [{ kind: 'nosec', ids: null, reason: null }]);
    // Bandit test names are kept as ids (they map to no check) rather than read as a bare nosec.
    assert.deepEqual(parse(' nosec: subprocess_popen_with_shell_equals_true'), [
      { kind: 'nosec', ids: ['subprocess_popen_with_shell_equals_true'], reason: null },
    ]);
  });

  it('counts only noqa with S-codes; a bare noqa or style codes are not security suppressions', () => {
    assert.deepEqual(parse(' noqa'), []);
    assert.deepEqual(parse(' noqa: E501'), []);
    assert.deepEqual(parse(' noqa: E501, S602'), [{ kind: 'noqa', ids: ['S602'], reason: null }]);
    assert.deepEqual(parse(' NOQA:S602'), [{ kind: 'noqa', ids: ['S602'], reason: null }]);
  });

  it('reads nosemgrep with an optional rule id', () => {
    assert.deepEqual(parse(' nosemgrep'), [{ kind: 'nosemgrep', ids: null, reason: null }]);
    assert.deepEqual(parse(' nosemgrep: python.lang.security.audit.subprocess-shell'), [
      { kind: 'nosemgrep', ids: ['python.lang.security.audit.subprocess-shell'], reason: null },
    ]);
  });

  it('finds directives at the start of the comment or after a `#`, never in the middle of a sentence', () => {
    assert.deepEqual(parse(' type: ignore  # noqa: S602'), [{ kind: 'noqa', ids: ['S602'], reason: null }]);
    assert.deepEqual(parse(' pillar: ignore[eval-used] constant input # nosec'), [
      { kind: 'pillar', ids: ['eval-used'], reason: 'constant input' },
      { kind: 'nosec', ids: null, reason: null },
    ]);
    assert.deepEqual(parse(' we do not use nosec here; see the pillar: ignore docs'), []);
  });

  it('round-trips generated pillar directives, whatever the reason text (property)', () => {
    const seed = process.env.PILLAR_FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.PILLAR_FUZZ_SEED ?? 20261121);
    const id = fc.oneof(fc.stringMatching(/^[a-z]+(-[a-z]+){0,2}$/), fc.integer({ min: 1, max: 1500 }).map((n) => `CWE-${n}`));
    // A reason is free text that does not itself start another directive after a `#`.
    const reason = fc.string({ minLength: 1, maxLength: 40 }).filter((r) => /[A-Za-z0-9]/.test(r[0] ?? '') && !/#\s*(pillar|nosec|noqa|nosemgrep)/i.test(r));
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 3 }), reason, (ids, why) => {
        const [d] = parseCommentText(` pillar: ignore[${ids.join(', ')}] ${why}`);
        assert.deepEqual(d?.ids, ids);
        assert.equal(d?.reason, why.trim());
      }),
      { seed, numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        for (const d of parseCommentText(text)) assert.ok(d.ids === null || d.ids.every((x) => x.length > 0));
      }),
      { seed, numRuns: 500 },
    );
  });
});

describe('pillar: ignore on Python code', () => {
  it('suppresses on the same line and on the line before (stacked comments too), with a reason', async () => {
    const r = await analyze([
      'import subprocess',
      'def run(cmd):',
      '    subprocess.call(cmd, shell=True)  # pillar: ignore[subprocess-shell] cmd comes from our own table',
      '    # pillar: ignore[subprocess-shell] cmd comes from our own table',
      '    subprocess.call(cmd, shell=True)',
      '    # pillar: ignore[subprocess-shell] cmd comes from our own table',
      '    # (a second comment line between the suppression and the code)',
      '    subprocess.call(cmd, shell=True)',
      '    subprocess.call(cmd, shell=True)',
    ]);
    assert.deepEqual(at(r.findings, 'subprocess-shell'), [9]);
    assert.deepEqual(at(r.suppressed, 'subprocess-shell'), [3, 5, 8]);
    assert.deepEqual(
      r.suppressed.map((f) => f.suppression),
      [
        { kind: 'pillar', line: 3, text: 'pillar: ignore[subprocess-shell] cmd comes from our own table', reason: 'cmd comes from our own table' },
        { kind: 'pillar', line: 4, text: 'pillar: ignore[subprocess-shell] cmd comes from our own table', reason: 'cmd comes from our own table' },
        { kind: 'pillar', line: 6, text: 'pillar: ignore[subprocess-shell] cmd comes from our own table', reason: 'cmd comes from our own table' },
      ],
    );
    assert.deepEqual(at(r.findings, 'stale-suppression'), []);
    // The per-pillar evidence of both suppression checks names the comments they examined.
    for (const id of ['stale-suppression', 'suppression-without-reason']) {
      assert.deepEqual(
        r.evidence[id]!.map((o) => o.range.line),
        [3, 4, 6],
        id,
      );
    }
  });

  it('a trailing comment applies to its own line only, not to the next', async () => {
    const r = await analyze(['import subprocess', 'def run(cmd):', '    x = 1  # pillar: ignore[subprocess-shell] reviewed', '    subprocess.call(cmd, shell=True)']);
    assert.deepEqual(at(r.findings, 'subprocess-shell'), [4]);
    assert.deepEqual(at(r.findings, 'stale-suppression'), [3]);
  });

  it('without a reason it suppresses nothing and is reported as suppression-without-reason (CWE-1113, pillar 710)', async () => {
    const r = await analyze(['import subprocess', 'def run(cmd):', '    subprocess.call(cmd, shell=True)  # pillar: ignore[subprocess-shell]']);
    assert.deepEqual(at(r.findings, 'subprocess-shell'), [3]);
    const meta = r.findings.find((f) => f.checkId === 'suppression-without-reason');
    assert.ok(meta, 'reported');
    assert.deepEqual([meta.range.line, meta.cwe, meta.pillar, meta.context.function], [3, 1113, 710, 'run']);
    assert.equal(r.suppressed.length, 0);
  });

  it('with reason-required off, a suppression without a reason suppresses and is not reported', async () => {
    const r = await analyze(['import subprocess', 'def run(cmd):', '    subprocess.call(cmd, shell=True)  # pillar: ignore[subprocess-shell]'], {
      suppressions: { foreign: true, reasonRequired: false },
    });
    assert.deepEqual(at(r.suppressed, 'subprocess-shell'), [3]);
    assert.deepEqual(
      r.findings.map((f) => f.checkId),
      [],
    );
  });

  it('a CWE id matches findings with that CWE or one that rolls up through it, up to the pillar', async () => {
    const r = await analyze([
      'import subprocess',
      'def run(cmd):',
      '    subprocess.call(cmd, shell=True)  # pillar: ignore[CWE-78] reviewed',
      '    subprocess.call(cmd, shell=True)  # pillar: ignore[CWE-74] reviewed',
      '    subprocess.call(cmd, shell=True)  # pillar: ignore[CWE-707] reviewed',
      '    subprocess.call(cmd, shell=True)  # pillar: ignore[CWE-89] not the right CWE',
    ]);
    assert.deepEqual(at(r.suppressed, 'subprocess-shell'), [3, 4, 5]);
    assert.deepEqual(at(r.findings, 'subprocess-shell'), [6]);
    assert.deepEqual(at(r.findings, 'stale-suppression'), [6]);
  });

  it('suppressions never silence findings about suppressions', async () => {
    const r = await analyze(['x = 1  # pillar: ignore[eval-used]  # nosec']);
    assert.deepEqual(at(r.findings, 'suppression-without-reason'), [1]);
  });

  it('works in a file with CRLF line endings (the reason has no stray carriage return)', async () => {
    const source = ['import subprocess', 'def run(cmd):', '    # pillar: ignore[CWE-78] reviewed', '    subprocess.call(cmd, shell=True)', '    subprocess.call(cmd, shell=True)  # nosec B602', ''].join('\r\n');
    const r = await analyzeSource('crlf.py', source, python, {});
    assert.deepEqual(
      r.suppressed.map((f) => [f.range.line, f.suppression?.reason ?? null]),
      [
        [4, 'reviewed'],
        [5, null],
      ],
    );
    assert.deepEqual(r.findings, []);
  });

  it('a `# nosec` inside a string is not a comment', async () => {
    const r = await analyze(['import subprocess', 'def run(cmd):', '    subprocess.call(cmd + "# nosec", shell=True)']);
    assert.deepEqual(at(r.findings, 'subprocess-shell'), [3]);
  });
});

describe('foreign suppressions', () => {
  const shellLine = (comment: string) => `    subprocess.call(cmd, shell=True)  # ${comment}`;
  const suppresses = async (comment: string, policy?: SuppressionPolicy) => {
    const r = await analyze(['import subprocess', 'def run(cmd):', shellLine(comment)], policy ? { suppressions: policy } : {});
    return at(r.suppressed, 'subprocess-shell').length === 1;
  };

  it('nosec: bare, with the matching Bandit code, or a list containing it', async () => {
    assert.equal(await suppresses('nosec'), true);
    assert.equal(await suppresses('nosec B602'), true);
    assert.equal(await suppresses('nosec: B603,B602'), true);
  });

  it('nosec with codes that map to no check on the line does not suppress it', async () => {
    assert.equal(await suppresses('nosec B101'), false);
    assert.equal(await suppresses('nosec: B603'), false);
    assert.equal(await suppresses('nosec subprocess_popen_with_shell_equals_true'), false);
  });

  it('noqa with the matching Ruff S-code suppresses; bare noqa and style codes do not', async () => {
    assert.equal(await suppresses('noqa: S602'), true);
    assert.equal(await suppresses('noqa: E501, S602'), true);
    assert.equal(await suppresses('noqa'), false);
    assert.equal(await suppresses('noqa: E501'), false);
    assert.equal(await suppresses('noqa: S101'), false);
  });

  it('nosemgrep: bare, or naming the check (alone or as the last part of a rule id)', async () => {
    assert.equal(await suppresses('nosemgrep'), true);
    assert.equal(await suppresses('nosemgrep: subprocess-shell'), true);
    assert.equal(await suppresses('nosemgrep: python.custom.subprocess-shell'), true);
    assert.equal(await suppresses('nosemgrep: python.lang.security.audit.dangerous-system-call'), false);
  });

  it('the foreign policy off ignores them all; pillar: ignore still works', async () => {
    const off = { foreign: false, reasonRequired: true };
    assert.equal(await suppresses('nosec', off), false);
    assert.equal(await suppresses('noqa: S602', off), false);
    assert.equal(await suppresses('nosemgrep', off), false);
    assert.equal(await suppresses('pillar: ignore[subprocess-shell] reviewed', off), true);
  });

  it('are never reported as stale (they may serve the tool they were written for)', async () => {
    const r = await analyze(['x = 1  # nosec B101', 'y = 2  # noqa: S101', 'z = 3  # nosemgrep']);
    assert.deepEqual(r.findings, []);
  });
});

describe('stale suppressions', () => {
  it('reports an unused pillar: ignore, an unknown check id, and the unused id of a partly used comment', async () => {
    const r = await analyze([
      'import subprocess',
      'def run(cmd):',
      '    subprocess.call(["ls", cmd])  # pillar: ignore[subprocess-shell] legacy',
      '    subprocess.call(cmd, shell=True)  # pillar: ignore[subproces-shell] typo',
      '    subprocess.call(cmd, shell=True)  # pillar: ignore[subprocess-shell, eval-used] reviewed',
      '    subprocess.call(cmd, shell=True)  # pillar: ignore[subprocess-shell] reviewed',
    ]);
    assert.deepEqual(at(r.findings, 'stale-suppression'), [3, 4, 5]);
    const messages = r.findings.filter((f) => f.checkId === 'stale-suppression').map((f) => f.message);
    assert.match(messages[0]!, /suppresses nothing on line 3 for `subprocess-shell`; remove it/);
    assert.match(messages[1]!, /`subproces-shell` \(no check has this id\)/);
    assert.match(messages[2]!, /for `eval-used`; remove those ids/);
    const stale = r.findings.find((f) => f.checkId === 'stale-suppression')!;
    assert.deepEqual([stale.cwe, stale.pillar, stale.severity], [1116, 710, 'info']);
  });

  it('a suppression for a check that did not run is not judged; nor is a CWE id when some checks did not run', async () => {
    const r = await analyze(
      ['def f(x):', '    return x  # pillar: ignore[eval-used] reviewed', '# pillar: ignore[CWE-95] reviewed', 'y = 1', 'z = 2  # pillar: ignore[subprocess-shell] reviewed'],
      { checkIds: ['subprocess-shell', 'stale-suppression'] },
    );
    assert.deepEqual(at(r.findings, 'stale-suppression'), [5]);
  });

  it('is not reported when stale-suppression itself is turned off', async () => {
    const r = await analyze(['y = 1  # pillar: ignore[subprocess-shell] reviewed'], { checkIds: ['subprocess-shell'] });
    assert.deepEqual(r.findings, []);
  });
});

describe('pillar review: suppression counts and flags', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pillar-suppressions-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(
    join(dir, 'app.py'),
    [
      'import subprocess',
      '',
      'def run(cmd):',
      '    subprocess.call(cmd, shell=True)  # pillar: ignore[CWE-78] cmd is one of our Makefile goals',
      '    subprocess.call(cmd, shell=True)  # nosec B602',
      '    subprocess.call(cmd, shell=True)',
      '',
    ].join('\n'),
  );

  it('prints how many findings were suppressed, in the text footer and the JSON totals', async () => {
    const text = await runCli(['review', '.', '--fail-on', 'none'], { cwd: dir });
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /2 findings suppressed by comments \(1 pillar: ignore, 1 nosec\); --show-suppressed lists them\./);
    const json = await runCli(['review', '.', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    const review = JSON.parse(json.stdout);
    assert.equal(review.totals.suppressed, 2);
    assert.equal(review.totals.findings, 1);
    assert.deepEqual(
      review.suppressed.map((f: Finding) => [f.range.line, f.suppression?.kind, f.suppression?.reason]),
      [
        [4, 'pillar', 'cmd is one of our Makefile goals'],
        [5, 'nosec', null],
      ],
    );
  });

  it('--show-suppressed lists each with its comment, line and reason', async () => {
    const r = await runCli(['review', '.', '--fail-on', 'none', '--show-suppressed'], { cwd: dir });
    assert.match(r.stdout, /Suppressed findings\n {2}app\.py:4:5 high subprocess-shell CWE-78: .*\n {4}suppressed by `pillar: ignore\[CWE-78\] cmd is one of our Makefile goals` on the same line; reason: cmd is one of our Makefile goals/);
    assert.match(r.stdout, /app\.py:5:5 .*\n {4}suppressed by `nosec B602` on the same line; no reason \(foreign comment\)/);
  });

  it('--no-foreign-suppressions reports what nosec suppressed, and the exit code follows', async () => {
    const r = await runCli(['review', '.', '--format', 'json', '--no-foreign-suppressions'], { cwd: dir });
    assert.equal(r.code, 1);
    const review = JSON.parse(r.stdout);
    assert.deepEqual(
      review.findings.filter((f: Finding) => f.checkId === 'subprocess-shell').map((f: Finding) => f.range.line),
      [5, 6],
    );
    assert.equal(review.totals.suppressed, 1);
  });

  it('the policy reaches the worker threads (enough files for the pool to start workers)', async () => {
    const many = mkdtempSync(join(tmpdir(), 'pillar-suppressions-pool-'));
    try {
      for (let i = 0; i < 10; i++) writeFileSync(join(many, `m${i}.py`), 'import subprocess\ndef run(cmd):\n    subprocess.call(cmd, shell=True)  # nosec\n');
      const on = JSON.parse((await runCli(['review', '.', '-j', '2', '--format', 'json'], { cwd: many })).stdout);
      const off = JSON.parse((await runCli(['review', '.', '-j', '2', '--format', 'json', '--no-foreign-suppressions'], { cwd: many })).stdout);
      assert.deepEqual([on.totals.suppressed, on.totals.findings], [10, 0]);
      assert.deepEqual([off.totals.suppressed, off.totals.findings], [0, 10]);
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });

  it('prints the count on a run with nothing suppressed too', async () => {
    const clean = mkdtempSync(join(tmpdir(), 'pillar-suppressions-clean-'));
    try {
      writeFileSync(join(clean, 'ok.py'), 'x = 1\n');
      const r = await runCli(['review', '.'], { cwd: clean });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /\n {2}0 findings suppressed by comments\.\n/);
    } finally {
      rmSync(clean, { recursive: true, force: true });
    }
  });
});
