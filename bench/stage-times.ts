/** Per-stage single-thread times over the corpus (diagnostics; not part of the bench). */
import { readFileSync } from 'node:fs';
import { runChecks } from '../src/analyze/run.js';
import { ScopeTree } from '../src/analyze/scope.js';
import { runDataflow } from '../src/dataflow/index.js';
import { checksFor } from '../src/engine/checks.js';
import { tuneV8ForShortRuns } from '../src/engine/v8-tuning.js';
import { languageForPath } from '../src/lang/registry.js';
import { GrammarParser } from '../src/parse/cst.js';
import { corpusFiles, DEFAULT_CORPUS } from './stdlib-corpus.js';

// As `pillar` runs (src/engine/v8-tuning.ts).
tuneV8ForShortRuns();
const files = corpusFiles(process.argv[2] ?? DEFAULT_CORPUS);
const sources = files.map((f) => readFileSync(f.absPath, 'utf8'));
const lang = languageForPath('x.py')!;
const parser = await GrammarParser.create(lang.grammar);
const all = await checksFor(lang);
const raw = (parser as unknown as { parser: { parse(s: string): { delete(): void } } }).parser;
for (let round = 0; round < 2; round++) {
  const t = { treeSitter: 0, parseAndSnapshot: 0, lower: 0, scopes: 0, dataflow: 0, checksWithDataflow: 0 };
  files.forEach((f, i) => {
    const src = sources[i]!;
    let a = performance.now();
    raw.parse(src).delete();
    let b = performance.now();
    t.treeSitter += b - a;
    a = b;
    const parsed = parser.parse(src);
    b = performance.now();
    t.parseAndSnapshot += b - a;
    a = b;
    const m = lang.lower(f.path, parsed);
    b = performance.now();
    t.lower += b - a;
    a = b;
    const scopes = new ScopeTree(m);
    b = performance.now();
    t.scopes += b - a;
    a = b;
    runDataflow(m, scopes);
    b = performance.now();
    t.dataflow += b - a;
    a = b;
    runChecks(m, src, all, {});
    b = performance.now();
    t.checksWithDataflow += b - a;
  });
  console.log(round, Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)])));
}
