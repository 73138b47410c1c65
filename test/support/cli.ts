/**
 * Runs the real `pillar` command in a child process: through tsx from the
 * .ts sources (`node --import tsx --test test/x.test.ts`) or the compiled
 * dist/src/cli/main.js (`npm test`), whichever this file was loaded as.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const fromTs = import.meta.url.endsWith('.ts');
const mainPath = fileURLToPath(new URL(fromTs ? '../../src/cli/main.ts' : '../../src/cli/main.js', import.meta.url));
// Resolved here, so the child finds tsx whatever its working directory.
const nodeArgs = fromTs ? ['--import', import.meta.resolve('tsx'), mainPath] : [mainPath];

/** `input`, when given, is written to the command's standard input (for `--patch -`). */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string | Uint8Array } = {},
): Promise<CliResult> {
  const child = spawn(process.execPath, [...nodeArgs, ...args], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  }) as ChildProcess & { stdout: Readable; stderr: Readable };
  if (child.stdin) {
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input);
  }
  return collect(child);
}

/** Waits for a child process to close and returns its exit code and output. */
export function collect(child: ChildProcess & { stdout: Readable; stderr: Readable }): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Python sources that exercise the edges of the output formats. */
export const EDGE_CASES: Record<string, string | Uint8Array> = {
  // Skipped: a NUL byte marks it binary.
  'binary.py': new Uint8Array([0x70, 0x72, 0x69, 0x6e, 0x74, 0x00, 0x01, 0x02]),
  // Skipped: empty.
  'empty.py': '',
  // A parse error, and a finding after it.
  'syntax_error.py': 'import sys\n\ndef broken(:\n    pass\n\nvalue = eval(cfg.opts[1])\n',
  // One suppressed finding, one not; two findings on identical lines (fingerprint occurrence 1 and 2).
  'suppressed.py': [
    'import sys',
    '',
    'eval(cfg.opts[1])  # pillar: ignore[eval-used] cfg.opts is our own configuration',
    '',
    'def first():',
    '    eval(cfg.opts[2])',
    '',
    'def second():',
    '    eval(cfg.opts[2])',
    '',
  ].join('\n'),
  // Columns count UTF-16 code units: the emoji is two.
  'dir with space/un icode.py': 'import sys\ns = "😀"; eval(cfg.opts[1])\n',
  'clean.py': 'def add(a, b):\n    return a + b\n',
};

/** Lines of the eval-used findings in EDGE_CASES that are not suppressed, by file. */
export const EDGE_CASE_FINDING_LINES: Record<string, number[]> = {
  'syntax_error.py': [6],
  'suppressed.py': [6, 9],
  'dir with space/un icode.py': [2],
};

/** Writes EDGE_CASES into a new temporary folder; `shift` blank lines are put at the top of each non-empty text file. */
export function writeEdgeCases(shift = 0): string {
  const dir = mkdtempSync(join(tmpdir(), 'pillar-edge-'));
  for (const [name, content] of Object.entries(EDGE_CASES)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === 'string' && content !== '' ? '\n'.repeat(shift) + content : content);
  }
  return dir;
}
