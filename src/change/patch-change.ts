/**
 * A change given as a patch (`--patch FILE`, `--patch -` for standard input):
 * the patch is applied in memory to the working tree (the repository root,
 * or the working directory outside git) and the patched files are reviewed;
 * nothing is written. A patch that is already applied (the usual case for
 * `git diff > change.diff`) is recognised by un-applying it in memory, and
 * the working tree files are reviewed as they are. A patch that does neither
 * is an error naming the file and hunk.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, sep } from 'node:path';
import type { ChangeCommit } from '../review/types.js';
import { ChangeError } from './errors.js';
import { toRanges } from './lines.js';
import { applyHunks, type FileState, stateFromText, type TextLine, textFromState } from './patch-apply.js';
import { type FilePatch, type ParsedPatch, parsePatch } from './patch-parse.js';
import type { ChangeEntry, ReadChange } from './types.js';

export async function readPatchText(source: string, stdin: NodeJS.ReadStream): Promise<string> {
  if (source === '-') {
    if (stdin.isTTY) throw new ChangeError('--patch - reads the patch from standard input, which is a terminal; pipe the patch in or name a file');
    const parts: Buffer[] = [];
    for await (const chunk of stdin) parts.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(parts).toString('utf8');
  }
  try {
    return readFileSync(source, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a directory' : e.code === 'EACCES' ? 'permission denied' : e.message;
    throw new ChangeError(`cannot read the patch file ${source}: ${why}`);
  }
}

/** Applies the patch text to the files under `root` in memory and returns the change. */
export function patchChange(text: string, source: string, root: string): ReadChange {
  const patch = parsePatch(text);
  const files = patch.mails.flatMap((m) => m.files);
  for (const f of files) for (const p of [f.oldPath, f.newPath]) if (p !== null) checkPath(p);
  const disk = new WorkingTree(root);

  const forward = applyForward(files, disk);
  let entries: ChangeEntry[];
  let applied: 'applied-in-memory' | 'already-applied';
  if (!('failure' in forward)) {
    entries = forward.entries;
    applied = 'applied-in-memory';
  } else {
    const backward = findApplied(files, disk);
    if (!backward) {
      const { file, hunk, reason } = forward.failure;
      const where = hunk ? `, hunk ${hunk.index + 1} of ${hunk.count} (${hunk.header})` : '';
      throw new ChangeError(`the patch does not apply to ${root} (nor is it already applied there): ${file}${where}: ${reason}`);
    }
    entries = backward;
    applied = 'already-applied';
  }
  return {
    kind: 'patch',
    source,
    base: null,
    head: null,
    patch: applied,
    commits: commitsOf(patch),
    commitCount: patch.isMail ? patch.mails.length : 0,
    root,
    entries,
  };
}

function commitsOf(patch: ParsedPatch): ChangeCommit[] {
  if (!patch.isMail) return [];
  // Newest first, like git log: the last mail of a series is the head.
  return patch.mails.map((m) => ({ sha: m.sha, subject: m.subject, message: m.message })).reverse();
}

/** Patch paths stay inside the tree: the patch is data from somewhere else. */
function checkPath(p: string): void {
  const parts = p.split('/');
  if (isAbsolute(p) || parts.includes('..') || parts.includes('.git') || p.includes('\0')) {
    throw new ChangeError(`the patch names a path outside the work tree or inside .git: ${p}`);
  }
}

/** Files of the working tree, read once each. */
class WorkingTree {
  private readonly cache = new Map<string, Buffer | null>();
  private realRoot: string | null = null;
  constructor(private readonly root: string) {}

  bytes(path: string): Buffer | null {
    if (!this.cache.has(path)) {
      let b: Buffer | null = null;
      try {
        this.checkInside(path);
        b = readFileSync(join(this.root, path));
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        if (e.code !== 'ENOENT' && e.code !== 'ENOTDIR') throw new ChangeError(`cannot read ${path} to apply the patch: ${e.code ?? e.message}`);
      }
      this.cache.set(path, b);
    }
    return this.cache.get(path)!;
  }

  /** A symbolic link in the tree must not lead the patch to a file outside it. */
  private checkInside(path: string): void {
    this.realRoot ??= realpathSync(this.root);
    const real = realpathSync(join(this.root, path));
    if (real !== this.realRoot && !real.startsWith(this.realRoot + sep)) {
      throw new ChangeError(`the patch names ${path}, which a symbolic link leads outside the work tree`);
    }
  }

  state(path: string): FileState | null {
    const b = this.bytes(path);
    return b === null ? null : stateFromText(b.toString('utf8'));
  }
}

interface Failure {
  file: string;
  hunk?: { index: number; count: number; header: string };
  reason: string;
}

/** A file's description in the change, grouped over the mails of a series. */
interface Tracked {
  path: string;
  oldPath: string | null;
  status: ChangeEntry['status'];
  kind: ChangeEntry['kind'];
}

/** Keeps one entry per final path across a series of patches (a rename moves the entry). */
class EntryList {
  readonly byPath = new Map<string, Tracked>();

