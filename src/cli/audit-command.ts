/**
 * `pillar audit`: checks a written security review against the code it
 * reviews (src/audit/, docs/audit.md).
 *
 * Exit codes: 0 audited; 1 a --fail-on condition holds (never by default);
 * 2 usage or input error (missing file, bad truth JSON, bad manifest).
 */
import { writeFileSync } from 'node:fs';
import { type AuditResult, auditReview } from '../audit/audit.js';
import { planBatch, runBatch } from '../audit/batch.js';
import { type BatchRow, formatAuditJson, formatAuditText, formatBatchJson, formatBatchText } from '../audit/format.js';
import { AuditInputError, readTextFile, readTruth } from '../audit/inputs.js';
import { UsageError } from './errors.js';

export interface AuditCommandOptions {
  review?: string;
  code?: string;
  truth?: string;
  batch?: string;
  format: string;
  output?: string;
  failOn: string;
}

export const FAIL_ON_CONDITIONS = ['misleading', 'uncertain', 'wrong-ref', 'contradiction', 'none'] as const;
type FailOn = Exclude<(typeof FAIL_ON_CONDITIONS)[number], 'none'>;

function parseFailOn(value: string): FailOn[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items) {
    if (!(FAIL_ON_CONDITIONS as readonly string[]).includes(item))
      throw new UsageError(`unknown --fail-on condition "${item}" (choose from ${FAIL_ON_CONDITIONS.join(', ')}; comma-separated)`);
  }
  return items.filter((i): i is FailOn => i !== 'none');
}

/** The --fail-on conditions that hold for one audited review. */
function failures(r: AuditResult, conditions: FailOn[]): FailOn[] {
  return conditions.filter((c) => {
    if (c === 'misleading' || c === 'uncertain') return r.grade?.grade === c;
    if (c === 'wrong-ref') return r.refCounts.wrong > 0;
    return r.quality.contradictions.length > 0;
  });
}

function emit(text: string, output: string | undefined): void {
  if (output === undefined) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(output, text);
  } catch (err) {
    throw new UsageError(`cannot write ${output}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Returns the process exit code. */
export async function runAudit(opts: AuditCommandOptions): Promise<number> {
  if (opts.format !== 'text' && opts.format !== 'json') throw new UsageError(`unknown --format "${opts.format}" (choose text or json)`);
  const conditions = parseFailOn(opts.failOn);
  if (opts.review !== undefined && opts.batch !== undefined) throw new UsageError('give either --review FILE or --batch FOLDER, not both');
  if (opts.review === undefined && opts.batch === undefined) throw new UsageError('pillar audit needs --review FILE (with --code FILE) or --batch FOLDER');
  try {
    let results: AuditResult[];
    if (opts.batch !== undefined) {
      const entries = planBatch(opts.batch, { code: opts.code ?? null, truth: opts.truth ?? null });
      if (conditions.some((c) => c === 'misleading' || c === 'uncertain') && !entries.some((e) => e.truthPath))
        throw new UsageError('--fail-on misleading/uncertain needs a truth (--truth, or "truth" in the manifest)');
      const rows: BatchRow[] = await runBatch(entries);
      results = rows.map((r) => r.result);
      emit(opts.format === 'json' ? formatBatchJson(opts.batch, rows) : formatBatchText(opts.batch, rows), opts.output);
    } else {
      if (conditions.some((c) => c === 'misleading' || c === 'uncertain') && opts.truth === undefined)
        throw new UsageError('--fail-on misleading/uncertain needs --truth FILE');
      const reviewText = readTextFile(opts.review!, 'review');
      const codeText = opts.code !== undefined ? readTextFile(opts.code, 'code file') : null;
      const truth = opts.truth !== undefined ? readTruth(opts.truth) : null;
      const result = await auditReview({ reviewPath: opts.review!, reviewText, codePath: opts.code ?? null, codeText, truth });
      results = [result];
      emit(opts.format === 'json' ? formatAuditJson(result) : formatAuditText(result), opts.output);
    }
    const failed = results.filter((r) => failures(r, conditions).length > 0);
    if (failed.length > 0) {
      const why = [...new Set(failed.flatMap((r) => failures(r, conditions)))].join(', ');
      process.stderr.write(`pillar audit: ${failed.length} of ${results.length} review(s) fail --fail-on (${why})\n`);
      return 1;
    }
    return 0;
  } catch (err) {
    if (err instanceof AuditInputError) throw new UsageError(err.message);
    throw err;
  }
}
