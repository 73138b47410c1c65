/**
 * Generates src/cwe/catalog.json from the MITRE CWE XML that the `cwe-sdk`
 * package ships (catalog v4.15). Run with `npm run gen:cwe`.
 *
 * Keeps, for every weakness: id, name, abstraction, and its ChildOf parents
 * in the Research Concepts view (CWE-1000), marking the one MITRE flags
 * with Ordinal="Primary".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

const require = createRequire(import.meta.url);
const xmlPath = require.resolve('cwe-sdk/raw/cwe-archive.xml');
const outPath = fileURLToPath(new URL('../src/cwe/catalog.json', import.meta.url));

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => name === 'Weakness' || name === 'Related_Weakness',
});
const doc = parser.parse(readFileSync(xmlPath, 'utf8'));
const catalog = doc.Weakness_Catalog;

interface RelatedWeakness {
  Nature: string;
  CWE_ID: string;
  View_ID: string;
  Ordinal?: string;
}

const weaknesses: Record<string, { name: string; abstraction: string; status: string; parents: number[]; primaryParent: number | null }> = {};
for (const w of catalog.Weaknesses.Weakness) {
  const related: RelatedWeakness[] = w.Related_Weaknesses?.Related_Weakness ?? [];
  const childOf = related.filter((r) => r.Nature === 'ChildOf' && r.View_ID === '1000');
  const primary = childOf.find((r) => r.Ordinal === 'Primary') ?? null;
  weaknesses[w.ID] = {
    name: w.Name,
    abstraction: w.Abstraction,
    status: w.Status,
    parents: childOf.map((r) => Number(r.CWE_ID)),
    primaryParent: primary ? Number(primary.CWE_ID) : null,
  };
}

const out = {
  source: 'MITRE CWE List',
  version: catalog.Version,
  date: catalog.Date,
  termsOfUse:
    'CWE is a trademark of The MITRE Corporation. This file is derived from the CWE List, ' +
    'Copyright (c) 2006-2024, The MITRE Corporation. CWE and the CWE logo are trademarks of The MITRE Corporation. ' +
    'Use of the CWE List is governed by the CWE Terms of Use: https://cwe.mitre.org/about/termsofuse.html ' +
    '(MITRE grants a royalty-free, non-exclusive license to reproduce, prepare derivative works of, and distribute ' +
    'the CWE List, provided the copyright designation and this notice are retained).',
  weaknesses,
};
writeFileSync(outPath, `${JSON.stringify(out)}\n`);
console.log(`wrote ${Object.keys(weaknesses).length} weaknesses (CWE ${out.version}) to ${outPath}`);
