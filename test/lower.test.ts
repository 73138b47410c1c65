import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CallExpr, Expr, Stmt } from '../src/ir/types.js';
import { lowerSnippet } from './support/python.js';

function firstExpr(src: string): Expr {
  const s = lowerSnippet(src).body[0]!;
  assert.equal(s.kind, 'expr');
  return (s as Extract<Stmt, { kind: 'expr' }>).expr;
}

describe('Python lowering', () => {
  it('lowers calls with positional, keyword and spread arguments', () => {
    const call = firstExpr('subprocess.run(cmd, "x", shell=True, *rest, **kw)\n') as CallExpr;
    assert.equal(call.kind, 'call');
    assert.deepEqual(
      call.args.map((a) => [a.name, a.spread, a.value.kind]),
      [
        [null, null, 'name'],
        [null, null, 'literal'],
        ['shell', null, 'literal'],
        [null, 'list', 'name'],
        [null, 'dict', 'name'],
      ],
    );
    assert.equal(call.callee.kind, 'attribute');
    // End columns are exclusive (the column after the last character), as in SARIF.
    assert.deepEqual(call.range, { line: 1, col: 1, endLine: 1, endCol: 50 });
  });

  it('decodes string literals and keeps f-string holes as a template', () => {
    assert.deepEqual(firstExpr("'a\\tb' 'c'\n"), { kind: 'literal', type: 'str', value: 'a\tbc', range: { line: 1, col: 1, endLine: 1, endCol: 11 } });
    const t = firstExpr('f"SELECT {col} FROM t"\n');
    assert.equal(t.kind, 'template');
    assert.equal(t.kind === 'template' && t.parts.length, 3);
    const raw = firstExpr("r'\\d+'\n");
    assert.equal(raw.kind === 'literal' && raw.value, '\\d+');
    const bytes = firstExpr("b'\\x00'\n");
    assert.equal(bytes.kind === 'literal' && bytes.type, 'bytes');
  });

  it('keeps malformed escapes as written instead of failing (found by the property test)', () => {
    const e = firstExpr('"(\\uid={x}" "\\U0011FFFF" "\\x4"\n');
    assert.equal(e.kind === 'literal' && e.value, '(\\uid={x}\\U0011FFFF\\x4');
    const ok = firstExpr('"\\u00e9\\x41\\U0001F600"\n');
    assert.equal(ok.kind === 'literal' && ok.value, 'éA😀');
  });

  it('lowers numbers, including octal and underscores', () => {
    const seq = firstExpr('(0o777, 1_000, 0x1F, 1.5, 0777)\n');
    assert.equal(seq.kind, 'sequence');
    assert.deepEqual(seq.kind === 'sequence' && seq.elements.map((e) => e.kind === 'literal' && e.value), [511, 1000, 31, 1.5, 511]);
  });

  it('keeps comparison chains with multi-word operators', () => {
    const c = firstExpr('a is not None < b not in c\n');
    assert.equal(c.kind, 'compare');
    assert.deepEqual(c.kind === 'compare' && c.ops, ['is not', '<', 'not in']);
  });

  it('nests elif chains and lowers try/except/else/finally', () => {
    const mod = lowerSnippet(
      ['if a:', '    x = 1', 'elif b:', '    x = 2', 'else:', '    x = 3', 'try:', '    f()', 'except (KeyError, ValueError) as e:', '    pass', 'else:', '    g()', 'finally:', '    h()', ''].join('\n'),
    );
    const [ifs, tr] = mod.body;
    assert.equal(ifs?.kind, 'if');
    const inner = ifs?.kind === 'if' ? ifs.orelse[0] : undefined;
    assert.equal(inner?.kind, 'if');
    assert.equal(inner?.kind === 'if' && inner.orelse[0]?.kind, 'assign');
    assert.equal(tr?.kind, 'try');
    if (tr?.kind !== 'try') return;
    assert.equal(tr.handlers.length, 1);
    assert.equal(tr.handlers[0]!.name, 'e');
    assert.equal(tr.handlers[0]!.type?.kind, 'sequence');
    assert.equal(tr.orelse.length, 1);
    assert.equal(tr.finalbody.length, 1);
  });

  it('lowers with-items, decorated functions, imports and chained assignment', () => {
    const mod = lowerSnippet(
      ['import os.path as osp, sys', 'from ..pkg import a as b, c', 'with open(p) as f, lock:', '    pass', '@app.route("/x")', 'async def view(req, *args, n=1, **kw):', '    x = y = 2', ''].join('\n'),
    );
    const [imp, from, withStmt, fn] = mod.body;
    assert.deepEqual(imp?.kind === 'import' && imp.names.map((n) => [n.name, n.alias]), [
      ['os.path', 'osp'],
      ['sys', null],
    ]);
    assert.ok(from?.kind === 'import' && from.from === 'pkg' && from.level === 2);
    assert.ok(withStmt?.kind === 'with' && withStmt.items.length === 2 && withStmt.items[0]!.target?.kind === 'name');
    assert.ok(fn?.kind === 'function');
    if (fn?.kind !== 'function') return;
    assert.equal(fn.isAsync, true);
    assert.equal(fn.decorators.length, 1);
    assert.deepEqual(fn.params.map((p) => [p.name, p.type]), [
      ['req', 'normal'],
      ['args', 'list'],
      ['n', 'normal'],
      ['kw', 'dict'],
    ]);
    const assign = fn.body[0];
    assert.ok(assign?.kind === 'assign' && assign.targets.length === 2);
  });

  it('reports unparsable lines and still lowers the rest', () => {
    const mod = lowerSnippet('def broken(:\n    pass\n\neval(x)\n');
    assert.ok(mod.parseErrors.length > 0);
    assert.ok(mod.parseErrors.every((r) => r.line >= 1 && r.line <= 2));
    const last = mod.body.at(-1);
    assert.ok(last?.kind === 'expr' && last.expr.kind === 'call');
  });

  it('counts lines with and without a trailing newline', () => {
    assert.equal(lowerSnippet('a = 1\nb = 2\n').lineCount, 2);
    assert.equal(lowerSnippet('a = 1\nb = 2').lineCount, 2);
  });
});
