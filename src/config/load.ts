/**
 * Finds and reads `pillar.config.yaml` (`.yml`, `.json`); parse.ts validates
 * it. Every error names the file, the line and column, the key, and what was
 * expected, e.g. "unknown key `excldue` at pillar.config.yaml:3:1 (did you
 * mean `exclude`?)".
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Severity } from '../analyze/check.js';

export const CONFIG_FILE_NAMES = ['pillar.config.yaml', 'pillar.config.yml', 'pillar.config.json'] as const;

/** A size: a number and an optional unit (`2MB`, `500kb`, `1.5g`, `4096`). */
export const SIZE_PATTERN = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i;

export class ConfigError extends Error {}

/** The configuration as the rest of Pillar uses it; every setting is optional except the lists. */
export interface PillarConfig {
  /** The file read, absolute; null when there is none. */
  file: string | null;
  /** The folder that globs and the baseline path are relative to: the config file's folder (or the working directory). */
  root: string;
  include: string[];
  exclude: string[];
  /** check id → on/off. */
  rules: Map<string, boolean>;
  /** pillar id → on/off. */
  pillars: Map<number, boolean>;
  failOn?: Severity | 'none';
  minSeverity?: Severity;
  maxFileBytes?: number;
  suppressions: { foreign?: boolean; reasonRequired?: boolean };
  /** Absolute path of the baseline file. */
  baseline?: string;
}

export function emptyConfig(root: string): PillarConfig {
  return { file: null, root, include: [], exclude: [], rules: new Map(), pillars: new Map(), suppressions: {} };
}

export interface LoadOptions {
  cwd: string;
  /** `--config FILE`: read this file (it must exist) instead of looking for one. */
  file?: string;
  /** Check ids that `rules` may name; unknown ids are an error when given. */
  knownChecks?: readonly string[];
}

/**
 * Loads the configuration that applies in `cwd`, or an empty one when there
 * is no file. Rejects with ConfigError. The YAML parser and the schema (zod)
 * are loaded only when there is a file to read: most reviews have none.
 */
export async function loadConfig(options: LoadOptions): Promise<PillarConfig> {
  const file = options.file ? resolve(options.cwd, options.file) : findConfigFile(options.cwd);
  if (!file) return emptyConfig(options.cwd);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(`cannot read configuration ${displayPath(file, options.cwd)}: ${code === 'ENOENT' ? 'no such file' : String(err)}`);
  }
  const { parseConfig } = await import('./parse.js');
  return parseConfig(text, file, options.cwd, options.knownChecks);
}

/**
 * The config file for `cwd`: one of CONFIG_FILE_NAMES in the working
 * directory, else at the top of its git work tree. Two of them in one folder
 * is an error rather than a silent choice.
 */
export function findConfigFile(cwd: string): string | null {
  const here = configIn(cwd);
  if (here) return here;
  // Only now ask git (a child process) where the work tree's top is.
  const top = gitTopLevel(cwd);
  return top && resolve(top) !== resolve(cwd) ? configIn(top) : null;
}

function configIn(folder: string): string | null {
  const present = CONFIG_FILE_NAMES.map((n) => join(folder, n)).filter((p) => existsSync(p));
  if (present.length > 1) {
    throw new ConfigError(`more than one configuration file in ${folder}: ${present.map((p) => relative(folder, p)).join(', ')}; keep one`);
  }
  return present[0] ?? null;
}

function gitTopLevel(cwd: string): string | null {
  try {
    const out = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
    return out.trim() || null;
  } catch {
    return null; // not a git work tree, or git missing: the working directory is the root
  }
}

/** `file` relative to `cwd` when it is inside it. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** `2MB`, `500KB`, `1.5g`, `4096` → bytes (binary multiples). */
export function sizeInBytes(text: string): number {
  const m = SIZE_PATTERN.exec(text.trim());
  if (!m) throw new ConfigError(`not a size: "${text}"`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * mult);
}

/** " (did you mean `exclude`?)" for the closest candidate within a few edits, else "". */
export function suggestion(word: string, candidates: readonly string[]): string {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return best !== null && bestDistance <= limit ? ` (did you mean \`${best}\`?)` : '';
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours (`excldue`). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
