/** Reviews built by the real per-file pipeline and assembly, for the output-format tests. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PILLAR_IDS } from '../../src/cwe/catalog.js';
import { analyzeSource } from '../../src/engine/analyze-file.js';
import { allChecks } from '../../src/engine/checks.js';
import type { FileResult } from '../../src/engine/types.js';
import { languageById } from '../../src/lang/registry.js';
import { assembleReview } from '../../src/review/assemble.js';
import type { Review } from '../../src/review/types.js';

/** Reviews Python sources given by path (relative to an imaginary working directory). */
export async function reviewOf(files: Record<string, string>, pillars: readonly number[] = PILLAR_IDS): Promise<Review> {
  const python = languageById('python')!;
  const checks = (await allChecks()).map((c) => c.meta);
  const results: FileResult[] = [];
  for (const [path, source] of Object.entries(files)) results.push(await analyzeSource(path, source, python, {}));
  return assembleReview(results, { checks, pillars });
}

/**
 * A git repository in a new temporary folder with two commits: the first
 * adds `svc/lib.py` with one eval, the second (HEAD, subject `subject`) adds
 * a function with a second eval on line 7. Returns the folder and HEAD's id.
 */
export function gitRepoWithChange(subject: string): { dir: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pillar-git-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q');
  git('config', 'user.email', 'reviewer@example.test');
  git('config', 'user.name', 'Reviewer');
  git('config', 'commit.gpgsign', 'false');
  const before = ['import json', '', 'def old(cfg):', '    return eval(cfg.opts[0])', ''];
  mkdirSync(join(dir, 'svc'));
  writeFileSync(join(dir, 'svc', 'lib.py'), before.join('\n'));
  git('add', '.');
  git('commit', '-q', '-m', 'Base');
  writeFileSync(join(dir, 'svc', 'lib.py'), [...before.slice(0, -1), '', 'def new(cfg):', '    return eval(cfg.opts[1])', ''].join('\n'));
  git('commit', '-q', '-a', '-m', subject);
  return { dir, head: git('rev-parse', 'HEAD') };
}
