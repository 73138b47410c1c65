/**
 * `pillar audit --batch FOLDER`: audits many reviews, of one file or of
 * several, and tabulates them.
 *
 * The folder may hold `manifest.json`:
 *   { "code": "default/code.py",            optional: code for reviews that name none
 *     "truth": "truth.json",                optional: truth for reviews that name none
 *     "reviews": [ "a.txt", { "review": "b.md", "code": "other.py", "truth": "b.truth.json" } ] }
 * Paths are relative to the folder. Without "reviews" (or without a
 * manifest) every .txt and .md file in the folder except README.md is a
 * review, audited against `--code` / `--truth` from the command line or the
 * manifest's defaults. Every named file must exist: a missing one stops the
 * batch with an input error rather than a silently shorter table.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { auditReview } from './audit.js';
import type { BatchRow } from './format.js';
import type { Truth } from './grade.js';
import { AuditInputError, readJsonFile, readTextFile, readTruth } from './inputs.js';

export const MANIFEST_NAME = 'manifest.json';

const entrySchema = z.union([
  z.string().min(1),
  z.object({ review: z.string().min(1), code: z.string().min(1).optional(), truth: z.string().min(1).optional() }).strict(),
]);
export const manifestSchema = z
  .object({ code: z.string().min(1).optional(), truth: z.string().min(1).optional(), reviews: z.array(entrySchema).min(1).optional() })
  .strict();

export interface BatchEntry {
  name: string;
  /** The code path as the manifest or command line wrote it, for the table. */
  codeName: string | null;
  reviewPath: string;
  codePath: string | null;
  truthPath: string | null;
}

export interface BatchDefaults {
  code: string | null;
  truth: string | null;
}

function reviewFilesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => /\.(?:txt|md)$/i.test(f) && f.toLowerCase() !== 'readme.md' && statSync(join(folder, f)).isFile())
    .sort();
}

/** The list of reviews to audit, each with its code and truth, every path resolved and checked. */
export function planBatch(folder: string, defaults: BatchDefaults): BatchEntry[] {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(folder);
  } catch {
    throw new AuditInputError(`batch folder not found: ${folder}`);
  }
  if (!st.isDirectory()) throw new AuditInputError(`--batch takes a folder: ${folder}`);
  const manifestPath = join(folder, MANIFEST_NAME);
  let manifest: z.infer<typeof manifestSchema> = {};
  if (exists(manifestPath)) {
    const parsed = manifestSchema.safeParse(readJsonFile(manifestPath, 'manifest'));
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
      throw new AuditInputError(`manifest ${manifestPath} is invalid: ${[...new Set(problems)].join('; ')}`);
    }
    manifest = parsed.data;
  }
  const inFolder = (p: string) => resolve(folder, p);
  const defaultCode = defaults.code ?? (manifest.code ? inFolder(manifest.code) : null);
  const defaultTruth = defaults.truth ?? (manifest.truth ? inFolder(manifest.truth) : null);
  const entries: BatchEntry[] = (manifest.reviews ?? reviewFilesIn(folder)).map((e) => {
    const spec = typeof e === 'string' ? { review: e } : e;
    const ownCode = 'code' in spec && spec.code ? spec.code : null;
    return {
      name: spec.review,
      codeName: ownCode ?? defaults.code ?? manifest.code ?? null,
      reviewPath: inFolder(spec.review),
      codePath: 'code' in spec && spec.code ? inFolder(spec.code) : defaultCode,
      truthPath: 'truth' in spec && spec.truth ? inFolder(spec.truth) : defaultTruth,
    };
  });
  if (entries.length === 0) throw new AuditInputError(`no reviews in ${folder} (looked for .txt and .md files, and for ${MANIFEST_NAME})`);
  for (const e of entries) {
    if (!exists(e.reviewPath)) throw new AuditInputError(`review not found: ${e.reviewPath}`);
    if (e.codePath && !exists(e.codePath)) throw new AuditInputError(`code file not found: ${e.codePath} (for ${e.name})`);
    if (e.truthPath && !exists(e.truthPath)) throw new AuditInputError(`truth file not found: ${e.truthPath} (for ${e.name})`);
  }
  return entries;
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Audits every entry; input errors (bad truth JSON, unreadable file) stop the batch. */
export async function runBatch(entries: BatchEntry[]): Promise<BatchRow[]> {
  const truths = new Map<string, Truth>();
  const codes = new Map<string, string>();
  const rows: BatchRow[] = [];
  for (const e of entries) {
    let truth: Truth | null = null;
    if (e.truthPath) {
      truth = truths.get(e.truthPath) ?? readTruth(e.truthPath);
      truths.set(e.truthPath, truth);
    }
    let codeText: string | null = null;
    if (e.codePath) {
      codeText = codes.get(e.codePath) ?? readTextFile(e.codePath, 'code file');
      codes.set(e.codePath, codeText);
    }
    const result = await auditReview({ reviewPath: e.name, reviewText: readTextFile(e.reviewPath, 'review'), codePath: e.codePath, codeText, truth });
    rows.push({ name: e.name, result: { ...result, code: e.codeName } });
  }
  return rows;
}
