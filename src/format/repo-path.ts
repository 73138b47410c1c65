/**
 * Paths as review systems want them: relative to the repository root, with
 * forward slashes. The review's paths are relative to the working directory
 * (or absolute), and pillar may run in a subfolder of the repository, so the
 * formats for GitHub and Gerrit re-base them on the repository root.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface RepoPathOptions {
  /** Directory the review's relative paths are relative to (default: the working directory). */
  root?: string;
  /** The repository root; found by looking for `.git` upwards from `root` when not given. */
  repoRoot?: string | null;
}

/** The nearest directory at or above `start` that holds `.git` (a folder, or a file in worktrees and submodules). */
export function findRepoRoot(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Turns review paths into repository-relative ones; null for a path outside the repository. */
export function repoPathResolver(options: RepoPathOptions = {}): (path: string) => string | null {
  const root = resolve(options.root ?? process.cwd());
  const repoRoot = options.repoRoot === undefined ? (findRepoRoot(root) ?? root) : (options.repoRoot ?? root);
  const cache = new Map<string, string | null>();
  return (path) => {
    let out = cache.get(path);
    if (out === undefined) {
      const rel = relative(repoRoot, isAbsolute(path) ? path : resolve(root, path));
      out = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? null : rel.split(sep).join('/');
      cache.set(path, out);
    }
    return out;
  };
}
