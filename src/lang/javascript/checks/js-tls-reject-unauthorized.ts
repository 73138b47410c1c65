/**
 * ## What it does
 * Flags TLS clients configured not to verify the server:
 * - an options object with `rejectUnauthorized: false` (https/tls agents and
 *   requests, got, pg, ws, nodemailer...), also through a constant
 *   (`rejectUnauthorized: VERIFY` where `VERIFY = false`), or the property
 *   set afterwards (`https.globalAgent.options.rejectUnauthorized = false`);
 * - `process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'`, which turns
 *   verification off for every connection of the process;
 * - `strictSSL: false` (request), `tlsAllowInvalidCertificates: true` and
 *   `tlsInsecure: true` (MongoDB);
 * - `checkServerIdentity` replaced by a function that accepts everything
 *   (an empty body, or one that only returns `undefined`).
 *
 * ## Why is this bad?
 * Without certificate validation any machine on the network path can
 * impersonate the server, read the traffic and change it, credentials and
 * session tokens included.
 *
 * ## Precision
 * An object of defaults that turns verification off is not reported when
 * every use of it is spread into an object that turns it back on
 * (`{ ...DEFAULTS, rejectUnauthorized: true }`, or a copy whose property is
 * set back to `true` afterwards). A value computed at run time
 * (`rejectUnauthorized: process.env.NODE_ENV === 'production'`) is recorded
 * as examined, not reported.
 */
import { defineCheck } from '../../../analyze/check.js';
import type { CheckContext } from '../../../analyze/check.js';
import { constOf } from '../../../analyze/local-value.js';
import type { DictEntry, DictExpr, Expr, Node } from '../../../ir/types.js';
import { walkTree } from '../../../ir/walk.js';
import { ancestorsOf } from '../helpers/names.js';
import { option } from '../helpers/objects.js';

/** Option keys, and the constant value that disables verification. */
const DISABLING: Record<string, boolean> = {
  rejectUnauthorized: false,
  strictSSL: false,
  tlsAllowInvalidCertificates: true,
  tlsAllowInvalidHostnames: true,
  tlsInsecure: true,
};
/** Which client library each key belongs to: no options object mixes them, a table of option names does. */
const LIBRARY: Record<string, string> = {
  rejectUnauthorized: 'node tls',
  strictSSL: 'request',
  tlsAllowInvalidCertificates: 'mongodb',
  tlsAllowInvalidHostnames: 'mongodb',
  tlsInsecure: 'mongodb',
};
const ENV_SWITCH = 'NODE_TLS_REJECT_UNAUTHORIZED';

export default defineCheck({
  meta: {
    id: 'js-tls-reject-unauthorized',
    title: 'TLS certificate verification turned off',
    cwe: 295,
    severity: 'high',
    confidence: 'high',
    languages: ['javascript', 'typescript'],
    description:
      "`rejectUnauthorized: false`, `NODE_TLS_REJECT_UNAUTHORIZED = '0'`, `strictSSL: false`, MongoDB's " +
      '`tlsAllowInvalidCertificates`/`tlsInsecure`, and a `checkServerIdentity` that accepts everything.',
    why:
      'Without certificate validation any machine on the network path can impersonate the server, read the traffic ' +
      'and change it (man in the middle), including credentials and session tokens.',
    fix:
      "Keep verification on. For a private certificate authority pass it instead: `new https.Agent({ ca: fs.readFileSync('ca.pem') })`, " +
      'or set `NODE_EXTRA_CA_CERTS=/path/ca.pem` for the process.',
    example: {
      bad: 'const agent = new https.Agent({ rejectUnauthorized: false });',
      good: "const agent = new https.Agent({ ca: fs.readFileSync('certs/internal-ca.pem') });",
    },
    references: [
      'https://cwe.mitre.org/data/definitions/295.html',
      'https://nodejs.org/api/tls.html#tlsconnectoptions-callback',
      'https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue',
    ],
    evidence: { subject: 'TLS option', clean: 'none turns off certificate verification' },
  },
  create(ctx) {
    return {
      dict(node) {
        const libraries = new Set(node.entries.map((e) => (e.key ? ctx.constValue(e.key) : undefined)).flatMap((k) => (typeof k === 'string' && Object.hasOwn(LIBRARY, k) ? [LIBRARY[k]] : [])));
        if (libraries.size > 1) {
          // `{ rejectUnauthorized: false, strictSSL: false, tlsInsecure: true }` configures no client: it lists options.
          ctx.examined(node, 'a table of option names of several libraries, not options');
          return;
        }
        for (const entry of node.entries) {
          const key = entry.key ? ctx.constValue(entry.key) : undefined;
          if (typeof key !== 'string') continue;
          if (key === 'checkServerIdentity') {
            if (acceptsEverything(entry.value)) ctx.report(entry, '`checkServerIdentity` accepts every certificate, so any server can impersonate this one.');
            continue;
          }
          if (!Object.hasOwn(DISABLING, key)) continue;
          const value = constOf(ctx, entry.value);
          if (value === undefined) {
            ctx.examined(entry, `${key} set at run time`);
            continue;
          }
          if (Boolean(value) !== DISABLING[key]) {
            ctx.examined(entry, `${key}: ${String(value)}`);
            continue;
          }
          if (overriddenWherever(ctx, node, key)) {
            ctx.examined(entry, `${key} overridden wherever these defaults are used`);
            continue;
          }
          ctx.report(entry, `\`${key}: ${String(value)}\` turns off certificate verification: any server on the path can impersonate this one.`);
        }
      },
      assign(node) {
        if (!node.value) return;
        for (const t of node.targets) {
          // `https.globalAgent.options.rejectUnauthorized = false`, `opts.rejectUnauthorized = false`
          const prop = t.kind === 'attribute' ? t.attr : t.kind === 'index' ? ctx.constValue(t.index) : undefined;
          if (typeof prop === 'string' && Object.hasOwn(DISABLING, prop)) {
            const value = constOf(ctx, node.value);
            if (value !== undefined && Boolean(value) === DISABLING[prop]) {
              ctx.report(node, `\`${prop} = ${String(value)}\` turns off certificate verification: any server on the path can impersonate this one.`);
            } else ctx.examined(node, `${prop} = ${String(value)}`);
            continue;
          }
          const name = t.kind === 'attribute' || t.kind === 'index' ? ctx.qualifiedName(t.kind === 'attribute' ? t : t.object) : null;
          const envKey = t.kind === 'attribute' ? t.attr : t.kind === 'index' ? ctx.constValue(t.index) : undefined;
          const isEnv = t.kind === 'attribute' ? name === `process.env.${ENV_SWITCH}` : name === 'process.env' && envKey === ENV_SWITCH;
          if (!isEnv) continue;
          const value = constOf(ctx, node.value);
          if (value === undefined || String(value) !== '0') {
            ctx.examined(node, `${ENV_SWITCH}=${String(value)}`);
            continue;
          }
          ctx.report(node, `\`${ENV_SWITCH} = '0'\` turns off certificate verification for every TLS connection the process makes.`);
        }
      },
    };
  },
});

