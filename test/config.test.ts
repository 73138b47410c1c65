/**
 * pillar.config.yaml (src/config): validation errors name the file, line,
 * column, key and what was expected; where the file is found; and, through
 * the real CLI, that each setting takes effect and a flag overrides it.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigError, findConfigFile } from '../src/config/load.js';
import { parseConfig } from '../src/config/parse.js';
import { configPathFilter, prunableExcludes } from '../src/config/resolve.js';
import { runCli } from './support/cli.js';

const CHECKS = ['assert-used', 'eval-used', 'subprocess-shell'];

function configError(text: string, name = 'pillar.config.yaml'): string {
  try {
    parseConfig(text, join('/repo', name), '/repo', CHECKS);
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    return err.message;
  }
  assert.fail('no error');
}

function tempDir(prefix: string): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('configuration errors', () => {
  it('an unknown key, with its position and the closest known key', () => {
    assert.equal(
      configError('# settings\nfail-on: high\nexcldue:\n  - tests/\n'),
      'unknown key `excldue` at pillar.config.yaml:3:1 (did you mean `exclude`?)',
    );
    assert.equal(configError('suppressions:\n  foriegn: false\n'), 'unknown key `suppressions.foriegn` at pillar.config.yaml:2:3 (did you mean `foreign`?)');
    assert.equal(configError('colour: true\n'), 'unknown key `colour` at pillar.config.yaml:1:1');
  });

  it('a value of the wrong type, at the value, with what was expected', () => {
    assert.equal(
      configError('include:\n  - src/\nexclude: []\nfail-on: high\nmax-file-size: true\n'),
      '`max-file-size` at pillar.config.yaml:5:16 must be a size such as 2MB',
    );
    assert.equal(configError('fail-on: hgih\n'), '`fail-on` at pillar.config.yaml:1:10 must be one of info, low, medium, high, critical, none');
    assert.equal(configError('rules:\n  eval-used: maybe\n'), '`rules.eval-used` at pillar.config.yaml:2:14 must be on or off (or true/false)');
    assert.match(configError('exclude: tests/\n'), /^`exclude` at pillar\.config\.yaml:1:10 must be a list of glob patterns/);
    assert.match(configError('include:\n  - src/\n  - 3\n'), /^`include\[1\]` at pillar\.config\.yaml:3:5 must be a list of glob patterns/);
    assert.equal(configError('suppressions:\n  foreign: sometimes\n'), '`suppressions.foreign` at pillar.config.yaml:2:12 must be true or false');
  });

  it('names that only the rest of Pillar knows: check ids and pillar ids', () => {
    assert.equal(
      configError('rules:\n  asert-used: off\n'),
      'unknown check `asert-used` in `rules` at pillar.config.yaml:2:3 (did you mean `assert-used`?); `pillar checks` lists them',
    );
    assert.match(configError('pillars:\n  711: off\n'), /^`pillars\.711` at pillar\.config\.yaml:2:3 is not a pillar; the pillars are 284, /);
  });

  it('YAML syntax errors, duplicate keys and a top level that is not a mapping', () => {
    assert.match(configError('fail-on: high\nexclude: [a\n'), /^pillar\.config\.yaml:\d+:\d+: /);
    assert.equal(configError('fail-on: high\nfail-on: low\n'), 'duplicate key `fail-on` at pillar.config.yaml:2:1 (first at line 1)');
    assert.equal(configError('rules:\n  eval-used: off\n  eval-used: on\n'), 'duplicate key `rules.eval-used` at pillar.config.yaml:3:3 (first at line 2)');
    assert.match(configError('- exclude\n'), /^pillar\.config\.yaml:1:1: the configuration must be a mapping/);
  });

  it('JSON files get positions too, and JSON syntax errors are reported as such', () => {
    assert.equal(
      configError('{\n  "fail-on": "high",\n  "max-file-size": [1]\n}\n', 'pillar.config.json'),
      '`max-file-size` at pillar.config.json:3:20 must be a size such as 2MB',
    );
    assert.match(configError('{ "fail-on": "high", }', 'pillar.config.json'), /^pillar\.config\.json is not valid JSON: /);
  });
});

describe('configuration values', () => {
  it('reads every key; sizes, on/off words and paths relative to the file', () => {
    const c = parseConfig(
      [
        'include: ["src/"]',
        'exclude: ["src/vendor/"]',
        'rules: { assert-used: off, eval-used: on }',
        'pillars: { 710: off, 284: true }',
        'fail-on: high',
        'min-severity: low',
        'max-file-size: 512KB',
        'suppressions: { foreign: false, reason-required: false }',
        'baseline: ci/baseline.json',
      ].join('\n'),
      '/repo/pillar.config.yaml',
      '/repo',
      CHECKS,
    );
    assert.deepEqual(
      {
        ...c,
        rules: [...c.rules],
        pillars: [...c.pillars].sort(([a], [b]) => a - b),
      },
      {
        file: '/repo/pillar.config.yaml',
        root: '/repo',
        include: ['src/'],
        exclude: ['src/vendor/'],
        rules: [
          ['assert-used', false],
          ['eval-used', true],
        ],
        pillars: [
          [284, true],
          [710, false],
        ],
        failOn: 'high',
        minSeverity: 'low',
        maxFileBytes: 512 * 1024,
        suppressions: { foreign: false, reasonRequired: false },
        baseline: '/repo/ci/baseline.json',
      },
    );
  });

  it('include and exclude match paths relative to the config folder; files outside it are left alone', () => {
    const c = parseConfig('include: ["src/"]\nexclude: ["src/vendor/", "*_test.py"]\n', '/repo/pillar.config.yaml', '/repo');
    const keep = configPathFilter(c);
    assert.deepEqual(
      ['/repo/src/a.py', '/repo/src/vendor/b.py', '/repo/src/a_test.py', '/repo/tools/c.py', '/elsewhere/d.py'].map(keep),
      [true, false, false, false, true],
    );
  });

  it('only patterns that mean the same from any folder prune the walk', () => {
    const c = parseConfig('exclude: ["vendor/", "*.gen.py", "/build/", "docs/api/"]\n', '/repo/pillar.config.yaml', '/repo');
    assert.deepEqual(prunableExcludes(c, '/repo'), ['vendor/', '*.gen.py']);
    assert.deepEqual(prunableExcludes(c, '/repo/sub'), ['vendor/', '*.gen.py']);
    assert.deepEqual(prunableExcludes(c, '/elsewhere'), []);
    const negated = parseConfig('exclude: ["vendor/", "!vendor/ours/"]\n', '/repo/pillar.config.yaml', '/repo');
    assert.deepEqual(prunableExcludes(negated, '/repo'), []);
  });

  it('is found in the working directory, else at the top of the git work tree; two in one folder is an error', () => {
    const repo = tempDir('pillar-config-find-');
    try {
      execFileSync('git', ['init', '-q'], { cwd: repo });
      mkdirSync(join(repo, 'sub'));
      assert.equal(findConfigFile(join(repo, 'sub')), null);
      writeFileSync(join(repo, 'pillar.config.yml'), 'fail-on: high\n');
      assert.equal(findConfigFile(join(repo, 'sub')), join(repo, 'pillar.config.yml'));
      writeFileSync(join(repo, 'sub', 'pillar.config.json'), '{}');
      assert.equal(findConfigFile(join(repo, 'sub')), join(repo, 'sub', 'pillar.config.json'));
      writeFileSync(join(repo, 'pillar.config.yaml'), 'fail-on: low\n');
      assert.throws(() => findConfigFile(repo), /more than one configuration file .*pillar\.config\.yaml, pillar\.config\.yml/);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('pillar review with pillar.config.yaml', () => {
  const dir = tempDir('pillar-config-cli-');
  after(() => rmSync(dir, { recursive: true, force: true }));
  writeFiles(dir, {
    'src/app.py': 'import subprocess\n\ndef run(cmd):\n    subprocess.call(cmd, shell=True)  # nosec B602\n    return eval(cmd)\n',
    'src/vendor/lib.py': 'def f(x):\n    return eval(x)\n',
    'tools/build.py': 'def g(y):\n    return eval(y)\n',
  });
  const review = async (config: string | null, args: string[] = []) => {
    if (config === null) rmSync(join(dir, 'pillar.config.yaml'), { force: true });
    else writeFileSync(join(dir, 'pillar.config.yaml'), config);
    const r = await runCli(['review', '--format', 'json', ...args], { cwd: dir });
    const json = r.stdout ? JSON.parse(r.stdout) : null;
    return { code: r.code, stderr: r.stderr, json, files: json?.files.reviewed.map((f: { path: string }) => f.path).sort() as string[] };
  };

  it('include and exclude decide which files are reviewed; --exclude adds to them', async () => {
    assert.deepEqual((await review(null)).files, ['src/app.py', 'src/vendor/lib.py', 'tools/build.py']);
    const walked = await review('exclude: ["src/vendor/"]\n');
    assert.deepEqual(walked.files, ['src/app.py', 'tools/build.py']);
    // Found by walking a folder, an excluded file was never asked for: not listed.
    assert.deepEqual(walked.json.files.skipped, []);
    assert.deepEqual((await review('include: ["src/"]\nexclude: ["vendor/"]\n')).files, ['src/app.py']);
    assert.deepEqual((await review('include: ["src/"]\n', ['--exclude', 'vendor/'])).files, ['src/app.py']);
    // An anchored pattern is relative to the config file's folder, wherever the review runs from.
    writeFileSync(join(dir, 'anchored.yaml'), 'exclude: ["/src/vendor/"]\n');
    const fromSrc = await runCli(['review', '.', '--format', 'json', '--config', '../anchored.yaml'], { cwd: join(dir, 'src') });
    assert.deepEqual(
      JSON.parse(fromSrc.stdout).files.reviewed.map((f: { path: string }) => f.path),
      ['app.py'],
    );
    // A file named on the command line is still subject to the project's include/exclude, and listed as skipped.
    const named = await review('exclude: ["tools/"]\n', ['tools/build.py', 'src/app.py']);
    assert.deepEqual(named.files, ['src/app.py']);
    assert.deepEqual(named.json.files.skipped, [{ path: 'tools/build.py', reason: 'excluded' }]);
  });

  it('fail-on, rules and pillars take effect; the command line overrides them', async () => {
    assert.equal((await review('fail-on: critical\n')).code, 0);
    assert.equal((await review('fail-on: critical\n', ['--fail-on', 'high'])).code, 1);
    const noEval = await review('rules: { eval-used: off }\n');
    assert.deepEqual(noEval.json.findings.map((f: { checkId: string }) => f.checkId), []);
    assert.ok(!noEval.json.checks.some((c: { id: string }) => c.id === 'eval-used'));
    const no707 = await review('pillars: { 707: off }\n');
    assert.ok(!no707.json.pillars.some((p: { id: number }) => p.id === 707));
    const flag707 = await review('pillars: { 707: off }\n', ['--pillars', '707']);
    assert.deepEqual(flag707.json.pillars.map((p: { id: number }) => p.id), [707]);
  });

  it('min-severity and max-file-size take effect; --max-file-size overrides', async () => {
    const high = await review('min-severity: critical\n');
    assert.equal(high.json.findings.length, 0);
    assert.equal(high.code, 0);
    const flag = await review('min-severity: critical\n', ['--min-severity', 'high']);
    assert.deepEqual(flag.json.findings.map((f: { checkId: string }) => f.checkId).sort(), ['eval-used', 'eval-used', 'eval-used']);
    const small = await review('max-file-size: 20\n');
    assert.deepEqual(small.json.files.skipped.map((s: { reason: string }) => s.reason), ['too-large', 'too-large', 'too-large']);
    assert.equal((await review('max-file-size: 20\n', ['--max-file-size', '1MB'])).files.length, 3);
  });

  it('suppressions.foreign off stops nosec from suppressing; --foreign-suppressions turns it back on', async () => {
    const shellLines = (j: { findings: Array<{ checkId: string }> }) => j.findings.filter((f) => f.checkId === 'subprocess-shell').length;
    assert.equal(shellLines((await review(null)).json), 0);
    assert.equal(shellLines((await review('suppressions: { foreign: false }\n')).json), 1);
    assert.equal(shellLines((await review('suppressions: { foreign: false }\n', ['--foreign-suppressions'])).json), 0);
  });

  it('baseline: the configured file is used unless --no-baseline', async () => {
    writeFileSync(join(dir, 'pillar.config.yaml'), 'baseline: ci/pillar-baseline.json\n');
    mkdirSync(join(dir, 'ci'), { recursive: true });
    const created = await runCli(['baseline', 'create'], { cwd: dir });
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /ci\/pillar-baseline\.json: 3 findings recorded/);
    const withBaseline = await review('baseline: ci/pillar-baseline.json\n');
    assert.equal(withBaseline.code, 0);
    assert.equal(withBaseline.json.baseline.baselined, 3);
    assert.equal((await review('baseline: ci/pillar-baseline.json\n', ['--no-baseline'])).code, 1);
  });

  it('--config FILE is read instead; an invalid file is exit 2 with its message and no review', async () => {
    writeFileSync(join(dir, 'strict.yaml'), 'fail-on: info\n');
    assert.equal((await review('fail-on: none\n')).code, 0);
    assert.equal((await review('fail-on: none\n', ['--config', 'strict.yaml'])).code, 1);
    const bad = await review('fail-on: high\nmax-file-size: [2MB]\n');
    assert.equal(bad.code, 2);
    assert.equal(bad.json, null);
    assert.equal(bad.stderr, 'pillar: `max-file-size` at pillar.config.yaml:2:16 must be a size such as 2MB\n');
    const missing = await review(null, ['--config', 'nope.yaml']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read configuration nope\.yaml: no such file/);
  });
});
