/**
 * How strongly a name says "this value is a secret", for the timing-unsafe
 * comparison checks of every language (Python's timing-unsafe-comparison,
 * JavaScript's js-secret-compare). Names are split into words first
 * (src/analyze/secret-names.ts `identifierWords`).
 */

/** Secret grades: 0 none, 1 plain hash, 2 ambiguous name, 3 strong name, 4 built by hmac. */
export type Grade = 0 | 1 | 2 | 3 | 4;

export const STRONG_ALONE = new Set(['secret', 'csrf', 'xsrf', 'otp', 'totp', 'hotp', 'hmac', 'apikey', 'passcode']);
export const AMBIGUOUS = new Set(['token', 'signature', 'sig', 'mac', 'authorization']);
export const HASHES = new Set(['digest', 'hexdigest']);
export const TOKEN_QUALIFIERS = new Set([
  'auth', 'access', 'refresh', 'session', 'reset', 'api', 'bearer', 'secret', 'verification', 'verify', 'confirm',
  'confirmation', 'invite', 'invitation', 'activation', 'magic', 'login', 'remember', 'unsubscribe', 'oauth', 'jwt',
  'webhook', 'signup', 'password', 'csrf', 'xsrf', 'private', 'personal', 'client', 'shared', 'signing',
]);
export const KEY_QUALIFIERS = new Set(['api', 'secret', 'signing', 'private', 'access', 'shared', 'hmac', 'master', 'encryption']);
export const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pw', 'passphrase']);
/** Words that make a name describe metadata about a secret rather than the secret itself. */
export const VETO = new Set([
  'type', 'types', 'kind', 'name', 'names', 'id', 'ids', 'uuid', 'len', 'length', 'count', 'num', 'number', 'size',
  'index', 'idx', 'pos', 'position', 'offset', 'line', 'lineno', 'col', 'start', 'end', 'expiry', 'expires',
  'expiration', 'exp', 'ttl', 'url', 'uri', 'endpoint', 'format', 'fmt', 'version', 'algorithm', 'algorithms', 'algo',
  'alg', 'scheme', 'prefix', 'suffix', 'address', 'addr', 'method', 'methods', 'file', 'path', 'filename', 'dir',
  'status', 'state', 'mode', 'policy', 'scope', 'scopes', 'class', 'cls', 'ref', 'arn', 'label', 'regex', 'pattern',
  'spec', 'config', 'cfg', 'module', 'field', 'attr', 'param', 'params', 'arg', 'args', 'kwargs', 'flag', 'enabled',
  'required', 'is', 'has', 'should', 'use', 'port', 'vif', 'iface', 'interface', 'bridge', 'ip', 'eui', 'hw', 'ether',
  'lladdr', 'keyword', 'text', 'value', 'values', 'str', 'repr', 'location',
  'source', 'loc', 'parser', 'lexer', 'char', 'chars', 'level', 'depth', 'hint', 'doc', 'help', 'fingerprint',
  'fpr', 'public', 'pub', 'pubkey', 'cert', 'certificate', 'default', 'placeholder', 'example', 'dummy', 'sample',
  'fake', 'mock',
]);

export function gradeWords(ws: readonly string[]): Grade {
  if (ws.some((w) => VETO.has(w))) return 0;
  const has = (set: ReadonlySet<string>) => ws.some((w) => set.has(w));
  if (has(STRONG_ALONE)) return 3;
  if (ws.includes('token') && has(TOKEN_QUALIFIERS)) return 3;
  if (ws.includes('key') && has(KEY_QUALIFIERS)) return 3;
  if (has(PASSWORD_WORDS) && (ws.includes('hash') || ws.includes('digest') || ws.includes('hashed'))) return 3;
  if (has(AMBIGUOUS)) return 2;
  if (has(HASHES)) return 1;
  return 0;
}
