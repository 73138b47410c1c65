/**
 * `npm run bench`, in two parts, each tool in its own process so that its
 * peak memory is its own; each tool runs N times (interleaved) and the
 * figures are medians. Wall time is measured here, end to end, process start
 * included. This prints figures; nothing asserts on them.
 *
 * 1. Python: Pillar against Ruff's security rules on the Debian Python
 *    standard library (or another folder).
 * 2. JavaScript: Pillar against eslint-plugin-security (recommended rules,
 *    through ESLint's Node API) on the JavaScript in the project's own
 *    node_modules (bench/js-corpus.ts says which files).
 *
 * Usage: npm run bench -- [python-corpus] [--runs N] [--jobs N] [--js-corpus DIR] [--no-js] [--no-python]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DEFAULT_JS_CORPUS, jsCorpusFiles, MAX_BYTES_PER_LINE } from './js-corpus.js';
import { DEFAULT_CORPUS, type RunFigures } from './stdlib-corpus.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args.splice(at, 2)[1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} takes a whole number`);
  return value;
};
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args.splice(at, 1).length > 0;
};
const textOption = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = args.splice(at, 2)[1];
  if (!value) throw new Error(`${name} takes a folder`);
  return value;
};
const runs = Math.max(1, option('--runs', 3));
const jobs = option('--jobs', 0);
const jsCorpus = textOption('--js-corpus', DEFAULT_JS_CORPUS);
const withJs = !flag('--no-js');
const withPython = !flag('--no-python');
const corpus = args[0] ?? DEFAULT_CORPUS;
if (withPython && !existsSync(corpus)) {
  process.stderr.write(`bench: no corpus at ${corpus} (on Debian: apt-get install libpython3.11-stdlib)\n`);
  process.exit(2);
}
if (withJs && !existsSync(jsCorpus)) {
  process.stderr.write(`bench: no JavaScript corpus at ${jsCorpus} (run npm install, or pass --js-corpus DIR)\n`);
  process.exit(2);
}

const fromTs = import.meta.url.endsWith('.ts');
const runner = (name: string) => fileURLToPath(new URL(`./${name}.${fromTs ? 'ts' : 'js'}`, import.meta.url));
const loader = fromTs ? ['--import', import.meta.resolve('tsx')] : [];

interface Measured extends RunFigures {
  endToEndMs: number;
  version?: string;
  plugin?: string;
  unparsed?: number;
}

/** A tool run: which runner script, with which arguments. */
interface Tool {
  key: string;
  script: string;
  argv: string[];
}

function runOnce(tool: Tool): Promise<Measured> {
  const argv = [...loader, runner(tool.script), ...tool.argv];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      out += s;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const endToEndMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`${tool.key} run exited with code ${code}`));
      resolve({ ...(JSON.parse(out.trim().split('\n').pop()!) as RunFigures), endToEndMs });
    });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Runs each tool `runs` times, interleaved, logging each run on stderr. */
async function measure(tools: readonly Tool[]): Promise<Map<string, Measured[]>> {
  const samples = new Map<string, Measured[]>(tools.map((t) => [t.key, []]));
  for (let i = 0; i < runs; i++) {
    for (const tool of tools) {
      const m = await runOnce(tool);
      samples.get(tool.key)!.push(m);
      process.stderr.write(`  run ${i + 1} ${tool.key}: ${(m.endToEndMs / 1000).toFixed(2)} s wall, ${(m.cpuMs / 1000).toFixed(2)} s CPU, ${m.maxRssMB} MB\n`);
    }
  }
  return samples;
}

interface Row {
  tool: string;
  files: number;
  lines: number;
  findings: number;
  wallS: number;
  innerS: number;
  cpuS: number;
  linesPerS: number;
  rssMB: number;
}
const row = (s: Measured[], label: string): Row => {
  const wall = median(s.map((m) => m.endToEndMs));
  return {
    tool: label,
    files: s[0]!.files,
    lines: s[0]!.lines,
    findings: s[0]!.findings,
    wallS: wall / 1000,
    innerS: median(s.map((m) => m.wallMs)) / 1000,
    cpuS: median(s.map((m) => m.cpuMs)) / 1000,
    linesPerS: s[0]!.lines / (wall / 1000),
    rssMB: median(s.map((m) => m.maxRssMB)),
  };
};

