/**
 * The worker pool: input order, failures confined to their file (worker
 * crash, hard time limit), no worker left running; and the CLI options and
 * output around it (--file-timeout, progress only on a terminal).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { DEFAULT_EXCLUDES, type DiscoveredFile, discover } from '../src/discover/walk.js';
import { INLINE_BELOW, reviewFiles, startWorkersEarly } from '../src/engine/pool.js';
import { startWorker, type WorkerReply } from '../src/engine/threads.js';
import { collect, runCli } from './support/cli.js';

const fromTs = import.meta.url.endsWith('.ts');
const support = (name: string) => new URL(`./support/${name}.${fromTs ? 'ts' : 'js'}`, import.meta.url);
const crashingWorker = support('crashing-worker');
const MAX = 4 * 1024 * 1024;

const roots: string[] = [];
after(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'pillar-pool-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const filesOf = (root: string): DiscoveredFile[] => discover(['.'], { exclude: DEFAULT_EXCLUDES, maxFileBytes: MAX, cwd: root }).files;

/** n small files f00.py …, each with one eval() on a line that identifies it. */
function smallFiles(n: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < n; i++) out[`f${String(i).padStart(2, '0')}.py`] = `${'\n'.repeat(i)}eval(x)\n`;
  return out;
}

/** About `bytes` of plain Python: slow enough to review that a sub-second limit stops it. */
function largeSource(bytes: number): string {
  const parts = ['import os, subprocess\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const unit = `def handler_${i}(request, items):\n    total = sum(x * 2 for x in items if x)\n    data = {"k": [request.a, request.b, (i, ${i})]}\n    return total, data\n\n`;
    parts.push(unit);
    size += unit.length;
  }
  return parts.join('');
}

