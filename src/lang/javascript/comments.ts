/**
 * JavaScript and TypeScript comments for the suppression parser
 * (src/review/suppressions.ts): the `comment` nodes of the syntax tree, so a
 * `//` inside a string or a regex is never taken for one. Each comes without
 * its markers (`//`, or `/*` and `*\/`), with its range and whether it stands
 * alone on its line.
 */
import type { ParsedFile } from '../../parse/cst.js';
import { type SourceComment, treeComments } from '../../review/suppressions.js';

/** Words that open a directive; files without any are not walked. */
const DIRECTIVE_HINT = /pillar|nosec|noqa|nosemgrep|eslint-disable/i;
const COMMENT_TYPES = new Set(['comment', 'html_comment']);

export function javascriptComments(parsed: ParsedFile): SourceComment[] {
  return treeComments(parsed, COMMENT_TYPES, commentText, DIRECTIVE_HINT);
}

/** `// text` → ` text`; `/* text *\/` → ` text ` (a leading `*` on continuation lines dropped). */
export function commentText(raw: string): string {
  if (raw.startsWith('//')) return raw.slice(2);
  if (raw.startsWith('/*')) {
    const inner = raw.slice(2, raw.endsWith('*/') ? -2 : undefined);
    return inner.replace(/\n\s*\*(?!\/)/g, '\n');
  }
  if (raw.startsWith('<!--')) return raw.slice(4).replace(/-->$/, '');
  return raw;
}
