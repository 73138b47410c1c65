/** Line-number sets of a change, kept as sorted inclusive [first, last] ranges. */

export type LineRanges = Array<[number, number]>;

/** Sorted, merged ranges from line numbers in any order (duplicates allowed). */
export function toRanges(lines: Iterable<number>): LineRanges {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const out: LineRanges = [];
  for (const n of sorted) {
    const last = out.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

export function countLines(ranges: LineRanges): number {
  return ranges.reduce((n, [a, b]) => n + b - a + 1, 0);
}

/** Whether any line in first..last is in the ranges (binary search). */
export function overlaps(ranges: ReadonlyArray<readonly [number, number]>, first: number, last: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (b < first) lo = mid + 1;
    else if (a > last) hi = mid - 1;
    else return true;
  }
  return false;
}
