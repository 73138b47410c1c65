/** Renders a check's metadata as Markdown: `pillar explain`, docs/checks/ and SARIF rule help. */
import type { CheckMeta } from '../analyze/check.js';
import { cweChain, lookupCwe, PILLARS, pillarOf } from '../cwe/catalog.js';

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
    ...aliasLine(m),
    '',
    '## What it does',
    m.description,
    '',
    ...helpSections(m),
  ].join('\n');
}

/** Other tools' codes for the check, whose suppression comments silence it too (docs/suppressions.md). */
function aliasLine(m: CheckMeta): string[] {
  const parts = [
    m.aliases?.bandit?.length ? `Bandit ${m.aliases.bandit.join(', ')}` : '',
    m.aliases?.ruff?.length ? `Ruff ${m.aliases.ruff.join(', ')}` : '',
  ].filter(Boolean);
  return parts.length ? [`- Same defect in other tools (\`# nosec\`/\`# noqa\` with these codes suppress it): ${parts.join('; ')}`] : [];
}

/** Why, example, fix and references: the help text of a SARIF rule, without the heading and facts list. */
export function renderCheckHelp(m: CheckMeta): string {
  return helpSections(m).join('\n');
}

function helpSections(m: CheckMeta): string[] {
  const lang = m.languages.length === 1 ? m.languages[0]! : '';
  return [
    '## Why it matters',
    m.why,
    '',
    '## Example',
    `\`\`\`${lang}`,
    m.example.bad,
    '```',
    '',
    '## How to fix it',
    m.fix,
    '',
    `\`\`\`${lang}`,
    m.example.good,
    '```',
    '',
    '## References',
    ...m.references.map((r) => `- ${r}`),
    '',
  ];
}

/** docs/checks/README.md: one row per check. */
export function renderCheckIndex(checks: readonly CheckMeta[]): string {
  const sorted = [...checks].sort((a, b) => a.id.localeCompare(b.id));
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = sorted.map((m) => {
    const cwe = lookupCwe(m.cwe);
    const pillar = pillarOf(m.cwe);
    const pillarLabel = pillar === null ? '?' : `CWE-${pillar} ${PILLARS.find((p) => p.id === pillar)!.short}`;
    return `| [${m.id}](${m.id}.md) | ${cell(m.title)} | CWE-${m.cwe}${cwe ? ` ${cell(cwe.name)}` : ''} | ${pillarLabel} | ${m.severity} | ${m.confidence} |`;
  });
  return [
    '# Checks',
    '',
    'Generated from each check\'s metadata by `npm run gen:docs`; do not edit by hand',
    '(test/check-docs.test.ts fails when these files are out of date).',
    '',
    `${sorted.length} ${sorted.length === 1 ? 'check' : 'checks'}. \`pillar explain <id>\` prints the same page as the linked file.`,
    '',
    '| Id | Title | CWE | Pillar | Severity | Confidence |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** Every file of docs/checks/: file name → content. */
export function checkDocFiles(checks: readonly CheckMeta[]): Map<string, string> {
  const files = new Map<string, string>();
  files.set('README.md', renderCheckIndex(checks));
  for (const m of [...checks].sort((a, b) => a.id.localeCompare(b.id))) files.set(`${m.id}.md`, renderCheckDoc(m));
  return files;
}
