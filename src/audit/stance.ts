/**
 * Whether a piece of review text says something is wrong ('defect'), says it
 * is fine or not applicable ('safe'), or neither ('neutral').
 *
 * Two kinds of cue are counted. Claim cues ("vulnerable to", "does not
 * validate", "hard-coded password") and dismissal cues ("not applicable",
 * "no apparent issues", "are handled appropriately"). A claim cue preceded
 * closely by a negation ("not vulnerable to") counts as a dismissal. When
 * both kinds are present, a dismissal that denies the existence or relevance
 * of a problem wins (reviews routinely name a weakness in order to rule it
 * out: "input validation issues leading to injection, none of which are
 * applicable here"); otherwise the more numerous kind wins and a tie is
 * neutral.
 */
export type Stance = 'defect' | 'safe' | 'neutral';

/** Things whose absence is a defect: "there is no validation" claims, "there is no injection" dismisses. */
const SAFEGUARD = String.raw`(?:[\w-]+\s+){0,2}?(?:validation|validating|sanitization|sanitisation|sanitizing|escaping|timeouts?|authentication|authori[sz]ation|cleanup|checks?|checking|handling|limits?|encryption|verification|close|closing|release|releasing)\b`;

/** Denies that a problem exists or applies. These win over claim cues. */
const STRONG_DISMISSALS: RegExp[] = [
  new RegExp(String.raw`\bno\s+(?:evident|apparent|obvious|clear|visible|explicit|direct)\s+(?!${SAFEGUARD})`, 'i'),
  new RegExp(String.raw`\b(?:does|do|did)\s*(?:n't|\s+not)\s+(?:seem\s+to\s+|appear\s+to\s+)?(?:\w+ly\s+)?(?:perform|implement|manipulate|modify|bypass|interact|handle\s+sensitive|use)\s+(?!${SAFEGUARD})`, 'i'),
  /\bnot\s+(?:directly\s+|really\s+|strictly\s+)?(?:applicable|relevant|evident|visible|present|apparent)\b/i,
  /\b(?:no|none)\s+(?:\w+\s+){0,3}?(?:issues?|defects?|vulnerabilit(?:y|ies)|weakness(?:es)?|problems?|concerns?|flaws?|risks?|misuse|evidence|indication|signs?)\b/i,
  /\bnone\s+of\s+(?:which|these|them|the)\b/i,
  /\bnot\s+(?:found|detected|observed|identified|seen)\b/i,
  /^\W*(?:CWE[\s_:-]*\d+\W*)?(?:none|n\/a|no|not\s+applicable)\W*$/i,
  /\b(?:does|do|did|is|are)\s*(?:n't|\s+not)\s+(?:seem\s+to\s+|appear\s+to\s+|directly\s+)?(?:exhibit|contain|have|show|present|introduce|pose|suffer|apply|involve|exist|lead|indicate)\b/i,
  /\bnot\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:security\s+)?(?:issue|defect|vulnerability|concern|problem|weakness|flaw|risk)\b/i,
  /\brather\s+than\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:security\s+)?(?:issue|defect|vulnerability|concern|problem)\b/i,
  // "There is no X" denies a problem, unless X is a safeguard ("there is no validation" is a claim).
  new RegExp(String.raw`\bthere(?:'s|\s+is|\s+are|\s+was|\s+were)\s*(?:n't|\s+not|\s+no)\s+(?!${SAFEGUARD})`, 'i'),
  /\bis\s+not\s+(?:a\s+)?(?:concern|issue|problem)\b/i,
  /\bdoes\s*(?:n't|\s+not)\s+apply\b/i,
];

/** Says the code does the right thing. */
const WEAK_DISMISSALS: RegExp[] = [
  /\b(?:is|are|appears?|seems?|looks?)\s+(?:to\s+be\s+)?(?:\w+\s+)?(?:correct(?:ly)?|appropriate(?:ly)?|proper(?:ly)?|adequate(?:ly)?|fine|ok|okay|acceptable|harmless|benign|reasonable|expected|safe|secure|standard|consistent|clear|structured|robust|sound)\b/i,
  /\b(?:is|are)\s+(?:\w+\s+)?(?:released|closed|cleaned\s+up|freed|caught|validated|sanitized|escaped)\b/i,
  /\b(?:managed|handled|used|implemented|performed|validated|sanitized|closed|released|cleaned\s+up)\s+(?:\w+\s+)?(?:appropriately|correctly|properly|safely|securely|as\s+expected)\b/i,
  /\badheres?\s+to\b/i,
  /\b(?:has|have|appears?\s+to\s+have|seems?\s+to\s+have)\s+(?:a\s+)?(?:clear|proper|correct|appropriate|adequate|sound)\b/i,
  /\b(?:is|are)\s+(?:\w+\s+)?(?:handled|managed|covered|addressed|mitigated)\b/i,
  /\b(?:appears?|seems?)\s+to\s+be\s+(?:handled|managed)\b/i,
  /\bfollows?\s+(?:good|best|standard|secure)\s+practices?\b/i,
  /\bwhich\s+indicates\s+proper\b/i,
];

