/** FileResult constructors shared by the analysis and the pool (which must not load the analysis to report a failure). */
import type { FileResult, SkipReason } from './types.js';

export function emptyResult(path: string, language: string | null): FileResult {
  return {
    path,
    language,
    status: 'reviewed',
    lineCount: 0,
    findings: [],
    evidence: {},
    parseErrors: [],
    failures: [],
    suppressed: [],
    durationMs: 0,
  };
}

/** A file that was not reviewed, and why. */
export function skipped(path: string, language: string | null, reason: SkipReason): FileResult {
  return { ...emptyResult(path, language), status: 'skipped', skipReason: reason };
}

/** A file whose review did not finish; `error` is one line, never a stack trace. */
export function failed(path: string, language: string | null, error: string): FileResult {
  return { ...emptyResult(path, language), status: 'failed', error };
}

