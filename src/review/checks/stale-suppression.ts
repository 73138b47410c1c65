/**
 * ## What it does
 * Reports a `pillar: ignore[...]` comment that suppresses nothing: no finding
 * of the checks or CWEs it names is on its line (any more), or it names a
 * check that does not exist.
 *
 * Only judged when the run could have produced the finding: a comment naming a
 * check that was turned off, or a CWE while some checks did not run or did not
 * finish on the file, is left alone. Foreign comments (`nosec`, `noqa`,
 * `nosemgrep`) are never called stale, since they may serve the tool they were
 * written for.
 *
 * Not a visitor check: reported by the suppression stage
 * (src/review/suppressions.ts); this module holds the metadata.
 *
 * ## CWE
 * CWE-1116 (Inaccurate Comments, under 1078 → 1076 → pillar 710): the comment
 * states that a defect is on its line and has been accepted, and that is no
 * longer true. CWE-1164 (Irrelevant Code) was the alternative, but a comment is
 * not code the program runs. 1116 is a Base weakness with no children.
 *
 * ## Severity
 * `info`: a stale suppression does no harm today, so with the default
 * `--fail-on medium` it does not fail a build (refactoring would otherwise
 * break CI for a comment). It is worth removing because it would silently
 * suppress a new defect of that kind written on its line later.
 */
import { defineCheck } from '../../analyze/check.js';
import { LANGUAGES } from '../../lang/registry.js';

export default defineCheck({
  meta: {
    id: 'stale-suppression',
    title: 'Suppression comment that suppresses nothing',
    cwe: 1116,
    severity: 'info',
    confidence: 'high',
    languages: LANGUAGES.filter((l) => l.comments).map((l) => l.id),
    description:
      'A `pillar: ignore[...]` comment on whose line no finding of the named checks or CWEs is reported, or that ' +
      'names a check that does not exist.',
    why:
      'The comment records a risk that is no longer there, misleading readers, and it stays armed: a new defect of ' +
      'the same kind written on that line later would be suppressed without anyone deciding so.',
    fix: 'Remove the comment, or the ids in it that no longer match a finding; correct a misspelt check id.',
    example: {
      bad: 'subprocess.run(["ls", path])  # pillar: ignore[subprocess-shell] legacy call',
      good: 'subprocess.run(["ls", path])',
    },
    references: ['https://cwe.mitre.org/data/definitions/1116.html'],
    evidence: { subject: 'pillar: ignore comment', clean: 'each suppresses a finding on its line' },
  },
  create: () => ({}),
});
