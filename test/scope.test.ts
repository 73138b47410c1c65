import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldConstant, moduleConstants } from '../src/analyze/constants.js';
import { ScopeTree } from '../src/analyze/scope.js';
import type { Expr, Node } from '../src/ir/types.js';
import { forEachChild } from '../src/ir/walk.js';
import { lowerSnippet } from './support/python.js';

/** Qualified names of every call's callee, in source order, resolved in its own scope. */
function calleeNames(src: string): Array<string | null> {
  const mod = lowerSnippet(src);
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

describe('name resolution', () => {
  it('resolves aliases through imports', () => {
    const names = calleeNames(
      ['from subprocess import Popen as P', 'import hashlib as h', 'import os.path', 'P(cmd)', 'h.md5(x)', 'os.path.join(a, b)', ''].join('\n'),
    );
    assert.deepEqual(names, ['subprocess.Popen', 'hashlib.md5', 'os.path.join']);
  });

  it('treats local definitions as shadowing builtins, per scope', () => {
    const names = calleeNames(['def eval(x):', '    return x', 'eval(a)', 'def g(open):', '    open(p)', ''].join('\n'));
    // eval is the module's own function; inside g, `open` is a parameter.
    assert.deepEqual(names, [null, null]);
  });

  it('resolves builtins and simple aliases of APIs', () => {
    const names = calleeNames(['import subprocess', 'run = subprocess.call', 'run(x)', 'eval(y)', ''].join('\n'));
    assert.deepEqual(names, ['subprocess.call', 'eval']);
  });

  it('does not let class-body names leak into methods', () => {
    const names = calleeNames(['import pickle', 'class C:', '    loads = staticmethod(len)', '    def m(self):', '        return loads(b)', ''].join('\n'));
    assert.deepEqual(names, ['staticmethod', 'loads']);
  });
});

describe('constant folding', () => {
  const fold = (src: string): unknown => {
    const mod = lowerSnippet(src);
    const consts = moduleConstants(mod);
    const last = mod.body.at(-1)!;
    const e = (last.kind === 'expr' ? last.expr : last.kind === 'assign' ? last.value : null) as Expr;
    return foldConstant(e, (n) => consts.get(n));
  };

  it('folds arithmetic, comparisons and conditional expressions through module constants', () => {
    assert.equal(fold('num = 106\nbar = "safe" if 7 * 18 + num > 200 else param\n'), 'safe');
    assert.equal(fold('A = "SELECT "\nA + "1"\n'), 'SELECT 1');
    assert.equal(fold('x = 1\nx = 2\nx\n'), undefined); // rebound: not constant
    assert.equal(fold('f"{1 + 1}px"\n'), '2px');
    assert.equal(fold('not 0 and 3\n'), 3);
  });
});
