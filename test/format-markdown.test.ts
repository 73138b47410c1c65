/**
 * `--format markdown`: the pull-request comment. Reviews come from the real
 * pipeline on small Python sources; the tests check that code from the
 * reviewed files cannot break the tables or inject HTML, that links point at
 * the right lines, and that the comment stays within GitHub's limit.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  codeBlock,
  codeSpan,
  escapeText,
  formatMarkdown,
  GITHUB_COMMENT_LIMIT,
  lineUrl,
  messageMarkdown,
  resolveLinkBase,
} from '../src/format/markdown.js';
import { runCli } from './support/cli.js';
import { gitRepoWithChange, reviewOf } from './support/format-review.js';

/** GFM splits a table row on every `|` that is not backslash-escaped, code spans included. */
function cells(row: string): string[] {
  const parts = row.split(/(?<!\\)\|/);
  assert.equal(parts[0]!.trim(), '', `row starts with a pipe: ${row}`);
  assert.equal(parts.at(-1)!.trim(), '', `row ends with a pipe: ${row}`);
  return parts.slice(1, -1).map((c) => c.trim());
}

/** Table rows of the section that starts with `heading`. */
function tableRows(md: string, header: string): string[] {
  const lines = md.split('\n');
  const start = lines.indexOf(header);
  assert.ok(start >= 0, `table ${header}`);
  const rows: string[] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!);
  return rows;
}

/** The Markdown outside fenced code blocks and code spans: where raw HTML would render. */
function outsideCode(md: string): string {
  return md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
}

const FINDINGS_HEADER = '| # | Severity | Check | CWE | Location | Message |';

describe('markdown: escaping', () => {
  it('a snippet with | and <script> neither breaks the table nor injects HTML', async () => {
    const source = ['import sys', 'value = eval(cfg.opts[1] + "|<script>alert(1)</script>|")', ''].join('\n');
    const review = await reviewOf({ 'we|rd <b>.py': source });
    assert.equal(review.findings.length, 1);
    assert.match(review.findings[0]!.snippet, /\|<script>/);
    const md = formatMarkdown(review, { root: '/repo', repoRoot: '/repo', linkBase: null });

    const [row] = tableRows(md, FINDINGS_HEADER);
    assert.equal(cells(row!).length, 6, row);
    assert.equal(cells(FINDINGS_HEADER).length, 6);
    for (const r of tableRows(md, '| Pillar | Findings | What was checked |')) assert.equal(cells(r).length, 3, r);
    // The location cell links to the line, the odd path escaped in the text and encoded in the URL.
    assert.equal(cells(row!)[4], '[we\\|rd \\<b\\>.py:2](we%7Crd%20%3Cb%3E.py#L2)');
    // Outside code, no tag survives unescaped; the snippet is in a fenced block, verbatim.
    assert.doesNotMatch(outsideCode(md), /(?<!\\)<(script|b)\b/i);
    assert.ok(md.includes(`\`\`\`python\nvalue = eval(cfg.opts[1] + "|<script>alert(1)</script>|")\n\`\`\``), md);
  });

  it('messages keep their code spans; everything else in them is inert', () => {
    const hostile = 'Calls `a|b` with <img src=x onerror=alert(1)> and [click](javascript:alert(1)) | *bold* `unpaired';
    const cell = messageMarkdown(hostile, true);
    assert.equal(cell.split(/(?<!\\)\|/).length, 1, `no cell break in ${cell}`);
    assert.ok(cell.startsWith('Calls `a\\|b` with \\<img'), cell);
    assert.ok(cell.includes('\\[click\\](javascript:alert(1))'), 'no link can form');
    assert.ok(cell.includes('\\*bold\\*'));
    assert.ok(cell.endsWith('\\`unpaired'), 'an unpaired backtick is text');
    assert.equal(messageMarkdown('multi\nline\r\nmessage'), 'multi line message');
  });

  it('code spans and blocks cannot be closed by the code they hold', () => {
    assert.equal(codeSpan('a`b'), '``a`b``');
    assert.equal(codeSpan('`x`'), '`` `x` ``');
    assert.equal(codeBlock('x = """\n```\n"""', 'python'), '````python\nx = """\n```\n"""\n````');
    assert.equal(escapeText('# heading'), '\\# heading');
    assert.equal(escapeText('1. item'), '1\\. item');
    assert.equal(escapeText('a & b'), 'a \\& b', 'no entity can form');
  });
});

