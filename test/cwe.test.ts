import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cweChain, lookupCwe, PILLAR_IDS, pillarOf } from '../src/cwe/catalog.js';

describe('CWE catalog and pillar roll-up', () => {
  it('walks 89 → 943 → 74 → 707', () => {
    assert.deepEqual(
      cweChain(89).map((e) => e.id),
      [89, 943, 74, 707],
    );
    assert.equal(pillarOf(89), 707);
  });

  it('follows the Primary parent where a weakness has several', () => {
    const e = lookupCwe(732)!;
    assert.ok(e.parents.length > 1);
    assert.equal(e.primaryParent, 285);
    assert.equal(cweChain(732)[1]!.id, 285);
    assert.equal(pillarOf(732), 284);
  });

  it('knows all ten pillars as pillars', () => {
    for (const id of PILLAR_IDS) {
      assert.equal(lookupCwe(id)?.abstraction, 'Pillar');
      assert.equal(pillarOf(id), id);
    }
  });

  it('rolls every weakness in the catalog up to a pillar without cycles', () => {
    // Spot-check the common leaves used by checks; the loop guards against cycles.
    for (const id of [78, 95, 22, 79, 502, 611, 295, 327, 328, 330, 338, 798, 259, 367, 369, 390, 396, 208, 595, 772, 404, 1327, 377]) {
      assert.notEqual(pillarOf(id), null, `CWE-${id}`);
    }
    assert.equal(pillarOf(999_999), null);
  });
});
