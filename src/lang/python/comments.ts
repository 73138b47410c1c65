/**
 * Python comments for the suppression parser (src/review/suppressions.ts):
 * the `comment` nodes of the syntax tree, so that a `#` inside a string is
 * never taken for one. Each comes without its `#`, with its range and whether
 * it stands alone on its line.
 */
import type { CstNode, ParsedFile } from '../../parse/cst.js';
import type { SourceComment } from '../../review/suppressions.js';

/** Words that open a directive; files without any are not walked. */
const DIRECTIVE_HINT = /pillar|nosec|noqa|nosemgrep/i;

export function pythonComments(parsed: ParsedFile): SourceComment[] {
  const { source } = parsed;
  if (!DIRECTIVE_HINT.test(source)) return [];
  const out: SourceComment[] = [];
  const stack: CstNode[] = [parsed.root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'comment') {
      const raw = source.slice(node.start, node.end);
      const lineStart = source.lastIndexOf('\n', node.start - 1) + 1;
      out.push({
        text: raw.replace(/^#/, ''),
        range: node.range,
        standalone: source.slice(lineStart, node.start).trim() === '',
      });
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out.sort((a, b) => a.range.line - b.range.line || a.range.col - b.range.col);
}
