/**
 * The tree snapshot reads web-tree-sitter's cursor through its WebAssembly
 * exports directly (src/parse/cst.ts, openCursor). These tests read the same
 * sources through the public TreeCursor as well and require identical trees:
 * every check fixture in the repository, plus the cases the fast path must
 * not get wrong (syntax errors with MISSING tokens, nesting past
 * MAX_CST_DEPTH, surrogate pairs, empty input).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type CstNode, cursorMode, directCursorAvailable, GrammarParser, MAX_CST_DEPTH, type ParsedFile } from '../src/parse/cst.js';

const repo = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../..' : '..', import.meta.url));
const grammars = {
  python: 'tree-sitter-python/tree-sitter-python.wasm',
  javascript: 'tree-sitter-javascript/tree-sitter-javascript.wasm',
  typescript: 'tree-sitter-typescript/tree-sitter-typescript.wasm',
  tsx: 'tree-sitter-typescript/tree-sitter-tsx.wasm',
} as const;
const parsers = Object.fromEntries(
  await Promise.all(Object.entries(grammars).map(async ([k, g]) => [k, await GrammarParser.create(g)] as const)),
) as Record<keyof typeof grammars, GrammarParser>;

/** Every node as one line: type, field, named, offsets and child count, in document order. */
function flatten(parsed: ParsedFile): string {
  const out: string[] = [];
  const walk = (n: CstNode) => {
    out.push(`${n.type}|${n.field}|${n.named}|${n.start}|${n.end}|${n.children.length}`);
    for (const c of n.children) walk(c);
  };
  walk(parsed.root);
  return `${out.join('\n')}\nerrors ${JSON.stringify(parsed.errors)}\ntooDeep ${JSON.stringify(parsed.tooDeep)}`;
}

function bothWays(parser: GrammarParser, source: string): { direct: string; viaPublicApi: string; parsed: ParsedFile } {
  try {
    cursorMode.direct = false;
    const viaPublicApi = flatten(parser.parse(source));
    cursorMode.direct = true;
    const parsed = parser.parse(source);
    return { direct: flatten(parsed), viaPublicApi, parsed };
  } finally {
    cursorMode.direct = true;
  }
}

function fixtures(dir: string, extensions: RegExp): string[] {
  return readdirSync(join(repo, dir))
    .filter((f) => extensions.test(f))
    .map((f) => join(repo, dir, f));
}

test('the pinned web-tree-sitter has the exports the direct cursor uses', () => {
  // Otherwise every parse falls back to the public cursor: correct, but about 0.9 s slower on the stdlib benchmark.
  assert.equal(directCursorAvailable(), true);
});

test('the pinned web-tree-sitter frees nothing by itself (the direct cursor drops its TreeCursor without delete())', () => {
  // A finalizer would free the cursor a second time, with a stale copy of its state.
  const bundle = readFileSync(join(repo, 'node_modules/web-tree-sitter/tree-sitter.js'), 'utf8');
  assert.doesNotMatch(bundle, /FinalizationRegistry/);
});

test('the direct cursor reads every Python check fixture as the public cursor does', () => {
  const files = fixtures('src/lang/python/checks/fixtures', /\.py$/);
  assert.ok(files.length > 50);
  for (const f of files) {
    const { direct, viaPublicApi } = bothWays(parsers.python, readFileSync(f, 'utf8'));
    assert.equal(direct, viaPublicApi, f);
  }
});

test('the direct cursor reads every JavaScript and TypeScript check fixture as the public cursor does', () => {
  const files = fixtures('src/lang/javascript/checks/fixtures', /\.(js|ts|tsx)$/);
  assert.ok(files.length > 50);
  for (const f of files) {
    const parser = f.endsWith('.tsx') ? parsers.tsx : f.endsWith('.ts') ? parsers.typescript : parsers.javascript;
    const { direct, viaPublicApi } = bothWays(parser, readFileSync(f, 'utf8'));
    assert.equal(direct, viaPublicApi, f);
  }
});

test('syntax errors, MISSING tokens, surrogate pairs and empty input read the same both ways', () => {
  const cases: Array<[GrammarParser, string]> = [
    [parsers.python, 'def f(:\n    return (1 +\n'],
    [parsers.python, 'x = "𝒳 é" + y\nif x\n    pass\n'],
    [parsers.python, ''],
    [parsers.javascript, 'function f( { return [1, 2\n'],
    // A template literal with a substitution, written without one in this file.
    [parsers.javascript, ['const s = `😀 $', '{a}`; let b = ;'].join('')],
    [parsers.typescript, 'let x: Array<string = [];\nclass C { m(): void {} '],
  ];
  for (const [parser, source] of cases) {
    const { direct, viaPublicApi, parsed } = bothWays(parser, source);
    assert.equal(direct, viaPublicApi, JSON.stringify(source));
    if (source.length > 0 && !source.startsWith('x = ')) assert.ok(parsed.errors.length > 0, `errors found in ${JSON.stringify(source)}`);
  }
});

test('nesting past MAX_CST_DEPTH is cut at the same node both ways', () => {
  const depth = MAX_CST_DEPTH + 50;
  const source = `x = ${'('.repeat(depth)}1${')'.repeat(depth)}\n`;
  const { direct, viaPublicApi, parsed } = bothWays(parsers.python, source);
  assert.equal(direct, viaPublicApi);
  assert.equal(parsed.tooDeep.length, 1);
});

test('many parses in a row leave the parser usable (the direct cursor is deleted each time)', () => {
  const source = readFileSync(join(repo, 'src/lang/python/checks/fixtures', readdirSync(join(repo, 'src/lang/python/checks/fixtures')).find((f) => f.endsWith('.py'))!), 'utf8');
  const first = flatten(parsers.python.parse(source));
  for (let i = 0; i < 300; i++) parsers.python.parse(source);
  assert.equal(flatten(parsers.python.parse(source)), first);
});
