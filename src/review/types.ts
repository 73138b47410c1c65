import type { CheckMeta, Finding, Severity } from '../analyze/check.js';
import type { SkipReason } from '../engine/types.js';
import type { Range } from '../ir/types.js';

/** Semver of the JSON output (major: removal or rename; minor: additions); see docs/json-output.md. */
export const REVIEW_SCHEMA_VERSION = '1.0.0';

export interface CheckEvidence {
  checkId: string;
  title: string;
  cwe: number;
  findings: number;
  /** Sites examined and found safe. */
  examined: number;
  /** A sentence naming what was examined and where. */
  summary: string;
}

export interface PillarSection {
  id: number;
  name: string;
  short: string;
  findings: Finding[];
  checks: CheckEvidence[];
  /** What the review says for this pillar when it found nothing (or a one-line tally when it did). */
  statement: string;
}

export interface FileSummary {
  path: string;
  language: string | null;
  lines: number;
  findings: number;
  /** Lines the parser could not parse; the rest of the file was reviewed. */
  parseErrors: Range[];
  /** Checks or analyses that did not finish on this file. */
  incomplete: Array<{ checkId: string; message: string }>;
}

export interface Review {
  schemaVersion: string;
  tool: { name: 'pillar'; version: string };
  cweCatalog: { version: string };
  /** The pillars this review covers (all ten unless --pillars narrowed it). */
  pillars: PillarSection[];
  findings: Finding[];
  suppressed: Finding[];
  files: {
    reviewed: FileSummary[];
    skipped: Array<{ path: string; reason: SkipReason }>;
    failed: Array<{ path: string; error: string }>;
  };
  totals: { files: number; lines: number; findings: number; bySeverity: Record<Severity, number> };
  checks: CheckMeta[];
  verdict: string;
}
