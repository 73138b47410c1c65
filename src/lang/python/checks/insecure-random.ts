/**
 * ## What it does
 * Flags calls to the `random` module's generator (`random.random`, `randint`,
 * `randrange`, `choice`, `choices`, `sample`, `getrandbits`, `randbytes`,
 * `uniform`, `shuffle`) whose result becomes a security value: it is
 * assigned to, passed as a keyword named, stored under a dict key named, or
 * returned from a function named like a token, password, secret, API or
 * cryptographic key, session id, one-time code, CSRF token, salt, nonce or IV,
 * or set as the value of a cookie named like a session, login or token
 * (`resp.set_cookie("sid", ...)`). A plain local bound once to the value is
 * followed one step (`code = "%06d" % random.randint(...)` then
 * `session["otp"] = code`).
 *
 * ## Why is this bad?
 * `random` is a Mersenne Twister: after observing 624 outputs an attacker can
 * predict every future (and past) value, and its seed is guessable when it is
 * seeded from the time. Reset links, session ids or one-time codes drawn from
 * it can be predicted and replayed.
 *
 * ## Precision
 * The security meaning comes from names (split into words, so `secretary` or
 * `tokenizer` do not match; `token_length` or `password_field` describe a
 * property and do not count). `color = random.choice(colors)` is fine. A bare
 * `token` is ambiguous (NLP, lexers): it counts only when the value is drawn
 * from a character set, joined into a string, or a large random number.
 * `secrets.*` and `random.SystemRandom()` are the fix and are never reported.
 */
import { argument, type CheckContext, defineCheck } from '../../../analyze/check.js';
import type { CallExpr, Expr, Node } from '../../../ir/types.js';
import { forEachChild } from '../../../ir/walk.js';
import { localValue } from './_local-value-util.js';
import { identifierWords, kindLabel, type SecretKind, secretKind, targetIdentifier } from '../helpers/secret-names.js';

const GENERATORS = new Set([
  'random', 'randint', 'randrange', 'choice', 'choices', 'sample', 'getrandbits', 'randbytes', 'uniform', 'shuffle',
]);
const LOW_STAKES = new Set<SecretKind>(['salt', 'nonce', 'iv']);
const CHARSET_HINT = /^(chars?|charset|characters|alphabet|letters|digits|symbols|pool|allowed(_chars)?|alnum|alphanumeric)$/i;

export default defineCheck({
  meta: {
    id: 'insecure-random',
    title: 'Predictable random value used as a secret',
    cwe: 338,
    severity: 'high',
    confidence: 'medium',
    languages: ['python'],
    description:
      'Values from the `random` module (a Mersenne Twister) that are assigned, passed or returned as a token, ' +
      'password, key, session id, one-time code, salt, nonce or IV.',
    why:
      'The `random` module is predictable: its full state can be recovered from 624 outputs, and time-based seeds ' +
      'can be guessed. An attacker who predicts a reset token, session id or one-time code takes over the account.',
    fix:
      'Use the `secrets` module: `secrets.token_urlsafe(32)`, `secrets.token_hex(16)`, ' +
      '`"".join(secrets.choice(alphabet) for _ in range(n))`, `secrets.randbelow(10**6)`; or ' +
      '`random.SystemRandom()`; for bytes, `os.urandom(n)`.',
    example: {
      bad: 'reset_token = "".join(random.choices(string.ascii_letters, k=32))',
      good: 'reset_token = secrets.token_urlsafe(32)',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/338.html',
      'https://docs.python.org/3/library/random.html',
      'https://docs.python.org/3/library/secrets.html',
    ],
    evidence: { subject: 'random-module call', clean: 'none produces a token, password, key or other secret' },
    aliases: { bandit: ['B311'], ruff: ['S311'] },
  },
  create(ctx) {
    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (!name?.startsWith('random.')) return;
        const fn = name.slice('random.'.length);
        if (!GENERATORS.has(fn)) return;
        const sink = securitySink(ctx, node) ?? enclosingSink(ctx, node);
        if (!sink || (sink.kind === 'token' && sink.ambiguous && !secretShaped(ctx, node, fn))) {
          ctx.examined(node);
          return;
        }
        const label = kindLabel(sink.kind);
        ctx.report(
          node,
          `\`${name}()\` is predictable, yet its value becomes ${sink.where} (${label}); draw it from the \`secrets\` module.`,
          LOW_STAKES.has(sink.kind) ? { severity: 'medium' } : {},
        );
      },
    };
  },
});

