/**
 * The compiled taint specs (src/lang/<language>/taint/compiled.json, written
 * by `npm run gen:specs`): up to date with the YAML beside them, faithful
 * through JSON, used only while their digests match the YAML.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { COMPILED_SPECS, compileSpecDir, parseSpecFile, readSpecFiles } from '../src/dataflow/spec.js';
import { packagePath } from '../src/paths.js';

const languages = readdirSync(packagePath('src', 'lang'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && readdirSync(packagePath('src', 'lang', e.name)).includes('taint'))
  .map((e) => e.name);

const temp: string[] = [];
after(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

test('every language with taint specs has them compiled, up to date (run `npm run gen:specs` after editing a spec)', () => {
  assert.ok(languages.includes('python') && languages.includes('javascript'));
  for (const language of languages) {
    const dir = packagePath('src', 'lang', language, 'taint');
    const onDisk = readFileSync(join(dir, COMPILED_SPECS), 'utf8');
    assert.equal(onDisk, `${JSON.stringify(compileSpecDir(dir), null, 1)}\n`, `${language}: ${COMPILED_SPECS} is stale`);
  }
});

test('validated specs survive JSON unchanged (no undefined members, nothing JSON cannot hold)', () => {
  for (const language of languages) {
    const { files } = compileSpecDir(packagePath('src', 'lang', language, 'taint'));
    assert.deepEqual(JSON.parse(JSON.stringify(files)), files, language);
  }
});

const SPEC = 'sinks:\n  - class: shell\n    cwe: 78\n    call: os.system\n    args: [0]\n';

function specDir(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pillar-specs-'));
  temp.push(dir);
  writeFileSync(join(dir, 'sinks.yaml'), yaml);
  return dir;
}

test('the compiled specs are used while the digests match the YAML', () => {
  const dir = specDir(SPEC);
  const compiled = compileSpecDir(dir);
  // Marked, to see which one is read.
  compiled.files[0]!.spec.sinks[0]!.label = 'from the compiled file';
  writeFileSync(join(dir, COMPILED_SPECS), JSON.stringify(compiled));
  assert.equal(readSpecFiles(dir)[0]!.spec.sinks[0]!.label, 'from the compiled file');
});

test('an edited YAML file is read as it is, not from an older compilation', () => {
  const dir = specDir(SPEC);
  writeFileSync(join(dir, COMPILED_SPECS), JSON.stringify(compileSpecDir(dir)));
  const edited = SPEC.replace('os.system', 'os.popen');
  writeFileSync(join(dir, 'sinks.yaml'), edited);
  assert.deepEqual(readSpecFiles(dir), [{ file: 'sinks.yaml', spec: parseSpecFile(edited, 'sinks.yaml') }]);
  // A file added since, or a compilation that is not JSON, counts as out of date too.
  writeFileSync(join(dir, 'more.yaml'), SPEC);
  assert.equal(readSpecFiles(dir).length, 2);
  writeFileSync(join(dir, COMPILED_SPECS), '{ not json');
  assert.equal(readSpecFiles(dir).length, 2);
});
