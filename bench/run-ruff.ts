/**
 * One Ruff run over the same files: its security rules (`S`, the flake8-bandit
 * port) through @astral-sh/ruff-wasm-nodejs, one file after another on one
 * thread (the WebAssembly build is single-threaded).
 * Usage: node dist/bench/run-ruff.js [corpus]
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { corpusFiles, DEFAULT_CORPUS, cpuMs, maxRssMB, type RunFigures } from './stdlib-corpus.js';

type RuffModule = typeof import('@astral-sh/ruff-wasm-nodejs');
const { PositionEncoding, Workspace } = createRequire(import.meta.url)('@astral-sh/ruff-wasm-nodejs') as RuffModule;

const root = process.argv[2] ?? DEFAULT_CORPUS;
const started = performance.now();
const files = corpusFiles(root);
const ws = new Workspace({ lint: { select: ['S'] } }, PositionEncoding.Utf16);
const utf8 = new TextDecoder('utf-8', { fatal: true });
let reviewed = 0;
let lines = 0;
let findings = 0;
for (const f of files) {
  let source: string;
  try {
    source = utf8.decode(readFileSync(f.absPath));
  } catch {
    continue; // Pillar skips it too
  }
  if (source.length === 0 || source.includes('\0')) continue;
  const diagnostics = ws.check(source) as Array<{ code: string | null }>;
  reviewed++;
  // Syntax errors come back without a code; only rule violations count.
  for (const d of diagnostics) if (d.code) findings++;
  let n = 0;
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) n++;
  lines += source.endsWith('\n') ? n : n + 1;
}
ws.free();
const figures: RunFigures = {
  tool: 'ruff',
  wallMs: Math.round(performance.now() - started),
  files: reviewed,
  lines,
  findings,
  maxRssMB: maxRssMB(),
  cpuMs: cpuMs(),
};
process.stdout.write(`${JSON.stringify({ ...figures, version: Workspace.version() })}\n`);
