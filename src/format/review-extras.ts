/**
 * Optional parts of a review that the review-system formats show when they
 * are there: the change under review (`review.change`, set by --diff,
 * --commit, --staged, --patch) and the findings a baseline absorbed.
 */
import type { ChangedFile, Review } from '../review/types.js';

export interface ChangeHeader {
  /** The commit whose files were reviewed; null for --staged and patches. */
  commit: string | null;
  /** Subject of the head commit (or of the patch mail); null when there is none. */
  subject: string | null;
  /** How many commits the change has. */
  commitCount: number;
  /** The files the change touches, paths relative to the repository root. */
  files: ChangedFile[];
  /** Findings in the touched files that are on no changed line, so not reported. */
  droppedOutsideChange: number;
}

/** The change header, or null when the review is not of a change. */
export function changeHeader(review: Review): ChangeHeader | null {
  const change = review.change;
  if (!change) return null;
  const head = change.commits[0];
  return {
    commit: change.head ?? head?.sha ?? null,
    subject: head?.subject.trim() || null,
    commitCount: change.commitCount,
    files: change.files,
    droppedOutsideChange: change.droppedOutsideChange,
  };
}

/** How many findings a baseline absorbed, or null when no baseline was used. */
export function baselinedCount(review: Review): number | null {
  return review.baseline ? review.baseline.baselined : null;
}
