/**
 * The CWE catalog (generated from MITRE's XML by scripts/gen-cwe-catalog.ts)
 * and the roll-up of any weakness to its pillar in the Research Concepts
 * view, CWE-1000.
 *
 * Roll-up rule: from a weakness, follow its ChildOf parent in view 1000
 * marked Ordinal="Primary"; where MITRE marks none, follow the first listed
 * parent. Stop at an entry whose abstraction is "Pillar".
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../paths.js';

export interface CweEntry {
  id: number;
  name: string;
  abstraction: string;
  status: string;
  parents: number[];
  primaryParent: number | null;
}

interface CatalogFile {
  version: string;
  date: string;
  termsOfUse: string;
  weaknesses: Record<string, Omit<CweEntry, 'id'>>;
}

/** The ten pillars of CWE-1000, in MITRE's order, with short labels for reports. */
export const PILLARS = [
  { id: 284, short: 'Access control' },
  { id: 435, short: 'Interaction between entities' },
  { id: 664, short: 'Resource lifetime' },
  { id: 682, short: 'Calculation' },
  { id: 691, short: 'Control flow' },
  { id: 693, short: 'Protection mechanisms' },
  { id: 697, short: 'Comparison' },
  { id: 703, short: 'Exceptional conditions' },
  { id: 707, short: 'Neutralization' },
  { id: 710, short: 'Coding standards' },
] as const;

export type PillarId = (typeof PILLARS)[number]['id'];

export const PILLAR_IDS: readonly number[] = PILLARS.map((p) => p.id);

// Loaded once per process (each worker thread loads it once too).
const file: CatalogFile = JSON.parse(readFileSync(packagePath('src', 'cwe', 'catalog.json'), 'utf8'));

export const CATALOG_VERSION = file.version;
export const CATALOG_TERMS = file.termsOfUse;

export function lookupCwe(id: number): CweEntry | null {
  const e = file.weaknesses[String(id)];
  return e ? { id, ...e } : null;
}

/** The chain from `id` up to its pillar, `id` first. Empty for an unknown id. */
export function cweChain(id: number): CweEntry[] {
  const chain: CweEntry[] = [];
  const seen = new Set<number>();
  let cur = lookupCwe(id);
  while (cur && !seen.has(cur.id)) {
    chain.push(cur);
    seen.add(cur.id);
    if (cur.abstraction === 'Pillar') break;
    const next = cur.primaryParent ?? cur.parents[0];
    cur = next === undefined ? null : lookupCwe(next);
  }
  return chain;
}

/** The pillar `id` rolls up to, or null when the id is unknown or orphaned. */
export function pillarOf(id: number): PillarId | null {
  const top = cweChain(id).at(-1);
  return top && top.abstraction === 'Pillar' && PILLAR_IDS.includes(top.id) ? (top.id as PillarId) : null;
}
