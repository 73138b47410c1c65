/**
 * Unit tests of the spec features added for assignment sinks and method
 * sanitizers: `stores` (index assignment into a named object is a sink),
 * `{anyKeyword: true}` sink arguments, and sanitizers with `receiver` and
 * `whenArg`. Uses a small spec of its own, so the Python specs can change
 * without touching these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ScopeTree } from '../src/analyze/scope.js';
import { analyzeModule } from '../src/dataflow/engine.js';
import { mergeSpecs, parseSpecFile } from '../src/dataflow/spec.js';
import { lower } from './support/dataflow.js';

const SPEC = mergeSpecs([
  {
    file: 'test.yaml',
    spec: parseSpecFile(
      `
sources:
  - label: input
    call: [src]
stores:
  - object: [box.store]
    class: keep
    cwe: 501
sinks:
  - call: [box.store.update]
    args: [0, { anyKeyword: true }]
    class: keep
    cwe: 501
  - call: [out]
    args: [0]
    class: text
    cwe: 117
sanitizers:
  - call: ["*.replace"]
    receiver: true
    whenArg: { position: 0, equals: ["\\n"] }
    classes: [text]
`,
      'test.yaml',
    ),
  },
]);

async function flows(source: string): Promise<string[]> {
  const m = await lower(source);
  const r = analyzeModule(m, new ScopeTree(m), SPEC);
  return r.flows.map((f) => `${f.sink.range.line}:${f.class}`).sort();
}

describe('assignment sinks and method sanitizers', () => {
  it('an index assignment into a store object is a sink for the value, not the key', async () => {
    assert.deepEqual(await flows('import box\ndef f():\n    box.store["k"] = src()\n    box.store[src()] = 1\n    d = {}\n    d["k"] = src()\n'), ['3:keep']);
  });

  it('anyKeyword reaches keyword arguments and **kwargs', async () => {
    assert.deepEqual(await flows('import box\ndef f():\n    box.store.update(a=src())\n    box.store.update(**src())\n    box.store.update(a=1)\n'), ['3:keep', '4:keep']);
  });

  it('a receiver sanitizer applies only when its argument matches', async () => {
    const src = 'def f():\n    x = src()\n    out(x.replace("\\n", " "))\n    out(x.replace("\\r", ""))\n    out(x.replace("\\n", src()))\n';
    assert.deepEqual(await flows(src), ['4:text', '5:text']);
  });
});
