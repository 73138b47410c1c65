/**
 * Runs git as a child process with an argument array (never a shell string),
 * with the settings every caller needs: paths printed as they are
 * (`core.quotepath=off`), no colour, no pager, no prompt, messages in
 * English, no optional locks (the review only reads, and must not take the
 * index lock of a repository someone is working in).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ChangeError } from './errors.js';

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

export interface GitRunOptions {
  /** Bytes written to git's standard input (then closed). */
  input?: string | Uint8Array;
  /** Exit codes that are answers rather than failures (e.g. 1 for `merge-base` without a common ancestor). */
  okCodes?: readonly number[];
}

/** Settings that make git's output independent of the user's configuration where it matters to parsing. */
const BASE_ARGS = ['-c', 'core.quotepath=off', '-c', 'color.ui=never'];

/** Git's messages in English (they are matched, e.g. "not a git repository"); paths and contents are bytes either way. */
export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C', LANGUAGE: 'C' };
}

/** The error for a git that cannot be started (not installed, or not on PATH; or no folder to start it in). */
export function gitMissing(err: NodeJS.ErrnoException, cwd: string): ChangeError {
  if (err.code === 'ENOENT' && !existsSync(cwd)) return new ChangeError(`the folder ${cwd} does not exist`);
  if (err.code === 'ENOENT') {
    return new ChangeError('git was not found on PATH; reviewing --diff, --staged or --commit needs git installed');
  }
  return new ChangeError(`git could not be started: ${err.message}`);
}

/**
 * Runs `git <args>` in `cwd` and collects its output. Rejects with a
 * ChangeError naming the command and git's own message when git is missing
 * or exits with a code not in `okCodes` (default: only 0).
 */
export function runGit(cwd: string, args: readonly string[], options: GitRunOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...BASE_ARGS, ...args], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => reject(gitMissing(e, cwd)));
    child.on('close', (code) => {
      const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? -1 };
      if ((options.okCodes ?? [0]).includes(result.code)) resolve(result);
      else reject(new ChangeError(`git ${args[0]} failed (exit code ${result.code}): ${firstLines(result.stderr) || 'no message'}`));
    });
    // git may exit before reading all its input (it failed early): that is reported by the exit code.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Standard output as text, without the final newline. */
export async function gitText(cwd: string, args: readonly string[], options?: GitRunOptions): Promise<string> {
  return (await runGit(cwd, args, options)).stdout.toString('utf8').replace(/\n$/, '');
}

export function firstLines(text: string, max = 3): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, max)
    .join(' / ');
}

export type BlobContent = { bytes: Uint8Array } | { tooLarge: number };

/**
 * Reads many blobs through one `git cat-file --batch` process: object ids go
 * in on standard input, `<oid> <type> <size>\n<bytes>\n` records come out.
 * Blobs larger than `maxBytes` are read past, not kept. Each returned array
 * owns its memory (no view into a shared buffer), so handing one to a worker
 * thread copies only that file.
 */
export function readBlobs(cwd: string, oids: readonly string[], maxBytes: number): Promise<Map<string, BlobContent>> {
  const unique = [...new Set(oids)];
  const found = new Map<string, BlobContent>();
  if (unique.length === 0) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...BASE_ARGS, 'cat-file', '--batch'], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const parser = new BatchParser(maxBytes, (oid, content) => found.set(oid, content));
    let stderr = '';
    let failure: Error | null = null;
    child.stdout.on('data', (b: Buffer) => {
      if (failure) return;
      try {
        parser.push(b);
      } catch (e) {
        failure = e as Error;
        child.kill();
      }
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
    });
    child.on('error', (e: NodeJS.ErrnoException) => reject(gitMissing(e, cwd)));
    child.on('close', (code) => {
      if (failure) return reject(failure);
      if (code !== 0) return reject(new ChangeError(`git cat-file failed (exit code ${code}): ${firstLines(stderr) || 'no message'}`));
      const missing = unique.filter((o) => !found.has(o));
      if (missing.length) return reject(new ChangeError(`git could not read ${missing.length} file version(s), e.g. object ${missing[0]}`));
      resolve(found);
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(`${unique.join('\n')}\n`);
  });
}

/** Incremental parser of `git cat-file --batch` output. */
class BatchParser {
  private pending: Buffer = Buffer.alloc(0);
  /** The record being read: its oid, size, and the parts of its content received so far. */
  private current: { oid: string; size: number; keep: boolean; parts: Buffer[]; received: number } | null = null;

  constructor(
    private readonly maxBytes: number,
    private readonly onBlob: (oid: string, content: BlobContent) => void,
  ) {}

  push(chunk: Buffer): void {
    let buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    for (;;) {
      if (!this.current) {
        const nl = buf.indexOf(0x0a);
        if (nl < 0) break;
        const header = buf.subarray(0, nl).toString('utf8');
        buf = buf.subarray(nl + 1);
        const m = /^(\S+) (\S+) (\d+)$/.exec(header);
        if (!m) throw new ChangeError(`git cat-file: cannot read object: ${header}`);
        if (m[2] !== 'blob') throw new ChangeError(`git cat-file: object ${m[1]} is a ${m[2]}, not a file`);
        const size = Number(m[3]);
        this.current = { oid: m[1]!, size, keep: size <= this.maxBytes, parts: [], received: 0 };
      }
      const cur = this.current;
      // The record's content, then one newline.
      const want = cur.size + 1 - cur.received;
      const take = Math.min(want, buf.length);
      if (cur.keep && cur.received < cur.size) cur.parts.push(buf.subarray(0, Math.min(take, cur.size - cur.received)));
      cur.received += take;
      buf = buf.subarray(take);
      if (cur.received < cur.size + 1) break;
      if (cur.keep) {
        // new Uint8Array(view) copies into a buffer of its own.
        this.onBlob(cur.oid, { bytes: new Uint8Array(Buffer.concat(cur.parts, cur.size)) });
      } else {
        this.onBlob(cur.oid, { tooLarge: cur.size });
      }
      this.current = null;
    }
    // Keep a copy: `buf` may be a view into the chunk that the stream reuses.
    this.pending = Buffer.from(buf);
  }
}
