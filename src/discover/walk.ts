/**
 * Finds the files to review under the paths the user named.
 *
 * - Directories are walked respecting every .gitignore on the way down and the
 *   exclude list (gitignore syntax). Paths named explicitly are always taken.
 * - Symbolic links are followed, but a directory already visited (by its real
 *   path) is not entered again, so link loops cannot hang the walk.
 * - Files over the size limit are returned as skipped without being read.
 */
import { type Dirent, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { SkipReason } from '../engine/types.js';
import { languageForPath } from '../lang/registry.js';

export const DEFAULT_EXCLUDES = ['.git/', 'node_modules/', '__pycache__/', '.venv/', 'venv/', '.tox/', '.mypy_cache/', '.pytest_cache/'];

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

export function discover(targets: readonly string[], options: DiscoverOptions): Discovery {
  const out: Discovery = { files: [], skipped: [], missing: [] };
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const excludes = ignore().add([...options.exclude]);
  const display = (abs: string) => {
    const rel = relative(options.cwd, abs);
    return rel && !rel.startsWith('..') ? rel.split(sep).join('/') : abs;
  };

  const addFile = (abs: string, size: number) => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      real = abs;
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    if (size > options.maxFileBytes) out.skipped.push({ path: display(abs), reason: 'too-large' });
    else out.files.push({ absPath: abs, path: display(abs) });
  };

  const walk = (dir: string, root: string, layers: IgnoreLayer[]) => {
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
    const here = [...layers];
    const gitignore = join(dir, '.gitignore');
    if (entries.some((e) => e.name === '.gitignore')) {
      try {
        here.push({ base: dir, rules: ignore().add(readFileSync(gitignore, 'utf8')) });
      } catch {
        // An unreadable .gitignore ignores nothing.
      }
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const abs = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      let size = -1;
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
          size = st.size;
        } catch {
          continue; // dangling link
        }
      }
      if (!isDir && !isFile) continue;
      const relToRoot = relative(root, abs).split(sep).join('/') + (isDir ? '/' : '');
      if (excludes.ignores(relToRoot)) continue;
      if (here.some((l) => l.rules.ignores(relative(l.base, abs).split(sep).join('/') + (isDir ? '/' : '')))) continue;
      if (isDir) {
        walk(abs, root, here);
      } else if (languageForPath(e.name)) {
        if (size < 0) {
          try {
            size = statSync(abs).size;
          } catch {
            out.skipped.push({ path: display(abs), reason: 'unreadable' });
            continue;
          }
        }
        addFile(abs, size);
      }
    }
  };

  for (const t of targets) {
    const abs = resolve(options.cwd, t);
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(abs);
    } catch {
      out.missing.push(t);
      continue;
    }
    if (st.isDirectory()) walk(abs, abs, []);
    else if (st.isFile()) {
      if (languageForPath(abs)) addFile(abs, st.size);
      else out.skipped.push({ path: display(abs), reason: 'unsupported-language' });
    }
  }
  return out;
}
