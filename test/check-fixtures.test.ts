/**
 * The one harness for every check's fixtures. For each check it requires a
 * vulnerable and a safe twin beside the check, runs the full review on both,
 * and asserts exact lines both ways:
 * - in the check's own fixtures, its findings are exactly the `# expect:` lines;
 * - in any fixture, a line marked `# ok: <id>` has no finding of that check,
 *   and a line marked `# expect: <id>` has one.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzeSource } from '../src/engine/analyze-file.js';
import { checksFor } from '../src/engine/checks.js';
import { LANGUAGES, type LanguageFrontEnd, languageForPath } from '../src/lang/registry.js';
import { packagePath } from '../src/paths.js';
import { parseMarks } from './support/marks.js';

void dirname(fileURLToPath(import.meta.url));

// Languages that share a checks folder (JavaScript and TypeScript) share its fixtures: a check's twins may be
// written in any of their extensions (`<id>.vulnerable.js`, `<id>.vulnerable.tsx`), and each one is reviewed as
// the language its extension names. Every check needs at least one fixture per twin.
const byDir = new Map<string, LanguageFrontEnd[]>();
for (const lang of LANGUAGES) byDir.set(lang.checksDir, [...(byDir.get(lang.checksDir) ?? []), lang]);

for (const [checksDir, langs] of byDir) {
  const checks = await checksFor(langs[0]!);
  const fixtureDir = packagePath('src', 'lang', checksDir, 'fixtures');
  const present = existsSync(fixtureDir) ? readdirSync(fixtureDir) : [];

  describe(`${langs.map((l) => l.id).join('/')} check fixtures`, () => {
    for (const check of checks) {
      const id = check.meta.id;
      for (const twin of ['vulnerable', 'safe'] as const) {
        const files = present.filter((f) => f.startsWith(`${id}.${twin}.`) && langs.includes(languageForPath(f)!)).sort();
        if (files.length === 0) {
          it(`${id} (${twin})`, () => assert.fail(`missing fixture ${join(fixtureDir, `${id}.${twin}${langs[0]!.extensions[0]!}`)}`));
        }
        for (const name of files) {
        it(`${id} (${twin}${name.slice(name.indexOf(`.${twin}`) + twin.length + 1)})`, async () => {
          const file = join(fixtureDir, name);
          const lang = languageForPath(file)!;
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
    }
  });
}