describe('worker pool', () => {
  it('uses workers for this many files', () => {
    assert.ok(INLINE_BELOW <= 12);
  });

  it('returns results in input order, whatever order the workers finish in', async () => {
    const files = smallFiles(12);
    files['f00.py'] = `${largeSource(200_000)}eval(x)\n`; // the first file finishes last
    const root = tree(files);
    const found = filesOf(root);
    assert.equal(found.length, 12);
    const results = await reviewFiles(found, { maxFileBytes: MAX, jobs: 2, hardTimeoutMs: 120_000 });
    assert.deepEqual(
      results.map((r) => r.path),
      found.map((f) => f.path),
    );
    assert.ok(results.every((r) => r.status === 'reviewed'));
    for (const [i, r] of results.entries()) {
      if (i === 0) continue;
      assert.deepEqual(
        r.findings.filter((f) => f.checkId === 'eval-used').map((f) => f.range.line),
        [i + 1],
        r.path,
      );
    }
  });

  it('reports a file whose worker crashes as failed, in one line, and reviews the others', async () => {
    const root = tree({ ...smallFiles(10), 'crash-exit.py': 'x = 1\n', 'crash-throw.py': 'x = 1\n' });
    const found = filesOf(root);
    const results = await reviewFiles(found, { maxFileBytes: MAX, jobs: 2, hardTimeoutMs: 60_000, workerUrl: crashingWorker });
    const byPath = new Map(results.map((r) => [r.path, r]));
    const exit = byPath.get('crash-exit.py')!;
    const thrown = byPath.get('crash-throw.py')!;
    assert.equal(exit.status, 'failed');
    assert.match(exit.error!, /^worker stopped unexpectedly \(exit code 3\)$/);
    assert.equal(thrown.status, 'failed');
    assert.match(thrown.error!, /^worker failed: Error: simulated crash in the worker$/);
    const others = results.filter((r) => !r.path.startsWith('crash-'));
    assert.equal(others.length, 10);
    assert.ok(others.every((r) => r.status === 'reviewed' && r.findings.some((f) => f.checkId === 'eval-used')));
  });

  it('has a worker answer files one after the other, in the order sent, even when the first one waits', { timeout: 60_000 }, async () => {
    // The JavaScript grammar is not warmed up, so the first file waits for it to load; the Python file is quick.
    const root = tree({ 'a.js': 'eval(x);\n', 'b.py': 'eval(x)\n' });
    const worker = startWorker({ options: { maxFileBytes: MAX }, languages: ['python'] });
    try {
      const replies: number[] = [];
      await new Promise<void>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (msg: WorkerReply) => {
          if ('ready' in msg) {
            worker.postMessage({ id: 1, absPath: join(root, 'a.js'), path: 'a.js' });
            worker.postMessage({ id: 2, absPath: join(root, 'b.py'), path: 'b.py' });
            return;
          }
          assert.equal(msg.result.status, 'reviewed');
          replies.push(msg.id);
          if (replies.length === 2) resolve();
        });
      });
      assert.deepEqual(replies, [1, 2]);
    } finally {
      await worker.terminate();
    }
  });

  it('takes over workers started early: every file is reviewed, without waiting for a start timeout', { timeout: 40_000 }, async () => {
    // A missed "ready" from an early worker would stall the review for the 60 s start limit.
    const root = tree(smallFiles(12));
    const found = filesOf(root);
    const headStart = startWorkersEarly(found, 2);
    assert.ok(headStart);
    const results = await reviewFiles(found, { maxFileBytes: MAX, jobs: 2, hardTimeoutMs: 60_000, headStart });
    for (const [i, r] of results.entries()) {
      assert.equal(r.status, 'reviewed', r.path);
      assert.deepEqual(
        r.findings.filter((f) => f.checkId === 'eval-used').map((f) => f.range.line),
        [i + 1],
      );
    }
    assert.equal(headStart.take(), null, 'the pool took every early worker');
  });

  it('starts no worker early for files it reviews on this thread', () => {
    const found = filesOf(tree(smallFiles(INLINE_BELOW - 1)));
    assert.equal(startWorkersEarly(found, 2), undefined);
  });

  it('gives the file waiting behind a crash to the next worker', { timeout: 60_000 }, async () => {
    // Largest first: with one worker, the crashing file is sent first and f00.py waits behind it.
    const root = tree({ 'crash-exit.py': `${'# padding\n'.repeat(500)}x = 1\n`, ...smallFiles(9) });
    const found = filesOf(root);
    const results = await reviewFiles(found, { maxFileBytes: MAX, jobs: 1, hardTimeoutMs: 60_000, workerUrl: crashingWorker });
    assert.equal(results.find((r) => r.path === 'crash-exit.py')!.status, 'failed');
    const others = results.filter((r) => r.path !== 'crash-exit.py');
    assert.equal(others.length, 9);
    assert.ok(others.every((r) => r.status === 'reviewed' && r.findings.some((f) => f.checkId === 'eval-used')));
  });

  it('abandons a file that overruns the hard time limit, replaces the worker and reviews the others', async () => {
    const root = tree({ ...smallFiles(10), 'hang.py': 'x = 1\n' });
    const found = filesOf(root);
    const started = Date.now();
    const results = await reviewFiles(found, { maxFileBytes: MAX, jobs: 2, hardTimeoutMs: 1500, workerUrl: crashingWorker });
    const hung = results.find((r) => r.path === 'hang.py')!;
    assert.equal(hung.status, 'failed');
    assert.equal(hung.error, 'analysis took longer than the 1.5 s limit (--file-timeout) and was stopped');
    assert.deepEqual(
      results.filter((r) => r.status === 'reviewed').map((r) => r.path),
      found.map((f) => f.path).filter((p) => p !== 'hang.py'),
    );
    assert.ok(Date.now() - started < 30_000);
  });

  it('lists a file that cannot be read as unreadable and reviews the others', async (t) => {
    if (!existsSync('/proc/self/mem')) return t.skip('needs /proc/self/mem');
    const root = tree(smallFiles(9));
    // Readable by name even for root, but reading it fails (EIO).
    symlinkSync('/proc/self/mem', join(root, 'mem.py'));
    const results = await reviewFiles(filesOf(root), { maxFileBytes: MAX, jobs: 2, hardTimeoutMs: 60_000 });
    const mem = results.find((r) => r.path === 'mem.py')!;
    assert.equal(mem.status, 'skipped');
    assert.equal(mem.skipReason, 'unreadable');
    assert.equal(results.filter((r) => r.status === 'reviewed').length, 9);
  });

  it('lets the process exit by itself when workers started early are never used', async () => {
    const root = tree(smallFiles(9));
    const child = spawn(process.execPath, [...(fromTs ? ['--import', import.meta.resolve('tsx')] : []), fileURLToPath(support('pool-child')), root, '1000', 'idle'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const { code, stderr } = await collect(child);
    clearTimeout(killer);
    assert.equal(code, 0, `child did not exit by itself (code ${code}): ${stderr}`);
  });

  it('leaves no worker running: the process exits by itself after crashes and timeouts', async () => {
    const root = tree({ ...smallFiles(9), 'crash-exit.py': '', 'crash-throw.py': '', 'hang.py': '' });
    const child = spawn(process.execPath, [...(fromTs ? ['--import', import.meta.resolve('tsx')] : []), fileURLToPath(support('pool-child')), root, '1000', 'crash'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const { code, stdout, stderr } = await collect(child);
    clearTimeout(killer);
    assert.equal(code, 0, `child did not exit by itself (code ${code}): ${stderr}`);
    const statuses = JSON.parse(stdout) as Array<{ path: string; status: string }>;
    assert.equal(statuses.length, 12);
    assert.deepEqual(statuses.filter((s) => s.status === 'failed').map((s) => s.path).sort(), ['crash-exit.py', 'crash-throw.py', 'hang.py']);
  });
});

describe('review command: --file-timeout and progress', () => {
  it('stops a file that takes longer than --file-timeout, reports it and reviews the rest', async () => {
    // The large file takes several seconds; the small ones a few milliseconds each, even on a loaded machine.
    const root = tree({ ...smallFiles(8), 'large.py': largeSource(4_000_000) });
    const res = await runCli(['review', '.', '-f', 'json', '--fail-on', 'none', '--max-file-size', '8MB', '--file-timeout', '1', '-j', '2'], { cwd: root });
    assert.equal(res.code, 0, res.stderr);
    const review = JSON.parse(res.stdout) as { files: { reviewed: Array<{ path: string }>; failed: Array<{ path: string; error: string }> } };
    assert.deepEqual(review.files.failed, [
      { path: 'large.py', error: 'analysis took longer than the 1 s limit (--file-timeout) and was stopped' },
    ]);
    assert.equal(review.files.reviewed.length, 8);
  });

  it('rejects a --file-timeout that is not a positive number of seconds', async () => {
    for (const bad of ['0', '-1', 'soon', '1e3']) {
      const res = await runCli(['review', '.', '--file-timeout', bad], { cwd: tmpdir() });
      assert.equal(res.code, 2, bad);
      assert.match(res.stderr, /--file-timeout takes a number of seconds/);
    }
  });

  it('writes no progress when stderr is not a terminal', async () => {
    const root = tree(smallFiles(25));
    const res = await runCli(['review', '.', '--fail-on', 'none'], { cwd: root });
    assert.equal(res.code, 0);
    assert.equal(res.stderr, '');
    assert.doesNotMatch(res.stdout, /reviewing \d+\/\d+|\r/);
  });
});
