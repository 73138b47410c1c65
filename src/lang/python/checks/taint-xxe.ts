/**
 * ## What it does
 * Untrusted bytes parsed by an XML parser that resolves external entities:
 * lxml's `etree.fromstring/XML/parse` (and `objectify`) or `XMLParser.feed`
 * with a parser built `XMLParser(resolve_entities=True)` or
 * `XMLParser(no_network=False)`, `etree.iterparse(source,
 * resolve_entities=True)`, and a SAX parser (`xml.sax.make_parser()`)
 * that had `setFeature(feature_external_ges|feature_external_pes, True)`
 * before it parses request data.
 *
 * ## Why is this bad?
 * A document sent by the attacker declares an external entity
 * (`<!ENTITY x SYSTEM "file:///etc/passwd">`) and the parser inlines the file,
 * or fetches a URL from the server's network position (SSRF).
 *
 * ## Precision
 * A dataflow check (sink class `xxe`): the engine finds untrusted data reaching
 * a parse call; the check then keeps the flow only when the parser is seen to
 * resolve external entities: the parser argument (or the receiver of `feed`)
 * is an `XMLParser(...)` call, written inline or bound once to a name in the
 * same function or module, with `resolve_entities=True` or `no_network=False`
 * as constants; for SAX, a `setFeature(external entities, True)` call on the
 * same parser name in the same function. Parsers built elsewhere (a factory, a
 * class attribute) or configured at run time are not judged. lxml's default
 * parser (external entities off by default since lxml 5.2) and the stdlib
 * parsers are left to `xml-entity-expansion`, which also reports the parser
 * configuration itself (on the line where it is set); both report CWE-611 on
 * the same line only for an inline parser, and the review keeps the flow
 * finding there. `defusedxml.*` is never a sink.
 */
import { argument, type CheckContext } from '../../../analyze/check.js';
import type { Scope } from '../../../analyze/scope.js';
import { defineTaintCheck, describeSource, type SinkCall } from '../../../dataflow/taint-check.js';
import type { CallExpr, Expr, LiteralValue } from '../../../ir/types.js';
import { localValue } from './_local-value-util.js';

const LXML_PARSERS = new Set(['lxml.etree.XMLParser', 'lxml.etree.ETCompatXMLParser', 'lxml.objectify.makeparser', 'lxml.etree.XMLPullParser']);
const EXTERNAL_FEATURES = new Set(['xml.sax.handler.feature_external_ges', 'xml.sax.handler.feature_external_pes']);
const EXTERNAL_FEATURE_URIS = new Set([
  'http://xml.org/sax/features/external-general-entities',
  'http://xml.org/sax/features/external-parameter-entities',
]);

export default defineTaintCheck(
  {
    id: 'taint-xxe',
    title: 'Untrusted XML parsed with external entities enabled',
    cwe: 611,
    severity: 'high',
    confidence: 'high',
    languages: ['python'],
    description:
      'Untrusted input parsed by an lxml parser built with `resolve_entities=True` or `no_network=False`, or by a ' +
      'SAX parser with the external-entities feature switched on.',
    why:
      'An external entity in the attacker\'s document makes the parser read a local file (`file:///etc/passwd`) into ' +
      'the result, or request a URL from inside the network (SSRF); parameter entities can also exfiltrate data.',
    fix:
      'Parse untrusted XML with `defusedxml`, or with `etree.XMLParser(resolve_entities=False, no_network=True)`; ' +
      'leave SAX\'s `feature_external_ges`/`feature_external_pes` off (the default).',
    example: {
      bad: 'parser = etree.XMLParser(resolve_entities=True)\nroot = etree.fromstring(request.data, parser)',
      good: 'parser = etree.XMLParser(resolve_entities=False, no_network=True)\nroot = etree.fromstring(request.data, parser)',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/611.html',
      'https://owasp.org/www-community/vulnerabilities/XML_External_Entity_(XXE)_Processing',
      'https://lxml.de/FAQ.html#how-do-i-use-lxml-safely-as-a-web-service-endpoint',
      'https://docs.python.org/3/library/xml.html#xml-security',
    ],
    evidence: { subject: 'XML parse', clean: 'none parses untrusted input with external entities enabled' },
  },
  {
    classes: ['xxe'],
    message: (flow) =>
      `Untrusted input from ${describeSource(flow)} is parsed by ${flow.sink.api.replace(/\(\)\./, '.')} with external entities enabled (XXE).`,
    keep: (flow, sink, ctx) => sink !== null && resolvesExternal(ctx, sink, flow.sink.api),
    rejected: 'parser not seen to resolve external entities',
  },
);

