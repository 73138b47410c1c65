/**
 * Arbitrary JavaScript/TypeScript-like input never breaks the front end or the analyses behind it: mutated
 * fixtures and token soup are reviewed (status `reviewed`, no check failure), and every finding and parse
 * error lies inside the file. Fixed seed unless PILLAR_FUZZ_SEED is set, as in robustness.test.ts.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeSource } from '../src/engine/analyze-file.js';
import type { Range } from '../src/ir/types.js';
import { languageForPath } from '../src/lang/registry.js';
import { packagePath } from '../src/paths.js';

const SEED = process.env.PILLAR_FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.PILLAR_FUZZ_SEED ?? 20261121);
const RUNS = 40;

const dir = packagePath('src', 'lang', 'javascript', 'checks', 'fixtures');
const fixtures = readdirSync(dir)
  .filter((f) => f.startsWith('js-taint-'))
  .map((f) => readFileSync(join(dir, f), 'utf8'));

const TOKENS = ['(', ')', '[', ']', '{', '}', '`', '${', '"', "'", '/', '/*', '*/', '//', '\n', '\r\n', '=>', '<div>', '</div>', '<', '/>', '...', '?.', '??', ',', ';', '=', 'function ', 'class ', 'async ', 'await ', 'yield ', 'new ', 'const {', '} =', 'switch (x) {', 'case 1:', 'default:', 'as any', '!', ': string', 'enum E {', 'interface I {', '\\', '\u2028', '😀', 'exec(', 'require(', "'child_process'", 'req.query.', 'el.innerHTML = '];

type Mutation = { kind: 'cut' | 'insert' | 'delete'; at: number; text: string; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('cut' as const, 'insert' as const, 'delete' as const),
  at: fc.nat(),
  text: fc.constantFrom(...TOKENS),
  length: fc.integer({ min: 1, max: 60 }),
});

function mutate(source: string, m: Mutation): string {
  const at = source.length === 0 ? 0 : m.at % (source.length + 1);
  if (m.kind === 'cut') return source.slice(0, at);
  if (m.kind === 'delete') return source.slice(0, at) + source.slice(at + m.length);
  return source.slice(0, at) + m.text + source.slice(at);
}

function assertInside(r: Range, lines: number, what: string): void {
  assert.ok(r.line >= 1 && r.line <= lines && r.endLine >= r.line && r.endLine <= lines, `${what}: lines ${r.line}-${r.endLine} outside 1..${lines}`);
  assert.ok(r.col >= 1 && r.endCol >= 1, `${what}: column below 1`);
}

async function review(source: string, path: string): Promise<void> {
  const lang = languageForPath(path)!;
  const result = await analyzeSource(path, source, lang, {});
  assert.equal(result.status, 'reviewed', result.error);
  // Code nested past MAX_CST_DEPTH is reported as not analysed (see cst.ts); nothing else may fail.
  assert.deepEqual(
    result.failures.filter((f) => !(f.checkId === 'analysis' && /nested more than/.test(f.message))),
    [],
  );
  const lines = source.split('\n').length;
  for (const f of result.findings) assertInside(f.range, lines, `finding ${f.checkId}`);
  for (const r of result.parseErrors) assertInside(r, lines, 'parse error');
}

describe('robustness: JavaScript and TypeScript input', () => {
  it('mutated fixtures are reviewed as .js, .ts and .tsx', async () => {
    assert.ok(fixtures.length >= 10);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: fixtures.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('fuzz.js', 'fuzz.ts', 'fuzz.tsx'),
        async (i, ms, path) => review(ms.reduce(mutate, fixtures[i]!), path),
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('token soup is reviewed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...TOKENS, 'x', 'y', '1', '.', 'import ', 'from ', 'return '), { maxLength: 150 }), fc.constantFrom('soup.jsx', 'soup.ts'), async (t, path) =>
        review(t.join(''), path),
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('deep nesting does not overflow', async () => {
    await review(`${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'deep.js');
    await review(`const f = ${'() => '.repeat(2000)}1;\n`, 'deep.ts');
    await review(`x = ${'a + '.repeat(20000)}b;\n`, 'long.js');
  });
});
