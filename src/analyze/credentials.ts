/**
 * Is a string literal a credential? The language-neutral part of the
 * hard-coded secret checks (Python's hardcoded-secret, JavaScript's
 * js-hardcoded-secret): well-known credential formats, passwords in URLs,
 * and the reasons a value under a secret-looking name is not one
 * (placeholders, labels, settings, paths, prose).
 */
import { identifierWords, kindLabel, type SecretKind } from './secret-names.js';

export const CWE_PASSWORD = 259;
export const CWE_CRYPTO_KEY = 321;
export const CWE_CREDENTIAL = 798;

export interface Format {
  re: RegExp;
  label: string;
  cwe: number;
  /** Extra test on the match, e.g. to skip AWS's documented example key. */
  accept?: (match: string) => boolean;
}

export const FORMATS: readonly Format[] = [
  {
    re: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/,
    label: 'an AWS access key id',
    cwe: CWE_CREDENTIAL,
    accept: (m) => !m.includes('EXAMPLE'),
  },
  {
    // A header alone is a marker a parser looks for; a key has a body after it.
    re: /-----BEGIN (?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----\s*(?:[A-Za-z-]+:[^\n]*\n\s*)*(?:[A-Za-z0-9+/=][ \t\r\n]*){40}/,
    label: 'a private key',
    cwe: CWE_CRYPTO_KEY,
  },
  { re: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/, label: 'a GitHub token', cwe: CWE_CREDENTIAL },
  { re: /\bgithub_pat_[A-Za-z0-9_]{40,}\b/, label: 'a GitHub token', cwe: CWE_CREDENTIAL },
  { re: /\bxox[baprs]-[0-9]+-[A-Za-z0-9-]{10,}\b/, label: 'a Slack token', cwe: CWE_CREDENTIAL },
  { re: /\b[sr]k_live_[A-Za-z0-9]{20,}\b/, label: 'a Stripe live secret key', cwe: CWE_CREDENTIAL },
  { re: /\bAIza[0-9A-Za-z_-]{35}\b/, label: 'a Google API key', cwe: CWE_CREDENTIAL },
];

/** Any of the formats: one pass over a string, so most strings (docstrings, messages) are ruled out at once. */
const ANY_FORMAT = new RegExp(FORMATS.map((f) => `(?:${f.re.source})`).join('|'));

/** The first well-known credential format `text` contains, or null. */
function credentialFormatIn(text: string): Format | null {
  if (!ANY_FORMAT.test(text)) return null;
  for (const f of FORMATS) {
    const m = f.re.exec(text);
    if (m && (!f.accept || f.accept(m[0]))) return f;
  }
  return null;
}

/** A credential a string carries by its form alone, as the secret checks report it. */
export interface LiteralCredential {
  message: string;
  cwe: number;
  confidence: 'high' | 'medium';
}

/**
 * A well-known credential format inside `text`, else (unless `urls` is
 * false) a password in a URL that is not a placeholder; null when neither.
 */
export function literalCredential(text: string, urls = true): LiteralCredential | null {
  const format = credentialFormatIn(text);
  if (format) {
    return { message: `This string contains ${format.label}; a credential in source code leaks with every copy of the code.`, cwe: format.cwe, confidence: 'high' };
  }
  const url = !urls || !text.includes('://') || !text.includes('@') ? null : URL_CREDENTIALS.exec(text);
  if (url && !placeholder(decodeURIComponentSafe(url[1]!))) {
    return { message: 'This URL carries a hard-coded password; it leaks with every copy of the code.', cwe: CWE_PASSWORD, confidence: 'medium' };
  }
  return null;
}

/** `scheme://user:password@host` */
export const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]{0,30}:\/\/[^\s:@/]{0,100}:([^\s@/\u0000]{1,200})@[^\s/]/i;

export const PLACEHOLDERS: readonly RegExp[] = [
  /^<[^<>]*>$/,
  /^\$\{[^}]*\}$/,
  /^\{\{?\s*[\w.-]*\s*\}?\}$/,
  /^%\(?\w*\)?s$/,
  /^\$[A-Za-z_]\w*$/,
  /^%[A-Za-z_]\w*%$/,
  /^(.)\1{2,}$/,
  /^[*x•.]+$/i,
  /^(your|insert|enter|replace|put|add)[-_ ]/i,
  /[-_ ]here$/i,
  /^(todo|tbd|fixme|none|null|nil|undefined|n\/a|redacted|hidden|dummy|placeholder|example|sample|secret|password|token)$/i,
];