describe('markdown: links', () => {
  const source = ['import sys', '', 'def handler():', '    code = sys.argv[1]', '    exec(code)', ''].join('\n');

  it('with a link base: repository path and line anchors; CWE links to cwe.mitre.org', async () => {
    const review = await reviewOf({ 'pkg/app.py': source });
    const f = review.findings[0]!;
    assert.equal(f.range.line, 5);
    assert.ok(f.flow && f.flow.length >= 2);
    // pillar ran in /repo/sub, so the repository path is sub/pkg/app.py.
    const md = formatMarkdown(review, { root: '/repo/sub', repoRoot: '/repo', linkBase: 'https://github.com/o/r/blob/abc123' });
    const [row] = tableRows(md, FINDINGS_HEADER);
    const [, , check, cwe, location] = cells(row!);
    assert.equal(check, `\`${f.checkId}\``);
    assert.equal(cwe, `[CWE-${f.cwe}](https://cwe.mitre.org/data/definitions/${f.cwe}.html)`);
    assert.equal(location, '[pkg/app.py:5](https://github.com/o/r/blob/abc123/sub/pkg/app.py#L5)');
    // Flow steps link to their own lines.
    for (const step of f.flow!) {
      assert.ok(md.includes(`[L${step.range.line}](https://github.com/o/r/blob/abc123/sub/pkg/app.py#L${step.range.line})`), `step at L${step.range.line}`);
    }
  });

  it('the link base comes from --link-base, else GitHub Actions, else links are relative', () => {
    const gha = { GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'deadbeef' };
    assert.equal(resolveLinkBase('https://x.test/blob/1/', gha), 'https://x.test/blob/1');
    assert.equal(resolveLinkBase(undefined, gha), 'https://github.example/o/r/blob/deadbeef');
    assert.equal(resolveLinkBase(undefined, { ...gha, GITHUB_SHA: undefined }), null);
    assert.equal(lineUrl(null, 'a b/c(1).py', 3), 'a%20b/c%281%29.py#L3');
    assert.equal(lineUrl('https://h/blob/s', 'x.py', 3, 5), 'https://h/blob/s/x.py#L3-L5');
  });

  it('through the CLI: relative links by default, --link-base, and a clear error for a bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pillar-md-'));
    try {
      writeFileSync(join(dir, 'app.py'), source);
      const noGithub = { GITHUB_SERVER_URL: '', GITHUB_REPOSITORY: '', GITHUB_SHA: '' };
      const [plain, based, bad] = await Promise.all([
        runCli(['review', '.', '--format', 'markdown'], { cwd: dir, env: noGithub }),
        runCli(['review', '.', '--format', 'markdown', '--link-base', 'https://git.example/r/blob/v1'], { cwd: dir, env: noGithub }),
        runCli(['review', '.', '--format', 'markdown', '--link-base', 'not a url'], { cwd: dir, env: noGithub }),
      ]);
      assert.equal(plain.code, 1, plain.stderr);
      assert.match(plain.stdout, /^## ❌ Pillar security review: 1 security defect found\.$/m);
      assert.ok(plain.stdout.includes('(app.py#L5)'), plain.stdout);
      assert.ok(based.stdout.includes('(https://git.example/r/blob/v1/app.py#L5)'), based.stdout);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--link-base takes an http\(s\) URL/);
      assert.equal(bad.stdout, '');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('markdown: summary and counts', () => {
  it('a clean review says so; suppressed and baselined findings are counted', async () => {
    const clean = await reviewOf({ 'ok.py': 'def add(a, b):\n    return a + b\n' });
    const md = formatMarkdown(clean, {});
    assert.match(md, /^## ✅ Pillar security review: No security defects are detected in the code\.$/m);
    assert.ok(!md.includes(FINDINGS_HEADER), 'no findings table');
    assert.equal(tableRows(md, '| Pillar | Findings | What was checked |').length, clean.pillars.length);

    const review = await reviewOf({ 'a.py': 'eval(cfg.opts[1])  # pillar: ignore[eval-used] config is trusted here\neval(cfg.opts[2])\n' });
    assert.equal(review.suppressed.length, 1);
    const withBaseline = { ...review, baseline: { file: '.pillar-baseline.json', baselined: 4 } };
    const counted = formatMarkdown(withBaseline, {});
    assert.match(counted, /· 1 suppressed · 4 baselined/);
    assert.ok(!formatMarkdown(review, {}).includes('baselined'), 'no baseline, no count');
  });

  it('below the fail-on threshold the title warns instead of failing', async () => {
    const review = await reviewOf({ 'a.py': 'eval(cfg.opts[1])\n' });
    assert.equal(review.findings[0]!.severity, 'high');
    assert.match(formatMarkdown(review, { failOn: 'critical' }), /^## ⚠️ /);
    assert.match(formatMarkdown(review, { failOn: 'high' }), /^## ❌ /);
  });
});

describe('markdown: the change under review', () => {
  it('shows the commit, its subject (escaped) and its files; links are repository paths from a subfolder', async () => {
    const { dir, head } = gitRepoWithChange('Add new() that evaluates <config> | options');
    try {
      const noGithub = { GITHUB_SERVER_URL: '', GITHUB_REPOSITORY: '', GITHUB_SHA: '' };
      const r = await runCli(['review', '--commit', 'HEAD', '--format', 'markdown', '--link-base', 'https://git.example/r/blob/x'], {
        cwd: join(dir, 'svc'),
        env: noGithub,
      });
      assert.equal(r.code, 1, r.stderr);
      assert.ok(r.stdout.includes(`**Change:** \`${head.slice(0, 12)}\` Add new() that evaluates \\<config\\> \\| options\n`), r.stdout);
      assert.ok(r.stdout.includes('**Files (1):** `svc/lib.py`\n'), r.stdout);
      // Only the eval the commit added is reported; the older one is counted as outside the change.
      const rows = tableRows(r.stdout, FINDINGS_HEADER);
      assert.equal(rows.length, 1);
      assert.equal(cells(rows[0]!)[4], '[svc/lib.py:7](https://git.example/r/blob/x/svc/lib.py#L7)');
      assert.match(r.stdout, / · 1 not on changed lines/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('markdown: size limit', () => {
  it('cuts the findings table with an explicit count and stays within the limit', async () => {
    const total = 1200;
    const lines = Array.from({ length: total }, (_, i) => `eval(cfg.opts[${i}])`);
    const review = await reviewOf({ 'many.py': `${lines.join('\n')}\n` });
    assert.equal(review.findings.length, total);

    for (const limit of [GITHUB_COMMENT_LIMIT, 8000]) {
      const md = formatMarkdown(review, { maxLength: limit });
      assert.ok(md.length <= limit, `${md.length} <= ${limit}`);
      const shown = tableRows(md, FINDINGS_HEADER).length;
      assert.ok(shown > 0 && shown < total, `${shown} rows`);
      const m = /\*\*(\d+) more findings not shown\*\*/.exec(md);
      assert.ok(m, 'truncation line');
      assert.equal(Number(m[1]) + shown, total);
      // Rows are numbered 1..shown: the cut is at the end, nothing is skipped in between.
      assert.deepEqual(
        tableRows(md, FINDINGS_HEADER).map((r) => Number(cells(r)[0])),
        Array.from({ length: shown }, (_, i) => i + 1),
      );
    }

    const small = await reviewOf({ 'few.py': 'eval(cfg.opts[1])\neval(cfg.opts[2])\n' });
    const md = formatMarkdown(small, {});
    assert.equal(tableRows(md, FINDINGS_HEADER).length, 2);
    assert.ok(!md.includes('not shown'));
    // Why and fix once per check; the second finding of the same check refers back.
    assert.equal(md.match(/\*\*Why:\*\*/g)?.length, 1);
    assert.match(md, /\*\*Why and how to fix:\*\* as for finding 1\./);
  });
});
