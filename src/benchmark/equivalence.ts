/**
 * Which CWEs count as the same category when scoring. A finding counts for a
 * labelled CWE when (1) it carries that CWE, (2) both are in one of the
 * GROUPS below, or (3) the label is one of the PARENT_CATEGORIES and the
 * finding's CWE lies below it on its catalog chain (cweChain, CWE-1000).
 * Nothing else matches: in particular a finding never counts for a label
 * through a shared class or pillar (74, 707, 664, ...). The reasons are in
 * docs/benchmark.md; keep the two in step.
 */
import { cweChain } from '../cwe/catalog.js';

export interface EquivalenceGroup {
  name: string;
  cwes: readonly number[];
  reason: string;
}

export const GROUPS: readonly EquivalenceGroup[] = [
  {
    name: 'code injection',
    cwes: [94, 95],
    reason: "95 (eval injection) is the variant of 94 that Python's eval/exec are; corpora label the same call either way.",
  },
  {
    name: 'OS command injection',
    cwes: [77, 78],
    reason: '78 is the OS-command base of class 77; in a Python handler the command interpreter is the shell.',
  },
  {
    name: 'cross-site scripting',
    cwes: [79, 80],
    reason: '80 (script tags in a page) is basic reflected XSS, the usual handler case, which most corpora label 79.',
  },
  {
    name: 'path traversal',
    cwes: [22, 23, 36, 73],
    reason: 'A request value reaching open()/send_file: 23 and 36 are the relative/absolute forms of 22, and 73 names the same sink from the "attacker controls the file name" side.',
  },
  {
    name: 'XML external entities',
    cwes: [611, 776, 827],
    reason: 'Parsing untrusted XML with a parser that honours the DTD: one sink, one fix (defusedxml or DTDs off); which entity attack a parser allows is configuration, not code.',
  },
  {
    name: 'weak hash',
    cwes: [328, 916, 759, 760],
    reason: '916, 759 and 760 are the password-hash forms of 328 (fast, unsalted or predictably salted hash); the call flagged is the same.',
  },
  {
    name: 'weak randomness',
    cwes: [330, 338],
    reason: 'The `random` module where a token is made: labelled 330 (class) or 338 (PRNG) interchangeably.',
  },
  {
    name: 'XPath injection',
    cwes: [643, 91],
    reason: "MITRE's own name for 91 is 'XML Injection (aka Blind XPath Injection)'.",
  },
];

export interface ParentCategory {
  cwe: number;
  reason: string;
}

/** Labels that also accept findings of any CWE below them on the catalog chain (child → parent only). */
export const PARENT_CATEGORIES: readonly ParentCategory[] = [
  { cwe: 22, reason: 'Its children (24–35, 37–40) are spellings of ../ and absolute paths.' },
  { cwe: 77, reason: 'A command-injection label accepts 78 (OS command) and 88 (argument injection).' },
  { cwe: 79, reason: 'Its children (80–87) are XSS through particular page contexts.' },
  { cwe: 89, reason: '564 (Hibernate) is SQL injection through an ORM query string.' },
  { cwe: 93, reason: '113 (HTTP response splitting) is CRLF injection into headers.' },
  { cwe: 327, reason: 'A weak hash (328 and below) is a broken algorithm; a weak cipher is not a weak hash, so not the reverse.' },
  { cwe: 330, reason: '331, 338 and the other children are kinds of insufficient randomness.' },
  { cwe: 798, reason: '259 (password) and 321 (crypto key) are kinds of hard-coded credential.' },
];

const groupOf = new Map<number, readonly number[]>();
for (const g of GROUPS) for (const c of g.cwes) groupOf.set(c, g.cwes);
const parents = new Set(PARENT_CATEGORIES.map((p) => p.cwe));

/** The CWEs that are the same category as `cwe`, itself included. */
export function equivalentCwes(cwe: number): readonly number[] {
  return groupOf.get(cwe) ?? [cwe];
}

/** Whether a finding carrying `findingCwe` counts for a label of `labelCwe`. */
export function cweMatches(findingCwe: number, labelCwe: number): boolean {
  if (findingCwe === labelCwe || equivalentCwes(labelCwe).includes(findingCwe)) return true;
  return parents.has(labelCwe) && cweChain(findingCwe).some((e) => e.id === labelCwe);
}
