/**
 * File discovery: .gitignore and --exclude handling, default excludes,
 * explicit paths, symbolic links, size limits; and, through the analyzer and
 * the real CLI, that every file that is not reviewed is listed with a reason.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs, { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DEFAULT_EXCLUDES, DEFAULT_MAX_FILE_BYTES, type DiscoverOptions, discover } from '../src/discover/walk.js';
import { analyzeFile } from '../src/engine/analyze-file.js';
import { reviewFiles } from '../src/engine/pool.js';
import { parseSize } from '../src/cli/review-command.js';
import { runCli } from './support/cli.js';

const roots: string[] = [];
after(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

/** Creates a temporary tree: path → text (or bytes). */
function tree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'pillar-discover-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

function options(root: string, extra: Partial<DiscoverOptions> = {}): DiscoverOptions {
  return { exclude: [...DEFAULT_EXCLUDES], maxFileBytes: DEFAULT_MAX_FILE_BYTES, cwd: root, ...extra };
}

const paths = (root: string, targets: string[] = ['.'], extra: Partial<DiscoverOptions> = {}) =>
  discover(targets, options(root, extra)).files.map((f) => f.path);

describe('discovery: ignore rules', () => {
  it('respects the root .gitignore', () => {
    const root = tree({
      '.gitignore': 'ignored.py\nbuild/\n/top_only.py\n# a comment\n',
      'a.py': '',
      'ignored.py': '',
      'top_only.py': '',
      'build/gen.py': '',
      'pkg/ignored.py': '',
      'pkg/top_only.py': '',
      'pkg/b.py': '',
      'notes.txt': '',
    });
    assert.deepEqual(paths(root), ['a.py', 'pkg/b.py', 'pkg/top_only.py']);
  });

  it('respects nested .gitignore files, relative to their own folder', () => {
    const root = tree({
      'a.py': '',
      'local.py': '',
      'pkg/.gitignore': 'local.py\n/sub/\n',
      'pkg/local.py': '',
      'pkg/b.py': '',
      'pkg/sub/c.py': '',
      'pkg/deeper/sub/d.py': '',
    });
    assert.deepEqual(paths(root), ['a.py', 'local.py', 'pkg/b.py', 'pkg/deeper/sub/d.py']);
  });

  it('lets a negation re-include a file, also across .gitignore files (the deeper one wins)', () => {
    const root = tree({
      '.gitignore': 'vendor_*.py\n',
      'vendor_x.py': '',
      'pkg/.gitignore': '*.py\n!keep.py\n',
      'pkg/drop.py': '',
      'pkg/keep.py': '',
      'lib/.gitignore': '!vendor_ok.py\n',
      'lib/vendor_ok.py': '',
      'lib/vendor_no.py': '',
    });
    assert.deepEqual(paths(root), ['lib/vendor_ok.py', 'pkg/keep.py']);
  });

  it('applies the .gitignore files above a named folder, up to the git work tree root', () => {
    const root = tree({
      '.git/info/exclude': 'excluded_by_info.py\n',
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'secret.py\ngenerated/\n',
      'src/app.py': '',
      'src/secret.py': '',
      'src/excluded_by_info.py': '',
      'src/generated/g.py': '',
      'generated/x.py': '',
    });
    assert.deepEqual(paths(root, ['src']), ['src/app.py']);
    // A folder named explicitly is reviewed even though a .gitignore ignores it.
    assert.deepEqual(paths(root, ['generated']), ['generated/x.py']);
  });

  it('applies --exclude patterns (gitignore syntax) relative to the named folder or the working directory', () => {
    const root = tree({
      'app/main.py': '',
      'app/main_test.py': '',
      'app/migrations/0001.py': '',
      'app/vendored/lib.py': '',
      'tests/test_a.py': '',
    });
    const exclude = [...DEFAULT_EXCLUDES, '*_test.py', 'tests/', 'migrations/', 'app/vendored/'];
    assert.deepEqual(paths(root, ['.'], { exclude }), ['app/main.py']);
    // The same patterns hold when a subfolder is named.
    assert.deepEqual(paths(root, ['app'], { exclude }), ['app/main.py']);
    // A folder named explicitly is walked even if a pattern excludes it (here a default one).
    assert.deepEqual(paths(root, ['app/migrations'], { exclude }), ['app/migrations/0001.py']);
    const nm = tree({ 'node_modules/pkg/n.py': '', 'node_modules/pkg/node_modules/dep/d.py': '' });
    assert.deepEqual(paths(nm, ['node_modules/pkg']), ['node_modules/pkg/n.py']);
  });

  it('skips the default excludes', () => {
    const root = tree({
      'a.py': '',
      '.git/hooks/h.py': '',
      'node_modules/pkg/n.py': '',
      '__pycache__/c.py': '',
      'pkg/__pycache__/d.py': '',
      '.venv/lib/v.py': '',
      'venv/lib/v.py': '',
      '.tox/t.py': '',
      '.mypy_cache/m.py': '',
      '.pytest_cache/p.py': '',
    });
    assert.deepEqual(paths(root), ['a.py']);
  });

  it('always takes files named explicitly, even when ignored or excluded', () => {
    const root = tree({
      '.gitignore': 'ignored.py\n',
      'ignored.py': '',
      'node_modules/pkg/n.py': '',
      'x_test.py': '',
    });
    const exclude = [...DEFAULT_EXCLUDES, '*_test.py'];
    assert.deepEqual(paths(root, ['ignored.py', 'node_modules/pkg/n.py', 'x_test.py'], { exclude }), [
      'ignored.py',
      'node_modules/pkg/n.py',
      'x_test.py',
    ]);
  });

  it('reports missing paths and files of other languages', () => {
    const root = tree({ 'notes.txt': 'hello' });
    const d = discover(['nope.py', 'notes.txt'], options(root));
    assert.deepEqual(d.missing, ['nope.py']);
    assert.deepEqual(d.skipped, [{ path: 'notes.txt', reason: 'unsupported-language' }]);
  });
});

