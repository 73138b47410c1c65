/**
 * Finds the files to review under the paths the user named.
 *
 * - Directories are walked respecting .gitignore files as git does: those on
 *   the way down, and those above the named directory up to the root of its
 *   git work tree (plus .git/info/exclude). A deeper .gitignore overrides a
 *   shallower one, so `!keep.py` in a subfolder re-includes what the root
 *   ignores. A directory the user names is walked even if it is ignored.
 * - The exclude list (gitignore syntax) is matched against paths relative to
 *   the named directory and, for files under it, to the working directory.
 * - Paths named explicitly are always taken.
 * - Symbolic links are followed, but a directory already visited (by its real
 *   path) is not entered again, so link loops cannot hang the walk, and a file
 *   reached twice is listed once. Dangling links are ignored.
 * - Files over the size limit are returned as skipped without being read.
 *   Nothing with a reviewable extension is dropped silently: what cannot be
 *   reviewed (too large, unreadable, not a regular file) is listed as skipped.
 */
import { type Dirent, existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { SkipReason } from '../engine/types.js';
import { languageForPath } from '../lang/registry.js';

export const DEFAULT_EXCLUDES = ['.git/', 'node_modules/', '__pycache__/', '.venv/', 'venv/', '.tox/', '.mypy_cache/', '.pytest_cache/'];

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface DiscoverOptions {
  exclude: readonly string[];
  maxFileBytes: number;
  /** Directory paths are shown relative to this folder. */
  cwd: string;
}

export interface DiscoveredFile {
  /** Absolute path, for reading. */
  absPath: string;
  /** Path as shown in reports (relative to cwd when inside it). */
  path: string;
  /** Size in bytes when discovered (the pool starts with the largest files). */
  size?: number;
  /** The bytes to review instead of the file on disk (a change review: the file at a revision, or patched). */
  content?: Uint8Array;
}

export interface Discovery {
  files: DiscoveredFile[];
  skipped: Array<{ path: string; reason: SkipReason }>;
  /** Paths the user named that do not exist. */
  missing: string[];
}

interface IgnoreLayer {
  base: string;
  rules: Ignore;
}

const toPosix = (p: string) => p.split(sep).join('/');

/** Whether the path (relative, posix) is matched; false when the matcher rejects the path. */
function matches(rules: Ignore, rel: string): boolean {
  try {
    return rel !== '' && rules.ignores(rel);
  } catch {
    return false;
  }
}

/**
 * Git's rule: the deepest .gitignore with a pattern matching the path decides,
 * whether that pattern ignores it or (with `!`) re-includes it.
 */
function ignoredByLayers(layers: readonly IgnoreLayer[], abs: string, isDir: boolean): boolean {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    const rel = toPosix(relative(layer.base, abs)) + (isDir ? '/' : '');
    if (rel === '/' || rel.startsWith('../')) continue;
    try {
      const r = layer.rules.test(rel);
      if (r.ignored) return true;
      if (r.unignored) return false;
    } catch {
      // A path the matcher cannot take is not ignored by it.
    }
  }
  return false;
}

function readIgnoreFile(file: string): Ignore | null {
  try {
    return ignore().add(readFileSync(file, 'utf8'));
  } catch {
    return null; // An unreadable ignore file ignores nothing.
  }
}

