/**
 * A one-line progress counter for long reviews. It is written to stderr only
 * when stderr is a terminal, redrawn in place at most ten times a second, and
 * erased before the review is printed, so stdout, --output files and
 * redirected stderr never see it.
 */
export interface Progress {
  update(done: number, total: number): void;
  /** Erases the line, if one was drawn. */
  clear(): void;
}

/** Runs with fewer files finish too fast for a counter to help. */
export const PROGRESS_MIN_FILES = 20;

const CLEAR_LINE = '\r\x1b[2K';

export function terminalProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress | null {
  if (stream.isTTY !== true || total < PROGRESS_MIN_FILES) return null;
  let drawn = false;
  let last = 0;
  return {
    update(done, all) {
      const now = Date.now();
      if (done < all && now - last < 100) return;
      last = now;
      drawn = true;
      stream.write(`${CLEAR_LINE}pillar: reviewing ${done}/${all} files (${Math.floor((done / all) * 100)}%)`);
    },
    clear() {
      if (drawn) stream.write(CLEAR_LINE);
      drawn = false;
    },
  };
}
