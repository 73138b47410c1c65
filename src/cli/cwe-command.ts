/** `pillar cwe 89`: the chain 89 → 943 → 74 → 707 with names. */
import { CATALOG_VERSION, cweChain } from '../cwe/catalog.js';
import { UsageError } from './errors.js';

export function runCwe(raw: string): number {
  const id = Number.parseInt(raw.replace(/^CWE-/i, ''), 10);
  if (!Number.isInteger(id)) throw new UsageError(`"${raw}" is not a CWE id`);
  const chain = cweChain(id);
  if (chain.length === 0) throw new UsageError(`CWE-${id} is not a weakness in the CWE ${CATALOG_VERSION} catalog`);
  process.stdout.write(`${chain.map((e) => e.id).join(' → ')}\n`);
  for (const [i, e] of chain.entries()) {
    process.stdout.write(`${'  '.repeat(i)}CWE-${e.id} ${e.name} (${e.abstraction})\n`);
  }
  const top = chain.at(-1)!;
  if (top.abstraction !== 'Pillar') process.stdout.write(`(CWE-${top.id} has no parent in view 1000)\n`);
  return 0;
}
