/**
 * A diff of 10,000 files: the change is read with two git diff processes
 * and one `git cat-file --batch` (not a process per file), every file is
 * listed with its changed line and reviewed, and the one defect among them
 * is found. The repository is made with one `git fast-import`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadChange } from '../src/change/load-change.js';
import { DEFAULT_EXCLUDES, DEFAULT_MAX_FILE_BYTES } from '../src/discover/walk.js';
import { GitRepo, reviewChange } from './support/git-repo.js';

const FILES = 10_000;
const DEFECT = 4242;

const name = (i: number) => `pkg/sub ${Math.floor(i / 1000)}/mod_${String(i).padStart(5, '0')}.py`;

/** Two commits: every file gets a second line in the second; one of them an eval of the command line. */
function fastImportStream(): string {
  const out: string[] = [];
  // The second commit on the branch continues from the first (fast-import keeps the branch tip).
  const commit = (ref: string, message: string, body: (i: number) => string) => {
    out.push(`commit ${ref}`, 'committer Pillar Test <test@pillar.invalid> 1767323045 +0000', `data ${Buffer.byteLength(message)}`, message);
    for (let i = 0; i < FILES; i++) {
      const content = body(i);
      out.push(`M 100644 inline "${name(i)}"`, `data ${Buffer.byteLength(content)}`, content);
    }
  };
  commit('refs/heads/main', 'Many files', (i) => `value_${i} = ${i}\n`);
  commit('refs/heads/main', 'Touch every file', (i) => (i === DEFECT ? `import sys\nvalue_${i} = ${i}\neval(sys.argv[1])\n` : `value_${i} = ${i}\nother_${i} = ${i} * 2\n`));
  return `${out.join('\n')}\n`;
}

describe('a change of 10,000 files', () => {
  let repo: GitRepo;

  before(() => {
    repo = GitRepo.create();
    repo.gitInput(fastImportStream(), 'fast-import', '--quiet');
    repo.git('checkout', '-q', '-f', 'main');
  });

  after(() => repo?.cleanup());

  it('reads the change quickly', async (t) => {
    const started = performance.now();
    const loaded = await loadChange(
      { kind: 'diff', range: 'HEAD~1..HEAD' },
      { cwd: repo.dir, maxFileBytes: DEFAULT_MAX_FILE_BYTES, exclude: DEFAULT_EXCLUDES, paths: [], stdin: process.stdin },
    );
    const ms = performance.now() - started;
    t.diagnostic(`read ${FILES} changed files in ${Math.round(ms)} ms`);
    assert.equal(loaded.change.files.length, FILES);
    assert.equal(loaded.discovery.files.length, FILES);
    assert.equal(loaded.change.changedLines, FILES + 1, 'one added line in each file, two in the file with the defect');
    assert.deepEqual(loaded.change.files.find((f) => f.path === name(DEFECT))!.lines, [[1, 1], [3, 3]]);
    assert.ok(loaded.change.files.every((f) => f.status === 'modified' && f.lines.length > 0));
    const text = new TextDecoder().decode(loaded.discovery.files.find((f) => f.path === name(7))!.content);
    assert.equal(text, 'value_7 = 7\nother_7 = 7 * 2\n', 'each file has its own content at the head revision');
    // Generous: on a loaded 2-core machine this takes well under a second.
    assert.ok(ms < 10_000, `reading the change took ${Math.round(ms)} ms`);
  });

  it('reviews every file and finds the one defect', async (t) => {
    const started = performance.now();
    const { review } = await reviewChange({ kind: 'diff', range: 'HEAD~1..HEAD' }, repo.dir);
    t.diagnostic(`reviewed ${FILES} files in ${Math.round(performance.now() - started)} ms`);
    assert.equal(review.files.reviewed.length, FILES);
    assert.deepEqual(review.files.failed, []);
    assert.deepEqual(
      review.findings.map((f) => `${f.path}:${f.range.line}`),
      [`${name(DEFECT)}:3`],
    );
  });
});
