/**
 * ## What it does
 * Flags TLS set-ups that select or allow a broken protocol version:
 * - the constants `ssl.PROTOCOL_SSLv2`, `PROTOCOL_SSLv3`, `PROTOCOL_TLSv1`,
 *   `PROTOCOL_TLSv1_1` and pyOpenSSL's `SSL.SSLv2_METHOD`, `SSLv3_METHOD`,
 *   `TLSv1_METHOD`, `TLSv1_1_METHOD`, wherever they are passed or assigned;
 * - `<context>.minimum_version` set to `TLSVersion.SSLv3`, `TLSv1`, `TLSv1_1` or
 *   `MINIMUM_SUPPORTED`, and `maximum_version` capped at one of those;
 * - `ssl.wrap_socket(...)` on the client side: deprecated since Python 3.7
 *   (removed in 3.12), it verifies no certificate unless told to and never
 *   checks the host name.
 *
 * ## Why is this bad?
 * SSL 2.0/3.0 and TLS 1.0/1.1 are deprecated (RFC 7568, RFC 8996): POODLE,
 * BEAST and weak MAC/cipher constructions let a network attacker decrypt or
 * tamper with traffic, and a low minimum version lets them force a downgrade.
 *
 * ## Precision and CWE choice
 * Pinning a broken version is CWE-327 (Use of a Broken or Risky Cryptographic
 * Algorithm): the protocol itself is the risky algorithm. Lowering
 * `minimum_version` keeps modern versions but lets a peer or attacker negotiate
 * down, which is precisely CWE-757 (Selection of Less-Secure Algorithm During
 * Negotiation); those sites carry that CWE. Client-side `ssl.wrap_socket`
 * carries CWE-295 because its defect is the missing certificate and host name
 * check, not the protocol. A constant is flagged only where it is chosen: a
 * call argument, a value assigned to a name or attribute, a parameter default,
 * a conditional branch or a return value. Comparisons
 * (`if proto == ssl.PROTOCOL_TLSv1:`) and compatibility tables
 * (`{ssl.PROTOCOL_TLSv1: SSL.TLSv1_METHOD}`) are not; server-side
 * `wrap_socket(server_side=True)` is only recorded as examined, and a
 * `wrap_socket(cert_reqs=CERT_NONE)` is left to `tls-verification-disabled`.
 */
import { argument, defineCheck } from '../../../analyze/check.js';
import type { AssignStmt, AttributeExpr, Expr, NameExpr, Node } from '../../../ir/types.js';
import { constOf, localValue, parentNode } from './_local-value-util.js';

const OLD_PROTOCOLS: Record<string, string> = {
  'ssl.PROTOCOL_SSLv2': 'SSL 2.0',
  'ssl.PROTOCOL_SSLv3': 'SSL 3.0',
  'ssl.PROTOCOL_TLSv1': 'TLS 1.0',
  'ssl.PROTOCOL_TLSv1_1': 'TLS 1.1',
  'OpenSSL.SSL.SSLv2_METHOD': 'SSL 2.0',
  'OpenSSL.SSL.SSLv3_METHOD': 'SSL 3.0',
  'OpenSSL.SSL.TLSv1_METHOD': 'TLS 1.0',
  'OpenSSL.SSL.TLSv1_1_METHOD': 'TLS 1.1',
};

const OLD_VERSIONS: Record<string, string> = {
  'ssl.TLSVersion.SSLv3': 'SSL 3.0',
  'ssl.TLSVersion.TLSv1': 'TLS 1.0',
  'ssl.TLSVersion.TLSv1_1': 'TLS 1.1',
  'ssl.TLSVersion.MINIMUM_SUPPORTED': 'the oldest version OpenSSL still supports',
};

const GOOD_VERSIONS = new Set(['ssl.TLSVersion.TLSv1_2', 'ssl.TLSVersion.TLSv1_3', 'ssl.TLSVersion.MAXIMUM_SUPPORTED']);

const GOOD_CONTEXTS = new Set([
  'ssl.create_default_context',
  'ssl.PROTOCOL_TLS_CLIENT',
  'ssl.PROTOCOL_TLS_SERVER',
  'OpenSSL.SSL.TLS_METHOD',
  'OpenSSL.SSL.TLS_CLIENT_METHOD',
  'OpenSSL.SSL.TLS_SERVER_METHOD',
]);

/**
 * True when the constant, used as a child of `parent`, is chosen as a protocol: a call argument, the value
 * assigned to a name or attribute, a parameter default, a branch of a conditional, a returned value. Not
 * when it is compared, used as a dict key/value or index in a compatibility table, or only inspected.
 */
