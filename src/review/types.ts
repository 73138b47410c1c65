import type { CheckMeta, Finding, Severity } from '../analyze/check.js';
import type { SkipReason } from '../engine/types.js';
import type { Range } from '../ir/types.js';

/** Semver of the JSON output (major: removal or rename; minor: additions); see docs/json-output.md. */
export const REVIEW_SCHEMA_VERSION = '1.2.0';

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
  /** Present when a change was reviewed (--diff, --staged, --commit, --patch): what it is and which lines it touches. */
  change?: ReviewChange;
  /** The pillars this review covers (all ten unless --pillars narrowed it). */
  pillars: PillarSection[];
  findings: Finding[];
  suppressed: Finding[];
  files: {
    reviewed: FileSummary[];
    skipped: Array<{ path: string; reason: SkipReason }>;
    failed: Array<{ path: string; error: string }>;
  };
  /** `findings` counts reported findings; `suppressed` those silenced by suppression comments (listed in `suppressed`). */
  totals: { files: number; lines: number; findings: number; bySeverity: Record<Severity, number>; suppressed: number };
  /** Present when the review ran with a baseline: the file, and how many findings it absorbed (not reported). */
  baseline?: { file: string; baselined: number };
  checks: CheckMeta[];
  verdict: string;
  /** Present when a model reviewed the code (--engine llm|hybrid); see src/model/ and docs/model-engine.md. */
  model?: ModelReviewInfo;
}

export interface ModelReviewInfo {
  engine: 'llm' | 'hybrid';
  model: string;
  /** The server's base URL, without credentials. */
  server: string;
  prompt: string;
  /** Files the model did not review, with why; a review with any is not a clean review. */
  filesNotReviewed: Array<{ path: string; reason: string }>;
  /** Model findings dropped because their citation did not check out. */
  dropped: Array<{ path: string; line: number; reason: string }>;
  /** Hybrid mode: how the model judged the static engine's findings. */
  candidates: { confirmed: number; disputed: number; notAssessed: number };
  usage: {
    requests: number;
    cachedResponses: number;
    promptTokens: number;
    completionTokens: number;
    estimatedCostUsd: number | null;
  };
}

/** A reviewed change: findings are reported only on the lines it adds or modifies (see docs/change-review.md). */
export interface ReviewChange {
  kind: 'diff' | 'commit' | 'staged' | 'patch';
  /** As given: the range (`origin/main...HEAD`), the commit, the patch file (`-` for standard input); null for --staged. */
  source: string | null;
  /** Full id of the commit compared against (the merge base for A...B, A for A..B, the first parent of a commit, HEAD for --staged); null when there is none. */
  base: string | null;
  /** Full id of the commit whose files were reviewed; null for --staged (the index) and patches (the working tree with the patch). */
  head: string | null;
  /** Patches only: applied in memory to the working tree, or found already applied there. */
  patch?: 'applied-in-memory' | 'already-applied';
  /** The change's commits, newest first (the mail of a `git format-patch` patch); the first is the head commit. */
  commits: ChangeCommit[];
  /** How many commits the change has (more than `commits` lists when it is very long). */
  commitCount: number;
  files: ChangedFile[];
  /** Lines added or modified, over all files. */
  changedLines: number;
  /** Findings in the reviewed files that are on no changed line (nor have a flow step on one), so not reported. */
  droppedOutsideChange: number;
}

export interface ChangeCommit {
  /** Full commit id; null for a patch mail without one. */
  sha: string | null;
  subject: string;
  /** The whole message, subject included. */
  message: string;
}

export interface ChangedFile {
  /** Path in the new version, relative to the repository root (the old path for a deleted file). */
  path: string;
  /** Path before a rename or copy; otherwise null. */
  oldPath: string | null;
  status: 'added' | 'modified' | 'renamed' | 'copied' | 'deleted' | 'type-changed';
  kind: 'file' | 'binary' | 'submodule' | 'symlink';
  /** Lines of the new version the change adds or modifies, as inclusive [first, last] ranges. */
  lines: Array<[number, number]>;
  /** Why the file was not sent to the reviewer; absent when it was. */
  notReviewed?: 'deleted' | 'binary' | 'submodule' | 'symlink' | 'no-changed-lines' | 'unsupported-language' | 'excluded' | 'skipped';
  /** With `notReviewed: 'skipped'`: why the engine skipped the file (too large, not UTF-8…). */
  skipReason?: SkipReason;
}