function table(rows: readonly Row[]): string[] {
  const header = ['tool', 'files', 'lines', 'findings', 'wall s', 'in-process s', 'CPU s', 'lines/s', 'peak RSS MB'];
  const cells = rows.map((r) => [
    r.tool,
    String(r.files),
    String(r.lines),
    String(r.findings),
    r.wallS.toFixed(2),
    r.innerS.toFixed(2),
    r.cpuS.toFixed(2),
    Math.round(r.linesPerS).toLocaleString('en-US'),
    r.rssMB.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
}

const jobsArgs = jobs ? ['--jobs', String(jobs)] : [];
const out: string[] = [];
process.stderr.write(`bench: ${runs} run(s) per tool, ${cpus().length} CPU(s), load average ${loadavg()[0]!.toFixed(2)}\n`);

if (withPython) {
  process.stderr.write(`bench (Python): ${corpus}\n`);
  const samples = await measure([
    { key: 'pillar', script: 'run-pillar', argv: [corpus, ...jobsArgs] },
    { key: 'ruff', script: 'run-ruff', argv: [corpus] },
  ]);
  const pillar = samples.get('pillar')!;
  const ruff = samples.get('ruff')!;
  const workers = Math.min(jobs || availableParallelism(), pillar[0]!.files);
  const rows = [row(pillar, `Pillar (${workers} workers)`), row(ruff, `Ruff ${ruff[0]!.version ?? '?'} --select S (wasm)`)];
  out.push(`Python: ${corpus}`, ...table(rows), '');
  out.push(`Pillar / Ruff wall time: ${(rows[0]!.wallS / rows[1]!.wallS).toFixed(2)}x   (target with the dataflow engine on: <= 1.5x)`);
  out.push(`Pillar peak memory: ${rows[0]!.rssMB.toFixed(0)} MB   (target: < 1024 MB)`);
  out.push(`Pillar / Ruff CPU time: ${(rows[0]!.cpuS / rows[1]!.cpuS).toFixed(2)}x   (Ruff uses one thread; Pillar ${workers} workers)`);
}

if (withJs) {
  const listing = jsCorpusFiles(jsCorpus);
  const excluded = Object.entries(listing.excluded)
    .map(([why, n]) => `${n} ${why}`)
    .join(', ');
  process.stderr.write(`bench (JavaScript): ${jsCorpus}, ${listing.files.length} files\n`);
  const samples = await measure([
    { key: 'pillar (js)', script: 'run-pillar', argv: [jsCorpus, '--js', ...jobsArgs] },
    { key: 'eslint', script: 'run-eslint', argv: [jsCorpus] },
  ]);
  const pillar = samples.get('pillar (js)')!;
  const eslint = samples.get('eslint')!;
  const workers = Math.min(jobs || availableParallelism(), pillar[0]!.files);
  const e = eslint[0]!;
  const rows = [row(pillar, `Pillar (${workers} workers)`), row(eslint, `ESLint ${e.version ?? '?'} + security ${e.plugin ?? '?'}`)];
  if (out.length) out.push('');
  out.push(`JavaScript: ${jsCorpus} (${listing.files.length} .js/.mjs/.cjs files; left out: ${excluded || 'none'}; see bench/js-corpus.ts)`, ...table(rows), '');
  out.push(`Pillar / ESLint wall time: ${(rows[0]!.wallS / rows[1]!.wallS).toFixed(2)}x`);
  out.push(`Pillar / ESLint CPU time: ${(rows[0]!.cpuS / rows[1]!.cpuS).toFixed(2)}x   (ESLint uses one thread; Pillar ${workers} workers)`);
  out.push(
    `ESLint: ${e.unparsed ?? 0} file(s) it could not parse; its findings are security/* messages. Minified: over ${MAX_BYTES_PER_LINE} bytes per line.`,
  );
}

out.push('');
out.push(`Medians of ${runs} run(s); wall time end to end, process start included; lines/s from wall time.${fromTs ? ' Run through tsx: use `npm run bench` for the compiled figures.' : ''}`);
out.push(`Load average at the end: ${loadavg()[0]!.toFixed(2)} on ${cpus().length} CPU(s) (other work on the machine inflates wall times).`);
process.stdout.write(`${out.join('\n')}\n`);
