/**
 * The JavaScript benchmark: the labelled corpus bench/corpus/js-web is
 * complete and its marks agree with its CSV labels; the node_modules corpus
 * listing leaves out what bench/js-corpus.ts says; and eslint-plugin-security
 * is scored on labels through the same scorer as Pillar.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { asJavaScript, RULE_CWES, scoreEslint } from '../bench/js-web-eslint.js';
import { jsCorpusFiles } from '../bench/js-corpus.js';
import { parseExpectedCsv } from '../src/benchmark/csv.js';
import { cweMatches } from '../src/benchmark/equivalence.js';
import { parseMarkId, parseMarks } from '../src/benchmark/marks.js';
import { packagePath } from '../src/paths.js';

const corpus = packagePath('bench', 'corpus', 'js-web');
const tmp = mkdtempSync(join(tmpdir(), 'pillar-bench-js-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('bench/corpus/js-web', () => {
  const categories = readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory());

  it('has the categories issue 7 asks for', () => {
    const names = categories.map((d) => d.name).sort();
    for (const c of ['cmdi', 'codeinj', 'sqli', 'pathtraver', 'xss', 'redirect', 'ssrf', 'regex', 'protopollution', 'nosqli', 'weakrand', 'weakcrypto', 'tls', 'jwt', 'cookie', 'cors', 'secrets']) {
      assert.ok(names.includes(c), `no category folder ${c}`);
    }
  });

  for (const dir of categories) {
    it(`${dir.name}: at least 15 vulnerable and 15 safe files, each labelled once, marks agreeing with the CSV`, () => {
      const folder = join(corpus, dir.name);
      const rows = parseExpectedCsv(readFileSync(join(folder, 'expected.csv'), 'utf8'), `${dir.name}/expected.csv`);
      const files = readdirSync(folder).filter((f) => f !== 'expected.csv');
      const byName = new Map(files.map((f) => [f.replace(/\.[^.]+$/, ''), f]));
      assert.equal(rows.length, files.length, 'one CSV row per file');
      assert.ok(rows.filter((r) => r.vulnerable).length >= 15, 'vulnerable files');
      assert.ok(rows.filter((r) => !r.vulnerable).length >= 15, 'safe files');
      for (const row of rows) {
        const file = byName.get(row.testName);
        assert.ok(file, `${row.testName} is listed but missing`);
        const marks = parseMarks(readFileSync(join(folder, file), 'utf8'));
        const ids = (kind: 'expect' | 'ok') => [...marks[kind].keys()].map(parseMarkId);
        const matching = (kind: 'expect' | 'ok') => ids(kind).filter((k) => k.kind === 'cwe' && cweMatches(k.cwe, row.cwe));
        if (row.vulnerable) assert.ok(matching('expect').length > 0, `${file} is vulnerable but marks no expect: CWE-${row.cwe}`);
        else {
          assert.equal(matching('expect').length, 0, `${file} is safe but marks an expect line`);
          assert.ok(matching('ok').length > 0, `${file} is safe but marks no ok line`);
        }
      }
    });
  }
});

describe('bench/js-corpus.ts: which node_modules files are timed', () => {
  it('keeps plain JavaScript once and leaves out minified, bundled and oversized files', () => {
    const root = join(tmp, 'node_modules');
    mkdirSync(join(root, 'pkg', 'dist'), { recursive: true });
    mkdirSync(join(root, '.bin'), { recursive: true });
    writeFileSync(join(root, 'pkg', 'index.js'), 'module.exports = 1;\n');
    writeFileSync(join(root, 'pkg', 'esm.mjs'), 'export default 1;\n');
    writeFileSync(join(root, 'pkg', 'empty.js'), '');
    writeFileSync(join(root, 'pkg', 'types.d.ts'), 'export declare const a: number;\n');
    writeFileSync(join(root, 'pkg', 'dist', 'pkg.min.js'), 'var a=1;\n');
    writeFileSync(join(root, 'pkg', 'dist', 'pkg.bundle.js'), 'var a=1;\n');
    writeFileSync(join(root, 'pkg', 'dist', 'dense.cjs'), `${'var a=1;'.repeat(100)}\n`);
    writeFileSync(join(root, 'pkg', 'dist', 'huge.js'), `${'// padding\n'.repeat(220_000)}`);
    symlinkSync(join(root, 'pkg', 'index.js'), join(root, '.bin', 'pkg'));
    symlinkSync(join(root, 'pkg'), join(root, 'pkg-alias'));

    const { files, excluded } = jsCorpusFiles(root);
    // pkg-alias and .bin/pkg lead to files already listed under pkg/.
    assert.deepEqual(files.map((f) => f.path).sort(), ['pkg/esm.mjs', 'pkg/index.js']);
    assert.deepEqual(excluded, { empty: 1, 'minified or bundle by name': 2, 'over the size limit': 1, 'minified (long lines)': 1 });
  });
});

describe('bench/js-web-eslint.ts: eslint-plugin-security on the same labels', () => {
  it('maps every rule of the recommended config to a CWE', () => {
    const plugin = createRequire(import.meta.url)('eslint-plugin-security') as { configs: { recommended: { rules: Record<string, unknown> } } };
    for (const rule of Object.keys(plugin.configs.recommended.rules)) assert.ok(RULE_CWES[rule], `no CWE for ${rule}`);
  });

  it('lints TypeScript as its transpilation, keeping the marks on the lines they describe', () => {
    const ts = "import express, { Request } from 'express';\ninterface Q { q: string }\nfunction run(req: Request) {\n  // expect: CWE-95\n  return eval((req.query as unknown as Q).q);\n}\n";
    const js = asJavaScript(ts, 'x.ts');
    const marks = parseMarks(js);
    const [line] = [...(marks.expect.get('CWE-95') ?? [])];
    assert.ok(line, 'the mark survives transpilation');
    assert.match(js.split('\n')[line - 1]!, /eval\(/);
    assert.doesNotMatch(js, /interface Q/);
  });

  it('scores the plugin file by file: a flagged vulnerable file is a true positive, an unflagged safe one a true negative', async () => {
    const dir = join(tmp, 'corpus', 'codeinj');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'bad.js'), "app.get('/calc', (req, res) => {\n  // expect: CWE-95\n  res.json(eval(req.query.expr));\n});\n");
    writeFileSync(join(dir, 'good.js'), "app.get('/calc', (req, res) => {\n  // ok: CWE-95\n  res.json(JSON.parse(req.query.expr));\n});\n");
    writeFileSync(join(dir, 'expected.csv'), 'test name,category,vulnerable,CWE\nbad,codeinj,true,95\ngood,codeinj,false,95\n');
    const { result, unparsed } = await scoreEslint(join(tmp, 'corpus'));
    assert.deepEqual(unparsed, []);
    const [cat] = result.categories;
    assert.equal(cat?.category, 'codeinj');
    assert.deepEqual([cat!.tp, cat!.fn, cat!.fp, cat!.tn], [1, 0, 0, 1]);
    assert.equal(result.lines?.tp, 1);
  });
});
