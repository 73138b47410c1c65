/** `pillar explain <check-id>` and `pillar checks`: docs from check metadata. */
import { allChecks } from '../engine/checks.js';
import { renderCheckDoc } from '../review/check-doc.js';
import { pillarOf } from '../cwe/catalog.js';
import { UsageError } from './errors.js';

export async function runExplain(id: string): Promise<number> {
  const checks = await allChecks();
  const check = checks.find((c) => c.meta.id === id);
  if (!check) throw new UsageError(`no check "${id}"; \`pillar checks\` lists them`);
  process.stdout.write(renderCheckDoc(check.meta));
  return 0;
}

export async function runListChecks(): Promise<number> {
  const checks = await allChecks();
  for (const c of checks) {
    const m = c.meta;
    process.stdout.write(`${m.id.padEnd(34)} CWE-${String(m.cwe).padEnd(5)} pillar ${pillarOf(m.cwe) ?? '?'}  ${m.severity.padEnd(8)} ${m.title}\n`);
  }
  return 0;
}