/** `api`: the sink as the engine named it (`lxml.etree.fromstring`, `xml.sax.make_parser().parse`). */
function resolvesExternal(ctx: CheckContext, sink: SinkCall, api: string): boolean {
  const { call, scope } = sink;
  const name = api;
  if (call.callee.kind === 'attribute' && (call.callee.attr === 'feed' || call.callee.attr === 'parse') && name.includes('()')) {
    const recv = call.callee.object;
    if (name.startsWith('xml.sax.')) return saxExternal(ctx, sink, recv);
    return lxmlParserUnsafe(ctx, recv, scope);
  }
  if (name === 'lxml.etree.iterparse') return unsafeOptions(ctx, call, scope);
  const parser = argument(call, 1, 'parser');
  return parser !== null && lxmlParserUnsafe(ctx, parser, scope);
}

/** The parser expression is an lxml XMLParser(...) (inline or bound once) with external entities on. */
function lxmlParserUnsafe(ctx: CheckContext, e: Expr, scope: Scope, depth = 0): boolean {
  if (depth > 3) return false;
  if (e.kind === 'name') {
    const lv = localValue(ctx, e.id, scope);
    return lv !== null && lv.via === 'assign' && lxmlParserUnsafe(ctx, lv.value, lv.scope, depth + 1);
  }
  if (e.kind !== 'call') return false;
  const q = ctx.scopes.qualifiedName(e.callee, scope);
  if (!q || !LXML_PARSERS.has(q)) return false;
  return unsafeOptions(ctx, e, scope);
}

function unsafeOptions(ctx: CheckContext, call: CallExpr, scope: Scope): boolean {
  return keywordConst(ctx, call, 'resolve_entities', scope) === true || keywordConst(ctx, call, 'no_network', scope) === false;
}

/** `parser.setFeature(feature_external_ges, True)` on the same name in the same scope. */
function saxExternal(ctx: CheckContext, sink: SinkCall, recv: Expr): boolean {
  if (recv.kind !== 'name') return false;
  return sink.all.some(({ call, scope }) => {
    if (scope !== sink.scope || call.callee.kind !== 'attribute' || call.callee.attr !== 'setFeature') return false;
    if (call.callee.object.kind !== 'name' || call.callee.object.id !== recv.id) return false;
    const feature = argument(call, 0, 'name');
    const on = argument(call, 1, 'state');
    if (!feature || !on) return false;
    const fq = ctx.scopes.qualifiedName(feature, scope);
    const fc = constIn(ctx, feature, scope);
    const external = (fq !== null && EXTERNAL_FEATURES.has(fq)) || (typeof fc === 'string' && EXTERNAL_FEATURE_URIS.has(fc));
    const v = constIn(ctx, on, scope);
    return external && (v === true || v === 1);
  });
}

function keywordConst(ctx: CheckContext, call: CallExpr, keyword: string, scope: Scope): LiteralValue | undefined {
  const a = call.args.find((x) => x.name === keyword);
  return a ? constIn(ctx, a.value, scope) : undefined;
}

/** A literal, or a name bound once to a literal in `scope`. */
function constIn(ctx: CheckContext, e: Expr, scope: Scope): LiteralValue | undefined {
  const v = ctx.constValue(e);
  if (v !== undefined || e.kind !== 'name') return v;
  const lv = localValue(ctx, e.id, scope);
  return lv?.via === 'assign' ? ctx.constValue(lv.value) : undefined;
}
