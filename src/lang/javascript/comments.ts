/**
 * JavaScript and TypeScript comments for the suppression parser
 * (src/review/suppressions.ts): the `comment` nodes of the syntax tree, so a
 * `//` inside a string or a regex is never taken for one. Each comes without
 * its markers (`//`, or `/*` and `*\/`), with its range and whether it stands
 * alone on its line.
 */
import type { CstNode, ParsedFile } from '../../parse/cst.js';
import type { SourceComment } from '../../review/suppressions.js';

/** Words that open a directive; files without any are not walked. */
const DIRECTIVE_HINT = /pillar|nosec|noqa|nosemgrep|eslint-disable/i;

export function javascriptComments(parsed: ParsedFile): SourceComment[] {
  const { source } = parsed;
  if (!DIRECTIVE_HINT.test(source)) return [];
  const out: SourceComment[] = [];
  const stack: CstNode[] = [parsed.root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'comment' || node.type === 'html_comment') {
      const raw = source.slice(node.start, node.end);
      const lineStart = source.lastIndexOf('\n', node.start - 1) + 1;
      out.push({ text: commentText(raw), range: node.range, standalone: source.slice(lineStart, node.start).trim() === '' });
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out.sort((a, b) => a.range.line - b.range.line || a.range.col - b.range.col);
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
