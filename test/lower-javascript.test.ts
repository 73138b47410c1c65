import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AssignStmt, CallExpr, Expr, FunctionDef, ImportStmt, Node, Stmt } from '../src/ir/types.js';
import { forEachChild } from '../src/ir/walk.js';
import { lowerJs } from './support/javascript.js';

async function firstExpr(src: string, path = 'snippet.js'): Promise<Expr> {
  const s = (await lowerJs(src, path)).body[0]!;
  assert.equal(s.kind, 'expr', `first statement is ${s.kind}`);
  return (s as Extract<Stmt, { kind: 'expr' }>).expr;
}

/** `target = value` pairs of a module's top-level assignments, as source-like text. */
function assignments(body: readonly Stmt[]): string[] {
  return body.filter((s): s is AssignStmt => s.kind === 'assign').map((s) => `${s.targets.map(show).join(' = ')} = ${s.value ? show(s.value) : '∅'}`);
}

/** A compact rendering of an expression, enough to compare shapes in tests. */
function show(e: Expr): string {
  switch (e.kind) {
    case 'name':
      return e.id;
    case 'attribute':
      return `${show(e.object)}.${e.attr}`;
    case 'index':
      return `${show(e.object)}[${show(e.index)}]`;
    case 'literal':
      return JSON.stringify(e.value);
    case 'logical':
      return `(${e.values.map(show).join(` ${e.op} `)})`;
    case 'call':
      return `${e.isNew ? 'new ' : ''}${show(e.callee)}(${e.args.map((a) => (a.name ? `${a.name}=` : a.spread === 'list' ? '*' : a.spread === 'dict' ? '**' : '') + show(a.value)).join(', ')})`;
    case 'compare':
      return `${show(e.left)} ${e.ops[0]} ${show(e.comparators[0]!)}`;
    case 'template':
      return `\`${e.parts.map((p) => (typeof p === 'string' ? p : `\${${show(p)}}`)).join('')}\``;
    case 'dict':
      return `{${e.entries.map((x) => (x.key ? `${show(x.key)}: ${show(x.value)}` : `...${show(x.value)}`)).join(', ')}}`;
    case 'sequence':
      return `[${e.elements.map(show).join(', ')}]`;
    case 'starred':
      return `...${show(e.value)}`;
    case 'function':
      return `function ${e.name}(${e.params.map((p) => p.name).join(', ')})`;
    default:
      return `<${e.kind}>`;
  }
}

function imports(body: readonly Stmt[]): string[] {
  return body
    .filter((s): s is ImportStmt => s.kind === 'import')
    .map((s) => `${s.from === null ? 'import' : `from ${s.from} import`} ${s.names.map((n) => (n.alias ? `${n.name} as ${n.alias}` : n.name)).join(', ')}`);
}

function all(node: Node, kind: string, out: Node[] = []): Node[] {
  if (node.kind === kind) out.push(node);
  forEachChild(node, (c) => all(c, kind, out));
  return out;
}

