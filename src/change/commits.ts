/** Commit messages of a change: `git log` with NUL-separated records. */
import type { ChangeCommit } from '../review/types.js';
import { gitText, runGit } from './git.js';

/** At most this many commits are listed; the count says how many there are. */
export const MAX_LISTED_COMMITS = 200;

/**
 * The commits reachable from `head` and not from `exclude` (all of head's
 * history when exclude is null), newest first, at most MAX_LISTED_COMMITS.
 */
export async function readCommits(root: string, head: string, exclude: string | null): Promise<{ commits: ChangeCommit[]; count: number }> {
  const revs = exclude ? [head, `^${exclude}`] : [head];
  const [log, count] = await Promise.all([
    runGit(root, ['log', '--no-show-signature', '--encoding=UTF-8', '-z', `--max-count=${MAX_LISTED_COMMITS}`, '--format=%H%x00%s%x00%B', ...revs, '--']),
    gitText(root, ['rev-list', '--count', ...revs, '--']),
  ]);
  return { commits: parseLog(log.stdout.toString('utf8')), count: Number(count) };
}

/** One commit. */
export async function readCommit(root: string, sha: string): Promise<ChangeCommit> {
  const log = await runGit(root, ['log', '--no-show-signature', '--encoding=UTF-8', '-z', '--max-count=1', '--format=%H%x00%s%x00%B', sha, '--']);
  return parseLog(log.stdout.toString('utf8'))[0]!;
}

/** Records of `%H NUL %s NUL %B`, each ended by the NUL of -z. */
function parseLog(text: string): ChangeCommit[] {
  const fields = text.split('\0');
  const out: ChangeCommit[] = [];
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const sha = fields[i]!.replace(/^\n/, '');
    if (!sha) break;
    out.push({ sha, subject: fields[i + 1]!, message: fields[i + 2]!.replace(/\s+$/, '') });
  }
  return out;
}
