/**
 * The build outputs (scripts/bundle-worker.ts): the worker bundle and the
 * check catalog are used only while they match the compiled files they were
 * built from; the catalog is what the checks say, and a pool running the
 * bundle reviews exactly as one running the plain worker.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { DEFAULT_EXCLUDES, discover } from '../src/discover/walk.js';
import { reviewFiles } from '../src/engine/pool.js';
import { isBuildFresh } from '../src/engine/build-outputs.js';
import { allCheckMetas, allChecks } from '../src/engine/checks.js';
import { defaultWorkerUrl } from '../src/engine/threads.js';

const roots: string[] = [];
after(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A fake dist layout: src/engine/{worker.bundle.js,check-catalog.json,worker.bundle.json,a.js}, src/lang/python/checks/{x.js,_helper.js}. */
function layout(): { root: string; manifest: URL; input: string; checks: string } {
  const root = mkdtempSync(join(tmpdir(), 'pillar-bundle-'));
  roots.push(root);
  const engine = join(root, 'src', 'engine');
  const checks = join(root, 'src', 'lang', 'python', 'checks');
  mkdirSync(engine, { recursive: true });
  mkdirSync(checks, { recursive: true });
  const input = join(engine, 'a.js');
  writeFileSync(input, 'export const a = 1;\n');
  writeFileSync(join(checks, 'x.js'), 'export default {};\n');
  writeFileSync(join(checks, '_helper.js'), 'export {};\n');
  writeFileSync(join(engine, 'worker.bundle.js'), '// bundle\n');
  writeFileSync(join(engine, 'check-catalog.json'), '[]\n');
  utimesSync(input, 1_000_000, 1_000_000);
  const manifest = join(engine, 'worker.bundle.json');
  writeFileSync(manifest, JSON.stringify({ inputs: { 'a.js': 1_000_000_000 }, checkFolders: { 'python/checks': ['x.js'] } }));
  return { root, manifest: pathToFileURL(manifest), input, checks };
}

describe('build outputs freshness', () => {
  it('is fresh while every input has its recorded time and the checks folders their modules', () => {
    const { manifest } = layout();
    assert.equal(isBuildFresh(manifest), true);
  });

  it('is stale once an input changed', () => {
    const { manifest, input } = layout();
    utimesSync(input, 1_000_001, 1_000_001);
    assert.equal(isBuildFresh(manifest), false);
  });

  it('is stale once a check module was added (a helper does not count)', () => {
    const { manifest, checks } = layout();
    writeFileSync(join(checks, '_more.js'), 'export {};\n');
    assert.equal(isBuildFresh(manifest), true);
    writeFileSync(join(checks, 'y.js'), 'export default {};\n');
    assert.equal(isBuildFresh(manifest), false);
  });

  it('is not used when the manifest, an input, the bundle or the catalog is missing', () => {
    const a = layout();
    rmSync(a.input);
    assert.equal(isBuildFresh(a.manifest), false);
    const b = layout();
    rmSync(join(b.root, 'src', 'engine', 'worker.bundle.js'));
    assert.equal(isBuildFresh(b.manifest), false);
    const c = layout();
    rmSync(join(c.root, 'src', 'engine', 'check-catalog.json'));
    assert.equal(isBuildFresh(c.manifest), false);
    assert.equal(isBuildFresh(new URL('./no-such-manifest.json', a.manifest)), false);
  });
});

describe('the build outputs', () => {
  const compiled = !import.meta.url.endsWith('.ts');
  const bundled = compiled && defaultWorkerUrl().pathname.endsWith('worker.bundle.js');
  it('has the catalog the checks themselves give', { skip: bundled ? false : 'no fresh build outputs' }, async () => {
    assert.deepEqual(await allCheckMetas(), (await allChecks()).map((c) => c.meta));
  });

  it('reviews the check fixtures exactly as the plain worker does', { skip: bundled ? false : 'no fresh bundle (run through tsx, or built without npm run build)' }, async () => {
    const fixtures = new URL('../../src/lang/', import.meta.url);
    const files = discover(['.'], { exclude: DEFAULT_EXCLUDES, maxFileBytes: 1 << 22, cwd: fixtures.pathname }).files.filter((f) => f.path.includes('/fixtures/'));
    assert.ok(files.length > 50, `${files.length} fixture files`);
    const options = { maxFileBytes: 1 << 22, jobs: 2, hardTimeoutMs: 60_000 };
    const plain = await reviewFiles(files, { ...options, workerUrl: new URL('../src/engine/worker.js', import.meta.url) });
    const viaBundle = await reviewFiles(files, { ...options, workerUrl: defaultWorkerUrl() });
    const strip = (r: (typeof plain)[number]) => ({ ...r, durationMs: 0 });
    assert.deepEqual(viaBundle.map(strip), plain.map(strip));
    assert.ok(plain.some((r) => r.findings.length > 0));
  });
});
