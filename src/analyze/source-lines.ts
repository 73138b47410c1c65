/**
 * The lines of a source text, split once. Checks run one file at a time, and
 * helpers that quote source (`exprText`, `sourceText`) are called per finding
 * or per examined site: splitting the whole file on each call was quadratic on
 * large files. A one-entry memo keyed by the string is enough.
 */
let lastSource: string | null = null;
let lastLines: readonly string[] = [];

export function linesOf(source: string): readonly string[] {
  if (source !== lastSource) {
    lastSource = source;
    lastLines = source.split('\n');
  }
  return lastLines;
}
