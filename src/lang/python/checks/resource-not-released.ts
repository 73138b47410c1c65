/**
 * ## What it does
 * Follows each resource a function acquires (files from `open`/`io.open`/
 * `gzip.open`/`Path.open`, sockets, `sqlite3` connections, temporary files,
 * zip and tar archives, `urlopen` responses) and each `lock.acquire()`, and
 * flags the ones not released on every path:
 * - never closed in the function and not handed to anyone (CWE-772);
 * - used inline and dropped (`open(p).read()`, `json.load(open(p))`,
 *   `for line in open(p)`), which leaves closing to the garbage collector
 *   (CWE-772, low confidence);
 * - closed on the straight path only, when a statement in between can raise
 *   or return first (CWE-404, "closed, but not if line N raises");
 * - a lock released on the straight path only (CWE-667: if anything in
 *   between raises, the lock stays held and every other thread waiting on it
 *   blocks for ever).
 *
 * ## Why is this bad?
 * Each leaked handle holds a file descriptor, a socket or a database
 * connection until the garbage collector happens to run (never, on some
 * interpreters, while a traceback references the frame). A server leaking one
 * per request runs out of descriptors or connections: a denial of service an
 * attacker can drive. A lock left held deadlocks the process.
 *
 * ## Precision
 * - Released means: a `with` block (also through `contextlib.closing` or
 *   `ExitStack.enter_context`), `close()` in a `finally`, `addCleanup(f.close)`
 *   / `ExitStack.callback` / `atexit.register`, or ownership handed on:
 *   returned, yielded, stored on `self` or in a container, captured by a
 *   closure, or passed to a function other than a known borrower (`json.load`,
 *   `print(file=)`, `csv.reader`, ...).
 * - A `with sqlite3.connect(...)` block commits or rolls back but does not
 *   close the connection; it is flagged (low confidence) unless closed.
 * - A lock whose `release()` is nowhere in the function is assumed to be
 *   released elsewhere (a lock/unlock method pair) and is not flagged.
 * - Only function bodies are analysed: module-level scripts end with the
 *   process, which releases everything.
 * - Closes reached only on some branches are not judged (recorded as "closed
 *   on some paths"), to stay quiet where the analysis would guess.
 */
import { argument, defineCheck } from '../../../analyze/check.js';
import type { CallExpr, Expr, FunctionDef, Node, Stmt } from '../../../ir/types.js';
import { walkTree } from '../../../ir/walk.js';
import {
  before,
  blockOf,
  enclosingFunction,
  exprKey,
  handlerTypeNames,
  parentMap,
  qualifiedIn,
  shortText,
  statementOf,
  walkLocal,
} from './_flow-paths.js';

const RESOURCES: Record<string, string> = {
  open: 'file',
  'io.open': 'file',
  'codecs.open': 'file',
  'os.fdopen': 'file',
  'gzip.open': 'file',
  'bz2.open': 'file',
  'lzma.open': 'file',
  'gzip.GzipFile': 'file',
  'socket.socket': 'socket',
  'socket.create_connection': 'socket',
  'sqlite3.connect': 'database connection',
  'tempfile.TemporaryFile': 'temporary file',
  'tempfile.NamedTemporaryFile': 'temporary file',
  'tempfile.SpooledTemporaryFile': 'temporary file',
  'zipfile.ZipFile': 'zip archive',
  'tarfile.open': 'tar archive',
  'urllib.request.urlopen': 'HTTP response',
  'shelve.open': 'shelf',
};

/** Resources that may wrap an already-open file object instead of opening a path. */
const WRAPPERS = new Set(['zipfile.ZipFile', 'gzip.GzipFile', 'gzip.open', 'bz2.open', 'lzma.open', 'tarfile.open']);

