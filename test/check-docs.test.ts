/**
 * Check metadata is complete and docs/checks/ is what `npm run gen:docs`
 * would write from it, so the docs cannot drift from the checks.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Check, SEVERITIES } from '../src/analyze/check.js';
import { lookupCwe, pillarOf } from '../src/cwe/catalog.js';
import { allChecks } from '../src/engine/checks.js';
import { LANGUAGES } from '../src/lang/registry.js';
import { packagePath } from '../src/paths.js';
import { checkDocFiles } from '../src/review/check-doc.js';
import { REVIEW_CHECKS } from '../src/review/checks/index.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const URL_RE = /^https?:\/\/\S+$/;
// src/lang from test/ (tsx) or dist/src/lang from dist/test/ (compiled): the same modules the engine loads.
const langDir = fileURLToPath(new URL('../src/lang/', import.meta.url));

const checks = await allChecks();

describe('check metadata', () => {
  it('the engine loads every check file, and each file is named after its check id', async () => {
    const fromFiles: string[] = [];
    // Languages may share a checks folder (JavaScript and TypeScript): each folder once.
    for (const checksDir of new Set(LANGUAGES.map((l) => l.checksDir))) {
      const dir = join(langDir, checksDir);
      const ids = LANGUAGES.filter((l) => l.checksDir === checksDir).map((l) => l.id);
      const files = readdirSync(dir).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts') && !f.startsWith('_'));
      for (const f of files) {
        const mod = (await import(pathToFileURL(join(dir, f)).href)) as { default?: Check };
        assert.ok(mod.default?.meta && typeof mod.default.create === 'function', `${f} has no default-exported check`);
        assert.equal(mod.default.meta.id, basename(f).replace(/\.(ts|js)$/, ''), `${f}: file name equals check id`);
        assert.ok(ids.some((id) => mod.default!.meta.languages.includes(id)), `${f} is in the folder of ${ids.join('/')} but lists none of them`);
        fromFiles.push(mod.default.meta.id);
      }
    }
    // Plus the review-level checks (about suppression comments), which live in src/review/checks/.
    for (const c of REVIEW_CHECKS) fromFiles.push(c.meta.id);
    assert.deepEqual(checks.map((c) => c.meta.id).sort(), fromFiles.sort());
  });

  it('ids are kebab-case and unique', () => {
    const ids = checks.map((c) => c.meta.id);
    for (const id of ids) assert.match(id, KEBAB);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids in ${ids.join(', ')}`);
  });

  for (const { meta: m } of checks) {
    it(`${m.id} has complete metadata`, () => {
      for (const field of ['title', 'description', 'why', 'fix'] as const) {
        assert.ok(m[field]?.trim(), `${m.id}: empty ${field}`);
      }
      assert.ok(m.example?.bad?.trim(), `${m.id}: empty example.bad`);
      assert.ok(m.example?.good?.trim(), `${m.id}: empty example.good`);
      assert.ok(m.evidence?.subject?.trim() && m.evidence.clean?.trim(), `${m.id}: empty evidence`);
      assert.ok(m.references.length > 0, `${m.id}: no references`);
      for (const r of m.references) assert.match(r, URL_RE, `${m.id}: reference is not a URL`);
      assert.ok(m.languages.length > 0, `${m.id}: no languages`);
      for (const l of m.languages) assert.ok(LANGUAGES.some((x) => x.id === l), `${m.id}: unknown language ${l}`);
      assert.ok(SEVERITIES.includes(m.severity), `${m.id}: severity ${m.severity}`);
      assert.ok(['high', 'medium', 'low'].includes(m.confidence), `${m.id}: confidence ${m.confidence}`);
      assert.ok(Number.isInteger(m.cwe) && lookupCwe(m.cwe), `${m.id}: CWE-${m.cwe} is not in the catalog`);
      assert.notEqual(pillarOf(m.cwe), null, `${m.id}: CWE-${m.cwe} rolls up to no pillar`);
    });
  }
});

describe('docs/checks', () => {
  it('is up to date with the check metadata (run `npm run gen:docs`)', () => {
    const dir = packagePath('docs', 'checks');
    const want = checkDocFiles(checks.map((c) => c.meta));
    const have = new Map(
      readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
    );
    const stale = [...want].filter(([name, text]) => have.get(name) !== text).map(([name]) => name);
    const extra = [...have.keys()].filter((name) => !want.has(name));
    assert.deepEqual({ stale, extra }, { stale: [], extra: [] }, 'docs/checks is out of date: run `npm run gen:docs`');
  });

  it('the index lists every check', () => {
    const index = checkDocFiles(checks.map((c) => c.meta)).get('README.md')!;
    for (const c of checks) assert.ok(index.includes(`| [${c.meta.id}](${c.meta.id}.md) |`), c.meta.id);
  });
});
