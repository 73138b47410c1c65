/**
 * Finds the repository and resolves the revisions a change names, with a
 * clear error for each way that can fail: git missing, not a repository, a
 * revision that does not exist, two histories without a common ancestor.
 */
import { ChangeError } from './errors.js';
import { gitText, runGit } from './git.js';

/** The root of the work tree that contains `cwd`. */
export async function repositoryRoot(cwd: string, option: string): Promise<string> {
  const r = await runGit(cwd, ['rev-parse', '--show-toplevel'], { okCodes: [0, 128] });
  const root = r.stdout.toString('utf8').replace(/\n$/, '');
  if (r.code !== 0 || !root) {
    if (/not a git repository/i.test(r.stderr)) {
      throw new ChangeError(`${option} needs a git repository, and ${cwd} is not inside one`);
    }
    throw new ChangeError(`${option}: cannot find the git work tree of ${cwd}: ${r.stderr.trim() || 'no message'}`);
  }
  return root;
}

export interface RevisionRange {
  /** A...B: compare B with the merge base of A and B. A..B: compare B with A. */
  symmetric: boolean;
  from: string;
  to: string;
}

/** `A...B` or `A..B`; a missing side means HEAD, as in git. */
export function parseRange(spec: string): RevisionRange {
  const three = spec.indexOf('...');
  const two = spec.indexOf('..');
  if (two < 0) {
    throw new ChangeError(
      `--diff takes a range such as origin/main...HEAD or A..B, not "${spec}" (to review one commit use --commit ${spec}; to review against it, --diff ${spec}...HEAD)`,
    );
  }
  const symmetric = three >= 0;
  const at = symmetric ? three : two;
  const from = spec.slice(0, at) || 'HEAD';
  const to = spec.slice(at + (symmetric ? 3 : 2)) || 'HEAD';
  if (to.includes('..')) throw new ChangeError(`--diff takes one range, not "${spec}"`);
  return { symmetric, from, to };
}

/** The full id of the commit `rev` names. */
export async function resolveCommit(root: string, rev: string): Promise<string> {
  // A revision is data, never an option: git would read "-x" or "--output=..." as one.
  if (rev.startsWith('-') || rev.trim() === '') throw new ChangeError(`"${rev}" is not a revision`);
  const r = await runGit(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { okCodes: [0, 1, 128] });
  const sha = r.stdout.toString('utf8').trim();
  if (r.code === 0 && sha) return sha;
  const hint = (await isShallow(root)) ? ' (this is a shallow clone: fetch the history that has it, e.g. git fetch --unshallow)' : '';
  throw new ChangeError(`revision "${rev}" does not exist (or is not a commit) in ${root}${hint}`);
}

async function isShallow(root: string): Promise<boolean> {
  return (await gitText(root, ['rev-parse', '--is-shallow-repository'], { okCodes: [0, 128] })) === 'true';
}

/** The first parent of a commit, or null for a root commit. */
export async function firstParent(root: string, sha: string): Promise<string | null> {
  const r = await runGit(root, ['rev-parse', '--verify', '--quiet', `${sha}^1^{commit}`], { okCodes: [0, 1, 128] });
  const parent = r.stdout.toString('utf8').trim();
  return r.code === 0 && parent ? parent : null;
}

export async function mergeBase(root: string, a: string, b: string, spec: string): Promise<string> {
  const r = await runGit(root, ['merge-base', a, b], { okCodes: [0, 1] });
  const base = r.stdout.toString('utf8').trim();
  if (r.code !== 0 || !base) {
    const hint = (await isShallow(root)) ? ' in this shallow clone: fetch more history (git fetch --deepen=N or --unshallow), or' : ';';
    throw new ChangeError(`${spec}: the two revisions have no common ancestor${hint} compare them with A..B instead`);
  }
  return base;
}

/** HEAD's commit id, or null on a branch with no commit yet. */
export async function headCommit(root: string): Promise<string | null> {
  const r = await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { okCodes: [0, 1, 128] });
  const sha = r.stdout.toString('utf8').trim();
  return r.code === 0 && sha ? sha : null;
}

/** The empty tree of this repository's hash function, to compare a root commit or an unborn branch against. */
export function emptyTree(root: string): Promise<string> {
  return gitText(root, ['hash-object', '-t', 'tree', '--stdin'], { input: '' });
}
