/**
 * Splitting a file that does not fit the model's context budget.
 *
 * Pieces follow the IR: top-level statements (a function or class with its
 * decorators and the comments above it) are packed in order into pieces that
 * fit; one too large for a piece is split into its own statements, and the
 * enclosing header (`class C:`, `def f(...):`) is repeated as context. The
 * file's imports are shown in every piece. Line numbers are always the
 * file's. Together the pieces cover every line, so every line is reviewed.
 *
 * Token counts approximate the BPE tokenizers of current models without
 * shipping one, from the rule of thumb of about 4 characters of code per
 * token: a word of up to 8 letters is one token (keywords, common names), a
 * longer one a token per 6 letters; a digit run a token per 3 digits; a run of
 * punctuation a token per 2 characters; a line break (with the indentation
 * after it) one token; spaces inside a line are part of the next token. On
 * this repository's TypeScript and Python it gives 3.3-3.8 characters per
 * token, a little more tokens than real tokenizers count, which errs on the
 * side of fitting (a context overflow still makes the stage halve the pieces).
 */
import type { Module, Stmt } from '../ir/types.js';
import type { LineSpan } from './prompts/code-block.js';

export function estimateTokens(text: string): number {
  let tokens = 0;
  for (const m of text.matchAll(/[A-Za-z_]+|\d+|\s+|[^\sA-Za-z_\d]+/g)) {
    const s = m[0];
    const c = s.charCodeAt(0);
    if (/^\s/.test(s)) {
      // A line break and its indentation: one token; a run of spaces inside a line: one unless single.
      if (s.includes('\n')) tokens += 1;
      else if (s.length > 1) tokens += 1;
    } else if (/[A-Za-z_]/.test(s[0]!)) tokens += s.length <= 8 ? 1 : Math.ceil(s.length / 6);
    else if (c >= 48 && c <= 57) tokens += Math.ceil(s.length / 3);
    // Outside ASCII (accents, CJK, emoji) tokenizers spend a token or more per character.
    else tokens += /[^\x00-\x7f]/.test(s) ? s.length : Math.ceil(s.length / 2);
  }
  return tokens;
}

export interface Chunk {
  /** 1-based. */
  index: number;
  count: number;
  /** The lines shown, in order: carried context (imports, enclosing headers) and the lines under review. */
  shown: LineSpan[];
  /** The lines this piece is responsible for reviewing. */
  reviewed: LineSpan[];
}

interface Unit {
  start: number;
  end: number;
  stmt: Stmt | null;
}

/** The cost of one line as sent: its number, the separator and the code. */
function lineCost(line: string): number {
  return estimateTokens(line) + 3;
}

/**
 * `budget`: tokens available for the code of one piece. `module`: the file's
 * IR, or null (then pieces are cut at line boundaries).
 */
