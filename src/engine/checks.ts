/**
 * Loads the checks of a language: every module in its checks folder whose
 * default export is a check. Dropping a file into the folder registers it;
 * tests assert that each one loads, has fixtures and valid metadata.
 */
import type { Check, CheckMeta } from '../analyze/check.js';
import { LANGUAGES, type LanguageFrontEnd } from '../lang/registry.js';
import { REVIEW_CHECKS } from '../review/checks/index.js';
import { builtCheckCatalog } from './build-outputs.js';
import { checkModules } from './check-modules.js';

const cache = new Map<string, Promise<Check[]>>();

export function checksFor(lang: LanguageFrontEnd): Promise<Check[]> {
  let p = cache.get(lang.id);
  if (!p) {
    // The review-level checks (about suppression comments) apply to every language whose comments are lexed.
    p = loadChecks(lang.checksDir).then((own) => (lang.comments ? [...own, ...REVIEW_CHECKS] : own));
    cache.set(lang.id, p);
  }
  return p;
}

export async function allChecks(): Promise<Check[]> {
  const lists = await Promise.all(LANGUAGES.map(checksFor));
  // Review-level checks are in every language's list: once each here.
  return [...new Set(lists.flat())];
}

/**
 * Every check's metadata, in allChecks order. From the catalog the build
 * wrote when it is fresh: the thread that assembles a review needs no more,
 * and loading the checks themselves cost it about 90 ms at the start of a
 * review, while the workers waited for their first files.
 */
export async function allCheckMetas(): Promise<CheckMeta[]> {
  return builtCheckCatalog() ?? (await allChecks()).map((c) => c.meta);
}

async function loadChecks(checksDir: string): Promise<Check[]> {
  const checks: Check[] = [];
  for (const mod of (await checkModules(checksDir)) as Array<{ default?: Check }>) {
    if (mod.default && typeof mod.default.create === 'function' && mod.default.meta) checks.push(mod.default);
  }
  return checks;
}
