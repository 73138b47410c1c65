/**
 * Which untrusted sources count: network data and the command line/console by
 * default; environment variables and file contents only when configured.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeSource } from '../src/engine/analyze-file.js';
import { languageById } from '../src/lang/registry.js';

const python = languageById('python')!;
const SOURCE = [
  'import os',
  'import sys',
  'from pathlib import Path',
  '',
  'def main():',
  '    os.system("ls " + sys.argv[1])',
  '    os.system("cd " + os.environ["WORKDIR"])',
  '    with open("commands.txt") as f:',
  '        os.system(f.read())',
  '    os.system(Path("cmd.txt").read_text())',
  '',
].join('\n');

async function flowLines(threats?: Array<'remote' | 'local' | 'environment' | 'file'>): Promise<number[]> {
  const r = await analyzeSource('tool.py', SOURCE, python, threats ? { threats } : {});
  return r.findings.filter((f) => f.checkId === 'taint-command-injection').map((f) => f.range.line);
}

describe('threat models', () => {
  it('count the command line by default, not the environment or files', async () => {
    assert.deepEqual(await flowLines(), [6]);
  });
  it('count environment variables and file contents when configured', async () => {
    assert.deepEqual(await flowLines(['remote', 'local', 'environment', 'file']), [6, 7, 9, 10]);
    assert.deepEqual(await flowLines(['file']), [9, 10]);
  });
  it('count nothing local when only remote sources are asked for', async () => {
    assert.deepEqual(await flowLines(['remote']), []);
  });
});
