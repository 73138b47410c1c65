/**
 * Validates the text of a configuration file: YAML (JSON is YAML, so both
 * get positions) checked against the schema in schema.ts. Loaded by
 * loadConfig (load.ts) only when there is a file.
 */
import { dirname, resolve } from 'node:path';
import { isMap, isScalar, LineCounter, type Node as YamlNode, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { Severity } from '../analyze/check.js';
import { ConfigError, displayPath, type PillarConfig, sizeInBytes, suggestion } from './load.js';
import { configSchema, EXPECTED, isPillarKey, KEYS } from './schema.js';

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

