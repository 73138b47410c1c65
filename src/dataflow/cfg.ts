/**
 * Control-flow graphs over the IR, one per function, lambda and module top
 * level. Language-neutral: it only knows IR statement kinds.
 *
 * A block holds items (statements, or the parts of a compound statement that
 * evaluate something: a branch test, a loop's iterable, a `with` item…) and
 * edges to its successors. Edges leaving a branch test carry a guard (the
 * condition and which way it went), so the interpreter can prune edges whose
 * condition folds to a constant and refine values on the way (allow-lists).
 *
 * Shapes:
 * - if/elif/else: test block → 'true' / 'false' edges; conditional expressions
 *   stay expressions.
 * - while: head (test) ← back edge from the body's end; 'false' edge to the
 *   `else` body; `break` skips it; `continue` goes to the head.
 * - for: the iterable is evaluated once before the head; the body starts with
 *   a 'next' item binding the target.
 * - try: inside the body every simple statement starts its own block, and every
 *   block created there has an 'exception' edge to each handler (and to
 *   `finally` when no bare handler catches everything). `finally` runs after the
 *   body/else/handlers; when a return/raise went through it, its end also
 *   leads on to the enclosing exit.
 * - match: one 'case' edge per case, a 'nomatch' edge to the next case test.
 * - return → exit; raise, and calls the caller declares as never returning,
 *   → the innermost handlers, else `finally`, else exit.
 */
import type { ExceptHandler, Expr, FunctionDef, LambdaExpr, MatchCase, Module, Range, Stmt, WithItem } from '../ir/types.js';

export type CfgOwner = Module | FunctionDef | LambdaExpr;

export type CfgItem =
  /** A simple statement: expr, assign, return, raise, assert, delete, import, def/class (binds the name)… */
  | { kind: 'stmt'; stmt: Stmt }
  /** A branch condition: if/while test, or a case guard. */
  | { kind: 'test'; expr: Expr }
  /** A for loop's iterable, evaluated once. */
  | { kind: 'iter'; expr: Expr }
  /** Binds the next element of `iter` to `target` (start of a for body). */
  | { kind: 'next'; target: Expr; iter: Expr; range: Range }
  | { kind: 'with'; item: WithItem }
  /** Start of an except handler: binds its name. */
  | { kind: 'except'; handler: ExceptHandler }
  /** A match subject, evaluated once. */
  | { kind: 'subject'; expr: Expr }
  /** Start of a case body: binds the pattern's captures. */
  | { kind: 'case'; subject: Expr; case: MatchCase };

export type Guard =
  | { kind: 'cond'; expr: Expr; sense: boolean }
  | { kind: 'case'; subject: Expr; case: MatchCase; sense: boolean };

export type EdgeKind = 'normal' | 'true' | 'false' | 'back' | 'exception' | 'return' | 'break' | 'continue' | 'case' | 'nomatch' | 'loop-exit';

export interface Edge {
  to: number;
  kind: EdgeKind;
  guard?: Guard;
}

export interface BasicBlock {
  id: number;
  items: CfgItem[];
  succs: Edge[];
  preds: number[];
}

export interface Cfg {
  owner: CfgOwner;
  blocks: BasicBlock[];
  entry: number;
  exit: number;
}

export interface CfgOptions {
  /** Expression statements that never return (e.g. `sys.exit()`), treated like `raise`. */
  noReturn?: (expr: Expr) => boolean;
}

interface TryCtx {
  handlers: number[];
  /** True when a bare/`BaseException`-like handler catches everything (no edge to finally needed). */
  catchesAll: boolean;
  finallyEntry: number | null;
  /** Blocks created inside the try body: each may raise. */
  blocks: number[];
  collecting: boolean;
  abrupt: boolean;
}

export function buildCfg(owner: CfgOwner, options: CfgOptions = {}): Cfg {
  const b = new Builder(options);
  let body: Stmt[];
  if ('kind' in owner && owner.kind === 'lambda') {
    body = [{ kind: 'return', value: owner.body, range: owner.body.range }];
  } else {
    body = owner.body;
  }
  b.stmts(body);
  if (b.cur !== null) b.edge(b.cur, b.exit, 'normal');
  for (let blkIndex = 0, blkList = b.blocks; blkIndex < blkList.length; blkIndex++) {
    const blk = blkList[blkIndex]!;
    for (const e of blk.succs) b.blocks[e.to]!.preds.push(blk.id);
  }
  return { owner, blocks: b.blocks, entry: 0, exit: b.exit };
}

class Builder {
  readonly blocks: BasicBlock[] = [];
  cur: number | null;
  readonly exit: number;
  private readonly loops: Array<{ cont: number; brk: number }> = [];
  private readonly tries: TryCtx[] = [];

  constructor(private readonly options: CfgOptions) {
    this.cur = this.newBlock();
    this.exit = this.newBlock();
  }

