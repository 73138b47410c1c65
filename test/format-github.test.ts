/**
 * `--format github`: workflow-command annotations. The commands are read
 * back with a parser that follows the runner's rules (properties split on
 * `,` and the first `=`, the message after the second `::`, `%XX` escapes
 * undone), so a path or message that needed escaping must come back intact.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { escapeData, escapeProperty, formatGithub, workflowCommand } from '../src/format/github.js';
import { FORMATS } from '../src/format/index.js';
import { runCli } from './support/cli.js';
import { reviewOf } from './support/format-review.js';

interface Command {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/** Parses one `::command k=v,k=v::message` line the way the Actions runner does. */
function parseCommand(line: string): Command | null {
  if (!line.startsWith('::')) return null;
  const end = line.indexOf('::', 2);
  assert.ok(end > 0, `command section ends: ${line}`);
  const head = line.slice(2, end);
  const space = head.indexOf(' ');
  const command = space === -1 ? head : head.slice(0, space);
  const properties: Record<string, string> = {};
  if (space !== -1) {
    for (const pair of head.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      assert.ok(eq > 0, `property ${pair}`);
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, message: unescapeData(line.slice(end + 2)) };
}

describe('github: escaping', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    assert.equal(escapeData('50% done\r\nnext: a, b'), '50%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('50% done\r\nnext: a, b'), '50%25 done%0D%0Anext%3A a%2C b');
    // % first, so an escape already in the text is not undone by the reader.
    assert.equal(escapeData('%0A'), '%250A');
    const line = workflowCommand('warning', [['file', 'a,b:c.py'], ['title', 'x=1, y']], 'line one\nline two %0A');
    assert.ok(!line.includes('\n'));
    assert.deepEqual(parseCommand(line), {
      command: 'warning',
      properties: { file: 'a,b:c.py', title: 'x=1, y' },
      message: 'line one\nline two %0A',
    });
  });
});

describe('github: annotations from a review', () => {
  const app = ['import sys', '', 'def handler():', '    code = sys.argv[1]', '    exec(code)', ''].join('\n');
  const lib = ['import hashlib', 'digest = hashlib.md5(data)', 's = "😀"; eval(cfg.opts[1])', ''].join('\n');
  const files = { 'svc/app, v2: new.py': app, 'svc/lib.py': lib };

  it('one command per finding, severity mapped, path and position exact', async () => {
    const review = await reviewOf(files);
    assert.ok(review.findings.length >= 3, JSON.stringify(review.findings.map((f) => [f.checkId, f.severity])));
    const out = formatGithub(review, { root: '/work/repo', repoRoot: '/work/repo' });
    const lines = out.trimEnd().split('\n');
    assert.equal(lines.length, review.findings.length + 1, 'one line per finding and a summary');
    const commands = lines.slice(0, -1).map((l) => parseCommand(l)!);
    const kind = { critical: 'error', high: 'error', medium: 'warning', low: 'notice', info: 'notice' } as const;
    for (const f of review.findings) {
      const c = commands.find((x) => x.properties.file === f.path && Number(x.properties.line) === f.range.line);
      assert.ok(c, `annotation for ${f.path}:${f.range.line}`);
      assert.equal(c.command, kind[f.severity]);
      assert.equal(Number(c.properties.endLine), f.range.endLine);
      assert.match(c.properties.title!, new RegExp(`^${f.checkId} \\(CWE-${f.cwe}\\): `));
      assert.ok(c.message.startsWith(`[${f.severity}] ${f.message}`));
      // col..endColumn (1-based, inclusive) select the finding's code on its line.
      const source = files[f.path as keyof typeof files].split('\n')[f.range.line - 1]!;
      const code = source.slice(Number(c.properties.col) - 1, Number(c.properties.endColumn));
      assert.equal(code, f.snippet.split('\n')[0]!.slice(f.range.col - 1, f.range.endCol - 1));
    }
    assert.ok(new Set(commands.map((c) => c.command)).size >= 2, 'more than one severity kind is exercised');
    // Most severe first: the runner shows only the first few annotations of each kind.
    const rank = { error: 2, warning: 1, notice: 0 } as Record<string, number>;
    assert.deepEqual(
      commands.map((c) => rank[c.command]),
      [...commands.map((c) => rank[c.command])].sort((a, b) => b! - a!),
    );
    // The flow's line break is escaped, not a new command line.
    const flow = commands.find((c) => c.message.includes('\nFlow: L4'));
    assert.ok(flow, 'the dataflow finding carries its flow');
    const summary = lines.at(-1)!;
    assert.ok(!summary.startsWith('::'));
    assert.match(summary, new RegExp(`^Pillar: ${review.findings.length} security defects found; `));
  });

  it('a file outside the repository gets no file property; its path stays in the message', async () => {
    const review = await reviewOf({ '../elsewhere/lib.py': lib });
    const [first] = formatGithub(review, { root: '/work/repo', repoRoot: '/work/repo' }).split('\n');
    const c = parseCommand(first!)!;
    assert.equal('file' in c.properties, false);
    assert.equal('line' in c.properties, false);
    assert.match(c.message, /^\.\.\/elsewhere\/lib\.py:\d+: \[/);
  });

  it('writes the Markdown review to GITHUB_STEP_SUMMARY when the runner sets it', async () => {
    const review = await reviewOf(files);
    const dir = mkdtempSync(join(tmpdir(), 'pillar-gh-'));
    try {
      const summary = join(dir, 'summary.md');
      writeFileSync(summary, '# earlier step\n');
      const env = { GITHUB_STEP_SUMMARY: summary, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'c0ffee' };
      const out = FORMATS.github!(review, { color: false, root: dir, env });
      assert.ok(out.startsWith('::'));
      const text = readFileSync(summary, 'utf8');
      assert.ok(text.startsWith('# earlier step\n## ❌ Pillar security review:'), 'appended, not overwritten');
      assert.ok(text.includes('(https://github.com/o/r/blob/c0ffee/svc/lib.py#L3)'), text);

      FORMATS.github!(review, { color: false, root: dir, env: {} });
      assert.equal(readFileSync(summary, 'utf8'), text, 'no summary file, nothing written');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('through the CLI: paths relative to GITHUB_WORKSPACE', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pillar-gh-cli-'));
    try {
      writeFileSync(join(dir, 'lib.py'), lib);
      const r = await runCli(['review', '.', '--format', 'github'], { cwd: dir, env: { GITHUB_WORKSPACE: join(dir, '..'), GITHUB_STEP_SUMMARY: '' } });
      assert.equal(r.code, 1, r.stderr);
      const first = parseCommand(r.stdout.split('\n')[0]!)!;
      assert.equal(first.properties.file, `${dir.split('/').at(-1)}/lib.py`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
