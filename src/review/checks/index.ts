/**
 * Checks reported by the review stages rather than by IR visitors (they are
 * about comments, which the IR does not keep). They apply to every language
 * whose front end lexes comments (`LanguageFrontEnd.comments`) and are loaded
 * with its checks (src/engine/checks.ts); that language's fixtures folder
 * holds their fixtures, in its comment syntax.
 */
import type { Check } from '../../analyze/check.js';
import staleSuppression from './stale-suppression.js';
import suppressionWithoutReason from './suppression-without-reason.js';

export const REVIEW_CHECKS: readonly Check[] = [staleSuppression, suppressionWithoutReason];