/** A verification callback that cannot fail: no statements, or only `return` of nothing/undefined/null. */
function acceptsEverything(value: Expr): boolean {
  if (value.kind !== 'function') return false;
  return value.body.every((s) => s.kind === 'return' && (s.value === null || (s.value.kind === 'literal' && s.value.type === 'none')));
}

/**
 * True when `dict` is bound to a name whose every use spreads it into an
 * object literal that sets `key` again afterwards.
 */
function overriddenWherever(ctx: CheckContext, dict: DictExpr, key: string): boolean {
  const parent = ctx.ancestors[ctx.ancestors.length - 1];
  if (parent?.kind !== 'assign' || parent.value !== dict || parent.targets.length !== 1 || parent.targets[0]!.kind !== 'name') return false;
  const name = parent.targets[0]!.id;
  let uses = 0;
  let overridden = 0;
  for (const s of ctx.module.body) {
    walkTree(s as Node, (n) => {
      if (n.kind !== 'dict') return;
      n.entries.forEach((e: DictEntry, i: number) => {
        if (e.key !== null || e.value.kind !== 'name' || e.value.id !== name) return;
        uses++;
        const after: DictExpr = { ...n, entries: n.entries.slice(i + 1) };
        const v = option(ctx, after, key);
        if (v.state === 'set' && constOf(ctx, v.value) !== undefined && Boolean(constOf(ctx, v.value)) !== DISABLING[key]) overridden++;
        else if (v.state === 'absent' && setAfterwards(ctx, n, key)) overridden++;
      });
    });
  }
  const references = countReferences(ctx, name);
  return uses > 0 && overridden === uses && references === uses;
}

/** Reads of `name` anywhere in the module: every occurrence but the assignment targets. */
function countReferences(ctx: CheckContext, name: string): number {
  let n = 0;
  for (const s of ctx.module.body) {
    walkTree(s as Node, (x) => {
      if (x.kind === 'name' && x.id === name) n++;
      if (x.kind === 'assign') for (const t of x.targets) if (t.kind === 'name' && t.id === name) n--;
    });
  }
  return n;
}

/** `const opts = { ...DEFAULTS }; opts.rejectUnauthorized = true;`: the copy is switched back on by assignment. */
function setAfterwards(ctx: CheckContext, dict: DictExpr, key: string): boolean {
  const parent = ancestorsOf(ctx.module, dict).at(-1);
  if (parent?.kind !== 'assign' || parent.targets.length !== 1 || parent.targets[0]!.kind !== 'name') return false;
  const copy = parent.targets[0]!.id;
  let enabled = false;
  for (const s of ctx.module.body) {
    walkTree(s as Node, (n) => {
      if (n.kind !== 'assign' || !n.value || n.range.line <= parent.range.line) return;
      for (const t of n.targets) {
        if (t.kind === 'attribute' && t.attr === key && t.object.kind === 'name' && t.object.id === copy) {
          const v = constOf(ctx, n.value);
          if (v !== undefined && Boolean(v) !== DISABLING[key]) enabled = true;
        }
      }
    });
  }
  return enabled;
}