  newBlock(): number {
    const id = this.blocks.length;
    this.blocks.push({ id, items: [], succs: [], preds: [] });
    const t = this.tries[this.tries.length - 1];
    if (t?.collecting) t.blocks.push(id);
    return id;
  }

  edge(from: number, to: number, kind: EdgeKind, guard?: Guard): void {
    this.blocks[from]!.succs.push(guard ? { to, kind, guard } : { to, kind });
  }

  /** The current block, starting an unreachable one after return/raise/break. */
  private here(): number {
    if (this.cur === null) this.cur = this.newBlock();
    return this.cur;
  }

  private add(item: CfgItem): void {
    this.blocks[this.here()]!.items.push(item);
  }

  /** Continues in a fresh block reached from the current one. */
  private fresh(kind: EdgeKind = 'normal'): number {
    const from = this.cur;
    const b = this.newBlock();
    if (from !== null) this.edge(from, b, kind);
    this.cur = b;
    return b;
  }

  private inTryBody(): boolean {
    const t = this.tries[this.tries.length - 1];
    return t?.collecting === true;
  }

  stmts(list: readonly Stmt[]): void {
    for (let sIndex = 0, sList = list; sIndex < sList.length; sIndex++) {
      const s = sList[sIndex]!;
      this.stmt(s);
    }
  }

  /** Where an exception raised here goes. */
  private raiseTargets(): number[] {
    for (let i = this.tries.length - 1; i >= 0; i--) {
      const t = this.tries[i]!;
      if (t.collecting && t.handlers.length) {
        if (t.catchesAll || t.finallyEntry === null) return t.handlers;
        t.abrupt = true;
        return [...t.handlers, t.finallyEntry];
      }
      if (t.finallyEntry !== null) {
        t.abrupt = true;
        return [t.finallyEntry];
      }
    }
    return [this.exit];
  }

  private returnTarget(): number {
    for (let i = this.tries.length - 1; i >= 0; i--) {
      const t = this.tries[i]!;
      if (t.finallyEntry !== null) {
        t.abrupt = true;
        return t.finallyEntry;
      }
    }
    return this.exit;
  }

  private stmt(s: Stmt): void {
    switch (s.kind) {
      case 'if':
        this.ifStmt(s.test, s.body, s.orelse);
        return;
      case 'while':
        this.whileStmt(s);
        return;
      case 'for':
        this.forStmt(s);
        return;
      case 'try':
        this.tryStmt(s);
        return;
      case 'with': {
        if (this.inTryBody()) this.fresh();
        for (const item of s.items) {
          this.add({ kind: 'with', item });
        }
        this.stmts(s.body);
        return;
      }
      case 'match':
        this.matchStmt(s);
        return;
      case 'return': {
        if (this.inTryBody()) this.fresh();
        this.add({ kind: 'stmt', stmt: s });
        this.edge(this.cur!, this.returnTarget(), 'return');
        this.cur = null;
        return;
      }
      case 'raise': {
        if (this.inTryBody()) this.fresh();
        this.add({ kind: 'stmt', stmt: s });
        const from = this.cur!;
        for (const t of this.raiseTargets()) this.edge(from, t, 'exception');
        this.cur = null;
        return;
      }
      case 'break':
      case 'continue': {
        const loop = this.loops[this.loops.length - 1];
        const from = this.here();
        if (loop) this.edge(from, s.kind === 'break' ? loop.brk : loop.cont, s.kind);
        this.cur = null;
        return;
      }
      default: {
        if (this.inTryBody()) this.fresh();
        this.add({ kind: 'stmt', stmt: s });
        if (s.kind === 'expr' && this.options.noReturn?.(s.expr)) {
          const from = this.cur!;
          for (const t of this.raiseTargets()) this.edge(from, t, 'exception');
          this.cur = null;
        }
      }
    }
  }

  private ifStmt(test: Expr, body: Stmt[], orelse: Stmt[]): void {
    this.add({ kind: 'test', expr: test });
    const cond = this.cur!;
    const thenB = this.newBlock();
    this.edge(cond, thenB, 'true', { kind: 'cond', expr: test, sense: true });
    this.cur = thenB;
    this.stmts(body);
    const thenEnd = this.cur;
    const elseB = this.newBlock();
    this.edge(cond, elseB, 'false', { kind: 'cond', expr: test, sense: false });
    this.cur = elseB;
    this.stmts(orelse);
    const elseEnd = this.cur;
    const after = this.newBlock();
    if (thenEnd !== null) this.edge(thenEnd, after, 'normal');
    if (elseEnd !== null) this.edge(elseEnd, after, 'normal');
    this.cur = after;
  }

