/**
 * Finds, reads and validates `pillar.config.yaml` (`.yml`, `.json`). Every
 * error names the file, the line and column, the key, and what was expected,
 * e.g. "unknown key `excldue` at pillar.config.yaml:3:1 (did you mean
 * `exclude`?)". JSON files are read with the YAML parser too (JSON is YAML),
 * so both get positions.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { isMap, isScalar, LineCounter, type Node as YamlNode, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { Severity } from '../analyze/check.js';
import { configSchema, EXPECTED, isPillarKey, KEYS, SIZE_PATTERN } from './schema.js';

export const CONFIG_FILE_NAMES = ['pillar.config.yaml', 'pillar.config.yml', 'pillar.config.json'] as const;

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

/** Loads the configuration that applies in `cwd`, or an empty one when there is no file. Throws ConfigError. */
export function loadConfig(options: LoadOptions): PillarConfig {
  const file = options.file ? resolve(options.cwd, options.file) : findConfigFile(options.cwd);
  if (!file) return emptyConfig(options.cwd);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(`cannot read configuration ${displayPath(file, options.cwd)}: ${code === 'ENOENT' ? 'no such file' : String(err)}`);
  }
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

function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** Validates the text of a config file; `file` is its absolute path (messages show it relative to `cwd`). */
export function parseConfig(text: string, file: string, cwd: string, knownChecks?: readonly string[]): PillarConfig {
  const label = displayPath(file, cwd);
  const lines = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${label}:${line}:${col}`;
  };
  if (file.endsWith('.json')) {
    try {
      JSON.parse(text);
    } catch (err) {
      throw new ConfigError(`${label} is not valid JSON: ${(err as Error).message}`);
    }
  }
  // Duplicate keys are found below, to point at the second one (the parser points at the mapping).
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const syntax = doc.errors[0];
  if (syntax) throw new ConfigError(`${label}:${syntax.linePos?.[0].line ?? 1}:${syntax.linePos?.[0].col ?? 1}: ${syntax.message.split('\n')[0]}`);
  const duplicate = firstDuplicateKey(doc.contents, []);
  if (duplicate) {
    const first = lines.linePos(duplicate.first).line;
    throw new ConfigError(`duplicate key \`${duplicate.path}\` at ${at(duplicate.second)} (first at line ${first})`);
  }
  const raw: unknown = doc.toJS() ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${at(doc.contents?.range?.[0] ?? 0)}: the configuration must be a mapping of keys such as \`exclude:\` and \`fail-on:\``);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(describeIssue(parsed.error.issues[0]!, doc, at));
  const c = parsed.data;

  // Checks the schema cannot know about.
  for (const key of Object.keys(c.pillars ?? {})) {
    if (!isPillarKey(key)) {
      throw new ConfigError(`\`pillars.${key}\` at ${at(keyOffset(doc, ['pillars'], key))} is not a pillar; the pillars are 284, 435, 664, 682, 691, 693, 697, 703, 707, 710`);
    }
  }
  if (knownChecks) {
    for (const key of Object.keys(c.rules ?? {})) {
      if (!knownChecks.includes(key)) {
        throw new ConfigError(`unknown check \`${key}\` in \`rules\` at ${at(keyOffset(doc, ['rules'], key))}${suggestion(key, knownChecks)}; \`pillar checks\` lists them`);
      }
    }
  }

  const root = dirname(file);
  const size = c['max-file-size'];
  return {
    file,
    root,
    include: c.include ?? [],
    exclude: c.exclude ?? [],
    rules: new Map(Object.entries(c.rules ?? {})),
    pillars: new Map(Object.entries(c.pillars ?? {}).map(([k, v]) => [Number(k.replace(/^CWE-/i, '')), v])),
    ...(c['fail-on'] ? { failOn: c['fail-on'] as Severity | 'none' } : {}),
    ...(c['min-severity'] ? { minSeverity: c['min-severity'] as Severity } : {}),
    ...(size !== undefined ? { maxFileBytes: typeof size === 'number' ? size : sizeInBytes(size) } : {}),
    suppressions: {
      ...(c.suppressions?.foreign !== undefined ? { foreign: c.suppressions.foreign } : {}),
      ...(c.suppressions?.['reason-required'] !== undefined ? { reasonRequired: c.suppressions['reason-required'] } : {}),
    },
    ...(c.baseline ? { baseline: resolve(root, c.baseline) } : {}),
  };
}

/** `2MB`, `500KB`, `1.5g`, `4096` → bytes (binary multiples). */
export function sizeInBytes(text: string): number {
  const m = SIZE_PATTERN.exec(text.trim());
  if (!m) throw new ConfigError(`not a size: "${text}"`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * mult);
}

// ------------------------------------------------------------ error wording

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue, doc: Document, at: (offset: number) => string): string {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const level = path.join('.');
    const written = level ? `${level}.${key}` : key;
    return `unknown key \`${written}\` at ${at(keyOffset(doc, path, key))}${suggestion(key, KEYS[level] ?? [])}`;
  }
  const node = doc.getIn(path, true) as YamlNode | undefined;
  const offset = node?.range?.[0] ?? keyOffset(doc, path.slice(0, -1), String(path.at(-1)));
  return `${pathText(path)} at ${at(offset)} ${EXPECTED[expectationKey(path)] ?? issue.message}`;
}

/** `rules.assert-used` → `rules.*`; `include[2]` → `include`. */
function expectationKey(path: ReadonlyArray<string | number>): string {
  const [top, second] = path;
  if (top === 'rules' || top === 'pillars') return second === undefined ? String(top) : `${String(top)}.*`;
  if (top === 'suppressions' && typeof second === 'string') return `suppressions.${second}`;
  return String(top ?? '');
}

function pathText(path: ReadonlyArray<string | number>): string {
  const text = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  return `\`${text || '(top level)'}\``;
}

/** The first key that appears twice in a mapping, at any depth: its dotted path and both offsets. */
function firstDuplicateKey(node: unknown, path: readonly string[]): { path: string; first: number; second: number } | null {
  if (!isMap(node)) return null;
  const seen = new Map<string, number>();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : null;
    const offset = (pair.key as YamlNode | null)?.range?.[0] ?? 0;
    if (key !== null) {
      const first = seen.get(key);
      if (first !== undefined) return { path: [...path, key].join('.'), first, second: offset };
      seen.set(key, offset);
    }
    const inner = firstDuplicateKey(pair.value, key === null ? path : [...path, key]);
    if (inner) return inner;
  }
  return null;
}

/** Offset of the key `key` in the mapping at `path`, or of the mapping itself. */
function keyOffset(doc: Document, path: ReadonlyArray<string | number>, key: string): number {
  const container = path.length ? doc.getIn(path, true) : doc.contents;
  if (isMap(container)) {
    for (const pair of container.items) {
      if (isScalar(pair.key) && String(pair.key.value) === key) return pair.key.range?.[0] ?? 0;
    }
    return container.range?.[0] ?? 0;
  }
  return (container as YamlNode | null | undefined)?.range?.[0] ?? 0;
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
