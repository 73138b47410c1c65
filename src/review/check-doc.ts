/** Renders a check's metadata as Markdown: `pillar explain` and docs/checks/. */
import type { CheckMeta } from '../analyze/check.js';
import { cweChain } from '../cwe/catalog.js';

export function renderCheckDoc(m: CheckMeta): string {
  const chain = cweChain(m.cwe);
  const chainText = chain.map((e) => `CWE-${e.id} ${e.name}`).join(' → ');
  return [
    `# ${m.id}: ${m.title}`,
    '',
    `- CWE: CWE-${m.cwe}${chain[0] ? ` ${chain[0].name}` : ''}`,
    `- Pillar chain: ${chainText}`,
    `- Severity: ${m.severity}; confidence: ${m.confidence}`,
    `- Languages: ${m.languages.join(', ')}`,
    '',
    '## What it does',
    m.description,
    '',
    '## Why it matters',
    m.why,
    '',
    '## Example',
    '```',
    m.example.bad,
    '```',
    '',
    '## How to fix it',
    m.fix,
    '',
    '```',
    m.example.good,
    '```',
    '',
    '## References',
    ...m.references.map((r) => `- ${r}`),
    '',
  ].join('\n');
}
