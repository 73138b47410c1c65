/**
 * Loads the checks of a language: every module in its checks folder whose
 * default export is a check. Dropping a file into the folder registers it;
 * tests assert that each one loads, has fixtures and valid metadata.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Check } from '../analyze/check.js';
import { LANGUAGES, type LanguageFrontEnd } from '../lang/registry.js';
import { REVIEW_CHECKS } from '../review/checks/index.js';

const langRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'lang');
const cache = new Map<string, Promise<Check[]>>();

export function checksFor(lang: LanguageFrontEnd): Promise<Check[]> {
  let p = cache.get(lang.id);
  if (!p) {
    // The review-level checks (about suppression comments) apply to every language whose comments are lexed.
    p = loadDir(join(langRoot, lang.checksDir)).then((own) => (lang.comments ? [...own, ...REVIEW_CHECKS] : own));
    cache.set(lang.id, p);
  }
  return p;
}

export async function allChecks(): Promise<Check[]> {
  const lists = await Promise.all(LANGUAGES.map(checksFor));
  // Review-level checks are in every language's list: once each here.
  return [...new Set(lists.flat())];
}

async function loadDir(dir: string): Promise<Check[]> {
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts') && !f.startsWith('_'))
    .sort();
  const checks: Check[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { default?: Check };
    if (mod.default && typeof mod.default.create === 'function' && mod.default.meta) checks.push(mod.default);
  }
  return checks;
}
