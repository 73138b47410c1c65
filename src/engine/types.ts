import type { ThreatModel } from '../dataflow/spec.js';
import type { Finding, Observation } from '../analyze/check.js';
import type { Range } from '../ir/types.js';
import type { SuppressionPolicy } from '../review/suppressions.js';

/** `excluded`: named on the command line or touched by the change, but left out by the configuration's include/exclude. */
export type SkipReason = 'binary' | 'non-utf8' | 'empty' | 'too-large' | 'unreadable' | 'unsupported-language' | 'excluded';

export interface FileResult {
  path: string;
  language: string | null;
  status: 'reviewed' | 'skipped' | 'failed';
  skipReason?: SkipReason;
  /** Internal error (no stack trace) when status is 'failed'. */
  error?: string;
  lineCount: number;
  findings: Finding[];
  evidence: Record<string, Observation[]>;
  parseErrors: Range[];
  /** Checks or analyses that did not finish on this file. */
  failures: Array<{ checkId: string; message: string }>;
  /** Findings silenced by a suppression comment, each with `suppression` set (src/review/suppressions.ts). */
  suppressed: Finding[];
  durationMs: number;
}

export interface AnalyzeOptions {
  /** Check ids to run; all when undefined. */
  checkIds?: readonly string[];
  maxFileBytes: number;
  /**
   * Soft per-file time budget in ms (default DEFAULT_TIME_BUDGET_MS): past it,
   * whole-module analyses (dataflow) stop, and the file is reported as
   * partially analysed, naming the analyses that did not finish.
   */
  timeBudgetMs?: number;
  /** Threat models whose sources the dataflow analysis counts; default remote and local. */
  threats?: readonly ThreatModel[];
  /** Which suppression comments count; default DEFAULT_SUPPRESSION_POLICY (all, reason required). */
  suppressions?: SuppressionPolicy;
}

export const DEFAULT_TIME_BUDGET_MS = 5000;