  note(f: FilePatch): void {
    const from = f.oldPath !== null ? this.byPath.get(f.oldPath) : undefined;
    if (f.newPath === null) {
      const path = f.oldPath!;
      this.byPath.delete(path);
      // Added earlier in the series and deleted now: nothing is left to list.
      if (from?.status !== 'added') this.byPath.set(from?.oldPath ?? path, { path: from?.oldPath ?? path, oldPath: null, status: 'deleted', kind: f.kind });
      return;
    }
    if (f.status === 'renamed') this.byPath.delete(f.oldPath!);
    const earlier = this.byPath.get(f.newPath) ?? from;
    if (earlier?.status === 'added') {
      this.byPath.set(f.newPath, { path: f.newPath, oldPath: null, status: 'added', kind: f.kind });
      return;
    }
    // Where the file was before the series, when it was renamed or copied on the way.
    const origin = f.status === 'renamed' || f.status === 'copied' ? (from?.oldPath ?? f.oldPath) : (earlier?.oldPath ?? null);
    const status: Tracked['status'] =
      origin !== null ? (f.status === 'copied' || earlier?.status === 'copied' ? 'copied' : 'renamed') : earlier?.status === 'deleted' ? 'modified' : f.status;
    this.byPath.set(f.newPath, { path: f.newPath, oldPath: origin, status, kind: f.kind });
  }
}

function applyForward(files: readonly FilePatch[], disk: WorkingTree): { entries: ChangeEntry[] } | { failure: Failure } {
  const vfs = new Map<string, FileState | null>();
  const get = (p: string) => (vfs.has(p) ? vfs.get(p)! : disk.state(p));
  const list = new EntryList();
  for (const f of files) {
    list.note(f);
    if (f.kind !== 'file') continue; // binary, submodule and symlink patches are listed, not applied
    const shown = f.newPath ?? f.oldPath!;
    let state: FileState;
    if (f.oldPath === null) {
      if (get(f.newPath!) !== null) return { failure: { file: shown, reason: 'the patch creates this file, and it already exists' } };
      state = { lines: [], eol: true };
    } else {
      const current = get(f.oldPath);
      if (current === null) return { failure: { file: f.oldPath, reason: 'the file does not exist' } };
      state = f.status === 'copied' ? { lines: [...current.lines], eol: current.eol } : current;
    }
    const failed = applyHunks(state, f.hunks, false);
    if (failed) return { failure: hunkFailure(f, shown, failed.hunk, failed.reason) };
    if (f.newPath === null) {
      if (state.lines.length > 0) return { failure: { file: shown, reason: 'the patch deletes this file, but the file has lines the patch does not remove' } };
      vfs.set(f.oldPath!, null);
      continue;
    }
    if (f.status === 'renamed') vfs.set(f.oldPath!, null);
    vfs.set(f.newPath, state);
  }
  const entries = [...list.byPath.values()].map((t): ChangeEntry => {
    const state = t.status === 'deleted' || t.kind !== 'file' ? null : (vfs.get(t.path) ?? null);
    if (!state) return { ...t, lines: [] };
    const changed = state.lines.flatMap((l, i) => (l.changed ? [i + 1] : []));
    return { ...t, lines: toRanges(changed), content: new TextEncoder().encode(textFromState(state)) };
  });
  return { entries };
}

/**
 * Un-applies the patch from the working tree, last file first. Succeeds when
 * the working tree already holds the patched files; the lines the patch
 * added are then the working tree lines its `+` lines matched.
 */
function findApplied(files: readonly FilePatch[], disk: WorkingTree): ChangeEntry[] | null {
  interface Located {
    state: FileState;
    /** The working tree file these lines are from. */
    finalPath: string | null;
  }
  const vfs = new Map<string, Located | null>();
  const get = (p: string): Located | null => {
    if (vfs.has(p)) return vfs.get(p)!;
    const state = disk.state(p);
    return state ? { state, finalPath: p } : null;
  };
  const added = new Map<string, number[]>();
  const record = (finalPath: string | null) => (line: TextLine) => {
    if (finalPath === null || line.origin === null) return;
    if (!added.has(finalPath)) added.set(finalPath, []);
    added.get(finalPath)!.push(line.origin);
  };
  for (const f of [...files].reverse()) {
    if (f.kind !== 'file') continue;
    if (f.newPath === null) {
      // Deleted by the patch: absent now, and its old lines are what un-applying restores.
      if (get(f.oldPath!) !== null) return null;
      const state: FileState = { lines: [], eol: true };
      if (applyHunks(state, f.hunks, true)) return null;
      vfs.set(f.oldPath!, { state, finalPath: null });
      continue;
    }
    const current = get(f.newPath);
    if (current === null) return null;
    if (applyHunks(current.state, f.hunks, true, record(current.finalPath))) return null;
    if (f.oldPath === null) {
      if (current.state.lines.length > 0) return null;
      vfs.set(f.newPath, null);
    } else {
      if (f.status !== 'modified') vfs.set(f.newPath, null);
      if (f.status === 'renamed' || f.status === 'modified') vfs.set(f.oldPath, current);
    }
  }
  const list = new EntryList();
  for (const f of files) list.note(f);
  return [...list.byPath.values()].map((t): ChangeEntry => {
    if (t.status === 'deleted' || t.kind !== 'file') return { ...t, lines: [] };
    const bytes = disk.bytes(t.path);
    return { ...t, lines: toRanges(added.get(t.path) ?? []), ...(bytes ? { content: new Uint8Array(bytes) } : {}) };
  });
}

function hunkFailure(f: FilePatch, file: string, index: number, reason: string): Failure {
  return { file, hunk: { index, count: f.hunks.length, header: f.hunks[index]!.header }, reason };
}
