/**
 * Does an identifier (a variable, attribute, keyword, dict key or function
 * name) denote a security value such as a password, token or key?
 *
 * Identifiers are split into words (`SECRET_KEY`, `apiKey`, `x-api-key`),
 * then matched word by word, so `secretary` and `tokenizer` do not match. A
 * name that also carries a word saying it is *about* the value rather than
 * the value itself (`password_length`, `token_url`, `PASSWORD_FIELD`,
 * `token_type`) is not a security value. A bare `key` or `code` only counts
 * with a qualifier (`api_key`, `private_key`, `reset_code`), since plain
 * `key` is far more often a dict key.
 */
import type { Expr } from '../ir/types.js';

export type SecretKind =
  | 'password'
  | 'crypto-key'
  | 'api-key'
  | 'secret'
  | 'token'
  | 'credential'
  | 'otp'
  | 'session'
  | 'salt'
  | 'nonce'
  | 'iv'
  | 'auth-header';

export type Purpose = 'random' | 'hardcoded';

/** Words that make a name describe a property of, or a place for, the secret. */
const ABOUT_WORDS = new Set(
  (
    'length len size count cnt num number index idx delay timeout interval attempt attempts retries retry jitter ' +
    'backoff field fields label labels name names type types kind prompt hint url uri urls endpoint path paths file ' +
    'files filename dir directory header policy rule rules regex regexp pattern char chars charset alphabet letters ' +
    'digits symbols pool expiry expires expiration exp ttl age lifetime min max bits strength format fmt template ' +
    'column col param params placeholder message msg error errors err valid validator validation is has enabled ' +
    'enable required require use should allow prefix suffix position pos offset weight prob probability rate ratio ' +
    'chance percent env var hash hashed hasher digest mode method scheme style color colour display text title ' +
    'description desc help doc input widget class cls module attr attribute arg args option options setting settings ' +
    'question cache store storage backend manager handler factory generator provider service serializer form view ' +
    'model table word words guess game version location box dialog button icon request response reply event ' +
    're rx pat algorithm algorithms algo alg mask masked dummy validators hashers handlers managers backends providers services policies'
  ).split(' '),
);

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'passcode', 'pw']);
const CRYPTO_KEY_QUALIFIERS = new Set([
  'private', 'priv', 'secret', 'signing', 'sign', 'encryption', 'encrypt', 'decryption', 'crypto', 'cipher', 'aes',
  'hmac', 'master', 'jwt', 'fernet', 'rsa', 'ssh',
]);
const CRYPTO_KEY_WORDS = new Set(['privatekey', 'privkey', 'secretkey', 'signingkey', 'encryptionkey', 'hmackey', 'masterkey']);
const API_KEY_QUALIFIERS = new Set(['api', 'access', 'auth', 'client', 'app', 'license', 'subscription']);
const CODE_QUALIFIERS = new Set([
  'reset', 'verification', 'verify', 'confirmation', 'confirm', 'activation', 'otp', 'auth', 'login', 'invite',
  'recovery', 'mfa', '2fa', 'sms', 'security', 'access', 'one', 'unlock',
  // Bearer codes: whoever knows the code redeems its value.
  'coupon', 'voucher', 'promo', 'gift', 'redeem', 'redemption', 'claim',
]);

/**
 * `SECRET_KEY` → [secret, key]; `apiKey` → [api, key]; `X-API-Key` → [x, api, key].
 * Identifiers come back again and again: short ones are split once (the
 * lists are shared, hence read-only).
 */
export function identifierWords(id: string): readonly string[] {
  if (id.length > 64) return splitWords(id);
  let words = wordsOf.get(id);
  if (words === undefined) {
    if (wordsOf.size >= MEMO_LIMIT) wordsOf.clear();
    words = Object.freeze(splitWords(id));
    wordsOf.set(id, words);
  }
  return words;
}

const wordsOf = new Map<string, readonly string[]>();

