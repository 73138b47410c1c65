/**
 * `pillar review --diff/--staged/--commit/--patch`: reads the change, decides
 * which of its files go to the reviewer, reads their new versions (git blobs
 * in one `git cat-file --batch`, or the patched texts), and returns them as a
 * Discovery whose files carry their content, plus the change's description
 * for the review (its files, changed lines and commits).
 */
import { existsSync, realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import ignore from 'ignore';
import type { Discovery, DiscoveredFile } from '../discover/walk.js';
import { languageForPath } from '../lang/registry.js';
import type { ChangedFile, ReviewChange } from '../review/types.js';
import { readCommit, readCommits } from './commits.js';
import { ChangeError } from './errors.js';
import { readBlobs } from './git.js';
import { readTreeDiff } from './git-diff.js';
import { countLines } from './lines.js';
import { patchChange, readPatchText } from './patch-change.js';
import { emptyTree, firstParent, headCommit, mergeBase, parseRange, repositoryRoot, resolveCommit } from './revisions.js';
import type { ChangeEntry, ReadChange } from './types.js';

export type ChangeRequest = { kind: 'diff'; range: string } | { kind: 'commit'; rev: string } | { kind: 'staged' } | { kind: 'patch'; file: string };

export interface LoadChangeOptions {
  cwd: string;
  maxFileBytes: number;
  /** Gitignore-style patterns, matched against paths relative to the repository root. */
  exclude: readonly string[];
  /** When given, only files under these paths (relative to cwd) are part of the change. */
  paths: readonly string[];
  stdin: NodeJS.ReadStream;
}

export interface LoadedChange {
  /** The folder the review's paths are relative to. */
  root: string;
  change: ReviewChange;
  discovery: Discovery;
}

/** Which change the options ask for; null when none (review paths as usual). Two at once is an error. */
export function changeRequest(opts: { diff?: string; staged?: boolean; commit?: string; patch?: string }): ChangeRequest | null {
  const asked: ChangeRequest[] = [];
  if (opts.diff !== undefined) asked.push({ kind: 'diff', range: opts.diff });
  if (opts.staged) asked.push({ kind: 'staged' });
  if (opts.commit !== undefined) asked.push({ kind: 'commit', rev: opts.commit });
  if (opts.patch !== undefined) asked.push({ kind: 'patch', file: opts.patch });
  if (asked.length > 1) throw new ChangeError(`review one change at a time: --${asked.map((a) => a.kind).join(', --')} were given together`);
  return asked[0] ?? null;
}

export async function loadChange(request: ChangeRequest, options: LoadChangeOptions): Promise<LoadedChange> {
  const read = await readChange(request, options);
  // git names the root by its real path; the named paths are compared in the same terms.
  const under = options.paths.map((p) => realPath(resolve(options.cwd, p)));
  const entries = under.length ? read.entries.filter((e) => under.some((dir) => isWithin(resolve(read.root, e.path), dir))) : read.entries;
  // A mistyped path would narrow the change to nothing and pass: a path neither on disk nor in the change is an error.
  const unknown = options.paths.filter((_path, i) => !existsSync(under[i]!) && !read.entries.some((e) => isWithin(resolve(read.root, e.path), under[i]!)));
  if (unknown.length) throw new ChangeError(`no such file or directory, and not in the change: ${unknown.join(', ')}`);
  const excluded = ignore().add([...options.exclude]);

  const files: ChangedFile[] = [];
  const toReview: ChangeEntry[] = [];
  for (const e of entries) {
    const why = notReviewed(e, excluded);
    files.push({ path: e.path, oldPath: e.oldPath, status: e.status, kind: e.kind, lines: e.lines, ...(why ? { notReviewed: why } : {}) });
    if (!why) toReview.push(e);
  }

  const discovery: Discovery = { files: [], skipped: [], missing: [] };
  const blobs = await readBlobs(
    read.root,
    toReview.flatMap((e) => (e.oid && !e.content ? [e.oid] : [])),
    options.maxFileBytes,
  );
  for (const e of toReview) {
    const blob = e.content ? { bytes: e.content } : blobs.get(e.oid!);
    if (!blob || !('bytes' in blob) || blob.bytes.length > options.maxFileBytes) {
      discovery.skipped.push({ path: e.path, reason: blob ? 'too-large' : 'unreadable' });
      continue;
    }
    const file: DiscoveredFile = { absPath: resolve(read.root, e.path), path: e.path, size: blob.bytes.length, content: blob.bytes };
    discovery.files.push(file);
  }

  const change: ReviewChange = {
    kind: read.kind,
    source: read.source,
    base: read.base,
    head: read.head,
    ...(read.patch ? { patch: read.patch } : {}),
    commits: read.commits,
    commitCount: read.commitCount,
    files,
    changedLines: files.reduce((n, f) => n + countLines(f.lines), 0),
    droppedOutsideChange: 0,
  };
  return { root: read.root, change, discovery };
}

/**
 * Marks as excluded the change's files that a later filter (the
 * configuration's include/exclude globs) took out of `discovery`, so the
 * header does not count them as reviewed.
 */
export function markFilteredOut(change: ReviewChange, discovery: Discovery): void {
  const kept = new Set([...discovery.files.map((f) => f.path), ...discovery.skipped.map((s) => s.path)]);
  for (const f of change.files) if (!f.notReviewed && !kept.has(f.path)) f.notReviewed = 'excluded';
}

function notReviewed(e: ChangeEntry, excluded: ReturnType<typeof ignore>): ChangedFile['notReviewed'] | undefined {
  if (e.status === 'deleted') return 'deleted';
  if (e.kind !== 'file') return e.kind;
  if (!languageForPath(e.path)) return 'unsupported-language';
  if (isExcluded(excluded, e.path)) return 'excluded';
  if (e.lines.length === 0) return 'no-changed-lines';
  return undefined;
}

function isExcluded(rules: ReturnType<typeof ignore>, path: string): boolean {
  try {
    return rules.ignores(path);
  } catch {
    return false; // a path the matcher cannot take (none git reports should be) is not excluded
  }
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isWithin(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

async function readChange(request: ChangeRequest, options: LoadChangeOptions): Promise<ReadChange> {
  switch (request.kind) {
    case 'patch': {
      const text = await readPatchText(request.file, options.stdin);
      return patchChange(text, request.file, await patchRoot(options.cwd));
    }
    case 'diff': {
      const root = await repositoryRoot(options.cwd, '--diff');
      const range = parseRange(request.range);
      const [from, to] = await Promise.all([resolveCommit(root, range.from), resolveCommit(root, range.to)]);
      const base = range.symmetric ? await mergeBase(root, from, to, request.range) : from;
      const [entries, log] = await Promise.all([readTreeDiff(root, base, to), readCommits(root, to, from)]);
      return { kind: 'diff', source: request.range, base, head: to, commits: log.commits, commitCount: log.count, root, entries };
    }
    case 'commit': {
      const root = await repositoryRoot(options.cwd, '--commit');
      const sha = await resolveCommit(root, request.rev);
      const parent = await firstParent(root, sha);
      const [entries, commit] = await Promise.all([readTreeDiff(root, parent ?? (await emptyTree(root)), sha), readCommit(root, sha)]);
      return { kind: 'commit', source: request.rev, base: parent, head: sha, commits: [commit], commitCount: 1, root, entries };
    }
    case 'staged': {
      const root = await repositoryRoot(options.cwd, '--staged');
      const head = await headCommit(root);
      const entries = await readTreeDiff(root, head ?? (await emptyTree(root)), null);
      return { kind: 'staged', source: null, base: head, head: null, commits: [], commitCount: 0, root, entries };
    }
  }
}

/** A patch applies at the root of the git work tree (git diff paths are relative to it), or here outside git. */
async function patchRoot(cwd: string): Promise<string> {
  try {
    return await repositoryRoot(cwd, '--patch');
  } catch (err) {
    if (err instanceof ChangeError) return cwd;
    throw err;
  }
}