describe('JavaScript lowering', () => {
  it('lowers calls with spread arguments, and new as a flagged call', async () => {
    const call = (await firstExpr('child.exec(cmd, "x", ...rest);\n')) as CallExpr;
    assert.equal(show(call), 'child.exec(cmd, "x", *rest)');
    assert.deepEqual(call.range, { line: 1, col: 1, endLine: 1, endCol: 30 });
    assert.equal(show(await firstExpr('new Function("a", body)')), 'new Function("a", body)');
    // A regex literal is a RegExp construction, so its pattern is visible to checks.
    assert.equal(show(await firstExpr('/ab+c/gi')), 'new RegExp("ab+c", "gi")');
  });

  it('makes member access with a constant string key an attribute, and anything else an index', async () => {
    assert.equal(show(await firstExpr("a['b'].c?.['d']")), 'a.b.c.d');
    assert.equal(show(await firstExpr('a[k][0]')), 'a[k][0]');
    assert.equal(show(await firstExpr('a?.b?.(1)')), 'a.b(1)');
  });

  it('keeps template holes and decodes escapes', async () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source text
    assert.equal(show(await firstExpr('`ls ${dir} -l\\n`')), '`ls ${dir} -l\n`');
    assert.equal(show(await firstExpr("'\\x41\\u0042\\u{43}\\d'")), '"ABCd"');
    assert.equal(show(await firstExpr('`plain`')), '"plain"');
    // A tagged template calls the tag with the literal parts, then the values.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source text
    assert.equal(show(await firstExpr('sql`SELECT ${a} FROM t`')), 'sql(["SELECT ", " FROM t"], a)');
  });

  it('turns require() declarations and ES imports into import statements', async () => {
    const m = await lowerJs(
      [
        "const cp = require('child_process');",
        "const { exec, spawn: sp } = require('node:child_process');",
        "const readFile = require('fs').readFile;",
        "import express from 'express';",
        "import { join as j, resolve } from 'path';",
        "import * as crypto from 'crypto';",
        "import def, { named } from 'mod';",
        "import 'polyfill';",
      ].join('\n'),
    );
    assert.deepEqual(imports(m.body), [
      'import child_process as cp',
      'from child_process import exec, spawn as sp',
      'from fs import readFile as readFile',
      'import express as express',
      'from path import join as j, resolve',
      'import crypto as crypto',
      'import mod as def',
      'from mod import named',
      'from polyfill import ',
    ]);
  });

  it('lowers destructuring to assignments the dataflow engine follows', async () => {
    const m = await lowerJs('const { id, user: { name }, role = "guest", ...rest } = req.body;\nconst [a, , b = 2] = list;\n');
    assert.deepEqual(assignments(m.body), [
      'id = req.body.id',
      'name = req.body.user.name',
      'role = (req.body.role or "guest")',
      'rest = req.body',
      'a = list[0]',
      'b = (list[2] or 2)',
    ]);
    // A value that is not a path is computed once, into a temporary.
    const t = await lowerJs('const { q } = parse(url);\n');
    assert.deepEqual(assignments(t.body), ['destructured@1:7 = parse(url)', 'q = destructured@1:7.q']);
  });

  it('lowers destructured parameters as a prologue of the function body', async () => {
    const m = await lowerJs('function h({ query: { id } }, res) { return id; }\n');
    const fn = m.body[0] as FunctionDef;
    assert.deepEqual(
      fn.params.map((p) => p.name),
      ['destructured@1:12', 'res'],
    );
    assert.deepEqual(assignments(fn.body), ['id = destructured@1:12.query.id']);
  });

  it('lowers every kind of function to a function node; expressions are flagged', async () => {
    const m = await lowerJs(
      'async function a(x = 1, ...more) {}\nconst b = function named() {};\nconst c = async (req) => req.query;\nconst d = (el) => el.innerHTML = x;\nclass K { m() {} static s() {} }\n',
    );
    const fns = m.body.flatMap((s) => all(s, 'function')) as FunctionDef[];
    assert.deepEqual(
      fns.map((f) => [f.name, f.isAsync, f.expression === true, f.params.map((p) => `${p.name}:${p.type}`).join(',')]),
      [
        ['a', true, false, 'x:normal,more:list'],
        ['named', false, true, ''],
        ['', true, true, 'req:normal'],
        ['', false, true, 'el:normal'],
        ['m', false, false, ''],
        ['s', false, false, ''],
      ],
    );
    // An arrow's expression body is returned; an assignment body is a statement.
    assert.equal(fns[2]!.body[0]!.kind, 'return');
    assert.deepEqual(assignments(fns[3]!.body), ['el.innerHTML = x']);
  });

  it('lowers switch to an if chain of === tests, with empty cases falling through', async () => {
    const m = await lowerJs('switch (mode) { case "a": case "b": run(1); break; default: run(2); case "c": run(3); }\n');
    const top = m.body[0]!;
    assert.equal(top.kind, 'if');
    const ifs = all(top, 'if') as Array<Extract<Stmt, { kind: 'if' }>>;
    assert.deepEqual(
      ifs.map((s) => show(s.test)),
      ['(mode === "a" or mode === "b")', 'mode === "c"'],
    );
    // The default body is the final else; the trailing break is gone.
    assert.deepEqual(
      ifs[1]!.orelse.map((s) => s.kind === 'expr' && show(s.expr)),
      ['run(2)'],
    );
    assert.deepEqual(
      ifs[0]!.body.map((s) => s.kind),
      ['expr'],
    );
  });

  it('lowers loops: for to while, for-of to for, do-while to a loop that runs once first', async () => {
    const m = await lowerJs('for (let i = 0; i < n; i++) { f(i); }\nfor (const [k, v] of Object.entries(o)) g(k);\ndo { h(); } while (again());\n');
    assert.deepEqual(
      m.body.map((s) => s.kind),
      ['assign', 'while', 'for', 'while'],
    );
    const w = m.body[1] as Extract<Stmt, { kind: 'while' }>;
    assert.equal(show(w.test), 'i < n');
    assert.deepEqual(assignments(w.body.slice(1)), ['i = 1']);
    const f = m.body[2] as Extract<Stmt, { kind: 'for' }>;
    assert.deepEqual(assignments(f.body), ['k = destructured@2:12[0]', 'v = destructured@2:12[1]']);
    const d = m.body[3] as Extract<Stmt, { kind: 'while' }>;
    assert.equal(show(d.test), 'true');
    assert.equal(d.body[1]!.kind, 'if');
  });

  it('lowers try/catch/finally and throw', async () => {
    const m = await lowerJs('try { a(); } catch (err) { throw err; } finally { b(); }\n');
    const t = m.body[0] as Extract<Stmt, { kind: 'try' }>;
    assert.equal(t.kind, 'try');
    assert.equal(t.handlers[0]!.name, 'err');
    assert.equal(t.handlers[0]!.body[0]!.kind, 'raise');
    assert.equal(t.finalbody.length, 1);
  });

  it('lowers objects and arrays to containers', async () => {
    assert.equal(show(await firstExpr('({ a, b: 1, [k]: 2, ...o, "c-d": 3 })')), '{"a": a, "b": 1, k: 2, ...o, "c-d": 3}');
    assert.equal(show(await firstExpr('[1, ...xs]')), '[1, ...xs]');
  });

  it('lowers && || ?? to logical, === and friends to comparisons, `in` to a key test', async () => {
    assert.equal(show(await firstExpr('a && b && c')), '(a and b and c)');
    assert.equal(show(await firstExpr('a ?? b')), '(a or b)');
    assert.equal(show(await firstExpr('a !== "x"')), 'a !== "x"');
    assert.equal(show(await firstExpr('k in obj')), 'k key in obj');
  });

  it('lowers JSX to <jsx> calls with attributes as keyword arguments', async () => {
    const e = await firstExpr('<div className="c" dangerouslySetInnerHTML={{ __html: html }} {...props}>Hi {name}<Foo.Bar /></div>;\n', 'x.jsx');
    assert.equal(show(e), '<jsx>("div", "Hi ", name, <jsx>(Foo.Bar), className="c", dangerouslySetInnerHTML={"__html": html}, **props)');
  });

  it('counts columns in UTF-16 code units', async () => {
    const call = (await firstExpr('"😀"; f(x)\n')) as Expr;
    assert.equal(call.kind, 'literal');
    const m = await lowerJs('"😀"; f(x)\n');
    const f = m.body[1] as Extract<Stmt, { kind: 'expr' }>;
    // The emoji is two UTF-16 units: f starts at column 7.
    assert.deepEqual(f.expr.range, { line: 1, col: 7, endLine: 1, endCol: 11 });
  });

  it('keeps what it can of a file with syntax errors', async () => {
    const m = await lowerJs('exec(a);\nconst = ;\nrun(b);\n');
    assert.ok(m.parseErrors.length > 0);
    const calls = m.body.flatMap((s) => all(s, 'call')) as CallExpr[];
    assert.deepEqual(calls.map((c) => show(c.callee)), ['exec', 'run']);
  });
});