/**
 * When the value's own destination says nothing (`raw = bytes(random…)`), the
 * function or class that makes it may: `oauth_state()`, `TokenFactory.make()`.
 * Only names that clearly denote a secret count (a bare `token` does not).
 */
function enclosingSink(ctx: CheckContext, call: Expr): Sink | null {
  const ancestors = ctx.ancestors;
  // A value passed as a named argument (`length=random…`) is that parameter, not the function's product.
  let child: Node = call;
  for (let i = ancestors.length - 1; i >= 0 && !isStatement(ancestors[i]!); i--) {
    const a = ancestors[i]!;
    if (a.kind === 'call' && a.args.some((x) => x.value === child && x.name !== null)) return null;
    child = a;
  }
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]!;
    if (a.kind !== 'function' && a.kind !== 'class') continue;
    const name = a.kind === 'class' ? a.name.replace(/(Factory|Generator|Maker|Builder|Service|Provider)$/, '') : a.name;
    const kind = secretKind(name, 'random');
    if (kind && !(kind === 'token' && /^_*token_*$/i.test(name))) {
      return { kind, where: `a value made by \`${a.name}\``, ambiguous: false };
    }
    if (a.kind === 'class') return null; // stop at the class: module-level names say nothing
  }
  return null;
}

interface Sink {
  kind: SecretKind;
  /** "`reset_token`", "the return value of `make_password()`". */
  where: string;
  /** A bare `token`, which also names lexer and NLP tokens. */
  ambiguous: boolean;
}

/**
 * Walks out from the call through the expression that contains it to the
 * place its value lands: an assignment target, a keyword argument, a dict
 * key, or a return from a named function.
 */
function securitySink(ctx: CheckContext, node: Expr, ancestors: readonly Node[] = ctx.ancestors, hops = 1): Sink | null {
  const constString = (e: Expr) => {
    const v = ctx.constValue(e);
    return typeof v === 'string' ? v : null;
  };
  const sinkFor = (id: string | null, where: (id: string) => string): Sink | null => {
    if (!id) return null;
    const kind = secretKind(id, 'random');
    return kind ? { kind, where: where(id), ambiguous: kind === 'token' && /^_*token_*$/i.test(id) } : null;
  };
  let child: Node = node;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]!;
    switch (a.kind) {
      case 'call': {
        const arg = a.args.find((x) => x.value === child);
        const cookie = cookieSink(ctx, a, child);
        if (cookie !== undefined) return cookie;
        if (arg?.name) {
          // A keyword names what the value is for: `salt=` is a sink, `length=` is not.
          return sinkFor(arg.name, (id) => `the \`${id}=\` argument`);
        }
        break;
      }
      case 'dict': {
        const entry = a.entries.find((e) => e.value === child);
        const hit = sinkFor(entry?.key ? constString(entry.key) : null, (id) => `the "${id}" entry`);
        if (hit) return hit;
        break;
      }
      case 'assign': {
        if (child !== a.value) return null;
        for (const t of a.targets) {
          const hit = sinkFor(targetIdentifier(t, constString), (id) => `\`${id}\``);
          if (hit) return hit;
        }
        // `code = f(random…)` then `session["otp"] = code`: follow a plain local one step.
        const t = a.targets[0];
        if (hops > 0 && a.targets.length === 1 && t?.kind === 'name' && a.op === null && localValue(ctx, t.id) !== null) {
          const fn = [...ancestors].reverse().find((x) => x.kind === 'function');
          const uses = fn ? usesOf([fn], t.id, a, true) : usesOf(ctx.module.body, t.id, a, false);
          for (const use of uses) {
            const hit = securitySink(ctx, use.node, use.chain, hops - 1);
            if (hit) return { ...hit, where: `\`${t.id}\`, then ${hit.where}` };
          }
        }
        return null;
      }
      case 'walrus':
        return sinkFor(a.target.id, (id) => `\`${id}\``);
      case 'return': {
        const fn = [...ancestors].reverse().find((x) => x.kind === 'function' || x.kind === 'lambda');
        return fn?.kind === 'function' ? sinkFor(fn.name, (id) => `the return value of \`${id}()\``) : null;
      }
      case 'function':
      case 'lambda':
      case 'class':
        return null;
      default:
        // Other statements end the search; expressions pass the value outward.
        if (isStatement(a)) return null;
        break;
    }
    child = a;
  }
  return null;
}

