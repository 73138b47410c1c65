/**
 * Inline expectation marks in fixtures: `# expect: <check-id>[, <id>...]` and
 * `# ok: <check-id>` (or `//` comments) on the line before the code they
 * describe. Several mark lines may stack; they all apply to the first line
 * below them that is not a mark.
 */
export interface Marks {
  /** check id → lines that must carry a finding of that check. */
  expect: Map<string, Set<number>>;
  /** check id → lines that must not. */
  ok: Map<string, Set<number>>;
}

const MARK = /^\s*(?:#|\/\/)\s*(expect|ok):\s*([\w\-, ]+?)\s*$/;

export function parseMarks(source: string): Marks {
  const lines = source.split('\n');
  const marks: Marks = { expect: new Map(), ok: new Map() };
  let pending: Array<{ kind: 'expect' | 'ok'; ids: string[] }> = [];
  lines.forEach((text, i) => {
    const m = MARK.exec(text);
    if (m) {
      pending.push({ kind: m[1] as 'expect' | 'ok', ids: m[2]!.split(',').map((s) => s.trim()).filter(Boolean) });
      return;
    }
    for (const p of pending) {
      for (const id of p.ids) {
        const map = marks[p.kind];
        if (!map.has(id)) map.set(id, new Set());
        map.get(id)!.add(i + 1);
      }
    }
    pending = [];
  });
  return marks;
}
