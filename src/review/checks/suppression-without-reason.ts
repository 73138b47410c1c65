/**
 * ## What it does
 * Reports a `pillar: ignore[...]` comment that gives no reason. Such a comment
 * suppresses nothing (unless the configuration sets
 * `suppressions.reason-required: false`): the finding it meant to silence is
 * reported as usual, and this finding says why.
 *
 * Not a visitor check: suppressions are comments, which the IR does not keep.
 * The suppression stage (src/review/suppressions.ts) reports it for every
 * language whose front end lexes comments; this module holds the metadata.
 *
 * ## CWE
 * CWE-1113 (Inappropriate Comment Style, under 1078 → 1076 → pillar 710): the
 * project's convention is that a suppression comment carries its reason, and
 * this comment does not follow it. The candidates were CWE-1053 (Missing
 * Documentation for Design), which is about a product's design documentation
 * as a whole rather than one comment, and CWE-1116 (Inaccurate Comments),
 * which needs a comment that says something wrong; a reason-less suppression
 * says too little. 1113 is a Base weakness with no children, the most specific
 * fit.
 */
import { defineCheck } from '../../analyze/check.js';
import { LANGUAGES } from '../../lang/registry.js';

export default defineCheck({
  meta: {
    id: 'suppression-without-reason',
    title: 'Suppression comment without a reason',
    cwe: 1113,
    severity: 'low',
    confidence: 'high',
    languages: LANGUAGES.filter((l) => l.comments).map((l) => l.id),
    description:
      'A `pillar: ignore[...]` comment with nothing after its ids. It does not suppress the finding it names, ' +
      'which is reported as usual.',
    why:
      'A suppression accepts a security risk. Without a reason, the next reader cannot tell a reviewed, deliberate ' +
      'decision from a silenced alarm, and cannot tell when the reason stops holding (the input becomes untrusted, ' +
      'the constant becomes configurable).',
    fix:
      'Say after the ids why the finding is acceptable here: `# pillar: ignore[CWE-78] command is a constant list`. ' +
      'If it is not acceptable, fix the code and remove the comment.',
    example: {
      bad: 'subprocess.run(cmd, shell=True)  # pillar: ignore[subprocess-shell]',
      good: 'subprocess.run(cmd, shell=True)  # pillar: ignore[subprocess-shell] cmd is built from constants above',
    },
    references: ['https://cwe.mitre.org/data/definitions/1113.html'],
    evidence: { subject: 'pillar: ignore comment', clean: 'each gives its reason' },
  },
  create: () => ({}),
});