export function chunkFile(lines: readonly string[], module: Module | null, budget: number): Chunk[] {
  const cost = lines.map(lineCost);
  const spanCost = (a: number, b: number) => {
    let n = 0;
    for (let i = a; i <= b; i++) n += cost[i - 1] ?? 0;
    return n;
  };
  const total = lines.length;
  if (total === 0 || spanCost(1, total) <= budget) {
    return [{ index: 1, count: 1, shown: total ? [[1, total]] : [], reviewed: total ? [[1, total]] : [] }];
  }

  const pieces: Array<{ carried: LineSpan[]; reviewed: LineSpan[] }> = [];
  const topUnits = module ? unitsFor(module.body, 1, total) : [{ start: 1, end: total, stmt: null }];
  // Imports go to every piece, not into the packing (unless they alone would crowd out the code).
  const importUnits = topUnits.filter((u) => u.stmt?.kind === 'import');
  const importCost = importUnits.reduce((n, u) => n + spanCost(u.start, u.end), 0);
  const carryImports = importUnits.length > 0 && importCost <= budget / 3;
  const imports: LineSpan[] = carryImports ? importUnits.map((u) => [u.start, u.end]) : [];
  // Lines shown as context (imports, headers) are reviewed by the first piece that shows them.
  const context: LineSpan[] = [...imports];
  const rest = carryImports ? topUnits.filter((u) => u.stmt?.kind !== 'import') : topUnits;

  const pack = (units: readonly Unit[], carried: LineSpan[]) => {
    const room = budget - carried.reduce((n, [a, b]) => n + spanCost(a, b), 0);
    let current: Unit[] = [];
    let used = 0;
    const flush = () => {
      if (current.length) pieces.push({ carried, reviewed: current.map((u) => [u.start, u.end]) });
      current = [];
      used = 0;
    };
    for (const unit of units) {
      const c = spanCost(unit.start, unit.end);
      if (c > room) {
        flush();
        const children = unit.stmt ? childStatements(unit.stmt) : [];
        const firstChild = children[0]?.range.line;
        if (firstChild !== undefined && firstChild > unit.start) {
          // The header (decorators, signature) is reviewed as its own piece of the unit and carried as context.
          const header: LineSpan = [unit.start, firstChild - 1];
          const headerCost = spanCost(header[0], header[1]);
          if (headerCost <= room / 3) {
            context.push(header);
            pack(unitsFor(children, firstChild, unit.end), [...carried, header]);
            continue;
          }
        }
        splitByLines(unit.start, unit.end, room, carried);
        continue;
      }
      if (used + c > room) flush();
      current.push(unit);
      used += c;
    }
    flush();
  };

  const splitByLines = (start: number, end: number, room: number, carried: LineSpan[]) => {
    let from = start;
    let used = 0;
    for (let n = start; n <= end; n++) {
      const c = cost[n - 1]!;
      if (used + c > room && n > from) {
        pieces.push({ carried, reviewed: [[from, n - 1]] });
        from = n;
        used = 0;
      }
      used += c;
    }
    pieces.push({ carried, reviewed: [[from, end]] });
  };

  pack(rest, imports);

  for (const span of context) {
    const first = pieces.find((p) => p.carried.some((c) => c[0] === span[0] && c[1] === span[1]));
    if (first) first.reviewed.push(span);
    else pieces.push({ carried: [], reviewed: [span] });
  }
  return pieces.map((p, i) => ({
    index: i + 1,
    count: pieces.length,
    shown: mergeSpans([...p.carried, ...p.reviewed]),
    reviewed: mergeSpans(p.reviewed),
  }));
}

/** Units covering [from, to] without gaps: each statement with the lines before it (comments, decorators). */
function unitsFor(stmts: readonly Stmt[], from: number, to: number): Unit[] {
  const units: Unit[] = [];
  let cursor = from;
  for (const s of [...stmts].sort((a, b) => a.range.line - b.range.line)) {
    if (s.range.endLine < cursor || s.range.line > to) continue;
    const end = Math.min(to, Math.max(s.range.endLine, cursor));
    units.push({ start: cursor, end, stmt: s });
    cursor = end + 1;
  }
  if (cursor <= to) {
    const last = units[units.length - 1];
    if (last) last.end = to;
    else units.push({ start: cursor, end: to, stmt: null });
  }
  return units;
}

/** The statements nested directly in a compound statement, in source order. */
function childStatements(stmt: Stmt): Stmt[] {
  const s = stmt as unknown as Record<string, unknown>;
  const out: Stmt[] = [];
  for (const key of ['body', 'orelse', 'finalbody']) {
    const list = s[key];
    if (Array.isArray(list)) out.push(...(list as Stmt[]));
  }
  const handlers = s.handlers;
  if (Array.isArray(handlers)) for (const h of handlers as Array<{ body: Stmt[] }>) out.push(...h.body);
  const cases = s.cases;
  if (Array.isArray(cases)) for (const c of cases as Array<{ body?: Stmt[] }>) out.push(...(c.body ?? []));
  return out.filter((c) => c && typeof c === 'object' && 'range' in c).sort((a, b) => a.range.line - b.range.line);
}

export function mergeSpans(spans: readonly LineSpan[]): LineSpan[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

export function spansText(spans: readonly LineSpan[]): string {
  return spans.map(([a, b]) => (a === b ? `line ${a}` : `lines ${a}-${b}`)).join(', ');
}
