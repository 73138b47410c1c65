/**
 * What a line reference is cited for. Each kind names something the code at
 * that line must contain for the reference to be right (see verify.ts);
 * anything else is "unverifiable": the tool does not guess.
 */
import type { LineRef } from './parse-review.js';

export type ClaimKind = 'cleanup' | 'comparison' | 'sleep-polling' | 'stubbing' | 'exception-handling' | 'credentials' | 'unverifiable';

export const CHECKABLE_KINDS: readonly Exclude<ClaimKind, 'unverifiable'>[] = [
  'cleanup',
  'comparison',
  'sleep-polling',
  'stubbing',
  'exception-handling',
  'credentials',
];

/** What the code must contain for each kind; used in reports and docs. */
export const KIND_NEEDS: Record<ClaimKind, string> = {
  cleanup: 'a cleanup, close or teardown call (or a with-block, or a tearDown/cleanup definition)',
  comparison: 'a comparison (==, !=, <, >, in, is…) or an assertEqual-style comparing assertion',
  'sleep-polling': 'a sleep/wait/poll/retry call or a loop',
  stubbing: 'a stub, mock, patch, fake or fixture',
  'exception-handling': 'try, except, raise, or a failure call (fail, assertRaises…)',
  credentials: 'a credential-like literal (a string assigned to a password/secret/token/key name, or a key-shaped string)',
  unverifiable: 'nothing the tool can check',
};

/** Words that name each kind in review prose. Order does not matter: the cue nearest the reference wins. */
const CUES: Record<Exclude<ClaimKind, 'unverifiable'>, RegExp> = {
  cleanup:
    /\b(?:clean[\s-]?ups?|cleaning\s+up|cleaned\s+up|teardown|tear(?:s|ing)?\s+down|tearDown|addCleanup|clos(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|dispos(?:e|es|ed|al)|reset(?:s|ting)?|shut(?:s|ting)?\s*down|context\s+managers?|finally)\b/i,
  comparison: /\b(?:comparisons?|compar(?:e|es|ed|ing)|equal(?:ity|s)?|assert(?:Equal|NotEqual|In|NotIn|Is|IsNot|IsNone|Greater|Less)\w*|assertions?|checking\s+(?:the\s+)?(?:server\s+)?(?:status|state|host|value)s?)\b|==|!=/i,
  'sleep-polling': /\b(?:sleep(?:s|ing)?|time\.sleep|poll(?:s|ing|ed)?|wait(?:s|ing|ed)?|retr(?:y|ies|ying)|busy[\s-]wait\w*|loops?|looping|timeouts?)\b/i,
  stubbing: /\b(?:stub(?:s|bing|bed)?|stub_out|mock(?:s|ing|ed)?|monkey[\s-]?patch\w*|patch(?:es|ing|ed)?|fakes?|fixtures?|test\s+doubles?)\b/i,
  'exception-handling':
    /\b(?:exceptions?|exceptional|except|try(?:\/except)?|raise[sd]?|raising|error\s+handling|handl(?:e|es|ing)\s+(?:errors?|failures?|exceptions?)|failures?|fail(?:s|ed)?|assertRaises|catch(?:es|ing)?)\b/i,
  credentials: /\b(?:credentials?|passwords?|passwd|secrets?|tokens?|api[\s_-]?keys?|private\s+keys?|hard-?coded\s+(?:keys?|credentials?|passwords?|secrets?))\b/i,
};

export interface ClaimClassification {
  kind: ClaimKind;
  /** The words that decided the kind, or null for unverifiable. */
  cue: string | null;
  /** Every kind named in the clause, nearest first (for reports). */
  candidates: ClaimKind[];
}

/**
 * A credential named in a sentence about hashing or encryption ("the session
 * token is derived with MD5") is what is being processed, not a literal in
 * the code: such a claim is about cryptography, which no kind covers.
 */
const CRYPTO_TOPIC = /\b(?:md5|sha-?1|hash\w*|digest|encrypt\w*|decrypt\w*|cipher\w*|random\w*|entropy)\b/i;

function cuesIn(text: string, claim: string): Array<{ kind: Exclude<ClaimKind, 'unverifiable'>; index: number; end: number; cue: string }> {
  const found: Array<{ kind: Exclude<ClaimKind, 'unverifiable'>; index: number; end: number; cue: string }> = [];
  for (const kind of CHECKABLE_KINDS) {
    if (kind === 'credentials' && CRYPTO_TOPIC.test(claim)) continue;
    for (const m of text.matchAll(new RegExp(CUES[kind].source, 'gi'))) found.push({ kind, index: m.index, end: m.index + m[0].length, cue: m[0] });
  }
  return found;
}

/**
 * Classifies a reference by the words cited with it. The clause nearest the
 * reference decides; among several cues in the clause, the one closest to the
 * reference wins ("handled with timeouts and failure conditions (lines
 * 111-112)" is about failure handling). When the clause names nothing, the
 * whole claim sentence is used, but only if it names a single kind and holds
 * no other reference group (otherwise the sentence's words may belong to
 * another reference).
 */
export function classifyClaim(ref: Pick<LineRef, 'clause' | 'clauseSide' | 'claim' | 'groupsInClaim'>): ClaimClassification {
  const inClause = cuesIn(ref.clause, ref.claim);
  if (inClause.length > 0) {
    const distance = (c: { index: number; end: number }) => (ref.clauseSide === 'before' ? ref.clause.length - c.end : c.index);
    inClause.sort((a, b) => distance(a) - distance(b));
    const candidates = [...new Set(inClause.map((c) => c.kind))];
    return { kind: inClause[0].kind, cue: inClause[0].cue, candidates };
  }
  const inClaim = cuesIn(ref.claim, ref.claim);
  const kinds = [...new Set(inClaim.map((c) => c.kind))];
  if (kinds.length === 1 && ref.groupsInClaim <= 1) return { kind: kinds[0], cue: inClaim[0].cue, candidates: kinds };
  return { kind: 'unverifiable', cue: null, candidates: kinds };
}
