/**
 * Python comments for the suppression parser (src/review/suppressions.ts):
 * the `comment` nodes of the syntax tree, so that a `#` inside a string is
 * never taken for one. Each comes without its `#`, with its range and whether
 * it stands alone on its line.
 */
import type { ParsedFile } from '../../parse/cst.js';
import { type SourceComment, treeComments } from '../../review/suppressions.js';

/** Words that open a directive; files without any are not walked. */
const DIRECTIVE_HINT = /pillar|nosec|noqa|nosemgrep/i;
const COMMENT_TYPES = new Set(['comment']);

export function pythonComments(parsed: ParsedFile): SourceComment[] {
  return treeComments(parsed, COMMENT_TYPES, (raw) => raw.replace(/^#/, ''), DIRECTIVE_HINT);
}
