/**
 * `npm run bench`: Pillar against Ruff's security rules on the Debian Python
 * standard library (or another folder), each tool in its own process so that
 * its peak memory is its own. Each tool runs N times (interleaved); the
 * figures are medians. Wall time is measured here, end to end, process start
 * included. This prints figures; nothing asserts on them.
 *
 * Usage: npm run bench -- [corpus] [--runs N] [--jobs N]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CORPUS, type RunFigures } from './stdlib-corpus.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args.splice(at, 2)[1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} takes a whole number`);
  return value;
};
const runs = Math.max(1, option('--runs', 3));
const jobs = option('--jobs', 0);
const corpus = args[0] ?? DEFAULT_CORPUS;
if (!existsSync(corpus)) {
  process.stderr.write(`bench: no corpus at ${corpus} (on Debian: apt-get install libpython3.11-stdlib)\n`);
  process.exit(2);
}

const fromTs = import.meta.url.endsWith('.ts');
const runner = (name: string) => fileURLToPath(new URL(`./${name}.${fromTs ? 'ts' : 'js'}`, import.meta.url));
const loader = fromTs ? ['--import', import.meta.resolve('tsx')] : [];

interface Measured extends RunFigures {
  endToEndMs: number;
}

function runOnce(tool: 'pillar' | 'ruff'): Promise<Measured> {
  const argv = [...loader, runner(`run-${tool}`), corpus, ...(tool === 'pillar' && jobs ? ['--jobs', String(jobs)] : [])];
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
      if (code !== 0) return reject(new Error(`${tool} run exited with code ${code}`));
      resolve({ ...(JSON.parse(out.trim().split('\n').pop()!) as RunFigures), endToEndMs });
    });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const samples: Record<'pillar' | 'ruff', Measured[]> = { pillar: [], ruff: [] };
process.stderr.write(`bench: ${corpus}, ${runs} run(s) per tool, ${cpus().length} CPU(s), load average ${loadavg()[0]!.toFixed(2)}\n`);
for (let i = 0; i < runs; i++) {
  for (const tool of ['pillar', 'ruff'] as const) {
    const m = await runOnce(tool);
    samples[tool].push(m);
    process.stderr.write(`  run ${i + 1} ${tool}: ${(m.endToEndMs / 1000).toFixed(2)} s wall, ${(m.cpuMs / 1000).toFixed(2)} s CPU, ${m.maxRssMB} MB\n`);
  }
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
const row = (tool: 'pillar' | 'ruff', label: string): Row => {
  const s = samples[tool];
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
const ruffVersion = (samples.ruff[0] as Measured & { version?: string }).version ?? '?';
const workers = Math.min(jobs || availableParallelism(), samples.pillar[0]!.files);
const rows = [row('pillar', `Pillar (${workers} workers)`), row('ruff', `Ruff ${ruffVersion} --select S (wasm)`)];

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
const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
const ratio = rows[0]!.wallS / rows[1]!.wallS;
out.push('');
out.push(`Pillar / Ruff wall time: ${ratio.toFixed(2)}x   (target: <= 1.0x)`);
out.push(`Pillar peak memory: ${rows[0]!.rssMB.toFixed(0)} MB   (target: < 1024 MB)`);
out.push(`Pillar / Ruff CPU time: ${(rows[0]!.cpuS / rows[1]!.cpuS).toFixed(2)}x   (Ruff uses one thread; Pillar ${workers} workers)`);
out.push(`Medians of ${runs} run(s); wall time end to end, process start included; lines/s from wall time.${fromTs ? ' Run through tsx: use `npm run bench` for the compiled figures.' : ''}`);
out.push(`Load average at the end: ${loadavg()[0]!.toFixed(2)} on ${cpus().length} CPU(s) (other work on the machine inflates wall times).`);
process.stdout.write(`${out.join('\n')}\n`);
