/**
 * ## What it does
 * Follows each handle a function opens and flags the ones it never
 * releases (CWE-772) or releases only on the straight path (CWE-404):
 * - file descriptors from `fs.openSync` and `fs.open` (callback), released
 *   by `fs.closeSync(fd)` / `fs.close(fd)`;
 * - `FileHandle`s from `fs.promises.open` / `fs/promises` `open`, released by
 *   `handle.close()`;
 * - streams from `fs.createReadStream` / `createWriteStream`, released by
 *   `close()`, `destroy()` or `end()`, or consumed (`pipe`, `pipeline`,
 *   `for await`, a `data` or `readable` listener), after which Node closes
 *   the file itself;
 * - sockets from `net.connect`, `net.createConnection` and `tls.connect`,
 *   released by `end()` / `destroy()` or waited on with an `end`/`close`
 *   listener.
 * A handle closed only after an `await`, `return` or `throw` that can leave
 * the function first, and not in a `finally`, is reported as CWE-404.
 *
 * ## Why is this bad?
 * Node does not close file descriptors or sockets when their objects are
 * garbage collected. A handler that leaks one per request exhausts the
 * process's descriptors (EMFILE), and every later request fails: a denial of
 * service any client can drive.
 *
 * ## Precision
 * Ownership handed on counts as released: the handle returned, passed to a
 * function other than a known borrower (`fs.readSync(fd, ...)`), stored in
 * an object, array or property, or assigned elsewhere. Only function bodies
 * are analysed: module-level scripts end with the process.
 */
import { defineCheck } from '../../../analyze/check.js';
import type { CheckContext } from '../../../analyze/check.js';
import type { CallExpr, Expr, FunctionDef, Node, Stmt } from '../../../ir/types.js';
import { forEachChild } from '../../../ir/walk.js';
import { enclosingAnyFunction } from '../helpers/names.js';
import { positional } from '../helpers/objects.js';

type Kind = 'fd' | 'filehandle' | 'readstream' | 'writestream' | 'socket';

const ACQUIRE: Record<string, Kind> = {
  'fs.openSync': 'fd',
  'fs.promises.open': 'filehandle',
  'fs/promises.open': 'filehandle',
  'fs.createReadStream': 'readstream',
  'fs.createWriteStream': 'writestream',
  'net.connect': 'socket',
  'net.createConnection': 'socket',
  'tls.connect': 'socket',
};
const LABEL: Record<Kind, string> = {
  fd: 'file descriptor',
  filehandle: 'file handle',
  readstream: 'read stream',
  writestream: 'write stream',
  socket: 'socket',
};
const METHOD_CLOSERS = new Set(['close', 'destroy', 'end']);
const FD_CLOSERS = new Set(['fs.closeSync', 'fs.close']);
/** Calls that use a descriptor without taking it over. */
const FD_BORROWERS = new Set([
  'fs.readSync', 'fs.writeSync', 'fs.read', 'fs.write', 'fs.fstatSync', 'fs.fstat', 'fs.ftruncateSync', 'fs.ftruncate',
  'fs.fsyncSync', 'fs.fsync', 'fs.fchmodSync', 'fs.fchmod', 'fs.fchownSync', 'fs.futimesSync', 'fs.fdatasyncSync',
]);
const STREAM_CONSUMERS = new Set(['pipe', 'resume']);
const CONSUMING_EVENTS = new Set(['data', 'readable']);
const ENDING_EVENTS = new Set(['end', 'close']);
const PIPELINES = new Set(['stream.pipeline', 'stream/promises.pipeline', 'stream.promises.pipeline', 'node:stream.pipeline', 'pipeline']);

type Verdict =
  | { state: 'released'; how: string; closers: Node[] }
  | { state: 'handed'; how: string }
  | { state: 'leaked' };