/** The .gitignore layers above `dir` (not `dir` itself), up to its git work tree root, outermost first. */
function ancestorLayers(dir: string): IgnoreLayer[] {
  if (existsSync(join(dir, '.git'))) return []; // `dir` is itself a work tree root.
  const chain: string[] = [];
  let root: string | null = null;
  for (let d = dirname(dir), prev = dir; d !== prev; prev = d, d = dirname(d)) {
    chain.push(d);
    if (existsSync(join(d, '.git'))) {
      root = d;
      break;
    }
  }
  if (!root) return [];
  const layers: IgnoreLayer[] = [];
  const exclude = readIgnoreFile(join(root, '.git', 'info', 'exclude'));
  if (exclude) layers.push({ base: root, rules: exclude });
  for (const d of chain.reverse()) {
    const rules = existsSync(join(d, '.gitignore')) ? readIgnoreFile(join(d, '.gitignore')) : null;
    if (rules) layers.push({ base: d, rules });
  }
  return layers;
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function discover(targets: readonly string[], options: DiscoverOptions): Discovery {
  const out: Discovery = { files: [], skipped: [], missing: [] };
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const excludes = ignore().add([...options.exclude]);
  const cwd = resolve(options.cwd);
  const display = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel && !rel.startsWith('..') ? toPosix(rel) : abs;
  };
  /** Relative to the working directory, when `abs` is inside it. */
  const fromCwd = (abs: string, isDir: boolean) => {
    const rel = relative(cwd, abs);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? null : toPosix(rel) + (isDir ? '/' : '');
  };
  // Patterns are also tried relative to the working directory, unless they
  // exclude the named folder itself (which the user asked for explicitly).
  const excluded = (root: string, abs: string, isDir: boolean) => {
    if (matches(excludes, toPosix(relative(root, abs)) + (isDir ? '/' : ''))) return true;
    if (!cwdPatternsApply.get(root)) return false;
    const rel = fromCwd(abs, isDir);
    return rel !== null && matches(excludes, rel);
  };
  const cwdPatternsApply = new Map<string, boolean>();

  /** `real`: the file's real path when already known (a plain file in a folder whose real path is). */
  const addFile = (abs: string, size: number, known?: string) => {
    let real: string;
    try {
      real = known ?? realpathSync(abs);
    } catch {
      real = abs;
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    if (size > options.maxFileBytes) out.skipped.push({ path: display(abs), reason: 'too-large' });
    else out.files.push({ absPath: abs, path: display(abs), size });
  };

  const walk = (dir: string, root: string, layers: readonly IgnoreLayer[]) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      out.skipped.push({ path: display(dir), reason: 'unreadable' });
      return;
    }
    let here = layers;
    if (entries.some((e) => e.name === '.gitignore' && !e.isDirectory())) {
      const rules = readIgnoreFile(join(dir, '.gitignore'));
      if (rules) here = [...layers, { base: dir, rules }];
    }
    entries.sort(byName);
    for (const e of entries) {
      const abs = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      let size = -1;
      const link = e.isSymbolicLink();
      if (link) {
        try {
          const st = statSync(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
          size = st.size;
        } catch {
          continue; // dangling link
        }
      }
      if (!isDir && !languageForPath(e.name)) continue;
      if (excluded(root, abs, isDir) || ignoredByLayers(here, abs, isDir)) continue;
      if (isDir) {
        walk(abs, root, here);
      } else if (!isFile) {
        // A FIFO, socket or device named like source: reading it could block.
        out.skipped.push({ path: display(abs), reason: 'unreadable' });
      } else {
        if (size < 0) {
          try {
            size = statSync(abs).size;
          } catch {
            out.skipped.push({ path: display(abs), reason: 'unreadable' });
            continue;
          }
        }
        // Not a link: its real path is its folder's real path and its name (realpath walks every component).
        addFile(abs, size, link ? undefined : join(real, e.name));
      }
    }
  };

  for (const t of targets) {
    const abs = resolve(cwd, t);
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(abs);
    } catch {
      out.missing.push(t);
      continue;
    }
    if (st.isDirectory()) {
      // A directory named explicitly is reviewed even if an enclosing .gitignore ignores it.
      const above = ancestorLayers(abs);
      const rootRel = fromCwd(abs, true);
      cwdPatternsApply.set(abs, rootRel === null || !matches(excludes, rootRel));
      walk(abs, abs, ignoredByLayers(above, abs, true) ? [] : above);
    } else if (!languageForPath(abs)) {
      out.skipped.push({ path: display(abs), reason: 'unsupported-language' });
    } else if (st.isFile()) {
      addFile(abs, st.size);
    } else {
      out.skipped.push({ path: display(abs), reason: 'unreadable' });
    }
  }
  return out;
}
