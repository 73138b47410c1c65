/**
 * One ESLint run over the JavaScript corpus (bench/js-corpus.ts) with
 * eslint-plugin-security's recommended rules (bench/eslint-security.ts), on
 * one thread (ESLint's default; its worker threads need a config module).
 * Usage: node dist/bench/run-eslint.js [corpus]
 */
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { isFatal, lintFiles, pluginVersion } from './eslint-security.js';
import { DEFAULT_JS_CORPUS, jsCorpusFiles, lineCount } from './js-corpus.js';
import { cpuMs, maxRssMB, type RunFigures } from './stdlib-corpus.js';

const root = process.argv[2] ?? DEFAULT_JS_CORPUS;
const started = performance.now();
const { files } = jsCorpusFiles(root);
const results = await lintFiles(files.map((f) => f.absPath), root);
let lines = 0;
for (const f of files) lines += lineCount(readFileSync(f.absPath));
let findings = 0;
let unparsed = 0;
for (const r of results) {
  if (isFatal(r)) unparsed++;
  for (const m of r.messages) if (m.ruleId?.startsWith('security/')) findings++;
}
const figures: RunFigures = {
  tool: 'eslint',
  wallMs: Math.round(performance.now() - started),
  files: results.length,
  lines,
  findings,
  maxRssMB: maxRssMB(),
  cpuMs: cpuMs(),
};
process.stdout.write(`${JSON.stringify({ ...figures, unparsed, version: ESLint.version, plugin: pluginVersion() })}\n`);
