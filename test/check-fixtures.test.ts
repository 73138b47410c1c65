/**
 * The one harness for every check's fixtures. For each check it requires a
 * vulnerable and a safe twin beside the check, runs the full review on both,
 * and asserts exact lines both ways:
 * - in the check's own fixtures, its findings are exactly the `# expect:` lines;
 * - in any fixture, a line marked `# ok: <id>` has no finding of that check,
 *   and a line marked `# expect: <id>` has one.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzeSource } from '../src/engine/analyze-file.js';
import { checksFor } from '../src/engine/checks.js';
import { LANGUAGES } from '../src/lang/registry.js';
import { packagePath } from '../src/paths.js';
import { parseMarks } from './support/marks.js';

void dirname(fileURLToPath(import.meta.url));

for (const lang of LANGUAGES) {
  const checks = await checksFor(lang);
  const fixtureDir = packagePath('src', 'lang', lang.checksDir, 'fixtures');
  const ext = lang.extensions[0]!;

  describe(`${lang.id} check fixtures`, () => {
    for (const check of checks) {
      const id = check.meta.id;
      for (const twin of ['vulnerable', 'safe'] as const) {
        it(`${id} (${twin})`, async () => {
          const file = join(fixtureDir, `${id}.${twin}${ext}`);
          assert.ok(existsSync(file), `missing fixture ${file}`);
          const source = readFileSync(file, 'utf8');
          const marks = parseMarks(source);
          const own = marks.expect.get(id) ?? new Set<number>();
          if (twin === 'vulnerable') assert.ok(own.size > 0, `${file} marks no "expect: ${id}" line`);
          else {
            assert.equal(own.size, 0, `${file} is the safe twin but marks "expect: ${id}"`);
            assert.ok((marks.ok.get(id)?.size ?? 0) > 0, `${file} marks no "ok: ${id}" line`);
          }
          const result = await analyzeSource(file, source, lang, {});
          assert.equal(result.status, 'reviewed', result.error);
          assert.deepEqual(result.failures, []);
          const linesOf = (checkId: string) =>
            [...new Set(result.findings.filter((f) => f.checkId === checkId).map((f) => f.range.line))].sort((a, b) => a - b);

          // The check's own findings: exactly the expected lines.
          assert.deepEqual(linesOf(id), [...own].sort((a, b) => a - b), `${id} findings in ${file}`);
          // Marks for any other check in this file hold too.
          for (const [other, lines] of marks.expect) {
            const found = new Set(linesOf(other));
            for (const l of lines) assert.ok(found.has(l), `${file}:${l} expects ${other}`);
          }
          for (const [other, lines] of marks.ok) {
            const found = new Set(linesOf(other));
            for (const l of lines) assert.ok(!found.has(l), `${file}:${l} is marked ok for ${other} but has a finding`);
          }
        });
      }
    }
  });
}
