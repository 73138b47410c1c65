/**
 * `--format gitlab`: a GitLab Code Quality report. Its shape is checked with a
 * schema written from GitLab's documentation of the format, the lines and
 * paths against the findings, and the fingerprints for what GitLab needs:
 * distinct per issue (it shows one issue per fingerprint) and stable when
 * code moves.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeQualityIssues, formatGitlab } from '../src/format/gitlab.js';
import { runCli } from './support/cli.js';
import { reviewOf } from './support/format-review.js';

const CodeQualityReport = z.array(
  z.strictObject({
    description: z.string().min(1),
    check_name: z.string().min(1),
    fingerprint: z.string().regex(/^[0-9a-f]{32}$/),
    severity: z.enum(['info', 'minor', 'major', 'critical', 'blocker']),
    location: z.strictObject({
      path: z.string().min(1),
      lines: z.strictObject({ begin: z.number().int().min(1), end: z.number().int().min(1).optional() }),
    }),
  }),
);

const SOURCE = 'import os\n\ndef a(x):\n    eval(x)\n\ndef b(x):\n    eval(x)\n    eval(x)\n';

describe('gitlab code quality format', () => {
  it('lists every finding with its check, severity, path and line, in the documented shape', async () => {
    const review = await reviewOf({ 'svc/app.py': SOURCE });
    const issues = CodeQualityReport.parse(JSON.parse(formatGitlab(review, { root: '/repo', repoRoot: '/repo' })));
    assert.equal(issues.length, review.findings.length);
    assert.ok(issues.length >= 3);
    for (const [i, f] of review.findings.entries()) {
      const issue = issues[i]!;
      assert.equal(issue.check_name, f.checkId);
      assert.equal(issue.location.path, 'svc/app.py');
      assert.equal(issue.location.lines.begin, f.range.line);
      assert.match(issue.description, new RegExp(`CWE-${f.cwe}`));
    }
    const evals = issues.filter((i) => i.check_name === 'eval-used');
    assert.deepEqual(evals.map((i) => i.location.lines.begin), [4, 7, 8]);
  });

  it('gives each issue its own fingerprint (two identical evals included), and keeps them when lines move', async () => {
    const before = codeQualityIssues(await reviewOf({ 'app.py': SOURCE }), { root: '/r', repoRoot: '/r' });
    const fingerprints = before.map((i) => i.fingerprint);
    assert.equal(new Set(fingerprints).size, fingerprints.length);
    const moved = codeQualityIssues(await reviewOf({ 'app.py': `# a comment\n# and another\n${SOURCE}` }), { root: '/r', repoRoot: '/r' });
    assert.deepEqual(
      moved.map((i) => [i.check_name, i.fingerprint]),
      before.map((i) => [i.check_name, i.fingerprint]),
    );
    assert.deepEqual(
      moved.map((i) => i.location.lines.begin),
      before.map((i) => i.location.lines.begin + 2),
    );
  });

  it('maps severities to GitLab levels', async () => {
    const varied = 'import os\n\ndef f(user):\n    assert user\n    os.system(input())\n    try:\n        eval(user)\n    except Exception:\n        pass\n';
    const review = await reviewOf({ 'app.py': varied });
    const want: Record<string, string> = { critical: 'blocker', high: 'critical', medium: 'major', low: 'minor', info: 'info' };
    const issues = codeQualityIssues(review, { root: '/r', repoRoot: '/r' });
    assert.ok(new Set(review.findings.map((f) => f.severity)).size >= 3, 'the sample covers several severities');
    for (const [i, f] of review.findings.entries()) assert.equal(issues[i]!.severity, want[f.severity], f.checkId);
  });

  it('pillar review --format gitlab prints the report and keeps the exit code of the review', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pillar-gitlab-'));
    try {
      writeFileSync(join(dir, 'app.py'), SOURCE);
      const r = await runCli(['review', 'app.py', '--format', 'gitlab'], { cwd: dir, env: { CI_PROJECT_DIR: dir } });
      assert.equal(r.code, 1, r.stderr);
      const issues = CodeQualityReport.parse(JSON.parse(r.stdout));
      assert.deepEqual(
        issues.filter((i) => i.check_name === 'eval-used').map((i) => [i.location.path, i.location.lines.begin]),
        [['app.py', 4], ['app.py', 7], ['app.py', 8]],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