export default defineCheck({
  meta: {
    id: 'js-resource-leak',
    title: 'File descriptor, stream or socket not closed',
    cwe: 772,
    severity: 'medium',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description:
      'File descriptors (`fs.openSync`, `fs.open`), `FileHandle`s (`fs.promises.open`), file streams and ' +
      'sockets (`net.connect`, `tls.connect`) a function opens and never closes, or closes only when nothing goes ' +
      'wrong first.',
    why:
      'Node does not close descriptors or sockets when their objects are garbage collected. A request handler that ' +
      'leaks one per call exhausts the descriptor limit (EMFILE) and every later request fails: a denial of service ' +
      'any client can drive.',
    fix:
      'Close in a `finally`: `const fh = await fs.promises.open(p); try { ... } finally { await fh.close(); }`; ' +
      'prefer `fs.promises.readFile` or `stream.pipeline(src, dest)` which close for you; end sockets with `end()`.',
    example: {
      bad: "const fh = await fs.promises.open(path, 'r');\nconst { bytesRead } = await fh.read(buf, 0, 64, 0);\nreturn buf.subarray(0, bytesRead);",
      good: "const fh = await fs.promises.open(path, 'r');\ntry {\n  const { bytesRead } = await fh.read(buf, 0, 64, 0);\n  return buf.subarray(0, bytesRead);\n} finally {\n  await fh.close();\n}",
    },
    references: [
      'https://cwe.mitre.org/data/definitions/772.html',
      'https://cwe.mitre.org/data/definitions/404.html',
      'https://nodejs.org/api/fs.html#class-filehandle',
    ],
    evidence: { subject: 'opened handle', clean: 'all are closed, consumed or handed on' },
  },
  create(ctx) {
    return {
      call(node) {
        const q = ctx.qualifiedName(node.callee);
        if (q === 'fs.open') return callbackFd(ctx, node);
        const kind = q && Object.hasOwn(ACQUIRE, q) ? ACQUIRE[q] : undefined;
        if (!kind) return;
        const fn = enclosingAnyFunction(ctx);
        if (!fn) return; // module-level scripts end with the process
        const label = LABEL[kind];
        // How the result is used right where it is made.
        let i = ctx.ancestors.length - 1;
        let parent = ctx.ancestors[i];
        let child: Node = node;
        if (parent?.kind === 'await') {
          child = parent;
          parent = ctx.ancestors[--i];
        }
        if (parent?.kind === 'assign' && parent.value === child && parent.targets.length === 1 && parent.targets[0]!.kind === 'name') {
          judgeName(ctx, fn, parent, parent.targets[0]!.id, kind, label, node);
          return;
        }
        if (parent?.kind === 'expr') {
          ctx.report(node, `The ${label} opened here is dropped at once and never closed.`);
          return;
        }
        ctx.examined(node, 'used or handed on where it is made');
      },
    };
  },
});

function judgeName(ctx: CheckContext, fn: FunctionDef, binding: Stmt, name: string, kind: Kind, label: string, at: CallExpr): void {
  const verdict = usesOf(ctx, fn, binding, name, kind);
  if (verdict.state === 'handed') {
    ctx.examined(at, verdict.how);
    return;
  }
  if (verdict.state === 'leaked') {
    ctx.report(at, `The ${label} \`${name}\` is never closed: Node does not close it when it is garbage collected.`);
    return;
  }
  if (verdict.how !== 'closed' || kind === 'socket') {
    ctx.examined(at, verdict.how);
    return;
  }
  const exit = earlyExit(fn, binding, verdict.closers);
  if (exit) {
    ctx.report(at, `The ${label} \`${name}\` is closed on the straight path only: if line ${exit.range.line} ${exit.kind === 'return' ? 'returns' : 'throws'} first, it stays open. Close it in a \`finally\`.`, {
      cwe: 404,
    });
    return;
  }
  ctx.examined(at, 'closed');
}

/** Classifies every use of `name` in the function after its binding. */
function usesOf(ctx: CheckContext, fn: FunctionDef, binding: Stmt, name: string, kind: Kind): Verdict {
  const closers: Node[] = [];
  let handed: string | null = null;
  let consumed = false;
  let awaitsEnd = false;
  const isName = (e: Expr) => e.kind === 'name' && e.id === name;

  const visit = (n: Node, parent: Node | null) => {
    if (n === binding) return;
    // A nested function that uses the handle (other than to close it) keeps it alive past this one.
    if (n.kind === 'function' && n !== fn && usesOutsideClosers(n, name)) handed ??= 'captured by a closure';
    if (n.kind === 'call') {
      const callee = n.callee;
      if (callee.kind === 'attribute' && isName(callee.object)) {
        if (METHOD_CLOSERS.has(callee.attr) && !(kind === 'readstream' && callee.attr === 'end')) closers.push(n);
        else if (STREAM_CONSUMERS.has(callee.attr)) consumed = true;
        else if (callee.attr === 'unref') handed ??= 'unref()ed: kept open for the life of the process';
        else if (callee.attr === 'on' || callee.attr === 'once' || callee.attr === 'addListener') {
          const ev = positional(n)[0];
          const event = ev ? ctx.constValue(ev) : undefined;
          if (typeof event === 'string' && CONSUMING_EVENTS.has(event)) consumed = true;
          if (typeof event === 'string' && ENDING_EVENTS.has(event)) awaitsEnd = true;
        }
      }
      const q = ctx.qualifiedName(callee);
      const args = n.args.filter((a) => isName(a.value));
      if (args.length) {
        if (q && FD_CLOSERS.has(q)) closers.push(n);
        else if (q && PIPELINES.has(q)) handed ??= 'given to pipeline(), which closes it';
        else if (!(q && FD_BORROWERS.has(q))) handed ??= 'passed to another function';
      }
    } else if (n.kind === 'return' && n.value && containsName(n.value, name)) handed ??= 'returned';
    else if (n.kind === 'assign' && n.value && containsName(n.value, name) && !(n.value.kind === 'await' && isName(n.value.value))) handed ??= 'stored elsewhere';
    else if ((n.kind === 'dict' || n.kind === 'sequence') && parent?.kind !== 'call') {
      const values = n.kind === 'dict' ? n.entries.map((e) => e.value) : n.elements;
      if (values.some(isName)) handed ??= 'stored in an object';
    } else if (n.kind === 'for' && isName(n.iter)) consumed = true;
    forEachChild(n, (c) => visit(c, n));
  };
  for (const s of fn.body) visit(s, null);

  if (closers.length) return { state: 'released', how: 'closed', closers };
  if (handed) return { state: 'handed', how: handed };
  if (consumed && (kind === 'readstream' || kind === 'socket')) return { state: 'released', how: 'consumed', closers: [] };
  if (awaitsEnd && kind === 'socket') return { state: 'released', how: 'waits for the peer to close', closers: [] };
  return { state: 'leaked' };
}

