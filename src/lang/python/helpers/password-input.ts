/**
 * Is a hash call applied to a password? Shared by `weak-password-hash` (which
 * reports fast digests of passwords, CWE-916) and `weak-hash` (which leaves
 * those to it, so MD5 of a password is reported once, as CWE-916).
 *
 * The hashed expression is searched for a value whose name says it is a
 * password (`password`, `passwd`, `pwd`, `passphrase`… per secret-names.ts):
 * a variable, an attribute, a constant subscript or `.get("password")`, also
 * through `.encode()`, `str()`/`bytes()`, concatenation with a salt,
 * f-strings and `%`/`format`. A digest computed inside a loop is taken as a
 * hand-rolled key stretch and is not counted.
 */
import { argument, type CheckContext } from '../../../analyze/check.js';
import type { CallExpr, Expr, Node } from '../../../ir/types.js';
import { secretKind } from './secret-names.js';

const ALGORITHMS =
  /^(md2|md4|md5|sha|sha1|sha224|sha256|sha384|sha512|sha512_224|sha512_256|sha3_(224|256|384|512)|blake2[bs]|sm3|ripemd160|md5-sha1|md5_sha1|sha-?1|sha-?256|sha-?512)$/i;

/** hashlib and pycryptodome constructors that hash their first argument, by qualified name → algorithm. */
export function fastHashAlgorithm(qname: string): string | null {
  const m = /^hashlib\.(\w+)$/.exec(qname);
  if (m && m[1] !== 'new' && ALGORITHMS.test(m[1]!)) return m[1]!;
  const c = /^(?:Crypto|Cryptodome)\.Hash\.(\w+)\.new$/.exec(qname);
  if (c && /^(MD[245]|SHA\d*|SHA3_\d+|BLAKE2[bs]|RIPEMD160)$/.test(c[1]!)) return c[1]!;
  if (qname === 'md5.new' || qname === 'md5.md5') return 'md5';
  if (qname === 'sha.new' || qname === 'sha.sha') return 'sha1';
  return null;
}

/** The data argument of a fast-hash call (`hashlib.sha256(data)`, `hashlib.new("md5", data)`), or null. */
export function hashedData(qname: string, call: CallExpr, ctx: CheckContext): { algorithm: string; data: Expr } | null {
  if (qname === 'hashlib.new') {
    const which = argument(call, 0, 'name');
    const algo = which ? ctx.constValue(which) : undefined;
    const data = argument(call, 1, 'data');
    return typeof algo === 'string' && ALGORITHMS.test(algo) && data ? { algorithm: algo, data } : null;
  }
  const algo = fastHashAlgorithm(qname);
  if (!algo) return null;
  const data = argument(call, 0, 'data') ?? argument(call, null, 'string');
  return data ? { algorithm: algo, data } : null;
}

/** The password-named identifier in `e`, or null. */
export function passwordName(ctx: CheckContext, e: Expr, depth = 0): string | null {
  if (depth > 6) return null;
  const named = (id: string | null) => (id !== null && secretKind(id, 'hardcoded') === 'password' ? id : null);
  const str = (x: Expr | null) => {
    const v = x ? ctx.constValue(x) : undefined;
    return typeof v === 'string' ? v : null;
  };
  switch (e.kind) {
    case 'name':
      return named(e.id);
    case 'attribute':
      return named(e.attr);
    case 'index':
      return named(str(e.index));
    case 'binary':
      return passwordName(ctx, e.left, depth + 1) ?? passwordName(ctx, e.right, depth + 1);
    case 'template':
      for (const p of e.parts) {
        const hit = typeof p === 'string' ? null : passwordName(ctx, p, depth + 1);
        if (hit) return hit;
      }
      return null;
    case 'call': {
      const c = e.callee;
      if (c.kind === 'attribute') {
        // request.form.get("password")
        if (c.attr === 'get' || c.attr === 'getlist') return named(str(argument(e, 0, 'key')));
        // password.encode(), pwd.strip(), "{}{}".format(salt, password), sep.join([salt, password])
        if (['encode', 'strip', 'lower', 'upper', 'rstrip', 'lstrip'].includes(c.attr)) return passwordName(ctx, c.object, depth + 1);
        if (c.attr === 'format' || c.attr === 'join') {
          for (const a of e.args) {
            const hit = passwordName(ctx, a.value, depth + 1);
            if (hit) return hit;
          }
          return null;
        }
        return null;
      }
      const q = ctx.qualifiedName(c);
      if ((q === 'str' || q === 'bytes' || q === 'bytearray') && e.args[0]) return passwordName(ctx, e.args[0].value, depth + 1);
      return null;
    }
    case 'sequence':
      for (const x of e.elements) {
        const hit = passwordName(ctx, x, depth + 1);
        if (hit) return hit;
      }
      return null;
    default:
      return null;
  }
}

/** True when the node being visited is inside a loop of its own function (a hand-rolled iteration count). */
export function insideLoop(ctx: CheckContext): boolean {
  for (let i = ctx.ancestors.length - 1; i >= 0; i--) {
    const a: Node = ctx.ancestors[i]!;
    if (a.kind === 'function' || a.kind === 'lambda' || a.kind === 'class') return false;
    if (a.kind === 'for' || a.kind === 'while') return true;
  }
  return false;
}

/** A fast digest of a password at `call` (what weak-password-hash reports), or null. */
export function passwordDigest(ctx: CheckContext, call: CallExpr, qname: string): { algorithm: string; password: string } | null {
  const h = hashedData(qname, call, ctx);
  if (!h) return null;
  const password = passwordName(ctx, h.data);
  if (!password || insideLoop(ctx)) return null;
  return { algorithm: h.algorithm, password };
}