function selects(parent: Node | null, node: Expr): boolean {
  if (!parent) return false;
  switch (parent.kind) {
    case 'call':
      return parent.callee !== node;
    case 'assign':
      return parent.value === node && parent.targets.every((t) => t.kind === 'name' || t.kind === 'attribute');
    case 'function':
    case 'return':
      return true;
    case 'conditional':
      return parent.test !== node;
    default:
      return false;
  }
}

export default defineCheck({
  meta: {
    id: 'tls-old-protocol',
    title: 'Deprecated SSL/TLS protocol version',
    cwe: 327,
    severity: 'high',
    confidence: 'high',
    languages: ['python'],
    description:
      'Selection of SSL 2.0/3.0 or TLS 1.0/1.1 (`ssl.PROTOCOL_TLSv1`, pyOpenSSL `TLSv1_METHOD`, ...), a ' +
      '`minimum_version` below TLS 1.2, and client-side use of the deprecated `ssl.wrap_socket`.',
    why:
      'These protocol versions are deprecated (RFC 7568, RFC 8996) and have practical attacks (POODLE, BEAST, weak ' +
      'hashes in the handshake). Allowing them lets a network attacker downgrade the connection and decrypt or alter it.',
    fix:
      'Use `ssl.create_default_context()` (or `SSLContext(ssl.PROTOCOL_TLS_CLIENT)`), which negotiates the best ' +
      'version, and set `context.minimum_version = ssl.TLSVersion.TLSv1_2` if a floor must be explicit. With ' +
      'pyOpenSSL use `SSL.TLS_METHOD` and `set_min_proto_version(SSL.TLS1_2_VERSION)`.',
    example: {
      bad: 'import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)',
      good: 'import ssl\nctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_2',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/327.html',
      'https://cwe.mitre.org/data/definitions/757.html',
      'https://www.rfc-editor.org/rfc/rfc8996',
      'https://docs.python.org/3/library/ssl.html#protocol-versions',
    ],
    evidence: { subject: 'TLS protocol setting', clean: 'each negotiates TLS 1.2 or later' },
    aliases: { bandit: ['B502', 'B503', 'B504'], ruff: ['S502', 'S503', 'S504'] },
  },
  create(ctx) {
    const reference = (node: NameExpr | AttributeExpr) => {
      const name = ctx.qualifiedName(node);
      if (name === null) return;
      const version = OLD_PROTOCOLS[name];
      if (version === undefined && !GOOD_CONTEXTS.has(name)) return;
      // `PROTO = ssl.PROTOCOL_TLSv1` makes PROTO an alias: the assignment's value is the site reported.
      if (node.kind === 'name' && localValue(ctx, node.id)?.via === 'assign') return;
      if (version !== undefined) {
        if (!selects(parentNode(ctx), node)) return;
        ctx.report(node, `\`${name.replace('OpenSSL.', '')}\` selects ${version}, a deprecated protocol version with known attacks.`);
        return;
      }
      if (GOOD_CONTEXTS.has(name)) ctx.examined(node, name.replace(/^(ssl|OpenSSL)\./, ''));
    };
    const versionAssign = (node: AssignStmt, target: Expr, value: Expr) => {
      if (target.kind !== 'attribute' || (target.attr !== 'minimum_version' && target.attr !== 'maximum_version')) return;
      const name = ctx.qualifiedName(value);
      if (name === null) return;
      const version = OLD_VERSIONS[name];
      if (version === undefined) {
        if (GOOD_VERSIONS.has(name)) ctx.examined(node, `${target.attr} = ${name.replace('ssl.', '')}`);
        return;
      }
      if (target.attr === 'minimum_version') {
        ctx.report(node, `\`minimum_version\` lets the connection be negotiated down to ${version}.`, { cwe: 757 });
      } else {
        ctx.report(node, `\`maximum_version\` caps the connection at ${version}, a deprecated protocol version.`);
      }
    };
    return {
      name: reference,
      attribute: reference,
      assign(node) {
        if (!node.value || node.op !== null) return;
        for (const t of node.targets) versionAssign(node, t, node.value);
      },
      call(node) {
        if (ctx.qualifiedName(node.callee) !== 'ssl.wrap_socket') return;
        const server = argument(node, 3, 'server_side');
        if (server && constOf(ctx, server) === true) {
          ctx.examined(node, 'server-side wrap_socket');
          return;
        }
        const reqs = argument(node, 4, 'cert_reqs');
        if (reqs && ctx.qualifiedName(reqs) === 'ssl.CERT_NONE') return; // reported by tls-verification-disabled
        ctx.report(
          node,
          '`ssl.wrap_socket()` is deprecated (removed in Python 3.12): it never checks the host name and by default verifies no certificate.',
          { cwe: 295 },
        );
      },
    };
  },
});
