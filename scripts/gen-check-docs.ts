/**
 * Writes docs/checks/<id>.md and docs/checks/README.md from the metadata of
 * every check, and removes pages of checks that no longer exist.
 * Run with `npm run gen:docs`; test/check-docs.test.ts fails when the files
 * on disk differ from what this would write.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allChecks } from '../src/engine/checks.js';
import { packagePath } from '../src/paths.js';
import { checkDocFiles } from '../src/review/check-doc.js';

const dir = packagePath('docs', 'checks');
mkdirSync(dir, { recursive: true });
const files = checkDocFiles((await allChecks()).map((c) => c.meta));
let written = 0;
let removed = 0;
for (const [name, content] of files) {
  const path = join(dir, name);
  let old: string | null = null;
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    // new page
  }
  if (old !== content) {
    writeFileSync(path, content);
    written++;
  }
}
for (const name of readdirSync(dir)) {
  if (name.endsWith('.md') && !files.has(name)) {
    rmSync(join(dir, name));
    removed++;
  }
}
process.stdout.write(`docs/checks: ${files.size} files, ${written} written, ${removed} removed\n`);
