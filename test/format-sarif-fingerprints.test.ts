/**
 * SARIF `partialFingerprints`: the shared finding fingerprint under
 * `pillar/v1`, stable across runs and when lines are inserted above a
 * finding, different when the finding's code changes, and numbered when the
 * same defect occurs twice in one function. Every log validates against the
 * SARIF 2.1.0 schema.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { buildSarif, FINGERPRINT_KEY } from '../src/format/sarif.js';
import { packagePath } from '../src/paths.js';
import { findingFingerprint } from '../src/review/fingerprint.js';
import { runCli } from './support/cli.js';
import { reviewOf } from './support/format-review.js';

// biome-ignore lint/suspicious/noExplicitAny: SARIF logs are checked against the schema, then walked loosely.
type Log = any;

const schema = JSON.parse(readFileSync(packagePath('node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function valid(log: Log): Log {
  assert.ok(validate(log), ajv.errorsText(validate.errors, { separator: '\n' }));
  return log;
}

/** [path, line, fingerprint] of every result, in location order. */
function fingerprints(log: Log): Array<[string, number, string]> {
  return log.runs[0].results
    .map((r: Log): [string, number, string] => {
      const loc = r.locations[0].physicalLocation;
      return [loc.artifactLocation.uri, loc.region.startLine, r.partialFingerprints[FINGERPRINT_KEY]];
    })
    .sort((a: [string, number, string], b: [string, number, string]) => a[0].localeCompare(b[0]) || a[1] - b[1]);
}

const SOURCE = [
  'import json',
  '',
  'def load(cfg):',
  '    first = eval(cfg.opts[1])',
  '    again = eval(cfg.opts[1])',
  '    return json.loads(first)',
  '',
  'def other(cfg):',
  '    return eval(cfg.opts[1])',
  '',
].join('\n');

describe('SARIF fingerprints', () => {
  it('use the shared fingerprint under pillar/v1, with occurrences; no home-made primaryLocationLineHash', async () => {
    const review = await reviewOf({ 'lib.py': SOURCE });
    const log = valid(buildSarif(review, { root: '/repo' }));
    assert.equal(FINGERPRINT_KEY, 'pillar/v1');
    const fps = fingerprints(log);
    assert.deepEqual(
      fps.map(([, line]) => line),
      [4, 5, 9],
    );
    const [a, b, c] = fps.map(([, , fp]) => fp);
    const [fa, fb, fc] = [...review.findings].sort((x, y) => x.range.line - y.range.line);
    // Same code in the same function: one fingerprint, occurrences 1 and 2.
    assert.equal(a, `${findingFingerprint(fa!)}:1`);
    assert.equal(b, `${findingFingerprint(fb!)}:2`);
    assert.equal(findingFingerprint(fa!), findingFingerprint(fb!));
    // The same code in another function is another defect.
    assert.equal(c, `${findingFingerprint(fc!)}:1`);
    assert.notEqual(findingFingerprint(fc!), findingFingerprint(fa!));
    for (const r of log.runs[0].results) assert.deepEqual(Object.keys(r.partialFingerprints), [FINGERPRINT_KEY]);
  });

  it('survive lines inserted above the findings, and change when the sink code changes', async () => {
    const before = fingerprints(valid(buildSarif(await reviewOf({ 'lib.py': SOURCE }))));
    const moved = fingerprints(valid(buildSarif(await reviewOf({ 'lib.py': `# a header\n\nimport os\n${SOURCE}` }))));
    assert.deepEqual(
      moved.map(([, line]) => line),
      before.map(([, line]) => line + 3),
    );
    assert.deepEqual(
      moved.map(([, , fp]) => fp),
      before.map(([, , fp]) => fp),
    );
    const editedSource = SOURCE.replace('return eval(cfg.opts[1])', 'return eval(cfg.opts[2])');
    const edited = fingerprints(valid(buildSarif(await reviewOf({ 'lib.py': editedSource }))));
    assert.deepEqual(
      edited.slice(0, 2).map(([, , fp]) => fp),
      before.slice(0, 2).map(([, , fp]) => fp),
    );
    assert.notEqual(edited[2]![2], before[2]![2], 'an edited sink is a new finding');
  });

  it('a suppressed finding keeps its fingerprint and carries the reason as justification', async () => {
    const plain = await reviewOf({ 'lib.py': SOURCE });
    const suppressed = await reviewOf({
      'lib.py': SOURCE.replace('return eval(cfg.opts[1])', 'return eval(cfg.opts[1])  # pillar: ignore[eval-used] opts come from our own config file'),
    });
    const log = valid(buildSarif(suppressed));
    const result = log.runs[0].results.find((r: Log) => r.suppressions.length > 0);
    assert.ok(result, 'the suppressed finding is a result');
    assert.deepEqual(result.suppressions, [{ kind: 'inSource', justification: 'opts come from our own config file' }]);
    const before = fingerprints(valid(buildSarif(plain)));
    assert.deepEqual(
      fingerprints(log).map(([, , fp]) => fp),
      before.map(([, , fp]) => fp),
      'adding a suppression comment on the line does not change any fingerprint',
    );
  });

  it('are the same in two CLI runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pillar-fp-'));
    try {
      writeFileSync(join(dir, 'lib.py'), SOURCE);
      const runs = await Promise.all([1, 2].map(() => runCli(['review', '.', '--format', 'sarif', '--jobs', '1'], { cwd: dir })));
      const [first, second] = runs.map((r) => {
        assert.equal(r.code, 1, r.stderr);
        return fingerprints(valid(JSON.parse(r.stdout)));
      });
      assert.equal(first!.length, 3);
      assert.deepEqual(second, first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
