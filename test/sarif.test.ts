/**
 * `--format sarif`: every log the CLI writes validates against the official
 * SARIF 2.1.0 schema (shipped by @microsoft/jest-sarif; it is draft-04, hence
 * ajv-draft-04, with formats checked by ajv-formats), and means what it should:
 * rule and taxon references resolve, regions are the findings' ranges,
 * fingerprints survive lines moving, suppressions and notifications appear.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { cweChain } from '../src/cwe/catalog.js';
import { analyzeSource } from '../src/engine/analyze-file.js';
import { checksFor } from '../src/engine/checks.js';
import { buildSarif } from '../src/format/sarif.js';
import { LANGUAGES } from '../src/lang/registry.js';
import { packagePath } from '../src/paths.js';
import { assembleReview } from '../src/review/assemble.js';
import type { Review } from '../src/review/types.js';
import { EDGE_CASE_FINDING_LINES, runCli, writeEdgeCases } from './support/cli.js';

// biome-ignore lint/suspicious/noExplicitAny: SARIF logs are checked against the schema, then walked loosely.
type Log = any;

const schema = JSON.parse(readFileSync(packagePath('node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
// unicodeRegExp off: the schema's `language` pattern has a stray `]`, which only non-Unicode regexps accept.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const compiled = ajv.compile(schema);
/** Not a type guard, so the log keeps its loose type after the check. */
const validateSchema = (log: Log): boolean => compiled(log);

/** Schema validation plus the cross-references the schema cannot express. */
function checkLog(log: Log): void {
  assert.ok(validateSchema(log), ajv.errorsText(compiled.errors, { separator: '\n' }));
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.equal(run.tool.driver.name, 'pillar');
  const rules: Log[] = run.tool.driver.rules;
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length, 'rule ids are unique');
  const [cwe] = run.taxonomies;
  assert.equal(cwe.name, 'CWE');
  assert.equal(cwe.organization, 'MITRE');
  const resolveTaxon = (ref: Log) => {
    assert.equal(ref.toolComponent.index, 0);
    assert.equal(ref.toolComponent.name, 'CWE');
    const taxon = cwe.taxa[ref.index];
    assert.ok(taxon, `taxon index ${ref.index}`);
    assert.equal(taxon.id, ref.id);
    return taxon;
  };
  for (const t of cwe.taxa) {
    assert.match(t.id, /^\d+$/);
    assert.equal(t.name, cweChain(Number(t.id))[0]?.name, `CWE-${t.id} name from the catalog`);
    for (const rel of t.relationships ?? []) {
      const parent = resolveTaxon(rel.target);
      assert.equal(cweChain(Number(t.id))[1]?.id, Number(parent.id), `CWE-${t.id} relates to its parent`);
    }
  }
  for (const r of rules) {
    assert.ok(r.properties.tags.includes('security'));
    assert.match(r.properties['security-severity'], /^\d+\.\d$/);
    const [rel] = r.relationships;
    assert.equal(resolveTaxon(rel.target).id, String(r.properties.cwe), `${r.id} relates to its CWE`);
  }
  for (const res of run.results) {
    assert.equal(rules[res.ruleIndex]?.id, res.ruleId, `ruleIndex of ${res.ruleId}`);
    const loc = res.locations[0].physicalLocation;
    assert.equal(run.artifacts[loc.artifactLocation.index].location.uri, loc.artifactLocation.uri);
    assert.deepEqual(Object.keys(res.partialFingerprints), ['pillar/v1']);
    assert.match(res.partialFingerprints['pillar/v1'], /^[0-9a-f]{64}:\d+$/);
    const taxa = res.taxa.map(resolveTaxon).map((t: Log) => Number(t.id));
    assert.equal(taxa[0], res.properties.cwe);
    assert.ok(taxa.includes(res.properties.pillar), 'result names its pillar');
  }
  assert.equal(run.invocations.length, 1);
  assert.equal(typeof run.invocations[0].executionSuccessful, 'boolean');
  for (const n of run.invocations[0].toolExecutionNotifications) {
    assert.equal(run.tool.driver.notifications[n.descriptor.index].id, n.descriptor.id);
  }
}

const resultsIn = (log: Log, uriSuffix: string): Log[] =>
  log.runs[0].results.filter((r: Log) => decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri).endsWith(uriSuffix));