/** Reads of `id` in `owner`'s body (not in nested functions or classes), each with its ancestor chain. */
function usesOf(roots: readonly Node[], id: string, skip: Node, rootIsFunction: boolean): Array<{ node: Expr; chain: Node[] }> {
  const out: Array<{ node: Expr; chain: Node[] }> = [];
  const chain: Node[] = [];
  const visit = (n: Node): void => {
    if (n === skip) return;
    if (n.kind === 'name' && n.id === id) {
      out.push({ node: n, chain: [...chain] });
      return;
    }
    const isRoot = rootIsFunction && chain.length === 0;
    if (!isRoot && (n.kind === 'function' || n.kind === 'lambda' || n.kind === 'class')) return;
    chain.push(n);
    forEachChild(n, visit);
    chain.pop();
  };
  for (const r of roots) visit(r);
  return out;
}

const COOKIE_SETTERS = new Set(['set_cookie', 'set_signed_cookie']);
/** Cookie names that carry a session or login: the random value is the session id. */
const SESSION_COOKIE_WORDS = new Set(['sid', 'session', 'sess', 'sessid', 'sessionid', 'auth', 'remember', 'login']);

/**
 * `resp.set_cookie("sid", value)`: the cookie's name says what its value is. Undefined when `child` is not
 * the value of a cookie setter; null when the cookie is not a security value (`theme`).
 */
function cookieSink(ctx: CheckContext, call: CallExpr, child: Node): Sink | null | undefined {
  if (call.callee.kind !== 'attribute' || !COOKIE_SETTERS.has(call.callee.attr)) return undefined;
  if (argument(call, 1, 'value') !== child) return undefined;
  const key = argument(call, 0, 'key');
  const name = key ? ctx.constValue(key) : undefined;
  if (typeof name !== 'string') return null;
  const where = `the value of cookie "${name}"`;
  const kind = secretKind(name, 'random');
  if (kind) return { kind, where, ambiguous: false };
  return identifierWords(name).some((w) => SESSION_COOKIE_WORDS.has(w)) ? { kind: 'session', where, ambiguous: false } : null;
}

function isStatement(n: Node): boolean {
  return STATEMENTS.has(n.kind);
}

const STATEMENTS = new Set([
  'expr', 'if', 'while', 'for', 'try', 'with', 'raise', 'import', 'assert', 'pass', 'break', 'continue', 'delete',
  'global', 'nonlocal', 'match',
]);

/**
 * For a bare `token`: does the call look like making a secret string rather
 * than picking a word? Drawing from a character set, joining into a string,
 * raw bits, or a number with at least four digits.
 */
function secretShaped(ctx: CheckContext, node: CallExpr, fn: string): boolean {
  if (fn === 'getrandbits' || fn === 'randbytes' || fn === 'random') return true;
  if (fn === 'choice' || fn === 'choices' || fn === 'sample') {
    const population = argument(node, 0, fn === 'choice' ? 'seq' : 'population');
    if (population && isCharset(ctx, population)) return true;
    return ctx.ancestors.some((a) => a.kind === 'call' && a.callee.kind === 'attribute' && a.callee.attr === 'join');
  }
  if (fn === 'randint' || fn === 'randrange') {
    const upper = fn === 'randint' ? argument(node, 1, 'b') : (argument(node, 1, 'stop') ?? argument(node, 0, 'start'));
    const v = upper ? ctx.constValue(upper) : undefined;
    return typeof v === 'number' && v >= 1000;
  }
  return false;
}

function isCharset(ctx: CheckContext, e: Expr): boolean {
  if (typeof ctx.constValue(e) === 'string') return true;
  if (e.kind === 'binary' && e.op === '+') return isCharset(ctx, e.left) || isCharset(ctx, e.right);
  const q = ctx.qualifiedName(e);
  if (q?.startsWith('string.')) return true;
  if (e.kind === 'name') return CHARSET_HINT.test(e.id) || /chars|alphabet|charset|letters/i.test(e.id);
  if (e.kind === 'attribute') return CHARSET_HINT.test(e.attr);
  return false;
}
