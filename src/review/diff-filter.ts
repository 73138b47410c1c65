/**
 * The diff filter of a change review: the whole files a change touches are
 * reviewed (a defect needs its context: imports, the function, the flow),
 * but only what is on the lines the change adds or modifies is reported.
 *
 * - A finding counts when any line of its range is a changed line, or, for a
 *   dataflow finding, when any step of its flow is (a change that adds a
 *   new source for an old sink introduces the defect as much as one that
 *   adds the sink).
 * - Evidence (what a check examined and found safe) is kept for changed
 *   lines only, so "3 subprocess calls examined" speaks of the change.
 */
import type { Finding, Observation } from '../analyze/check.js';
import { overlaps } from '../change/lines.js';
import type { Range } from '../ir/types.js';
import type { ReviewChange } from './types.js';

/** Changed lines by path, for the lookups below. */
export class ChangeScope {
  private readonly byPath: Map<string, ReviewChange['files'][number]['lines']>;

  constructor(change: Pick<ReviewChange, 'files'>) {
    this.byPath = new Map(change.files.map((f) => [f.path, f.lines]));
  }

  /** Whether any line of the range is changed in the file. */
  touches(path: string, range: Pick<Range, 'line' | 'endLine'>): boolean {
    const ranges = this.byPath.get(path);
    return ranges !== undefined && overlaps(ranges, range.line, Math.max(range.line, range.endLine));
  }

  /** Whether the finding is on a changed line, or its flow passes through one. */
  includes(finding: Pick<Finding, 'path' | 'range' | 'flow'>): boolean {
    if (this.touches(finding.path, finding.range)) return true;
    return (finding.flow ?? []).some((step) => this.touches(finding.path, step.range));
  }

  observed(path: string, o: Observation): boolean {
    return this.touches(path, o.range);
  }
}

/**
 * Removes from `findings` (in place) those outside the change; returns how
 * many were removed.
 */
export function keepInChange(findings: Finding[], scope: ChangeScope): number {
  const kept = findings.filter((f) => scope.includes(f));
  const dropped = findings.length - kept.length;
  findings.length = 0;
  for (const f of kept) findings.push(f);
  return dropped;
}
