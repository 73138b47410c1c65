/**
 * Writes the labelled JavaScript/TypeScript corpus bench/corpus/js-web/:
 * one folder per category with its files and an expected.csv (test name,
 * category, vulnerable, CWE), plus inline `// expect:` / `// ok:` marks.
 * The files are committed; this script is how they were made, kept so a
 * category can be extended the same way.
 *
 * Usage: npx tsx scripts/js-web-corpus/gen.ts [out-dir]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HARD } from './cat-hard.js';
import { type Category, INJECTION } from './cat-injection.js';
import { NON_FLOW } from './cat-nonflow.js';
import { FRAMEWORKS, SERVER_ROTATION } from './frameworks.js';
import { renderFile, type Scenario } from './render.js';

const out = process.argv[2] ?? 'bench/corpus/js-web';

interface Rendered {
  text: string;
  ext: string;
  vulnerable: boolean;
  cwe: number;
}

function frameworksFor(s: Scenario): string[] {
  const list = (s.only ?? SERVER_ROTATION).filter((id) => !s.skip?.includes(id));
  if (!list.length) throw new Error('a scenario allows no framework');
  return [...list];
}

function renderCategory(cat: Category, copies: number): Rendered[] {
  const files: Rendered[] = [];
  for (const vulnerable of [true, false]) {
    let turn = vulnerable ? 0 : 3; // safe twins start elsewhere in the rotation
    for (const scenario of vulnerable ? cat.vulnerable : cat.safe) {
      const fws = frameworksFor(scenario);
      const cwe = scenario.cwe ?? cat.cwe;
      // Each copy in another framework; one whose code would be the same (a plain module) takes the next one.
      const texts = new Set<string>();
      const wanted = scenario.copies ?? copies;
      for (let k = 0, offset = 0; k < wanted && offset < fws.length; offset++) {
        const fw = FRAMEWORKS[fws[(turn + offset) % fws.length]!]!;
        const text = renderFile(fw, scenario.build(fw), `${vulnerable ? 'expect' : 'ok'}: CWE-${cwe}`);
        if (texts.has(text)) continue;
        texts.add(text);
        files.push({ text, ext: fw.ext, vulnerable, cwe });
        k++;
      }
      turn++;
    }
  }
  return files;
}

/** A fixed shuffle, so that file numbers say nothing about the label. */
function shuffled<T>(items: T[], seed: string): T[] {
  const keyed = items.map((item, i) => ({ item, key: createHash('sha256').update(`${seed}:${i}`).digest('hex') }));
  return keyed.sort((a, b) => a.key.localeCompare(b.key)).map((k) => k.item);
}

const seen = new Map<string, string>();
for (const [cat, copies] of [...INJECTION.map((c) => [c, 1] as const), ...NON_FLOW.map((c) => [c, 2] as const)]) {
  const dir = join(out, cat.name);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) {
    if (f === 'expected.csv' || new RegExp(`^${cat.name}_\\d+\\.`).test(f)) rmSync(join(dir, f));
  }
  const hard = HARD[cat.name];
  const all: Category = hard ? { ...cat, vulnerable: [...cat.vulnerable, ...hard.vulnerable], safe: [...cat.safe, ...hard.safe] } : cat;
  const files = shuffled(renderCategory(all, copies), cat.name);
  const rows = ['test name,category,vulnerable,CWE'];
  files.forEach((f, i) => {
    const name = `${cat.name}_${String(i + 1).padStart(3, '0')}`;
    const digest = createHash('sha256').update(f.text.split('\n').slice(1).join('\n')).digest('hex');
    const twin = seen.get(digest);
    if (twin) throw new Error(`${name} has the same code as ${twin}`);
    seen.set(digest, name);
    writeFileSync(join(dir, `${name}.${f.ext}`), f.text);
    rows.push(`${name},${cat.name},${f.vulnerable},${f.cwe}`);
  });
  writeFileSync(join(dir, 'expected.csv'), `${rows.join('\n')}\n`);
  const v = files.filter((f) => f.vulnerable).length;
  process.stdout.write(`${cat.name}: ${v} vulnerable, ${files.length - v} safe\n`);
}
