/**
 * `--format json` against docs/review.schema.json: real reviews validate, the
 * schema is the one for the current REVIEW_SCHEMA_VERSION, and (the schema
 * being closed) a field added to the output without the schema fails here.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { analyzeSource } from '../src/engine/analyze-file.js';
import { checksFor } from '../src/engine/checks.js';
import { formatJson } from '../src/format/json.js';
import { LANGUAGES } from '../src/lang/registry.js';
import { packagePath } from '../src/paths.js';
import { assembleReview } from '../src/review/assemble.js';
import { REVIEW_SCHEMA_VERSION, type Review } from '../src/review/types.js';
import { runCli, writeEdgeCases } from './support/cli.js';

const schema = JSON.parse(readFileSync(packagePath('docs', 'review.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function assertValid(review: unknown, label: string): void {
  assert.ok(validate(review), `${label}:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
}

describe('JSON output and docs/review.schema.json', () => {
  let edgeDir = '';
  let edge: Review;
  let fixtures: Review;

  before(async () => {
    edgeDir = writeEdgeCases();
    const [a, b] = await Promise.all([
      runCli(['review', '.', '--format', 'json'], { cwd: edgeDir }),
      runCli(['review', packagePath('src', 'lang', 'python', 'checks', 'fixtures'), '--format', 'json'], { cwd: packagePath() }),
    ]);
    assert.equal(a.stderr, '');
    assert.equal(b.stderr, '');
    edge = JSON.parse(a.stdout);
    fixtures = JSON.parse(b.stdout);
  });

  after(() => {
    if (edgeDir) rmSync(edgeDir, { recursive: true, force: true });
  });

  it('describes the current schemaVersion', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.ok(schema.$id);
    assert.equal(schema.properties.schemaVersion.const, REVIEW_SCHEMA_VERSION);
    assert.match(REVIEW_SCHEMA_VERSION, /^\d+\.\d+\.\d+$/);
  });

  it('real reviews validate', () => {
    assertValid(edge, 'edge cases');
    assertValid(fixtures, 'fixture folder');
    // The edge cases reach the optional and nullable parts of the shape.
    assert.ok(edge.suppressed.length > 0);
    assert.ok(edge.files.skipped.length > 0);
    assert.ok(edge.files.reviewed.some((f) => f.parseErrors.length > 0));
    assert.deepEqual(fixtures.files.failed, []);
    assert.ok(fixtures.findings.length > 0);
  });

  it('a narrowed review with a dataflow finding validates', async () => {
    const lang = LANGUAGES.find((l) => l.id === 'python')!;
    // The command line is a default source: the engine reports the flow argv → eval.
    const file = await analyzeSource('app.py', 'import sys\nx = sys.argv[1]\neval(x)\n', lang, {});
    const checks = (await checksFor(lang)).map((c) => c.meta);
    const review = assembleReview([file], { checks, pillars: [707] });
    assert.equal(review.pillars.length, 1);
    assert.equal(review.findings.length, 1, 'eval-used and the flow describe one defect, reported once');
    assert.ok((review.findings[0]!.flow?.length ?? 0) >= 2, 'the finding carries its flow');
    assertValid(JSON.parse(formatJson(review)), 'narrowed review');
  });

  it('rejects what it should (the schema is closed and typed)', () => {
    assert.equal(validate({ ...edge, extra: 1 }), false, 'unknown top-level field');
    assert.equal(validate({ ...edge, schemaVersion: '0.9.0' }), false, 'other schemaVersion');
    const bad = structuredClone(edge);
    bad.findings[0]!.severity = 'severe' as never;
    assert.equal(validate(bad), false, 'bad severity');
  });
});