describe('discovery: links and special files', () => {
  it('does not loop on a link to a parent folder and lists each file once', () => {
    const root = tree({ 'a.py': '', 'pkg/b.py': '', 'pkg/sub/c.py': '' });
    symlinkSync('..', join(root, 'pkg', 'sub', 'up'));
    symlinkSync(root, join(root, 'pkg', 'root-link'));
    symlinkSync(join(root, 'pkg', 'b.py'), join(root, 'b-link.py'));
    const started = Date.now();
    const found = paths(root);
    assert.ok(Date.now() - started < 5000);
    assert.deepEqual(found.slice().sort(), ['a.py', 'b-link.py', 'pkg/sub/c.py'].sort());
    assert.equal(new Set(found).size, found.length);
  });

  it('ignores dangling links', () => {
    const root = tree({ 'a.py': '' });
    symlinkSync(join(root, 'missing.py'), join(root, 'dangling.py'));
    symlinkSync(join(root, 'missing-dir'), join(root, 'dangling-dir'));
    const d = discover(['.'], options(root));
    assert.deepEqual(
      d.files.map((f) => f.path),
      ['a.py'],
    );
    assert.deepEqual(d.skipped, []);
  });

  it('lists a FIFO named like source as unreadable instead of reading it', () => {
    const root = tree({ 'a.py': '' });
    try {
      execFileSync('mkfifo', [join(root, 'pipe.py')]);
    } catch {
      return; // no mkfifo here
    }
    const d = discover(['.'], options(root));
    assert.deepEqual(
      d.files.map((f) => f.path),
      ['a.py'],
    );
    assert.deepEqual(d.skipped, [{ path: 'pipe.py', reason: 'unreadable' }]);
  });
});

