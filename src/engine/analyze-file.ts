/**
 * One file through the pipeline: read → classify (skip reasons) → parse →
 * lower to IR → run checks → collect suppressions. Never throws: a failure
 * becomes a 'failed' FileResult so the rest of the review goes on.
 */
import { readFileSync } from 'node:fs';
import { runChecks, errorMessage } from '../analyze/run.js';
import { type LanguageFrontEnd, languageForPath } from '../lang/registry.js';
import { GrammarParser } from '../parse/cst.js';
import { checksFor } from './checks.js';
import type { AnalyzeOptions, FileResult, SkipReason, Suppression } from './types.js';

const parsers = new Map<string, Promise<GrammarParser>>();

function parserFor(lang: LanguageFrontEnd): Promise<GrammarParser> {
  let p = parsers.get(lang.id);
  if (!p) {
    p = GrammarParser.create(lang.grammar);
    parsers.set(lang.id, p);
  }
  return p;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function emptyResult(path: string, language: string | null): FileResult {
  return {
    path,
    language,
    status: 'reviewed',
    lineCount: 0,
    findings: [],
    evidence: {},
    parseErrors: [],
    failures: [],
    suppressions: [],
    durationMs: 0,
  };
}

export function skipped(path: string, language: string | null, reason: SkipReason): FileResult {
  return { ...emptyResult(path, language), status: 'skipped', skipReason: reason };
}

/** Classifies raw bytes: the skip reason, or the decoded text. */
export function decodeSource(bytes: Uint8Array): { reason: SkipReason } | { text: string } {
  if (bytes.length === 0) return { reason: 'empty' };
  // A NUL byte in the first 8 KiB marks a binary file, as git does.
  if (bytes.subarray(0, 8192).includes(0)) return { reason: 'binary' };
  try {
    let text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    return { reason: 'non-utf8' };
  }
}

export async function analyzeFile(path: string, options: AnalyzeOptions, displayPath = path): Promise<FileResult> {
  const started = performance.now();
  const lang = languageForPath(path);
  if (!lang) return skipped(displayPath, null, 'unsupported-language');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return skipped(displayPath, lang.id, 'unreadable');
  }
  if (bytes.length > options.maxFileBytes) return skipped(displayPath, lang.id, 'too-large');
  const decoded = decodeSource(bytes);
  if ('reason' in decoded) return skipped(displayPath, lang.id, decoded.reason);
  const result = await analyzeSource(displayPath, decoded.text, lang, options);
  result.durationMs = performance.now() - started;
  return result;
}

export async function analyzeSource(
  path: string,
  source: string,
  lang: LanguageFrontEnd,
  options: Pick<AnalyzeOptions, 'checkIds'>,
): Promise<FileResult> {
  const result = emptyResult(path, lang.id);
  try {
    const parser = await parserFor(lang);
    const all = await checksFor(lang);
    const checks = options.checkIds ? all.filter((c) => options.checkIds!.includes(c.meta.id)) : all;
    const parsed = parser.parse(source);
    const module = lang.lower(path, parsed);
    result.lineCount = module.lineCount;
    result.parseErrors = parsed.errors;
    const run = runChecks(module, source, checks);
    result.findings = run.findings;
    result.evidence = run.evidence;
    result.failures = run.failures;
    result.suppressions = findSuppressions(source);
  } catch (err) {
    result.status = 'failed';
    result.error = errorMessage(err);
  }
  return result;
}

const SUPPRESSION = /(?:#|\/\/)\s*pillar:\s*ignore(?:\[([^\]]*)\])?/;

/**
 * `# pillar: ignore[check-id, ...]` (or bare `# pillar: ignore`) suppresses
 * findings on its own line; on a line of its own, it applies to the next line.
 */
export function findSuppressions(source: string): Suppression[] {
  if (!source.includes('pillar:')) return [];
  const out: Suppression[] = [];
  const lines = source.split('\n');
  lines.forEach((text, i) => {
    const m = SUPPRESSION.exec(text);
    if (!m) return;
    const checkIds = m[1] ? m[1].split(',').map((s) => s.trim()).filter(Boolean) : null;
    const standalone = /^\s*(#|\/\/)/.test(text);
    out.push({ line: standalone ? i + 2 : i + 1, checkIds });
  });
  return out;
}
