/**
 * Temporary git repositories for the change-review tests: made with the real
 * git in a folder under the system's temp directory, with a fixed identity
 * and no user or system configuration, removed by `cleanup()`. Also: the
 * `pillar` CLI with standard input, and an in-process change review.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadChange, type ChangeRequest, type LoadedChange } from '../../src/change/load-change.js';
import { PILLAR_IDS } from '../../src/cwe/catalog.js';
import { DEFAULT_EXCLUDES, DEFAULT_MAX_FILE_BYTES } from '../../src/discover/walk.js';
import { allCheckMetas } from '../../src/engine/checks.js';
import { runPipeline } from '../../src/engine/pipeline.js';
import type { Review } from '../../src/review/types.js';
import { type CliResult, runCli } from './cli.js';

export const GIT_ENV: NodeJS.ProcessEnv = {
  GIT_AUTHOR_NAME: 'Pillar Test',
  GIT_AUTHOR_EMAIL: 'test@pillar.invalid',
  GIT_AUTHOR_DATE: '2026-01-02T03:04:05Z',
  GIT_COMMITTER_NAME: 'Pillar Test',
  GIT_COMMITTER_EMAIL: 'test@pillar.invalid',
  GIT_COMMITTER_DATE: '2026-01-02T03:04:05Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

const IDENTITY = ['-c', 'user.name=Pillar Test', '-c', 'user.email=test@pillar.invalid', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgSign=false'];

export class GitRepo {
  private constructor(readonly dir: string) {}

  /** A new repository with branch main and no commit. */
  static create(prefix = 'pillar-change-'): GitRepo {
    const repo = new GitRepo(mkdtempSync(join(tmpdir(), prefix)));
    repo.git('init', '-q', '.');
    return repo;
  }

  git(...args: string[]): string {
    return execFileSync('git', [...IDENTITY, ...args], {
      cwd: this.dir,
      env: { ...process.env, ...GIT_ENV },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
  }

  /** Runs git with bytes on standard input. */
  gitInput(input: string | Uint8Array, ...args: string[]): string {
    return execFileSync('git', [...IDENTITY, ...args], { cwd: this.dir, env: { ...process.env, ...GIT_ENV }, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  }

  write(files: Record<string, string | Uint8Array>): this {
    for (const [name, content] of Object.entries(files)) {
      const path = join(this.dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    return this;
  }

  remove(...names: string[]): this {
    for (const n of names) rmSync(join(this.dir, n), { force: true, recursive: true });
    return this;
  }

  /** Stages everything and commits; returns the new commit's id. */
  commitAll(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export type PillarRun = CliResult;

/** Runs the real `pillar` in a child process with git's test identity, with optional standard input (for `--patch -`). */
export function runPillar(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string | Uint8Array }): Promise<PillarRun> {
  return runCli(args, { cwd: options.cwd, env: { ...GIT_ENV, ...options.env }, input: options.input ?? '' });
}

/** Runs a change review in-process (no CLI): load the change, review its files, assemble. */
export async function reviewChange(
  request: ChangeRequest,
  cwd: string,
  options: { paths?: string[]; exclude?: string[] } = {},
): Promise<{ loaded: LoadedChange; review: Review }> {
  const loaded = await loadChange(request, {
    cwd,
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    exclude: [...DEFAULT_EXCLUDES, ...(options.exclude ?? [])],
    paths: options.paths ?? [],
    stdin: process.stdin,
  });
  const review = await runPipeline(loaded.discovery, {
    checks: await allCheckMetas(),
    pillars: [...PILLAR_IDS],
    pool: { maxFileBytes: DEFAULT_MAX_FILE_BYTES, jobs: 2, hardTimeoutMs: 60_000 },
    change: loaded.change,
  });
  return { loaded, review };
}

/** `path:line checkId` of each finding, sorted, for assertions. */
export function findingKeys(review: Review): string[] {
  return review.findings.map((f) => `${f.path}:${f.range.line} ${f.checkId}`).sort();
}
