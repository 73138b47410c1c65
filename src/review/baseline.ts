/**
 * Baselines: record the findings a project has today, so that a review
 * reports only the ones that are new.
 *
 * A finding is identified by its fingerprint (src/review/fingerprint.ts:
 * check, CWE, file, normalised sink code, enclosing function), not its line,
 * so code inserted above it leaves it baselined. The baseline counts each
 * fingerprint: with two identical findings recorded, a third one in the same
 * function is new.
 *
 * Paths inside the baseline are relative to the baseline file's folder, so a
 * review run from another working directory still matches. See docs/baseline.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { z as Zod } from 'zod';
import type { Finding } from '../analyze/check.js';
import { lazySchemas } from '../lazy-zod.js';
import { TOOL_VERSION } from '../version.js';
import { FINGERPRINT_VERSION, findingFingerprint, normalisePath, sinkCode } from './fingerprint.js';

/** Version of the file format; bumped on any change a reader of the old format would misread. */
export const BASELINE_FORMAT_VERSION = 1;

/**
 * The file's schema, built on first use (src/lazy-zod.ts): every review
 * assembles through this module, few read a baseline.
 */
function buildSchemas(z: typeof Zod) {
  const entrySchema = z
    .object({
      fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'must be a 64-digit lower-case hex SHA-256'),
      count: z.number().int().min(1),
      // For the people who read the file in a code review; matching uses the fingerprint alone.
      checkId: z.string().min(1),
      cwe: z.number().int().positive(),
      path: z.string().min(1),
      function: z.string().nullable(),
      line: z.number().int().positive(),
      code: z.string(),
    })
    .strict();

  const baselineSchema = z
    .object({
      version: z.literal(BASELINE_FORMAT_VERSION),
      fingerprintVersion: z.literal(FINGERPRINT_VERSION),
      tool: z.object({ name: z.literal('pillar'), version: z.string() }).strict(),
      findings: z.array(entrySchema),
    })
    .strict();
  return { entrySchema, baselineSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
const baselineSchemas = lazySchemas(buildSchemas);

export type BaselineFile = Zod.infer<Schemas['baselineSchema']>;
export type BaselineEntry = Zod.infer<Schemas['entrySchema']>;

export class BaselineError extends Error {}

export interface Baseline {
  /** The file it was read from, as given. */
  file: string;
  /** Absolute folder of the file: the paths inside it are relative to this. */
  dir: string;
  /** fingerprint → how many findings it covers. */
  counts: ReadonlyMap<string, number>;
}

/**
 * The fingerprint a finding has in a baseline stored in `baselineDir`: its
 * path is first made relative to that folder (`cwd` resolves relative paths).
 */
export function baselineFingerprint(finding: Finding, baselineDir: string, cwd: string): string {
  const abs = isAbsolute(finding.path) ? finding.path : resolve(cwd, finding.path);
  return findingFingerprint({ ...finding, path: normalisePath(relative(baselineDir, abs)) });
}

/** The baseline document for the findings, in location order; identical findings share an entry with a count. */
export function createBaseline(findings: readonly Finding[], baselinePath: string, cwd: string): BaselineFile {
  const dir = dirname(resolve(cwd, baselinePath));
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const f of [...findings].sort(byLocation)) {
    const fingerprint = baselineFingerprint(f, dir, cwd);
    const entry = byFingerprint.get(fingerprint);
    if (entry) {
      entry.count++;
      continue;
    }
    byFingerprint.set(fingerprint, {
      fingerprint,
      count: 1,
      checkId: f.checkId,
      cwe: f.cwe,
      path: normalisePath(relative(dir, resolve(cwd, f.path))),
      function: f.context.function,
      line: f.range.line,
      code: sinkCode(f),
    });
  }
  return {
    version: BASELINE_FORMAT_VERSION,
    fingerprintVersion: FINGERPRINT_VERSION,
    tool: { name: 'pillar', version: TOOL_VERSION },
    findings: [...byFingerprint.values()],
  };
}

export function writeBaseline(doc: BaselineFile, path: string): void {
  writeFileSync(path, `${JSON.stringify(doc, null, 2)}\n`);
}

/** Reads and validates a baseline; a missing, unreadable or malformed file is a BaselineError naming it. */
export function readBaseline(path: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new BaselineError(`cannot read baseline ${path}: ${code === 'ENOENT' ? 'no such file' : String(err)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new BaselineError(`baseline ${path} is not valid JSON: ${(err as Error).message}`);
  }
  return { file: path, dir: dirname(resolve(path)), counts: countsOf(parseBaseline(json, path)) };
}

export function parseBaseline(json: unknown, path: string): BaselineFile {
  if (typeof json === 'object' && json !== null && 'version' in json && json.version !== BASELINE_FORMAT_VERSION) {
    throw new BaselineError(
      `baseline ${path} has format version ${JSON.stringify(json.version)}; this pillar reads version ${BASELINE_FORMAT_VERSION}. Recreate it with \`pillar baseline create\`.`,
    );
  }
  if (typeof json === 'object' && json !== null && 'fingerprintVersion' in json && json.fingerprintVersion !== FINGERPRINT_VERSION) {
    throw new BaselineError(
      `baseline ${path} was made with fingerprint version ${JSON.stringify(json.fingerprintVersion)}; this pillar computes version ${FINGERPRINT_VERSION}, so nothing would match. Recreate it with \`pillar baseline create\`.`,
    );
  }
  const parsed = baselineSchemas().baselineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    const value = issue.path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined), json);
    const problem = value === undefined && issue.path.length ? 'is missing' : issue.message.startsWith('must') ? issue.message : `is invalid (${issue.message})`;
    throw new BaselineError(
      `baseline ${path} is not a pillar baseline: ${where ? `\`${where}\` ` : ''}${problem}. Recreate it with \`pillar baseline create\`.`,
    );
  }
  return parsed.data;
}

function countsOf(doc: BaselineFile): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of doc.findings) counts.set(e.fingerprint, (counts.get(e.fingerprint) ?? 0) + e.count);
  return counts;
}

export interface BaselineSplit {
  fresh: Finding[];
  baselined: Finding[];
}

/**
 * Splits findings into new and baselined. Each baseline entry absorbs at most
 * its count of findings, taken in location order, so one more identical
 * finding than recorded is new. `cwd` is the folder the findings' relative
 * paths are relative to.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, cwd: string): BaselineSplit {
  const { dir } = baseline;
  const remaining = new Map(baseline.counts);
  const fresh: Finding[] = [];
  const baselined: Finding[] = [];
  for (const f of [...findings].sort(byLocation)) {
    const fp = baselineFingerprint(f, dir, cwd);
    const left = remaining.get(fp) ?? 0;
    if (left > 0) {
      remaining.set(fp, left - 1);
      baselined.push(f);
    } else fresh.push(f);
  }
  return { fresh, baselined };
}

function byLocation(a: Finding, b: Finding): number {
  return a.path.localeCompare(b.path) || a.range.line - b.range.line || a.range.col - b.range.col || a.checkId.localeCompare(b.checkId);
}
