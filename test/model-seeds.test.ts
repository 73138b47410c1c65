/**
 * The seed reviews (../shared/seeds next to the repository: free-text answers
 * a model gave to the study's P4 prompt) replayed as recorded answers: each
 * must read as "no defect", with the lines it cites. CI has no ../shared; the
 * tests are skipped there with a message.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseFreeTextAnswer } from '../src/model/parse-free-text.js';
import { packagePath } from '../src/paths.js';
import type { Review } from '../src/review/types.js';
import { runCli } from './support/cli.js';
import { lastUserMessage, startMockChatServer } from './support/mock-chat-server.js';

const SEEDS = packagePath('..', 'shared', 'seeds');
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
const skip = seedFiles.length ? false : `no seed reviews at ${SEEDS} (CI has no ../shared)`;

/** The lines each seed cites, read by hand from the seeds (start-end). */
const CITED: Record<string, string[]> = {
  '000': ['60', '69', '100', '111'],
  '001': [],
  '002': [],
  '003': ['45-50', '58', '70-74', '98', '132-143', '111-112'],
  '004': ['57', '110'],
};

describe('seed reviews as model answers', () => {
  it('each parses to verdict "no defect" with its cited lines', { skip }, () => {
    for (const file of seedFiles) {
      const answer = parseFreeTextAnswer(readFileSync(join(SEEDS, file), 'utf8'));
      assert.equal(answer.verdict, 'no-defect', file);
      assert.deepEqual(answer.claims, [], `${file} claims no defect`);
      const expected = CITED[file.slice(0, 3)];
      if (expected) {
        assert.deepEqual(
          answer.lineRefs.map((r) => (r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`)),
          expected,
          file,
        );
      }
    }
  });

  it('replayed through pillar review --prompt p4, every file counts as reviewed by the model with no model finding', { skip }, async () => {
    const server = await startMockChatServer();
    const dir = mkdtempSync(join(tmpdir(), 'pillar-seeds-'));
    try {
      // A test module long enough for every line the seeds cite (up to 143).
      const body = ['import time', 'import unittest', '', '', 'class MigrationTest(unittest.TestCase):'];
      for (let i = 0; body.length < 150; i++) body.push(`    def test_step_${i}(self):`, `        self.assertEqual(${i} + 1, ${i + 1})`, '        time.sleep(0)', '');
      const names = seedFiles.map((_, i) => `test_seed_${i}.py`);
      for (const n of names) writeFileSync(join(dir, n), `${body.join('\n')}\n`);
      server.fallback = (req) => {
        const prompt = lastUserMessage(req);
        const i = names.findIndex((n) => prompt.includes(`File ${n},`));
        return i === -1 ? { status: 500, error: 'unknown file' } : { content: readFileSync(join(SEEDS, seedFiles[i]!), 'utf8') };
      };
      const r = await runCli(
        ['review', '.', '--engine', 'llm', '--prompt', 'p4', '--model', 'seed-model', '--base-url', server.baseURL, '--no-cache', '--format', 'json'],
        { cwd: dir },
      );
      assert.equal(r.code, 0, r.stderr);
      const review = JSON.parse(r.stdout) as Review;
      assert.equal(server.requests.length, seedFiles.length);
      assert.deepEqual(review.model!.filesNotReviewed, []);
      assert.deepEqual(review.model!.dropped, []);
      assert.deepEqual(review.findings.filter((f) => f.origin !== 'static'), []);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
