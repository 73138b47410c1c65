/**
 * Turns the sites a check examined into a sentence with exact lines, e.g.
 * "3 resource acquisitions examined, all released: with-block at L12; addCleanup at L58, L70".
 */
import type { CheckMeta, Observation } from '../analyze/check.js';

const MAX_LOCATIONS = 8;

export interface PathObservation extends Observation {
  path: string;
}

export function evidenceSentence(meta: CheckMeta, observations: readonly PathObservation[], multiFile: boolean): string {
  const { subject, clean } = meta.evidence;
  if (observations.length === 0) return `no ${plural(subject, 2)} found`;
  const groups = new Map<string, PathObservation[]>();
  for (const o of observations) {
    const key = o.detail ?? '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(o);
  }
  const parts: string[] = [];
  for (const [detail, obs] of groups) {
    const where = locations(obs, multiFile);
    parts.push(detail ? `${detail} at ${where}` : `at ${where}`);
  }
  const n = observations.length;
  return `${n} ${plural(subject, n)} examined, ${clean}: ${parts.join('; ')}`;
}

function locations(obs: readonly PathObservation[], multiFile: boolean): string {
  const sorted = [...obs].sort((a, b) => a.path.localeCompare(b.path) || a.range.line - b.range.line);
  const shown = sorted.slice(0, MAX_LOCATIONS);
  const rest = sorted.length - shown.length;
  let text: string;
  if (!multiFile) {
    text = joinAnd([...new Set(shown.map((o) => `L${o.range.line}`))]);
  } else {
    const byFile = new Map<string, number[]>();
    for (const o of shown) {
      if (!byFile.has(o.path)) byFile.set(o.path, []);
      byFile.get(o.path)!.push(o.range.line);
    }
    text = [...byFile].map(([p, ls]) => `${p} ${[...new Set(ls)].map((l) => `L${l}`).join(', ')}`).join('; ');
  }
  return rest > 0 ? `${text} (+${rest} more)` : text;
}

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function plural(noun: string, n: number): string {
  if (n === 1) return noun;
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}
