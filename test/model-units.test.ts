/**
 * The model stage's pieces without a server: the answer schema, citation
 * checks, Retry-After, token estimates and chunking, the cache key, prices,
 * the concurrency limit, the prose-answer adapter and the merge's verdict.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { languageForPath } from '../src/lang/registry.js';
import { AnswerCache, cacheKey } from '../src/model/cache.js';
import { chunkFile, estimateTokens } from '../src/model/chunk.js';
import { parseRetryAfter, Semaphore } from '../src/model/client.js';
import { verdictOf } from '../src/model/hybrid.js';
import { parseFreeTextAnswer } from '../src/model/parse-free-text.js';
import { codeMarkers, numberedCode } from '../src/model/prompts/code-block.js';
import { buildPrompt } from '../src/model/prompts/index.js';
import { ANSWER_JSON_SCHEMA, parseModelAnswer } from '../src/model/schema.js';
import { splitLines } from '../src/model/stage.js';
import { PROMPT_IDS } from '../src/model/types.js';
import { parsePricePer1k, priceFor, UsageMeter } from '../src/model/usage.js';
import { verifyClaim } from '../src/model/verify.js';
import { GrammarParser } from '../src/parse/cst.js';
import { packagePath } from '../src/paths.js';
import type { ModelClaim } from '../src/model/types.js';

const claim = (over: Partial<ModelClaim>): ModelClaim => ({
  line: 1,
  endLine: 1,
  quote: '',
  cwe: 78,
  severity: 'high',
  title: 't',
  description: 'd',
  fix: 'f',
  ...over,
});

describe('answer schema', () => {
  it('accepts a valid answer, CWE ids written as text, and a fenced answer', () => {
    const answer = {
      findings: [{ line: 3, endLine: 3, quote: 'eval(x)', cwe: 'CWE-95', severity: 'HIGH', title: 'eval', description: 'd', fix: 'f' }],
      candidates: [{ id: 'S1', verdict: 'rejected', reason: 'constant input' }],
    };
    const parsed = parseModelAnswer(`Here is the review:\n\`\`\`json\n${JSON.stringify(answer)}\n\`\`\``);
    assert.ok(parsed.ok);
    assert.equal(parsed.answer.findings[0]!.cwe, 95);
    assert.equal(parsed.answer.findings[0]!.severity, 'high');
    assert.deepEqual(parsed.answer.candidates, [{ id: 'S1', verdict: 'rejected', reason: 'constant input' }]);
    const noCandidates = parseModelAnswer('{"findings": []}');
    assert.ok(noCandidates.ok && noCandidates.answer.candidates.length === 0);
  });

  it('rejects what is not the answer, naming the problem', () => {
    const prose = parseModelAnswer('No security defects are detected in the code.');
    assert.ok(!prose.ok && /not JSON/.test(prose.error));
    const broken = parseModelAnswer('{"findings": [ {"line": 3, }');
    assert.ok(!broken.ok && /not valid JSON/.test(broken.error));
    const noQuote = parseModelAnswer('{"findings": [{"line": 3, "cwe": 95, "severity": "high", "title": "t", "description": "", "fix": ""}], "candidates": []}');
    assert.ok(!noQuote.ok && /findings\.0\.quote/.test(noQuote.error));
    const badVerdict = parseModelAnswer('{"findings": [], "candidates": [{"id": "S1", "verdict": "maybe", "reason": "r"}]}');
    assert.ok(!badVerdict.ok);
  });

  it('the JSON Schema sent to servers requires what zod requires', () => {
    const finding = ANSWER_JSON_SCHEMA.properties.findings.items;
    assert.deepEqual([...finding.required].sort(), Object.keys(finding.properties).sort(), 'strict mode: every property required');
    const sample = Object.fromEntries(
      Object.entries(finding.properties).map(([k, v]) => [k, v.type === 'integer' ? 7 : 'enum' in v ? v.enum[0] : 'text']),
    );
    const candidate = ANSWER_JSON_SCHEMA.properties.candidates.items;
    const sampleCandidate = Object.fromEntries(Object.entries(candidate.properties).map(([k, v]) => [k, 'enum' in v ? v.enum[0] : 'S1']));
    const parsed = parseModelAnswer(JSON.stringify({ findings: [sample], candidates: [sampleCandidate] }));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
  });
});

describe('citation checks', () => {
  const lines = Array.from({ length: 143 }, (_, i) => `    value_${i + 1} = compute(${i + 1})`);
  lines[41] = '    subprocess.call(cmd,   shell=True)';

  it('drops a line the file does not have, with the reason', () => {
    const v = verifyClaim(claim({ line: 240, endLine: 240, quote: 'subprocess.call(cmd, shell=True)' }), lines, null);
    assert.deepEqual(v, { ok: false, reason: 'cited line 240 of a 143-line file' });
    assert.equal(verifyClaim(claim({ line: 0, quote: 'x' }), lines, null).ok, false);
  });

  it('drops a quote that is not the code on the line', () => {
    const v = verifyClaim(claim({ line: 41, endLine: 41, quote: 'subprocess.call(cmd, shell=True)' }), lines, null);
    assert.ok(!v.ok && /is not the code on line 41/.test(v.reason), JSON.stringify(v));
  });

  it('accepts the quote after whitespace normalisation, and our numbering copied into it', () => {
    for (const quote of ['subprocess.call(cmd, shell=True)', '42 | subprocess.call(cmd,\tshell=True)', '`subprocess.call( cmd,   shell=True)`'.replace('( ', '(')]) {
      const v = verifyClaim(claim({ line: 42, endLine: 42, quote }), lines, null);
      assert.ok(v.ok, `${quote}: ${v.ok ? '' : v.reason}`);
      assert.equal(v.range.line, 42);
      assert.equal(v.range.col, 5);
    }
  });

  it('drops an empty or uselessly short quote, and a line it was not shown', () => {
    assert.ok(!verifyClaim(claim({ line: 42, quote: '  ' }), lines, null).ok);
    const short = verifyClaim(claim({ line: 42, quote: 'cmd' }), lines, null);
    assert.ok(!short.ok && /too little/.test(short.reason));
    const unseen = verifyClaim(claim({ line: 42, quote: 'subprocess.call(cmd, shell=True)' }), lines, [[1, 20]]);
    assert.ok(!unseen.ok && /not in the part of the file it was shown \(lines 1-20\)/.test(unseen.reason));
  });

  it('a multi-line quote must match the lines it spans', () => {
    const src = ['def f(x):', '    return eval(', '        x)'];
    assert.ok(verifyClaim(claim({ line: 2, endLine: 2, quote: 'return eval(\n        x)' }), src, null).ok);
    assert.ok(!verifyClaim(claim({ line: 1, endLine: 1, quote: 'return eval(\n        x)' }), src, null).ok);
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('2', now), 2000);
    assert.equal(parseRetryAfter('0.25', now), 250);
    assert.equal(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now), 5000);
    assert.equal(parseRetryAfter('Tue, 31 Dec 2024 23:59:00 GMT', now), 0, 'a date in the past means now');
    assert.equal(parseRetryAfter('soon', now), undefined);
  });
});

describe('token estimate', () => {
  it('comes to 3-4.5 characters per token on real code', () => {
    for (const file of [packagePath('src', 'model', 'stage.ts'), packagePath('src', 'lang', 'python', 'checks', 'fixtures', 'subprocess-shell.vulnerable.py')]) {
      const text = readFileSync(file, 'utf8');
      const ratio = text.length / estimateTokens(text);
      assert.ok(ratio >= 3 && ratio <= 4.5, `${file}: ${ratio.toFixed(2)} chars/token`);
    }
    assert.equal(estimateTokens(''), 0);
    assert.ok(estimateTokens('x = 1') >= 3);
  });
});

async function pythonModule(path: string, source: string) {
  const lang = languageForPath(path)!;
  const parser = await GrammarParser.create(lang.grammar);
  return lang.lower(path, parser.parse(source));
}

/** A module with imports, a large class and many functions: every piece must fit and every line be reviewed. */
function largeSource(): string {
  const out = ['import os', 'import subprocess', 'from pathlib import Path', '', ''];
  out.push('class Store:', '    """Keeps things."""', '');
  for (let m = 0; m < 12; m++) out.push(`    def method_${m}(self, item):`, `        path = Path(item) / "m${m}"`, `        return os.path.exists(path) and str(path) * ${m}`, '');
  for (let f = 0; f < 30; f++) {
    out.push('', `@decorated(${f})`, `def handler_${f}(request):`, `    value = request.get("k${f}")`, `    if value:`, `        return subprocess.call(["echo", value])`, '    return None');
  }
  return `${out.join('\n')}\n`;
}