describe('TypeScript lowering', () => {
  it('erases types: annotations, as, !, generics, interfaces and type aliases', async () => {
    const m = await lowerJs(
      'interface I { a: string }\ntype A = string;\nfunction f<T>(req: express.Request, n?: number): void { const x = (req as any).body!.id as string; g<T>(x); }\n',
      'x.ts',
    );
    assert.deepEqual(
      m.body.map((s) => s.kind),
      ['function'],
    );
    const fn = m.body[0] as FunctionDef;
    assert.deepEqual(
      fn.params.map((p) => [p.name, p.annotation ? show(p.annotation) : null]),
      [
        ['req', 'express.Request'],
        ['n', 'number'],
      ],
    );
    assert.deepEqual(assignments(fn.body), ['x = req.body.id']);
    assert.equal(fn.body[1]!.kind === 'expr' && show(fn.body[1].expr), 'g(x)');
  });

  it('keeps an enum as an object of its constant members', async () => {
    const m = await lowerJs('enum Mode { A, B = 5, C }\n', 'x.ts');
    assert.deepEqual(assignments(m.body), ['Mode = {"A": 0, "B": 5, "C": 6}']);
  });

  it('parses .tsx with the TSX grammar and .ts with the TypeScript one', async () => {
    const tsx = await lowerJs('const el = <b>{x as string}</b>;\n', 'x.tsx');
    assert.deepEqual(tsx.parseErrors, []);
    assert.deepEqual(assignments(tsx.body), ['el = <jsx>("b", x)']);
    const ts = await lowerJs('const n = <number>value;\n', 'x.ts');
    assert.deepEqual(ts.parseErrors, []);
    assert.deepEqual(assignments(ts.body), ['n = value']);
  });

  it('keeps decorators of classes and methods', async () => {
    const m = await lowerJs('@Controller("x")\nclass C { @Get(":id") find(@Query("q") q: string) { return q; } }\n', 'x.ts');
    const c = m.body[0] as Extract<Stmt, { kind: 'class' }>;
    assert.equal(c.decorators.length, 1);
    const fn = c.body[0] as FunctionDef;
    assert.equal(fn.decorators.map(show).join(), 'Get(":id")');
    assert.deepEqual(fn.params.map((p) => p.name), ['q']);
    assert.equal(fn.params[0]!.decorators?.map(show).join(), 'Query("q")');
  });
});