  private whileStmt(s: Extract<Stmt, { kind: 'while' }>): void {
    const head = this.fresh();
    this.add({ kind: 'test', expr: s.test });
    const bodyB = this.newBlock();
    const after = this.newBlock();
    this.edge(head, bodyB, 'true', { kind: 'cond', expr: s.test, sense: true });
    this.loops.push({ cont: head, brk: after });
    this.cur = bodyB;
    this.stmts(s.body);
    if (this.cur !== null) this.edge(this.cur, head, 'back');
    this.loops.pop();
    const elseB = this.newBlock();
    this.edge(head, elseB, 'false', { kind: 'cond', expr: s.test, sense: false });
    this.cur = elseB;
    this.stmts(s.orelse);
    if (this.cur !== null) this.edge(this.cur, after, 'normal');
    this.cur = after;
  }

  private forStmt(s: Extract<Stmt, { kind: 'for' }>): void {
    if (this.inTryBody()) this.fresh();
    this.add({ kind: 'iter', expr: s.iter });
    const head = this.fresh();
    const bodyB = this.newBlock();
    const after = this.newBlock();
    this.edge(head, bodyB, 'normal');
    this.cur = bodyB;
    this.add({ kind: 'next', target: s.target, iter: s.iter, range: s.target.range });
    this.loops.push({ cont: head, brk: after });
    this.stmts(s.body);
    if (this.cur !== null) this.edge(this.cur, head, 'back');
    this.loops.pop();
    const elseB = this.newBlock();
    this.edge(head, elseB, 'loop-exit');
    this.cur = elseB;
    this.stmts(s.orelse);
    if (this.cur !== null) this.edge(this.cur, after, 'normal');
    this.cur = after;
  }

  private tryStmt(s: Extract<Stmt, { kind: 'try' }>): void {
    const handlerBlocks = s.handlers.map(() => this.newBlock());
    const finallyEntry = s.finalbody.length ? this.newBlock() : null;
    const catchesAll = s.handlers.some((h) => h.type === null);
    const ctx: TryCtx = { handlers: handlerBlocks, catchesAll, finallyEntry, blocks: [], collecting: true, abrupt: false };
    this.tries.push(ctx);
    this.fresh();
    this.stmts(s.body);
    ctx.collecting = false;
    const bodyEnd = this.cur;
    for (const blk of ctx.blocks) {
      for (const h of handlerBlocks) this.edge(blk, h, 'exception');
      if (finallyEntry !== null && !catchesAll) {
        this.edge(blk, finallyEntry, 'exception');
        ctx.abrupt = true;
      }
    }
    const ends: number[] = [];
    // else runs when the body completed normally.
    this.cur = bodyEnd;
    if (this.cur !== null) {
      this.fresh();
      this.stmts(s.orelse);
      if (this.cur !== null) ends.push(this.cur);
    }
    s.handlers.forEach((h, i) => {
      this.cur = handlerBlocks[i]!;
      this.add({ kind: 'except', handler: h });
      this.stmts(h.body);
      if (this.cur !== null) ends.push(this.cur);
    });
    this.tries.pop();
    if (finallyEntry === null) {
      const after = this.newBlock();
      for (const e of ends) this.edge(e, after, 'normal');
      this.cur = after;
      return;
    }
    for (const e of ends) this.edge(e, finallyEntry, 'normal');
    this.cur = finallyEntry;
    this.stmts(s.finalbody);
    const finEnd = this.cur;
    const after = this.newBlock();
    if (finEnd !== null) {
      this.edge(finEnd, after, 'normal');
      if (ctx.abrupt) for (const t of this.raiseTargets()) this.edge(finEnd, t, 'exception');
    }
    this.cur = after;
  }

  private matchStmt(s: Extract<Stmt, { kind: 'match' }>): void {
    if (this.inTryBody()) this.fresh();
    this.add({ kind: 'subject', expr: s.subject });
    let test = this.cur!;
    const after = this.newBlock();
    for (const c of s.cases) {
      const caseB = this.newBlock();
      this.edge(test, caseB, 'case', { kind: 'case', subject: s.subject, case: c, sense: true });
      const next = this.newBlock();
      this.edge(test, next, 'nomatch', { kind: 'case', subject: s.subject, case: c, sense: false });
      this.cur = caseB;
      this.add({ kind: 'case', subject: s.subject, case: c });
      if (c.guard) {
        this.add({ kind: 'test', expr: c.guard });
        const g = this.cur!;
        const bodyB = this.newBlock();
        this.edge(g, bodyB, 'true', { kind: 'cond', expr: c.guard, sense: true });
        this.edge(g, next, 'false', { kind: 'cond', expr: c.guard, sense: false });
        this.cur = bodyB;
      }
      this.stmts(c.body);
      if (this.cur !== null) this.edge(this.cur, after, 'normal');
      test = next;
    }
    this.edge(test, after, 'normal');
    this.cur = after;
  }
}