describe('chunking', () => {
  it('a file within the budget is one piece', () => {
    const lines = ['import os', 'print(os.name)'];
    assert.deepEqual(chunkFile(lines, null, 1000), [{ index: 1, count: 1, shown: [[1, 2]], reviewed: [[1, 2]] }]);
  });

  it('splits at function boundaries, carries the imports, fits the budget and reviews every line once', async () => {
    const source = largeSource();
    const lines = splitLines(source);
    const module = await pythonModule('big.py', source);
    const budget = 220;
    const chunks = chunkFile(lines, module, budget);
    assert.ok(chunks.length > 5, `${chunks.length} pieces`);
    const reviewed = new Map<number, number>();
    for (const c of chunks) {
      const shown = numberedCode(lines, c.shown);
      for (let n = 1; n <= 3; n++) assert.ok(shown.includes(`${String(n).padStart(3)} | ${lines[n - 1]}`), `piece ${c.index} shows import line ${n}`);
      const cost = c.shown.reduce((t, [a, b]) => t + lines.slice(a - 1, b).reduce((s, l) => s + estimateTokens(l) + 3, 0), 0);
      assert.ok(cost <= budget, `piece ${c.index} costs ${cost} > ${budget}`);
      for (const [a, b] of c.reviewed) for (let n = a; n <= b; n++) reviewed.set(n, (reviewed.get(n) ?? 0) + 1);
      assert.equal(c.count, chunks.length);
    }
    for (let n = 1; n <= lines.length; n++) assert.equal(reviewed.get(n), 1, `line ${n} reviewed exactly once`);
    // No function is cut in two: each def lies inside one reviewed span of one piece.
    const defs = [...module.body.flatMap((s) => (s.kind === 'class' ? s.body : [s]))].filter((s) => s.kind === 'function');
    for (const d of defs) {
      assert.ok(
        chunks.some((c) => c.reviewed.some(([a, b]) => a <= d.range.line && d.range.endLine <= b)),
        `function at ${d.range.line}-${d.range.endLine} kept whole`,
      );
    }
    // Methods of the split class are shown with their class line as context.
    const classLine = lines.indexOf('class Store:') + 1;
    const methodPieces = chunks.filter((c) => c.reviewed.some(([a, b]) => lines.slice(a - 1, b).some((l) => l.includes('def method_'))));
    assert.ok(methodPieces.length > 1);
    for (const c of methodPieces) assert.ok(c.shown.some(([a, b]) => a <= classLine && classLine <= b), `piece ${c.index} shows the class header`);
  });

  it('without an IR the pieces are cut at line boundaries and still cover the file', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `line_${i} = ${i}`);
    const chunks = chunkFile(lines, null, 200);
    const covered = chunks.flatMap((c) => c.reviewed).reduce((n, [a, b]) => n + b - a + 1, 0);
    assert.equal(covered, 300);
  });
});

