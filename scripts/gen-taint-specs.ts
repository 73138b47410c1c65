/**
 * Writes src/lang/<language>/taint/compiled.json for every language: the
 * validated taint specs and a digest of each YAML file (see readSpecFiles in
 * src/dataflow/spec.ts). Run with `npm run gen:specs` after editing a spec;
 * until then Pillar reads the YAML itself (correct, only slower to start),
 * and test/taint-specs-compiled.test.ts fails.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPILED_SPECS, compileSpecDir } from '../src/dataflow/spec.js';
import { packagePath } from '../src/paths.js';

const langRoot = packagePath('src', 'lang');
for (const entry of readdirSync(langRoot, { withFileTypes: true })) {
  const dir = join(langRoot, entry.name, 'taint');
  if (!entry.isDirectory() || !existsSync(dir)) continue;
  const path = join(dir, COMPILED_SPECS);
  const text = `${JSON.stringify(compileSpecDir(dir), null, 1)}\n`;
  let old: string | null = null;
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    // first time
  }
  if (old === text) continue;
  writeFileSync(path, text);
  process.stdout.write(`wrote ${path}\n`);
}
