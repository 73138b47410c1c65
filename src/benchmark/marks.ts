/**
 * Inline expectation marks: `# expect: <id>[, <id>...]` and `# ok: <id>`
 * (or `//` comments) on the line before the code they describe. An id is a
 * check id (`eval-used`) or a CWE (`CWE-95`). Several mark lines may stack;
 * they all apply to the first line below them that is not a mark.
 *
 * Used by the check fixture harness (through test/support/marks.ts) and by
 * `pillar bench` for line-level scoring.
 */
export interface Marks {
  /** id → lines that must carry a finding of that id. */
  expect: Map<string, Set<number>>;
  /** id → lines that must not. */
  ok: Map<string, Set<number>>;
}

const MARK = /^\s*(?:#|\/\/)\s*(expect|ok):\s*([\w\-, ]+?)\s*$/;

export function parseMarks(source: string): Marks {
  const lines = source.split('\n');
  const marks: Marks = { expect: new Map(), ok: new Map() };
  let pending: Array<{ kind: 'expect' | 'ok'; ids: string[] }> = [];
  lines.forEach((raw, i) => {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const m = MARK.exec(text);
    if (m) {
      pending.push({
        kind: m[1] as 'expect' | 'ok',
        ids: m[2]!
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      });
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

/** What a mark id names: a CWE (`CWE-95`, any case) or a check id. */
export type MarkKey = { kind: 'cwe'; cwe: number } | { kind: 'check'; checkId: string };

export function parseMarkId(id: string): MarkKey {
  const m = /^CWE-(\d+)$/i.exec(id);
  return m ? { kind: 'cwe', cwe: Number(m[1]) } : { kind: 'check', checkId: id };
}

export function markKeyLabel(key: MarkKey): string {
  return key.kind === 'cwe' ? `CWE-${key.cwe}` : key.checkId;
}