describe('prompts', () => {
  const input = { path: 'a.py', language: 'python', numberedCode: '1 | eval(x)' };
  it('every prompt shows the numbered code between markers the code cannot forge', () => {
    const { begin, end } = codeMarkers(input.numberedCode);
    for (const id of PROMPT_IDS) {
      const plan = buildPrompt(id, input);
      const all = plan.turns.join('\n');
      assert.ok(all.includes(`${begin}\n1 | eval(x)\n${end}`), id);
      assert.equal(plan.expects, id === 'grounded' ? 'json' : 'free-text');
    }
    assert.equal(buildPrompt('p5', input).turns.length, 2, 'P5 explains first, then reviews');
    assert.match(buildPrompt('p4', input).turns[0]!, /CWE-284.*CWE-710/s);
    assert.match(buildPrompt('p3', input).turns[0]!, /CWE/);
    assert.match(buildPrompt('grounded', input).system, /untrusted data/);
  });
});

describe('cache', () => {
  const base = { model: 'm', baseURL: 'http://localhost:1/v1', promptId: 'grounded', messages: [{ role: 'user' as const, content: 'code' }], wantJson: true };
  it('keys by model, base URL, prompt and code', () => {
    const k = cacheKey(base);
    assert.equal(k, cacheKey({ ...base }));
    assert.match(k, /^[0-9a-f]{64}$/);
    for (const other of [{ model: 'n' }, { baseURL: 'http://localhost:2/v1' }, { promptId: 'p1' }, { messages: [{ role: 'user' as const, content: 'code2' }] }]) {
      assert.notEqual(cacheKey({ ...base, ...other }), k);
    }
  });
  it('stores and returns answers, and survives a damaged entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pillar-cache-'));
    try {
      const cache = new AnswerCache(dir);
      const k = cacheKey(base);
      assert.equal(cache.get(k), null);
      cache.put(k, { content: '{"findings":[]}', promptTokens: 1, completionTokens: 2 }, { model: 'm', promptId: 'grounded' });
      assert.equal(cache.get(k)?.content, '{"findings":[]}');
      const sub = readdirSync(dir)[0]!;
      const file = join(dir, sub, readdirSync(join(dir, sub))[0]!);
      rmSync(file);
      assert.equal(cache.get(k), null);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('usage and cost', () => {
  it('prices by model prefix, free on this machine, overridable, unknown otherwise', () => {
    assert.deepEqual(priceFor('gpt-4o-mini-2024-07-18', 'https://api.openai.com/v1', null), { input: 0.00015, output: 0.0006 });
    assert.deepEqual(priceFor('llama3.1', 'http://localhost:11434/v1', null), { input: 0, output: 0 });
    assert.equal(priceFor('some-model', 'https://example.com/v1', null), null);
    assert.deepEqual(parsePricePer1k('0.0025,0.01'), { input: 0.0025, output: 0.01 });
    assert.deepEqual(parsePricePer1k('0.002'), { input: 0.002, output: 0.002 });
    assert.equal(parsePricePer1k('cheap'), null);
    const meter = new UsageMeter();
    meter.recordRequest(1000, 500);
    meter.recordRequest(1000, 500);
    meter.recordCacheHit();
    assert.deepEqual(meter.total({ input: 0.001, output: 0.002 }), {
      requests: 2,
      cachedResponses: 1,
      promptTokens: 2000,
      completionTokens: 1000,
      estimatedCostUsd: 0.004,
    });
    assert.equal(meter.total(null).estimatedCostUsd, null);
  });
});

describe('concurrency limit', () => {
  it('never runs more than its size at once', async () => {
    const limit = new Semaphore(2);
    let active = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 7 }, () =>
        limit.run(async () => {
          active++;
          most = Math.max(most, active);
          await new Promise((r) => setTimeout(r, 5));
          active--;
        }),
      ),
    );
    assert.equal(most, 2);
  });
});