/** Whether `fn` reads `name` anywhere except as the receiver of a closing call. */
function usesOutsideClosers(fn: FunctionDef, name: string): boolean {
  let used = false;
  const visit = (n: Node) => {
    if (used) return;
    if (n.kind === 'call' && n.callee.kind === 'attribute' && METHOD_CLOSERS.has(n.callee.attr) && n.callee.object.kind === 'name' && n.callee.object.id === name) {
      for (const a of n.args) visit(a.value);
      return;
    }
    if (n.kind === 'name' && n.id === name) used = true;
    forEachChild(n, visit);
  };
  for (const s of fn.body) visit(s);
  return used;
}

function containsName(e: Node, name: string): boolean {
  if (e.kind === 'name') return e.id === name;
  if (e.kind === 'function' || e.kind === 'call') return false; // a call or closure using it is judged as a call
  let found = false;
  forEachChild(e, (c) => {
    if (!found && containsName(c, name)) found = true;
  });
  return found;
}

/**
 * When every close sits outside a `finally`, the first `await`, `return` or
 * `throw` between the binding and the first close (in source order, in the
 * function itself) can leave before the close runs.
 */
function earlyExit(fn: FunctionDef, binding: Stmt, closers: readonly Node[]): Node | null {
  const inFinally = new Set<Node>();
  const markFinally = (n: Node, inside: boolean) => {
    if (n.kind === 'function' && n !== fn) inside = false;
    if (inside) inFinally.add(n);
    if (n.kind === 'try') {
      for (const s of n.body) markFinally(s, inside);
      for (const h of n.handlers) for (const s of h.body) markFinally(s, inside);
      for (const s of n.orelse) markFinally(s, inside);
      for (const s of n.finalbody) markFinally(s, true);
      return;
    }
    forEachChild(n, (c) => markFinally(c, inside));
  };
  for (const s of fn.body) markFinally(s, false);
  if (closers.some((c) => inFinally.has(c))) return null;
  const firstClose = Math.min(...closers.map((c) => c.range.line));
  let exit: Node | null = null;
  const visit = (n: Node) => {
    if (exit) return;
    if (n.kind === 'function' && n !== fn) return;
    const line = n.range.line;
    if (line > binding.range.endLine && line < firstClose && (n.kind === 'await' || n.kind === 'return' || n.kind === 'raise')) {
      exit = n;
      return;
    }
    forEachChild(n, visit);
  };
  for (const s of fn.body) visit(s);
  return exit;
}

/** `fs.open(path, flags, (err, fd) => {...})`: the callback owns the descriptor. */
function callbackFd(ctx: CheckContext, call: CallExpr): void {
  const cb = positional(call).at(-1);
  if (cb?.kind !== 'function' || cb.params.length < 2) return;
  const fd = cb.params[1]!.name;
  const verdict = usesOf(ctx, cb, { kind: 'pass', range: call.range } as Stmt, fd, 'fd');
  if (verdict.state === 'leaked') ctx.report(call, `The file descriptor \`${fd}\` opened here is never closed: Node does not close it when it is garbage collected.`);
  else ctx.examined(call, verdict.how);
}