/** Values that are settings, not secrets, whatever the name says. */
export const KEYWORD_VALUES = new Set(
  (
    'bearer basic digest jwt oauth oauth2 none null true false required optional hidden text plain sha1 sha256 md5 ' +
    'hs256 rs256 es256 utf-8 utf8 default auto disabled enabled on off yes no client_credentials ' +
    'authorization_code refresh_token password implicit'
  ).split(' '),
);

/** Words that make up labels and prompts for a credential field. */
export const LABEL_WORDS = new Set(
  (
    'new old confirm confirmation current repeat re user your enter the field input form label db api x please type ' +
    'again verify reset change value secret password passwd pwd pass passphrase token key access auth private public ' +
    'client id name s app session csrf refresh bearer'
  ).split(' '),
);

export function cweFor(kind: SecretKind): number {
  if (kind === 'password') return CWE_PASSWORD;
  if (kind === 'crypto-key') return CWE_CRYPTO_KEY;
  return CWE_CREDENTIAL;
}

export function placeholder(text: string): boolean {
  const t = text.trim();
  return t === '' || PLACEHOLDERS.some((re) => re.test(t)) || LABEL_WORDS.has(t.toLowerCase());
}

export function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Why `text` is not a credential for a name of `kind`, or null when it looks like one. */
export function implausible(text: string, kind: SecretKind, id: string): string | null {
  const t = text.trim();
  if (t === '') return 'empty or None';
  if (PLACEHOLDERS.some((re) => re.test(t))) return 'placeholder';
  if (KEYWORD_VALUES.has(t.toLowerCase()) && kind !== 'password') return 'setting, not a secret';
  if (isLabel(t, id)) return 'label, not a value';
  if (/^(\/|\.{1,2}\/|~)/.test(t) || /^[a-z][a-z0-9+.-]*:\/\//i.test(t)) return 'path or URL';
  if (/^[A-Za-z_]\w*(\.[A-Za-z_]\w*){2,}$/.test(t)) return 'dotted name';
  if (kind === 'auth-header') {
    const m = /^(?:bearer|basic|token)\s+(\S{8,})$/i.exec(t);
    return m && !placeholder(m[1]!) ? null : 'not a credential';
  }
  if (/\s/.test(t) && t.split(/\s+/).length >= 3) return 'prose';
  if (kind === 'token' || kind === 'api-key' || kind === 'credential') {
    if (t.length < 8 || /\s/.test(t) || !/[0-9]/.test(t) || !/[A-Za-z]/.test(t)) return 'not credential-shaped';
  }
  if (t.length < 3) return 'too short to be a credential';
  return null;
}

/** `"new_password"`, `"Password:"`, `"api-token"`: words that label the field rather than fill it. */
export function isLabel(text: string, id: string): boolean {
  if (/\d/.test(text)) return false;
  const words = identifierWords(text);
  if (words.length === 0) return true; // punctuation only
  const own = new Set(identifierWords(id));
  return words.every((w) => LABEL_WORDS.has(w) || own.has(w));
}

/**
 * What a hard-coded credential finding says, the same for every language:
 * `forced` names the value when its position says what it is (basic auth),
 * `how` is where the literal stands, `fallback` marks the default of an
 * environment lookup.
 */
export function credentialMessage(c: {
  id: string | null;
  kind: SecretKind;
  how: 'set' | 'compare';
  fallback: boolean;
  forced?: { subject: string } | undefined;
}): string {
  const label = kindLabel(c.kind);
  const name = `\`${c.id}\``;
  if (c.forced) return `${c.forced.subject} is hard-coded; anyone with the code has it.`;
  if (c.how === 'compare') return `${name} is compared with a hard-coded ${label}; the credential ships with the code.`;
  if (c.fallback) return `${name} falls back to a hard-coded ${label} when the environment does not set it; the fallback ships with the code.`;
  if (c.kind === 'auth-header') return `The ${name} header carries a hard-coded credential; anyone with the code has it.`;
  return `${name} is set to a hard-coded ${label}; anyone with the code has it.`;
}