/** Wording that asserts a defect; counted only when not negated just before. */
const CLAIMS: RegExp[] = [
  /\bvulnerab(?:le|ility|ilities)\b/i,
  /\b(?:is|are)\s+(?:present|exhibited|introduced|exploitable)\b/i,
  /\bexhibits?\b/i,
  /\b(?:leads?|could\s+lead|may\s+lead|can\s+lead|might\s+lead)\s+to\b/i,
  /\b(?:allows?|enables?|permits?)\s+(?:an?\s+)?(?:attackers?|malicious|remote|unauthori[sz]ed|arbitrary)\b/i,
  /\b(?:security\s+)?defect\b/i,
  /\binsecure(?:ly)?\b/i,
  /\bhard-?coded\b/i,
  /\b(?:plain|clear)-?text\s+(?:password|secret|credential)/i,
  /\bunsafe(?:ly)?\b/i,
  /\binjection\b/i,
  /\bexposes?\b/i,
  /\bimproper(?:ly)?\b/i,
  /\bincorrect(?:ly)?\b/i,
  /\b(?:is|are)\s+(?:flawed|broken|weak|wrong)\b/i,
  /\brace\s+condition\b/i,
  /\b(?:broken|weak|flawed|deprecated|obsolete|predictable)\s+(?:\w+\s+)?(?:hash(?:ing|es)?|cipher|algorithm|crypto\w*|random\w*|keys?|encryption|protocol|digest)\b/i,
  /\bnot\s+constant[\s-]time\b|\btiming\s+(?:attacks?|side[\s-]channels?|leaks?)\b/i,
  /\bleaks?\b/i,
];

/** Wording that asserts a defect by itself carrying the negation ("does not validate"). */
const INHERENT_CLAIMS: RegExp[] = [
  /\b(?:does|do|is|are)\s*(?:n't|\s+not)\s+(?:properly\s+|correctly\s+|always\s+)?(?:validat|check|sanitiz|escap|verif|clos|releas|handl|restrict|limit|free|neutraliz|authenticat|authoriz|encrypt|caught|cleaned)\w*/i,
  /\bmissing\s+(?:\w+\s+)?(?:validation|check|cleanup|close|timeout|handling|authentication|authori[sz]ation|escaping|sanitization)\b/i,
  /\black(?:s|ing)?\s+(?:of\s+)?(?:\w+\s+)?(?:validation|check|cleanup|timeout|handling|authentication|authori[sz]ation|escaping|sanitization)\b/i,
  /\bfails?\s+to\b/i,
  /\bwithout\s+(?:any\s+)?(?:validation|checking|sanitization|escaping|a\s+timeout|authentication|authori[sz]ation|closing|releasing)\b/i,
  /\bnever\s+(?:closed|released|freed|validated|checked|cleaned)\b/i,
  /\bno\s+(?:explicit\s+|proper\s+|input\s+)?(?:validation|sanitization|sanitisation|escaping|timeout|authentication|authori[sz]ation|cleanup|error\s+handling|exception\s+handling|bounds\s+check)\b/i,
];

const NEGATION = /\b(?:no|not|nothing|never|without|none|nor|isn't|aren't|doesn't|don't|cannot|can't|neither|free\s+(?:of|from))\b/i;

/** The clause a cue sits in: back to the last sentence break, "but", "however", "although" or ", which". */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const cut = Math.max(
    ...[...before.matchAll(/[.;!?]\s|\b(?:but|however|although|though|yet|while|whereas)\b|,\s*(?:which|and\s+this|so)\b/gi)].map((m) => m.index + m[0].length),
    0,
  );
  return before.slice(cut);
}

function countMatches(text: string, patterns: RegExp[]): number {
  let n = 0;
  for (const re of patterns) if (re.test(text)) n++;
  return n;
}

/**
 * A sentence saying what the review looks for ("I analysed the code for
 * vulnerabilities such as SQL injection (CWE-89)") names weaknesses without
 * claiming them, unless it also reports a result.
 */
const SCOPE_VERB = '(?:analy[sz](?:e|es|ed|ing)|review(?:s|ed|ing)?|check(?:s|ed|ing)?|look(?:s|ed|ing)?|scan(?:s|ned|ning)?|assess(?:es|ed|ing)?|evaluat(?:e|es|ed|ing)|examin(?:e|es|ed|ing))';
const SCOPE_GOAL = String.raw`[^.;]{0,60}?\b(?:for|against|to\s+identify|to\s+find)\b`;
const SCOPE = new RegExp(String.raw`(?:\b(?:I|we|I'll|we'll|this\s+review|the\s+review)\s+(?:\w+\s+){0,2}?${SCOPE_VERB}|^\W*${SCOPE_VERB})\b${SCOPE_GOAL}`, 'i');
const RESULT = /\b(?:(?:is|are)\s+vulnerable|found|detected|identified|contains?|exists?|present)\b/i;

export function classifyStance(text: string): Stance {
  if (SCOPE.test(text) && !RESULT.test(text)) return 'neutral';
  const strong = countMatches(text, STRONG_DISMISSALS);
  let dismissals = strong + countMatches(text, WEAK_DISMISSALS);
  let claims = countMatches(text, INHERENT_CLAIMS);
  for (const re of CLAIMS) {
    const global = new RegExp(re.source, 'gi');
    for (const m of text.matchAll(global)) {
      if (NEGATION.test(clauseBefore(text, m.index))) dismissals++;
      else claims++;
      break;
    }
  }
  if (claims === 0 && dismissals === 0) return 'neutral';
  if (claims === 0) return 'safe';
  if (dismissals === 0) return 'defect';
  if (strong > 0) return 'safe';
  if (claims > dismissals) return 'defect';
  if (dismissals > claims) return 'safe';
  return 'neutral';
}