describe('JavaScript name resolution', () => {
  async function calleeNames(src: string, path = 'snippet.js'): Promise<Array<string | null>> {
    const { ScopeTree } = await import('../src/analyze/scope.js');
    const mod = await lowerJs(src, path);
    const tree = new ScopeTree(mod);
    const out: Array<string | null> = [];
    const visit = (n: Node, scope = tree.module) => {
      if (n.kind === 'call') out.push(tree.qualifiedName(n.callee, scope));
      const inner = n.kind === 'function' || n.kind === 'lambda' || n.kind === 'class' ? tree.scopeOf(n) : scope;
      forEachChild(n, (c) => visit(c, inner));
    };
    for (const s of mod.body) visit(s);
    return out;
  }

  it('resolves requires and imports to qualified names', async () => {
    const names = await calleeNames(
      [
        "const cp = require('child_process');",
        "const { exec: run } = require('child_process');",
        "import fs from 'node:fs';",
        "import { readFile } from 'fs/promises';",
        'cp.execSync(a);',
        'run(b);',
        'fs.promises.readFile(c);',
        'readFile(d);',
        "require('vm').runInNewContext(e);",
        '',
      ].join('\n'),
    );
    assert.deepEqual(names, ['child_process.execSync', 'child_process.exec', 'fs.promises.readFile', 'fs/promises.readFile', 'vm.runInNewContext', 'require']);
  });

  it('does not let a local binding or a function expression name pass for an API', async () => {
    const names = await calleeNames(
      ["const { exec } = require('child_process');", 'function f(exec) { exec(x); }', 'const g = function eval() {};', 'eval(y);', 'function require(m) {}', "require('fs').readFile(z);", ''].join('\n'),
    );
    // exec is a parameter inside f; the expression's name `eval` binds nothing outside; a local require loads nothing.
    assert.deepEqual(names, [null, 'eval', null, null]);
  });
});

describe('JavaScript comments for suppressions', () => {
  it('finds // and /* */ comments with their text, not comment-like text in strings', async () => {
    const { javascriptComments } = await import('../src/lang/javascript/comments.js');
    const { GrammarParser } = await import('../src/parse/cst.js');
    const parser = await GrammarParser.create('tree-sitter-javascript/tree-sitter-javascript.wasm');
    const source = [
      '// pillar: ignore[js-taint-sql] -- reviewed',
      "run(a); /* pillar: ignore */ const s = '// pillar: not a comment';",
      '/*',
      ' * pillar: ignore[x]',
      ' */',
      '',
    ].join('\n');
    const comments = javascriptComments(parser.parse(source));
    assert.deepEqual(
      comments.map((c) => [c.range.line, c.standalone, c.text.trim()]),
      [
        [1, true, 'pillar: ignore[js-taint-sql] -- reviewed'],
        [2, false, 'pillar: ignore'],
        [3, true, 'pillar: ignore[x]'],
      ],
    );
  });
});

describe('JavaScript and TypeScript files through the pipeline', () => {
  it('every extension is reviewed with its language and grammar', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { analyzeFile } = await import('../src/engine/analyze-file.js');
    const dir = mkdtempSync(join(tmpdir(), 'pillar-js-'));
    const js = "const { exec } = require('child_process');\nexec(process.argv[2]);\n";
    const ts = "import { exec } from 'child_process';\nconst a: string = process.argv[2] as string;\nexec(a!);\n";
    const cases: Array<[string, string, string, number]> = [
      ['a.js', js, 'javascript', 2],
      ['a.mjs', js, 'javascript', 2],
      ['a.cjs', js, 'javascript', 2],
      ['a.jsx', `${js}const el = <b>{1}</b>;\n`, 'javascript', 2],
      ['a.ts', `${ts}const n = <number>(1 as unknown);\n`, 'typescript', 3],
      ['a.mts', ts, 'typescript', 3],
      ['a.cts', ts, 'typescript', 3],
      ['a.tsx', `${ts}const el = <b>{a}</b>;\n`, 'typescript', 3],
    ];
    for (const [name, source, language, line] of cases) {
      const file = join(dir, name);
      writeFileSync(file, source);
      const r = await analyzeFile(file, { maxFileBytes: 1 << 20 });
      assert.equal(r.status, 'reviewed', `${name}: ${r.error ?? ''}`);
      assert.equal(r.language, language, name);
      assert.deepEqual(r.parseErrors, [], `${name} parses without errors`);
      assert.deepEqual(
        r.findings.filter((f) => f.checkId === 'js-taint-command').map((f) => f.range.line),
        [line],
        name,
      );
    }
  });
});
