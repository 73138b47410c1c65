/**
 * ## What it does
 * Flags bounded polling loops (`for _ in range(N)`, `while attempts < N`,
 * `while time.time() < deadline`) that `time.sleep()` between polls and
 * leave early when a status looks right (`if ...: break` / `return`), but do
 * nothing when the wait runs out: no `else:` clause on the loop, and after it
 * no check of the polled condition, no `raise`, no log, no assertion. The
 * code then proceeds exactly as if the wait had succeeded.
 *
 * ## Why is this bad?
 * Sleep-based polling is a timing assumption: the other side (a migration, a
 * service start, a lock file, a job) is expected to be done within N sleeps.
 * Under load it is not, and the give-up path silently joins the success path:
 * work runs against a resource in the wrong state, a half-finished operation
 * is reported done, or a test asserts on the wrong thing far from the cause.
 *
 * ## Precision
 * - The loop must sleep, poll (an `if` that leaves the loop) and be bounded by
 *   a constant count or a clock; retry-on-exception loops (`try: ...; break`)
 *   are not polls and are not flagged.
 * - Any of these counts as handling the timeout: a `for`/`while` `else:`; a
 *   statement after the loop whose test, assertion or return mentions the
 *   polled value, a flag set before `break`, or the loop counter; a `raise`, a
 *   log call or an `assert*`/`fail` call after the loop; when the loop leaves
 *   by `return value`, the caller receiving `None` on timeout.
 * CWE-670 (Always-Incorrect Control Flow Implementation): the give-up path is
 * wired into the success path, so it is wrong every time it is taken.
 */
import { defineCheck } from '../../../analyze/check.js';
import type { Expr, ForStmt, FunctionDef, Node, Stmt, WhileStmt } from '../../../ir/types.js';
import { blocksOf, enclosingFunction, exprKey, qualifiedIn, shortText, walkLocal } from './_flow-paths.js';

const SLEEPS = new Set(['time.sleep', 'asyncio.sleep', 'eventlet.sleep', 'eventlet.greenthread.sleep', 'gevent.sleep', 'trio.sleep', 'anyio.sleep']);
const CLOCKS = new Set(['time.time', 'time.monotonic', 'time.perf_counter', 'timeutils.utcnow', 'datetime.datetime.now', 'datetime.datetime.utcnow']);
const REPORT_CALL = /^(assert\w*|fail\w*|log|debug|info|warning|warn|error|exception|critical|fatal|exit|abort|skip\w*)$/i;

interface Poll {
  /** Keys of values the loop polls (names, attributes), to recognise a later re-check. */
  keys: Set<string>;
  breaks: boolean;
  /** Success by `return <value>`: the caller sees None on timeout. */
  returnsValue: boolean;
  returns: boolean;
}