const LOCK_FACTORIES = new Set([
  'threading.Lock', 'threading.RLock', 'threading.Semaphore', 'threading.BoundedSemaphore', 'threading.Condition',
  'multiprocessing.Lock', 'multiprocessing.RLock', 'multiprocessing.Semaphore', 'multiprocessing.BoundedSemaphore',
  'asyncio.Lock', 'asyncio.Semaphore', 'asyncio.BoundedSemaphore',
]);

/** Functions that use a handle and give it back untouched: passing to them is not a hand-over. */
const BORROWERS = new Set([
  'print', 'len', 'isinstance', 'hasattr', 'getattr', 'id', 'repr', 'str', 'type', 'iter', 'next', 'enumerate',
  'zip', 'list', 'tuple', 'sorted', 'json.load', 'json.dump', 'pickle.load', 'pickle.dump', 'marshal.load',
  'marshal.dump', 'yaml.load', 'yaml.safe_load', 'yaml.full_load', 'yaml.dump', 'yaml.safe_dump', 'tomllib.load',
  'plistlib.load', 'plistlib.dump', 'csv.reader', 'csv.writer', 'csv.DictReader', 'csv.DictWriter',
  'shutil.copyfileobj', 'os.fstat', 'os.fsync', 'select.select', 'fcntl.flock', 'fcntl.lockf', 'fcntl.fcntl',
  'subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.Popen',
]);
/** Borrowers that consume a freshly opened handle inline: `json.load(open(p))` leaks it. */
const INLINE_CONSUMERS = new Set([
  'json.load', 'pickle.load', 'marshal.load', 'yaml.load', 'yaml.safe_load', 'yaml.full_load', 'tomllib.load',
  'plistlib.load', 'shutil.copyfileobj', 'list', 'sorted', 'tuple', 'enumerate', 'iter', 'print', 'csv.reader',
  'csv.DictReader',
]);
const CLOSE_METHODS = new Set(['close', '__exit__']);
const CLEANUP_REGISTRARS: Record<string, string> = {
  addCleanup: 'addCleanup',
  addClassCleanup: 'addCleanup',
  callback: 'ExitStack.callback',
  push: 'ExitStack.push',
  register: 'atexit.register',
  finalize: 'weakref.finalize',
  add_done_callback: 'done callback',
  call_on_close: 'call_on_close',
};

type Outcome =
  | { kind: 'safe'; detail: string }
  | { kind: 'leak'; message: string; cwe: number; confidence: 'high' | 'medium' | 'low'; severity?: 'low' | 'medium' };