describe('discovery: size limit', () => {
  it('defaults to 2 MB, the CLI default', () => {
    assert.equal(DEFAULT_MAX_FILE_BYTES, 2 * 1024 * 1024);
    assert.equal(parseSize('2MB'), DEFAULT_MAX_FILE_BYTES);
  });

  it('skips an oversized file as too-large without reading it', async () => {
    const root = tree({ 'small.py': 'x = 1\n' });
    const big = join(root, 'big.py');
    writeFileSync(big, '');
    truncateSync(big, DEFAULT_MAX_FILE_BYTES + 1); // sparse: no data is written
    const atLimit = join(root, 'at_limit.py');
    writeFileSync(atLimit, `${'#'.repeat(DEFAULT_MAX_FILE_BYTES - 1)}\n`);

    const opened: string[] = [];
    const original = { openSync: fs.openSync, readFileSync: fs.readFileSync, createReadStream: fs.createReadStream };
    const record = (p: unknown) => {
      if (typeof p === 'string' || p instanceof URL) opened.push(String(p));
    };
    fs.openSync = ((p: fs.PathLike, ...rest: unknown[]) => {
      record(p);
      return (original.openSync as (...a: unknown[]) => number)(p, ...rest);
    }) as typeof fs.openSync;
    fs.readFileSync = ((p: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      record(p);
      return (original.readFileSync as (...a: unknown[]) => unknown)(p, ...rest);
    }) as typeof fs.readFileSync;
    fs.createReadStream = ((p: fs.PathLike, ...rest: unknown[]) => {
      record(p);
      return (original.createReadStream as (...a: unknown[]) => fs.ReadStream)(p, ...rest);
    }) as typeof fs.createReadStream;
    syncBuiltinESMExports();
    try {
      const d = discover(['.'], options(root));
      assert.deepEqual(d.skipped, [{ path: 'big.py', reason: 'too-large' }]);
      assert.deepEqual(
        d.files.map((f) => f.path),
        ['at_limit.py', 'small.py'],
      );
      const results = await reviewFiles(d.files, { maxFileBytes: DEFAULT_MAX_FILE_BYTES, jobs: 1, hardTimeoutMs: 60_000 });
      assert.deepEqual(
        results.map((r) => r.status),
        ['reviewed', 'reviewed'],
      );
    } finally {
      Object.assign(fs, original);
      syncBuiltinESMExports();
    }
    assert.ok(opened.length > 0, 'the reviewed files were read');
    assert.ok(!opened.some((p) => p.endsWith('big.py')), `big.py was opened: ${opened.join(', ')}`);
  });

  it('takes a configurable limit, in discovery and in the analyzer', async () => {
    const root = tree({ 'a.py': 'x = 1\n'.repeat(50), 'b.py': 'x = 1\n' });
    const d = discover(['.'], options(root, { maxFileBytes: 100 }));
    assert.deepEqual(d.skipped, [{ path: 'a.py', reason: 'too-large' }]);
    assert.deepEqual(
      d.files.map((f) => f.path),
      ['b.py'],
    );
    // A file that grew after discovery is caught when it is opened.
    const r = await analyzeFile(join(root, 'a.py'), { maxFileBytes: 100 }, 'a.py');
    assert.equal(r.status, 'skipped');
    assert.equal(r.skipReason, 'too-large');
  });
});

describe('discovery and analysis: nothing is skipped silently', () => {
  const contents = {
    'ok.py': 'import os\nos.system(cmd)\n',
    'binary.py': new Uint8Array([0x69, 0x6d, 0x70, 0x00, 0x01, 0x02]),
    'latin1.py': new Uint8Array([0x78, 0x20, 0x3d, 0x20, 0x27, 0xe9, 0x27, 0x0a]), // x = 'é' in Latin-1
    'empty.py': '',
    'big.py': `${'# padding\n'.repeat(200)}`,
  };

  it('classifies binary, non-UTF-8 and empty files in the analyzer', async () => {
    const root = tree(contents);
    const reasons: Record<string, string | undefined> = {};
    for (const name of ['binary.py', 'latin1.py', 'empty.py']) {
      const r = await analyzeFile(join(root, name), { maxFileBytes: DEFAULT_MAX_FILE_BYTES }, name);
      assert.equal(r.status, 'skipped');
      reasons[name] = r.skipReason;
    }
    assert.deepEqual(reasons, { 'binary.py': 'binary', 'latin1.py': 'non-utf8', 'empty.py': 'empty' });
    const ok = await analyzeFile(join(root, 'ok.py'), { maxFileBytes: DEFAULT_MAX_FILE_BYTES }, 'ok.py');
    assert.equal(ok.status, 'reviewed');
  });

  it('lists every skipped file with its reason in the review', async () => {
    const root = tree(contents);
    const res = await runCli(['review', '.', '-f', 'json', '--max-file-size', '1KB', '--fail-on', 'none'], { cwd: root });
    assert.equal(res.code, 0, res.stderr);
    const review = JSON.parse(res.stdout) as {
      files: { reviewed: Array<{ path: string }>; skipped: Array<{ path: string; reason: string }>; failed: unknown[] };
    };
    assert.deepEqual(
      review.files.reviewed.map((f) => f.path),
      ['ok.py'],
    );
    const skipped = Object.fromEntries(review.files.skipped.map((s) => [s.path, s.reason]));
    assert.deepEqual(skipped, { 'big.py': 'too-large', 'binary.py': 'binary', 'latin1.py': 'non-utf8', 'empty.py': 'empty' });
    assert.deepEqual(review.files.failed, []);
  });
});