export default defineCheck({
  meta: {
    id: 'sleep-polling-fixed-retries',
    title: 'Sleep-based polling proceeds as if the wait succeeded',
    cwe: 670,
    severity: 'low',
    confidence: 'low',
    languages: ['python'],
    description:
      'Bounded loops that sleep between polls of a status and break out when it is reached, but handle running out ' +
      'of attempts in no way: no loop `else:`, no re-check, error or log after the loop.',
    why:
      'Sleep-based polling assumes the awaited work finishes within N sleeps. When it does not (load, slow I/O), ' +
      'the give-up path joins the success path and the code acts on a resource in the wrong state, or reports an ' +
      'unfinished operation as done.',
    fix:
      'Handle the timeout explicitly: add an `else:` to the loop that raises (`raise TimeoutError(...)`), or check ' +
      'the polled condition after the loop. Better, wait on an event or a completion callback instead of sleeping.',
    example: {
      bad: 'for _ in range(30):\n    if job.status() == "done":\n        break\n    time.sleep(1)\npublish(job.result())',
      good: 'for _ in range(30):\n    if job.status() == "done":\n        break\n    time.sleep(1)\nelse:\n    raise TimeoutError(f"job {job.id} not done after 30s")\npublish(job.result())',
    },
    references: ['https://cwe.mitre.org/data/definitions/670.html', 'https://docs.python.org/3/tutorial/controlflow.html#break-and-continue-statements-and-else-clauses-on-loops'],
    evidence: { subject: 'sleep-polling loop', clean: 'each handles running out of attempts' },
  },
  create(ctx) {
    function bound(loop: ForStmt | WhileStmt, fn: FunctionDef | null): { text: string; keys: string[] } | null {
      if (loop.kind === 'for') {
        const it = loop.iter;
        if (it.kind !== 'call') return null;
        const q = qualifiedIn(ctx, it.callee, fn);
        if (q !== 'range' && q !== 'itertools.repeat') return null;
        const n = it.args.at(-1)?.value;
        if (!n || it.args.some((a) => typeof ctx.constValue(a.value) !== 'number' && !(q === 'itertools.repeat' && a === it.args[0]))) return null;
        const keys = loop.target.kind === 'name' ? [loop.target.id] : [];
        return { text: `up to ${ctx.constValue(n)} times`, keys };
      }
      // while: a counter compared with a constant, or a clock compared with a deadline.
      const conjuncts = loop.test.kind === 'logical' && loop.test.op === 'and' ? loop.test.values : [loop.test];
      for (const c of conjuncts) {
        if (c.kind !== 'compare' || c.ops.length !== 1) continue;
        const sides = [c.left, c.comparators[0]!];
        const clock = sides.some((s) => usesClock(s, fn));
        const constant = sides.find((s) => typeof ctx.constValue(s) === 'number');
        const counter = sides.find((s) => s.kind === 'name' && typeof ctx.constValue(s) !== 'number');
        if (clock) return { text: 'until a deadline', keys: sides.filter((s) => s.kind === 'name').map((s) => exprKey(s)) };
        if (constant && counter?.kind === 'name' && modifies(loop.body, counter.id)) return { text: `while \`${shortText(ctx.source, c.range, 30)}\``, keys: [counter.id] };
      }
      return null;
    }

    function usesClock(e: Expr, fn: FunctionDef | null): boolean {
      let found = false;
      walkLocal(e, (n) => {
        if (n.kind === 'call') {
          const q = qualifiedIn(ctx, n.callee, fn);
          if (q && CLOCKS.has(q)) found = true;
        }
      });
      return found;
    }

    function modifies(body: readonly Stmt[], name: string): boolean {
      return body.some((s) => {
        let hit = false;
        walkLocal(s, (n) => {
          if (n.kind === 'assign' && n.targets.some((t) => t.kind === 'name' && t.id === name)) hit = true;
        });
        return hit;
      });
    }

    function sleeps(body: readonly Stmt[], fn: FunctionDef | null): boolean {
      return body.some((s) => {
        let hit = false;
        walkLocal(s, (n) => {
          if (n.kind === 'call') {
            const q = qualifiedIn(ctx, n.callee, fn);
            if (q && SLEEPS.has(q)) hit = true;
          }
        });
        return hit;
      });
    }

    /** The `if`s in the loop body (not in nested loops) that leave the loop. */
    function polls(loop: ForStmt | WhileStmt): Poll | null {
      const poll: Poll = { keys: new Set(), breaks: false, returnsValue: false, returns: false };
      let found = false;
      const visitStmts = (stmts: readonly Stmt[]) => {
        for (const s of stmts) {
          if (s.kind === 'for' || s.kind === 'while' || s.kind === 'function' || s.kind === 'class') continue;
          if (s.kind === 'if') {
            const exits = leaves(s.body) ?? leaves(s.orelse);
            if (exits) {
              found = true;
              if (exits.kind === 'break') poll.breaks = true;
              else {
                poll.returns = true;
                if (exits.kind === 'return' && exits.value && !(exits.value.kind === 'literal' && exits.value.type === 'none')) poll.returnsValue = true;
              }
              addKeys(s.test, poll.keys);
              for (const b of [s.body, s.orelse]) {
                for (const x of b) if (x.kind === 'assign') for (const t of x.targets) addKeys(t, poll.keys);
              }
            }
          }
          for (const b of blocksOf(s)) visitStmts(b);
        }
      };
      visitStmts(loop.body);
      if (loop.kind === 'while' && loop.test.kind === 'logical') {
        // `while not ready and tries < N`: the other conjuncts are the polled condition.
        for (const v of loop.test.values) if (v.kind !== 'compare') {
          addKeys(v, poll.keys);
          found = true;
          poll.breaks = true;
        }
      }
      return found ? poll : null;
    }

    /** A break/return at the end of a block that leaves the loop, if any. */
    function leaves(stmts: readonly Stmt[]): Stmt | null {
      for (const s of stmts) if (s.kind === 'break' || s.kind === 'return') return s;
      return null;
    }

    function addKeys(e: Node, keys: Set<string>) {
      walkLocal(e, (n) => {
        if (n.kind === 'name' && !['self', 'cls', 'None', 'True', 'False'].includes(n.id)) keys.add(n.id);
        if (n.kind === 'attribute' && n.object.kind === 'name' && n.object.id === 'self') keys.add(exprKey(n));
      });
    }

    function mentions(e: Node, keys: ReadonlySet<string>): boolean {
      let hit = false;
      walkLocal(e, (n) => {
        if (hit) return;
        if ((n.kind === 'name' || n.kind === 'attribute') && keys.has(exprKey(n))) hit = true;
      });
      return hit;
    }

    /** How the statements after the loop deal with a timeout, or null when they do not. */
    function handledAfter(after: readonly Stmt[], keys: ReadonlySet<string>, poll: Poll): string | null {
      let how: string | null = null;
      for (const s of after) {
        walkLocal(s, (n) => {
          if (how) return;
          if (n.kind === 'raise') how = 'raises after the loop';
          else if ((n.kind === 'if' || n.kind === 'while' || n.kind === 'assert') && mentions(n.test, keys)) how = 'condition re-checked after the loop';
          else if (n.kind === 'conditional' && mentions(n.test, keys)) how = 'condition re-checked after the loop';
          else if (n.kind === 'return' && n.value && (mentions(n.value, keys) || (poll.returns && !poll.breaks))) how = 'reports the outcome to the caller';
          else if (n.kind === 'call') {
            const leaf = n.callee.kind === 'attribute' ? n.callee.attr : n.callee.kind === 'name' ? n.callee.id : '';
            if (REPORT_CALL.test(leaf)) how = 'asserts, logs or fails after the loop';
          }
        });
        if (how) return how;
      }
      return null;
    }

    function check(loop: ForStmt | WhileStmt) {
      const fn = enclosingFunction(ctx.ancestors);
      const b = bound(loop, fn);
      if (!b || !sleeps(loop.body, fn)) return;
      const poll = polls(loop);
      if (!poll) return;
      if (loop.orelse.length > 0) {
        ctx.examined(loop, 'loop else-clause');
        return;
      }
      if (poll.returnsValue && !poll.breaks) {
        ctx.examined(loop, 'returns a value on success');
        return;
      }
      const keys = new Set([...poll.keys, ...b.keys]);
      const parent = ctx.ancestors.at(-1);
      const blocks = parent ? blocksOf(parent) : [ctx.module.body];
      const block = blocks.find((bl) => bl.includes(loop)) ?? [];
      const after = block.slice(block.indexOf(loop) + 1);
      const how = handledAfter(after, keys, poll);
      if (how) {
        ctx.examined(loop, how);
        return;
      }
      const cond = [...poll.keys].slice(0, 2).map((k) => `\`${k}\``).join(', ');
      ctx.report(
        loop,
        `Polls ${b.text} with a sleep, then carries on as if the wait succeeded: nothing handles running out of attempts ` +
          `(no loop \`else:\`, no re-check of ${cond || 'the condition'}, no error after the loop).`,
      );
    }

    return {
      for(node) {
        check(node);
      },
      while(node) {
        check(node);
      },
    };
  },
});