describe('prose answers (P1-P5) through the audit parser', () => {
  const fixture = JSON.parse(readFileSync(packagePath('test', 'fixtures', 'model', 'p4-free-text.json'), 'utf8'));
  it('reads a no-defect answer with its cited lines', () => {
    const a = parseFreeTextAnswer(fixture.noDefect.content);
    assert.equal(a.verdict, 'no-defect');
    assert.deepEqual(a.claims, []);
    assert.deepEqual(
      a.lineRefs.map((r) => r.start),
      [9, 10, 14, 17],
    );
  });
  it('reads claimed defects with line, CWE and the code they quote', () => {
    const a = parseFreeTextAnswer(fixture.withDefects.content);
    assert.equal(a.verdict, 'defect');
    assert.deepEqual(
      a.claims.map((c) => [c.claim.line, c.claim.cwe]),
      [
        [13, 78],
        [88, 377],
        [17, 703],
      ],
    );
    assert.ok(a.claims[0]!.quotes.includes('"tar cf out.tar " + self.workdir'));
    assert.deepEqual(a.claims[2]!.quotes, []);
  });
});

describe('verdict with a model', () => {
  it('is never the clean sentence while a file went unreviewed', () => {
    assert.equal(verdictOf(0, 0), 'No security defects are detected in the code.');
    assert.equal(verdictOf(0, 1), 'No verdict: 1 file was not reviewed by the model.');
    assert.equal(verdictOf(2, 3), '2 security defects found; 3 files were not reviewed by the model.');
  });
});