function splitWords(id: string): string[] {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const RANK: readonly SecretKind[] = [
  'password', 'crypto-key', 'api-key', 'auth-header', 'secret', 'token', 'credential', 'otp', 'session', 'salt', 'nonce', 'iv',
];

/**
 * The kind of security value `id` names, or null. Asked for every assigned
 * name, keyword and dict key, mostly the same few hundred identifiers, so
 * answers are remembered (per purpose; the table is emptied when it grows large).
 */
export function secretKind(id: string, purpose: Purpose): SecretKind | null {
  const memo = purpose === 'random' ? randomKinds : hardcodedKinds;
  let kind = memo.get(id);
  if (kind === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    kind = classify(id, purpose);
    memo.set(id, kind);
  }
  return kind;
}

const MEMO_LIMIT = 50_000;
const randomKinds = new Map<string, SecretKind | null>();
const hardcodedKinds = new Map<string, SecretKind | null>();

function classify(id: string, purpose: Purpose): SecretKind | null {
  const words = identifierWords(id);
  if (words.length === 0) return null;
  if (words.some((w) => ABOUT_WORDS.has(w))) return null;
  if (purpose === 'hardcoded' && words.includes('id')) return null;
  const kinds = new Set<SecretKind>();
  words.forEach((w, i) => {
    const prev = words[i - 1] ?? '';
    const next = words[i + 1] ?? '';
    const last = i === words.length - 1;
    if (PASSWORD_WORDS.has(w) || w.endsWith('password') || w.endsWith('passwd')) kinds.add('password');
    // `db_pass`, `smtp_pass`; but `user_pass` is the user:pass pair of a URL.
    else if (w === 'pass' && last && words.length > 1 && prev !== 'user') kinds.add('password');
    if (CRYPTO_KEY_WORDS.has(w) || (w === 'key' && CRYPTO_KEY_QUALIFIERS.has(prev))) kinds.add('crypto-key');
    if (w === 'apikey' || w === 'accesskey' || (w === 'key' && API_KEY_QUALIFIERS.has(prev))) kinds.add('api-key');
    if (w === 'secret' || (w.endsWith('secret') && w.length <= 16)) kinds.add('secret');
    if (w === 'token' || (w.endsWith('token') && w.length <= 16)) kinds.add('token');
    if (w === 'credential' || w === 'credentials' || w === 'creds') kinds.add('credential');
    if (w === 'authorization' && words.length <= 2) kinds.add('auth-header');
    if (purpose === 'random') {
      if (w === 'otp' || w === 'totp' || w === 'hotp' || w === 'pin') kinds.add('otp');
      if (w === 'code' && CODE_QUALIFIERS.has(prev)) kinds.add('otp');
      if (w === 'csrf' || w === 'xsrf') kinds.add('token');
      // OAuth's `state`, `nonce` and PKCE `code_verifier` are anti-forgery secrets.
      if (w === 'oauth' && words.some((x) => x === 'state' || x === 'verifier' || x === 'nonce')) kinds.add('token');
      if (w === 'verifier' && prev === 'code') kinds.add('token');
      // A gift card number is a bearer secret like a coupon code.
      if ((w === 'card' || w === 'cards') && (prev === 'gift' || prev === 'prepaid')) kinds.add('otp');
      if (w === 'sessionid' || w === 'sessid' || (w === 'session' && (next === 'id' || next === 'key'))) kinds.add('session');
      if (w === 'salt') kinds.add('salt');
      if (w === 'nonce' || w === 'cnonce') kinds.add('nonce');
      if (w === 'iv') kinds.add('iv');
    }
  });
  for (const k of RANK) if (kinds.has(k)) return k;
  return null;
}

/** The identifier an assignment target, keyword or dict key stands for: `x`, `self.x`, `d["x"]`. */
export function targetIdentifier(target: Expr, constString: (e: Expr) => string | null): string | null {
  if (target.kind === 'name') return target.id;
  if (target.kind === 'attribute') return target.attr;
  if (target.kind === 'index') return constString(target.index);
  return null;
}

/** Human words for a kind, for messages: "password", "API key". */
export function kindLabel(kind: SecretKind): string {
  switch (kind) {
    case 'crypto-key':
      return 'cryptographic key';
    case 'api-key':
      return 'API key';
    case 'otp':
      return 'one-time code';
    case 'session':
      return 'session id';
    case 'iv':
      return 'IV';
    case 'auth-header':
      return 'Authorization header';
    default:
      return kind;
  }
}