describe('SARIF output', () => {
  let edgeDir = '';
  let shiftedDir = '';
  let edgeLog: Log;
  let shiftedLog: Log;
  let fixtureLog: Log;
  let fixtureReview: Review;

  before(async () => {
    edgeDir = writeEdgeCases();
    shiftedDir = writeEdgeCases(1);
    const fixtures = packagePath('src', 'lang', 'python', 'checks', 'fixtures');
    const runs = await Promise.all([
      runCli(['review', '.', '--format', 'sarif'], { cwd: edgeDir }),
      runCli(['review', '.', '--format', 'sarif'], { cwd: shiftedDir }),
      runCli(['review', fixtures, '--format', 'sarif', '--fail-on', 'none'], { cwd: packagePath() }),
      runCli(['review', fixtures, '--format', 'json', '--fail-on', 'none'], { cwd: packagePath() }),
    ]);
    for (const r of runs) assert.equal(r.stderr, '');
    assert.equal(runs[0].code, 1, 'edge cases have high findings');
    assert.equal(runs[2].code, 0);
    [edgeLog, shiftedLog, fixtureLog, fixtureReview] = runs.map((r) => JSON.parse(r.stdout));
  });

  after(() => {
    for (const d of [edgeDir, shiftedDir]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it('the validator rejects a broken log (so passing means something)', () => {
    const broken = structuredClone(edgeLog);
    broken.runs[0].results[0].level = 'fatal';
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.equal(validateSchema(broken), false);
    assert.equal(validateSchema({ ...edgeLog, $schema: 'not a uri' }), false, 'formats are checked');
  });

  it('fixture folder: valid, one result per finding of the review, relative uris under SRCROOT', () => {
    checkLog(fixtureLog);
    const run = fixtureLog.runs[0];
    assert.equal(run.originalUriBaseIds.SRCROOT.uri, new URL(`file://${packagePath()}/`).href);
    for (const art of run.artifacts) {
      assert.equal(art.location.uriBaseId, 'SRCROOT');
      assert.match(art.location.uri, /^src\/lang\/python\/checks\/fixtures\/[^/]+\.py$/);
    }
    // Exactly the review's findings (the JSON output of the same input), suppressed ones included.
    const want = [...fixtureReview.findings, ...fixtureReview.suppressed].map((f) => ({
      ruleId: f.checkId,
      uri: f.path,
      region: [f.range.line, f.range.col, f.range.endLine, f.range.endCol],
      message: f.message,
      level: { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' }[f.severity],
      cwe: f.cwe,
    }));
    const got = run.results.map((r: Log) => {
      const loc = r.locations[0].physicalLocation;
      return {
        ruleId: r.ruleId,
        uri: loc.artifactLocation.uri,
        region: [loc.region.startLine, loc.region.startColumn, loc.region.endLine, loc.region.endColumn],
        message: r.message.text,
        level: r.level,
        cwe: r.properties.cwe,
      };
    });
    assert.ok(want.length > 0);
    assert.deepEqual(got, want);
    assert.deepEqual(
      run.tool.driver.rules.map((r: Log) => r.id),
      fixtureReview.checks.map((c) => c.id),
    );
    assert.equal(
      run.invocations[0].toolExecutionNotifications.filter((n: Log) => n.descriptor.id === 'file-failed').length,
      fixtureReview.files.failed.length,
    );
    // Rules are the checks that ran; their CWEs and the ten pillars are taxa.
    const ids = new Set(run.taxonomies[0].taxa.map((t: Log) => t.id));
    for (const p of [284, 435, 664, 682, 691, 693, 697, 703, 707, 710]) assert.ok(ids.has(String(p)), `pillar ${p} taxon`);
    for (const r of run.tool.driver.rules) assert.ok(ids.has(String(r.properties.cwe)));
  });

  it('edge cases: valid; skipped files, parse errors, suppressions, UTF-16 columns, encoded uris', () => {
    checkLog(edgeLog);
    const run = edgeLog.runs[0];
    const notes = run.invocations[0].toolExecutionNotifications.map((n: Log) => [
      n.descriptor.id,
      n.locations[0].physicalLocation.artifactLocation.uri,
      n.locations[0].physicalLocation.region?.startLine,
    ]);
    assert.deepEqual(
      notes.filter((n: Log) => n[0] === 'file-skipped').sort(),
      [
        ['file-skipped', 'binary.py', undefined],
        ['file-skipped', 'empty.py', undefined],
      ],
    );
    assert.ok(notes.some((n: Log) => n[0] === 'parse-error' && n[1] === 'syntax_error.py' && n[2] === 3), JSON.stringify(notes));

    for (const [file, lines] of Object.entries(EDGE_CASE_FINDING_LINES)) {
      const unsuppressed = resultsIn(edgeLog, file).filter((r) => r.ruleId === 'eval-used' && r.suppressions.length === 0);
      assert.deepEqual(
        unsuppressed.map((r) => r.locations[0].physicalLocation.region.startLine),
        lines,
        file,
      );
    }
    const suppressed = run.results.filter((r: Log) => r.suppressions.length > 0);
    assert.equal(suppressed.length, 1);
    // The suppression comment's reason is the justification.
    assert.deepEqual(suppressed[0].suppressions, [{ kind: 'inSource', justification: 'cfg.opts is our own configuration' }]);
    assert.equal(suppressed[0].locations[0].physicalLocation.region.startLine, 3);

    const [uni] = resultsIn(edgeLog, 'dir with space/un icode.py').filter((r) => r.ruleId === 'eval-used');
    const loc = uni.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, 'dir%20with%20space/un%20icode.py');
    // `s = "😀"; ` is 10 UTF-16 code units, so eval starts at column 11.
    assert.equal(loc.region.startColumn, 11);
    assert.equal(loc.region.snippet.text, 'eval(cfg.opts[1])');
    assert.equal(loc.contextRegion.snippet.text, 's = "😀"; eval(cfg.opts[1])');

    // Identical lines in two functions are two defects: different fingerprints, each the first occurrence.
    const [a, b] = resultsIn(edgeLog, 'suppressed.py')
      .filter((r) => r.ruleId === 'eval-used' && r.suppressions.length === 0)
      .map((r) => r.partialFingerprints['pillar/v1'].split(':'));
    assert.notEqual(a[0], b[0]);
    assert.deepEqual([a[1], b[1]], ['1', '1']);
  });

  it('fingerprints survive a blank line inserted at the top', () => {
    checkLog(shiftedLog);
    const key = (log: Log) =>
      log.runs[0].results
        .map((r: Log) => ({
          uri: r.locations[0].physicalLocation.artifactLocation.uri,
          line: r.locations[0].physicalLocation.region.startLine,
          fp: r.partialFingerprints['pillar/v1'],
        }))
        .sort((x: Log, y: Log) => x.uri.localeCompare(y.uri) || x.line - y.line);
    const before = key(edgeLog);
    const after = key(shiftedLog);
    assert.ok(before.length >= 4);
    assert.deepEqual(
      after.map((r: Log) => [r.uri, r.fp]),
      before.map((r: Log) => [r.uri, r.fp]),
    );
    assert.deepEqual(
      after.map((r: Log) => r.line),
      before.map((r: Log) => r.line + 1),
    );
  });

  it('regions are the findings ranges; flow steps become a code flow ending at the result', async () => {
    const lang = LANGUAGES.find((l) => l.id === 'python')!;
    const source = 'import sys\nexpr = sys.argv[1]\ncode = "x = " + expr\nexec(\n    code,\n)\n';
    // The command line is a default source: the engine's finding carries the flow argv → exec.
    const file = await analyzeSource('app.py', source, lang, {});
    const checks = (await checksFor(lang)).map((c) => c.meta);
    const review = assembleReview([file], { checks, pillars: [707] });
    const log: Log = buildSarif(review, { root: '/project' });
    checkLog(log);
    assert.equal(review.findings.length, 1);
    const f = review.findings[0]!;
    assert.ok(f.flow && f.flow.length >= 2);
    const run = log.runs[0];
    assert.equal(run.originalUriBaseIds.SRCROOT.uri, 'file:///project/');
    const [res] = run.results;
    const loc = res.locations[0].physicalLocation;
    assert.deepEqual(
      { ...loc.region, snippet: undefined },
      { startLine: f.range.line, startColumn: f.range.col, endLine: f.range.endLine, endColumn: f.range.endCol, snippet: undefined },
    );
    assert.equal(loc.region.snippet.text, 'exec(\n    code,\n)');
    const steps = res.codeFlows[0].threadFlows[0].locations.map((l: Log) => [l.location.physicalLocation.region.startLine, l.location.message.text]);
    // The code flow is the finding's steps, source first, ending at the result's line.
    assert.deepEqual(
      steps.slice(0, f.flow!.length),
      f.flow!.map((s) => [s.range.line, s.note]),
    );
    assert.equal(steps[0][0], 2);
    assert.equal(steps.at(-1)[0], 4);
    assert.deepEqual(
      run.tool.driver.rules.map((r: Log) => r.id),
      checks.map((c) => c.id),
    );
  });
});