export default defineCheck({
  meta: {
    id: 'resource-not-released',
    title: 'Resource not released on every path',
    cwe: 772,
    severity: 'medium',
    confidence: 'medium',
    languages: ['python'],
    description:
      'Files, sockets, database connections, temporary files, archives, HTTP responses and locks acquired in a ' +
      'function and not released on every path: never closed, left to the garbage collector, or closed only when ' +
      'nothing in between raises.',
    why:
      'Each leaked handle holds a file descriptor, socket or connection until the garbage collector runs, which may ' +
      'be never while a traceback references the frame. Leaking one per request exhausts descriptors or the ' +
      'connection pool (a denial of service an attacker can drive); a lock left held after an exception deadlocks ' +
      'every thread that needs it.',
    fix:
      'Use a `with` block (`with open(p) as f:`, `with lock:`, `contextlib.closing(...)`), or release in a ' +
      '`finally` clause. In tests, `self.addCleanup(f.close)`.',
    example: {
      bad: 'def read_config(path):\n    f = open(path)\n    data = parse(f.read())\n    f.close()\n    return data',
      good: 'def read_config(path):\n    with open(path) as f:\n        return parse(f.read())',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/772.html',
      'https://cwe.mitre.org/data/definitions/404.html',
      'https://cwe.mitre.org/data/definitions/667.html',
      'https://docs.python.org/3/reference/compound_stmts.html#the-with-statement',
      'https://docs.python.org/3/library/sqlite3.html#sqlite3-connection-context-manager',
    ],
    evidence: { subject: 'resource acquisition', clean: 'all released' },
  },
  create(ctx) {
    const parentsByFn = new Map<FunctionDef, Map<Node, Node>>();
    const parentsOf = (fn: FunctionDef) => {
      let p = parentsByFn.get(fn);
      if (!p) {
        p = parentMap(fn);
        parentsByFn.set(fn, p);
      }
      return p;
    };

    // Expressions assigned from lock factories anywhere in the module: `self._lock = threading.Lock()`.
    let lockKeys: Set<string> | null = null;
    const isLock = (e: Expr): boolean => {
      if (!lockKeys) {
        const keys = new Set<string>();
        for (const s of ctx.module.body) {
          walkTree(s, (n) => {
            if (n.kind !== 'assign' || !n.value || n.value.kind !== 'call') return;
            const q = ctx.scopes.qualifiedName(n.value.callee, ctx.scopes.module);
            if (q && LOCK_FACTORIES.has(q)) for (const t of n.targets) keys.add(exprKey(t));
          });
        }
        lockKeys = keys;
      }
      if (lockKeys.has(exprKey(e))) return true;
      const leaf = e.kind === 'name' ? e.id : e.kind === 'attribute' ? e.attr : null;
      return leaf !== null && /(lock|mutex|semaphore|_sem)$/i.test(leaf);
    };

    const label = (n: Node) => `line ${n.range.line}`;

    /** How the value at `n` (an acquisition call or a use of the handle) leaves or is released. */
    function handOver(n: Expr, parents: Map<Node, Node>, fn: FunctionDef, stop: Node | null = null): string | null {
      let cur: Node = n;
      for (;;) {
        const p = parents.get(cur);
        if (!p) return null;
        switch (p.kind) {
          case 'sequence':
          case 'dict':
          case 'starred':
            cur = p;
            continue;
          case 'conditional':
            if (p.test === cur) return null;
            cur = p;
            continue;
          case 'return':
            return 'returned to caller';
          case 'yield':
            return 'yielded to caller';
          case 'with':
            return p.items.some((it) => it.context === cur) ? 'with-block' : null;
          case 'assign': {
            if (p.value !== cur) return null;
            const t = p.targets[0];
            if (!t || p.targets.length > 1) return 'stored';
            if (t.kind === 'attribute') {
              return t.object.kind === 'name' && (t.object.id === 'self' || t.object.id === 'cls') ? 'stored on self' : `stored on ${shortText(ctx.source, t.object.range, 30)}`;
            }
            if (t.kind === 'index' || cur !== n) return 'stored in a container';
            // The acquisition's own target is tracked by the caller; another name is an alias.
            return p === stop ? null : `aliased as ${shortText(ctx.source, t.range, 30)}`;
          }
          case 'call': {
            if (p.callee === cur) return null;
            const q = qualifiedIn(ctx, p.callee, fn);
            const leaf = p.callee.kind === 'attribute' ? p.callee.attr : p.callee.kind === 'name' ? p.callee.id : null;
            if (q === 'contextlib.closing' || leaf === 'closing') {
              const gp = parents.get(p);
              return gp?.kind === 'with' ? 'with-block' : 'contextlib.closing';
            }
            if (leaf === 'enter_context') return 'ExitStack.enter_context';
            if (q && BORROWERS.has(q)) return null;
            if (leaf === 'append' || leaf === 'add' || leaf === 'extend' || leaf === 'setdefault' || leaf === 'put') return 'stored in a container';
            return `passed to ${shortText(ctx.source, p.callee.range, 40)}`;
          }
          default:
            return null;
        }
      }
    }

    function mayRaise(s: Stmt, handle: string, closes: ReadonlySet<Node>): Node | null {
      let raiser: Node | null = null;
      walkLocal(s, (n) => {
        if (raiser) return;
        if (n.kind === 'try' && n !== s && coveredTry(n, handle)) return;
        if ((n.kind === 'call' && !closes.has(n)) || n.kind === 'index' || n.kind === 'raise' || n.kind === 'await') raiser = n;
      });
      if (s.kind === 'try' && coveredTry(s, handle)) return null;
      return raiser;
    }

    /** A try whose handlers catch everything without re-raising, or close the handle. */
    function coveredTry(t: Node, handle: string): boolean {
      if (t.kind !== 'try') return false;
      return t.handlers.some((h) => {
        const names = handlerTypeNames(ctx, h.type, null);
        const closes = h.body.some((s) => closesName(s, handle));
        const broad = names.includes('Exception') || names.includes('BaseException');
        const reraises = h.body.some((s) => walkSome(s, (x) => x.kind === 'raise'));
        return closes || (broad && !reraises);
      });
    }

    function closesName(s: Node, handle: string): boolean {
      return walkSome(s, (x) => x.kind === 'call' && x.callee.kind === 'attribute' && CLOSE_METHODS.has(x.callee.attr) && exprKey(x.callee.object) === handle);
    }

    /** A `return` inside `s` reached without closing `handle` first (a close earlier in its block counts). */
    function earlyExit(s: Stmt, handle: string, parents: Map<Node, Node>): Node | null {
      let exit: Node | null = null;
      walkLocal(s, (n) => {
        if (exit || n.kind !== 'return') return;
        const home = blockOf(n, parents);
        if (home && handle && home.block.slice(0, home.index).some((x) => closesName(x, handle))) return;
        exit = n;
      });
      return exit;
    }

    function inFinally(n: Node, parents: Map<Node, Node>): boolean {
      for (let cur: Node | undefined = n; cur; cur = parents.get(cur)) {
        const p = parents.get(cur);
        if (p?.kind === 'try' && isStmtIn(cur, p.finalbody)) return true;
        if (p?.kind === 'function') return false;
      }
      return false;
    }

    function inHandler(n: Node, parents: Map<Node, Node>): boolean {
      for (let cur: Node | undefined = n; cur; cur = parents.get(cur)) {
        const p = parents.get(cur);
        if (p?.kind === 'try' && p.handlers.some((h) => isStmtIn(cur!, h.body))) return true;
        if (p?.kind === 'function') return false;
      }
      return false;
    }

    /** Judges a handle bound to `name` by the statement `acqStmt`. */
    function followName(name: string, call: CallExpr, acqStmt: Stmt, fn: FunctionDef, what: string, kind: string): Outcome {
      const parents = parentsOf(fn);
      // The next rebinding of the name ends this handle's story.
      // Only a rebinding later in the same block replaces the handle on every path; one in
      // another branch (`try: f = open(a) / except: f = open(b)`) is an alternative.
      const home = blockOf(acqStmt, parents);
      const rebinds: Node[] = [];
      let global = false;
      walkLocal(fn, (n) => {
        if (n.kind === 'assign' && n !== acqStmt && before(call, n) && n.targets.some((t) => t.kind === 'name' && t.id === name)) {
          if (home && home.block.indexOf(n) > home.index) rebinds.push(n);
        }
        if ((n.kind === 'global' || n.kind === 'nonlocal') && n.names.includes(name)) global = true;
      });
      if (global) return { kind: 'safe', detail: 'stored in a global' };
      const end = rebinds.reduce<Node | null>((a, b) => (a === null || before(b, a) ? b : a), null);
      const inWindow = (n: Node) => before(call, n) && (end === null || before(n, end));

      // A nested function or lambda that mentions the name keeps the handle alive.
      let captured = false;
      walkLocal(fn, (n) => {
        if (captured || n === fn || (n.kind !== 'function' && n.kind !== 'lambda')) return;
        walkTree(n, (m) => {
          if (m.kind === 'name' && m.id === name) captured = true;
        });
      });
      if (captured) return { kind: 'safe', detail: 'captured by a closure' };

      const closes: Node[] = [];
      const closeCalls = new Set<Node>();
      const releases: string[] = [];
      walkLocal(fn, (n) => {
        if (n.kind !== 'name' || n.id !== name || !inWindow(n)) return;
        const p = parents.get(n);
        if (p?.kind === 'attribute' && p.object === n) {
          const gp = parents.get(p);
          if (CLOSE_METHODS.has(p.attr) && gp?.kind === 'call' && gp.callee === p) {
            closes.push(gp);
            closeCalls.add(gp);
          } else if (p.attr === 'close' && gp?.kind === 'call') {
            const leaf = gp.callee.kind === 'attribute' ? gp.callee.attr : gp.callee.kind === 'name' ? gp.callee.id : '';
            releases.push(CLEANUP_REGISTRARS[leaf] ?? `close handed to ${shortText(ctx.source, gp.callee.range, 30)}`);
          } else if (p.attr === 'detach') {
            releases.push('detached');
          }
          return;
        }
        const how = handOver(n, parents, fn);
        if (how) releases.push(how);
      });
      // The most telling evidence first: a with-block or cleanup, a close in finally, then a hand-over.
      const scoped = releases.find((r) => r === 'with-block' || r.startsWith('ExitStack') || r === 'contextlib.closing' || r === 'addCleanup');
      if (scoped && kind !== 'sqlite-with') return { kind: 'safe', detail: scoped };
      if (closes.some((c) => inFinally(c, parents))) return { kind: 'safe', detail: kind === 'sqlite-with' ? 'with-block and closed in finally' : 'closed in finally' };
      if (releases[0]) return { kind: 'safe', detail: releases[0] };

      const sqliteWith = kind === 'sqlite-with';
      if (closes.length === 0) {
        if (sqliteWith) {
          return {
            kind: 'leak',
            cwe: 772,
            confidence: 'low',
            message: `\`with ${what}\` commits or rolls back on exit but does not close the connection; close it (\`contextlib.closing\`).`,
          };
        }
        return {
          kind: 'leak',
          cwe: 772,
          confidence: 'medium',
          message: `\`${name} = ${what}\` is never closed in this function and not handed to anyone; use \`with\`.`,
        };
      }
      if (sqliteWith) return { kind: 'safe', detail: 'closed' };

      const where = blockOf(acqStmt, parents);
      const straight = closes
        .map((c) => statementOf(c, parents))
        .find((s): s is Stmt => s !== null && where !== null && blockOf(s, parents)?.block === where.block);
      if (!straight || !where) {
        return { kind: 'safe', detail: closes.some((c) => inHandler(c, parents)) ? 'closed in except and after' : 'closed on some paths' };
      }
      const j = where.block.indexOf(straight);
      const handle = name;
      for (let k = where.index + 1; k < j; k++) {
        const s = where.block[k]!;
        const exit = earlyExit(s, handle, parents);
        if (exit) {
          return {
            kind: 'leak',
            cwe: 404,
            confidence: 'medium',
            message: `\`${name} = ${what}\` is closed at line ${straight.range.line}, but not when the function returns at ${label(exit)}; use \`with\`.`,
          };
        }
        const raiser = mayRaise(s, handle, closeCalls);
        if (raiser) {
          return {
            kind: 'leak',
            cwe: 404,
            confidence: 'medium',
            message: `\`${name} = ${what}\` is closed at line ${straight.range.line}, but not if ${label(raiser)} raises; use \`with\` or \`try/finally\`.`,
          };
        }
      }
      return { kind: 'safe', detail: 'closed before anything can raise' };
    }

    /**
     * `ZipFile(fileobj)`, `GzipFile(fileobj=BytesIO(...))`: a wrapper around a file object owns no
     * descriptor of its own (the file object does, and is judged where it is opened).
     */
    function wrapsFileObject(call: CallExpr, fn: FunctionDef): boolean {
      const q = ctx.qualifiedName(call.callee) ?? '';
      if (!WRAPPERS.has(q)) return false;
      if (call.args.some((a) => a.name === 'fileobj')) return true;
      const first = argument(call, 0);
      if (!first) return false;
      if (first.kind === 'name' && first.id === 'self') return true;
      if (first.kind === 'call') {
        const fq = qualifiedIn(ctx, first.callee, fn) ?? '';
        return !/^(os\.path\.|str$|pathlib\.|f?string)/.test(fq) && fq !== 'os.fspath';
      }
      if (first.kind === 'name') {
        let fromCall = false;
        walkLocal(fn, (n) => {
          if (n.kind === 'assign' && n.value?.kind === 'call' && n.targets.some((t) => t.kind === 'name' && t.id === first.id)) {
            const vq = qualifiedIn(ctx, n.value.callee, fn) ?? '';
            if (!/^(os\.path\.|str$|pathlib\.|os\.fspath)/.test(vq)) fromCall = true;
          }
          if (n.kind === 'with' && n.items.some((it) => it.target?.kind === 'name' && it.target.id === first.id)) fromCall = true;
        });
        return fromCall;
      }
      return false;
    }

    function judgeResource(call: CallExpr, fn: FunctionDef, resource: string): Outcome | null {
      const parents = parentsOf(fn);
      if (wrapsFileObject(call, fn)) return null;
      const what = shortText(ctx.source, call.range, 50);
      const isSqlite = resource === 'database connection' && ctx.qualifiedName(call.callee) === 'sqlite3.connect';
      const p = parents.get(call);
      // `with sqlite3.connect(db) as conn:` does not close conn.
      if (isSqlite && p?.kind === 'with') {
        const item = p.items.find((it) => it.context === call);
        if (item) {
          const stmt = p;
          if (item.target?.kind === 'name') return followName(item.target.id, call, stmt, fn, what, 'sqlite-with');
          return {
            kind: 'leak',
            cwe: 772,
            confidence: 'low',
            message: `\`with ${what}\` commits or rolls back on exit but does not close the connection; close it (\`contextlib.closing\`).`,
          };
        }
      }
      const escaped = handOver(call, parents, fn, statementOf(call, parents));
      if (escaped) return { kind: 'safe', detail: escaped };
      if (!p) return null;
      // `f = open(a) if a else open(b)`: follow the name either way.
      let host: Node = call;
      while (parents.get(host)?.kind === 'conditional' && (parents.get(host) as { test: Node }).test !== host) host = parents.get(host)!;
      const hp = parents.get(host);
      if (host !== call && hp?.kind === 'assign' && hp.targets.length === 1 && hp.targets[0]!.kind === 'name' && hp.value === host) {
        return followName(hp.targets[0]!.id, call, hp, fn, what, resource);
      }
      const inline = (how: string): Outcome => ({
        kind: 'leak',
        cwe: 772,
        confidence: 'low',
        severity: 'low',
        message: `The ${resource} from \`${what}\` is ${how} and never closed; closing is left to the garbage collector. Use \`with\`.`,
      });
      switch (p.kind) {
        case 'attribute': {
          const gp = parents.get(p);
          if (CLOSE_METHODS.has(p.attr) && gp?.kind === 'call' && gp.callee === p) return { kind: 'safe', detail: 'closed at once' };
          return inline(`used inline (\`.${p.attr}\`)`);
        }
        case 'call': {
          const q = qualifiedIn(ctx, p.callee, fn);
          return q && INLINE_CONSUMERS.has(q) ? inline(`passed straight to \`${q}()\``) : null;
        }
        case 'for':
          return p.iter === call ? inline('iterated inline') : null;
        case 'comprehension':
          return inline('iterated inline');
        case 'expr':
          return inline('opened and dropped');
        case 'assign': {
          const t = p.targets[0];
          if (p.targets.length !== 1 || t?.kind !== 'name' || p.value !== call) return null;
          return followName(t.id, call, p, fn, what, resource);
        }
        case 'walrus':
          return followName(p.target.id, call, statementOf(p, parents)!, fn, what, resource);
        default:
          return null;
      }
    }

    function judgeLock(call: CallExpr, fn: FunctionDef, lock: Expr): Outcome | null {
      const parents = parentsOf(fn);
      let stmtNode: Node | undefined = parents.get(call);
      if (stmtNode?.kind === 'await') stmtNode = parents.get(stmtNode);
      if (stmtNode?.kind !== 'expr') return null; // `if lock.acquire(False):` and similar are not followed
      const acqStmt = stmtNode;
      const key = exprKey(lock);
      const releases: CallExpr[] = [];
      walkLocal(fn, (n) => {
        if (n.kind === 'call' && n.callee.kind === 'attribute' && n.callee.attr === 'release' && exprKey(n.callee.object) === key && before(call, n)) releases.push(n);
      });
      if (releases.length === 0) return null; // released in another method
      if (releases.some((r) => inFinally(r, parents))) return { kind: 'safe', detail: 'released in finally' };
      const where = blockOf(acqStmt, parents);
      const straight = releases.map((r) => statementOf(r, parents)).find((s): s is Stmt => s !== null && where !== null && blockOf(s, parents)?.block === where.block);
      if (!straight || !where) return { kind: 'safe', detail: 'released on some paths' };
      const j = where.block.indexOf(straight);
      const text = shortText(ctx.source, lock.range, 40);
      for (let k = where.index + 1; k < j; k++) {
        const s = where.block[k]!;
        const exit = earlyExit(s, '', parents);
        const raiser = exit ? null : mayRaise(s, '', new Set());
        if (exit || raiser) {
          return {
            kind: 'leak',
            cwe: 667,
            confidence: 'medium',
            message:
              `\`${text}\` is released at line ${straight.range.line}, but not if ${exit ? `the function returns at ${label(exit)}` : `${label(raiser!)} raises`}; ` +
              'the lock then stays held and every thread waiting for it blocks. Use `with` or release in `finally`.',
          };
        }
      }
      return { kind: 'safe', detail: 'released before anything can raise' };
    }

    return {
      call(node) {
        const fn = enclosingFunction(ctx.ancestors);
        if (!fn) return;
        let outcome: Outcome | null = null;
        let resource = node.callee.kind === 'attribute' || node.callee.kind === 'name' ? RESOURCES[ctx.qualifiedName(node.callee) ?? ''] : undefined;
        if (!resource && node.callee.kind === 'attribute' && node.callee.attr === 'open' && node.callee.object.kind === 'call') {
          const q = ctx.qualifiedName(node.callee.object.callee);
          if (q === 'pathlib.Path' || q === 'pathlib.PurePath') resource = 'file';
        }
        if (resource) {
          outcome = judgeResource(node, fn, resource);
        } else if (node.callee.kind === 'attribute' && node.callee.attr === 'acquire' && node.args.every((a) => a.name !== 'blocking' && a.name !== 'timeout') && node.args.length === 0) {
          if (isLock(node.callee.object) && fn.name !== 'acquire' && fn.name !== '__enter__' && fn.name !== '__aenter__') {
            outcome = judgeLock(node, fn, node.callee.object);
          }
        }
        if (!outcome) return;
        if (outcome.kind === 'safe') ctx.examined(node, outcome.detail);
        else ctx.report(node, outcome.message, { cwe: outcome.cwe, confidence: outcome.confidence, ...(outcome.severity ? { severity: outcome.severity } : {}) });
      },
    };
  },
});

function isStmtIn(n: Node, list: readonly Stmt[]): boolean {
  return (list as readonly Node[]).includes(n);
}

function walkSome(root: Node, pred: (n: Node) => boolean): boolean {
  let found = false;
  walkLocal(root, (n) => {
    if (!found && pred(n)) found = true;
  });
  return found;
}
