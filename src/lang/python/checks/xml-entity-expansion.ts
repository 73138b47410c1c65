/**
 * ## What it does
 * Flags XML parsing that is open to entity attacks:
 * - **stdlib parsers** (`xml.etree.ElementTree.parse/fromstring/XML/iterparse`,
 *   `xml.dom.minidom.parse/parseString`, `xml.dom.pulldom`, `xml.sax.parse/
 *   parseString`) applied to a document that is not a constant, and
 *   `xmlrpc.server` servers: these use Expat, which expands internal entities;
 *   with an Expat older than 2.6.0 (a system library Python may link against)
 *   that allows "billion laughs" / quadratic blow-up → CWE-776, low confidence;
 * - **SAX with external entities switched on**: `parser.setFeature(
 *   feature_external_ges | feature_external_pes, True)` → CWE-611 (XXE);
 * - **lxml**: `XMLParser(resolve_entities=True)` or `no_network=False`, which
 *   fetch external entities and DTDs → CWE-611; `huge_tree=True`, which lifts
 *   libxml2's expansion limits → CWE-776. lxml before 5.2 resolves external
 *   entities by default, so `XMLParser()` without `resolve_entities`, and
 *   `etree.parse/fromstring/iterparse` of a non-constant document with the
 *   default parser, are reported as CWE-611 at low confidence.
 *
 * ## Why is this bad?
 * External entities let a document read local files (`file:///etc/passwd`) or
 * make the server send requests (SSRF). Nested internal entities let a few
 * hundred bytes expand to gigabytes and exhaust memory and CPU.
 *
 * ## Precision
 * `defusedxml.*` is the fix and is recorded as examined. So are parses of a
 * constant document or constant file name, and hardened lxml parsers
 * (`resolve_entities=False`). A module that calls `defusedxml.defuse_stdlib()`
 * (or `defusedxml.xmlrpc.monkey_patch()` for xmlrpc) is not reported for the
 * stdlib parsers it patches. Creating a stdlib parser (`xml.sax.make_parser()`,
 * `ElementTree.XMLParser()`) is not itself reported. In a file where the
 * dataflow engine finds untrusted input (a web handler), this check defers to
 * `taint-xxe`, which reports only parsers that resolve entities and really
 * receive that input; elsewhere (libraries, tools) it reports the setup.
 */
import { argument, defineCheck } from '../../../analyze/check.js';
import { deferringToDataflow } from '../../../dataflow/defer.js';
import type { CallExpr, Expr } from '../../../ir/types.js';
import { constOf, originCall } from './_local-value-util.js';

const ET_MODULES = ['xml.etree.ElementTree', 'xml.etree.cElementTree'];
const STDLIB_PARSE = new Set([
  ...ET_MODULES.flatMap((m) => ['parse', 'fromstring', 'XML', 'iterparse', 'fromstringlist'].map((f) => `${m}.${f}`)),
  'xml.dom.minidom.parse',
  'xml.dom.minidom.parseString',
  'xml.dom.pulldom.parse',
  'xml.dom.pulldom.parseString',
  'xml.dom.expatbuilder.parse',
  'xml.dom.expatbuilder.parseString',
  'xml.sax.parse',
  'xml.sax.parseString',
]);
const XMLRPC_SERVERS = new Set([
  'xmlrpc.server.SimpleXMLRPCServer',
  'xmlrpc.server.MultiPathXMLRPCServer',
  'xmlrpc.server.DocXMLRPCServer',
  'xmlrpc.server.CGIXMLRPCRequestHandler',
  'xmlrpc.server.DocCGIXMLRPCRequestHandler',
  'SimpleXMLRPCServer.SimpleXMLRPCServer',
]);

const LXML_MODULES = ['lxml.etree', 'lxml.objectify'];
/** lxml parse functions taking `(source, parser=None)`. */
const LXML_PARSE = new Set(LXML_MODULES.flatMap((m) => ['parse', 'fromstring', 'XML', 'fromstringlist'].map((f) => `${m}.${f}`)));
const LXML_ITERPARSE = new Set(['lxml.etree.iterparse']);
const LXML_PARSERS = new Set(['lxml.etree.XMLParser', 'lxml.etree.ETCompatXMLParser', 'lxml.etree.XMLPullParser', 'lxml.objectify.makeparser']);

const EXTERNAL_FEATURES = new Set([
  'xml.sax.handler.feature_external_ges',
  'xml.sax.handler.feature_external_pes',
]);
const EXTERNAL_FEATURE_URIS = new Set([
  'http://xml.org/sax/features/external-general-entities',
  'http://xml.org/sax/features/external-parameter-entities',
]);

export default defineCheck({
  meta: {
    id: 'xml-entity-expansion',
    title: 'XML parser open to entity expansion or external entities',
    cwe: 776,
    severity: 'medium',
    confidence: 'low',
    languages: ['python'],
    description:
      'XML parsing that expands entities: stdlib parsers (ElementTree, minidom, pulldom, sax, xmlrpc servers) on ' +
      'non-constant documents (CWE-776), SAX with external entities enabled and lxml parsers that resolve external ' +
      'entities or lift size limits (CWE-611 / CWE-776).',
    why:
      'External entities let a crafted document read local files or make the server issue requests (XXE, SSRF). ' +
      'Nested entity definitions let a few hundred bytes expand to gigabytes ("billion laughs") and exhaust the ' +
      'server. The stdlib parsers are protected only when Python runs with Expat 2.6.0 or later.',
    fix:
      'Parse untrusted XML with `defusedxml` (`defusedxml.ElementTree.fromstring`, `defusedxml.minidom`, ' +
      '`defusedxml.sax`, `defusedxml.xmlrpc.monkey_patch()`), or for lxml use ' +
      '`etree.XMLParser(resolve_entities=False, no_network=True)` and leave `huge_tree` off.',
    example: {
      bad: 'import xml.etree.ElementTree as ET\nroot = ET.fromstring(request.data)',
      good: 'import defusedxml.ElementTree as ET\nroot = ET.fromstring(request.data)',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/776.html',
      'https://cwe.mitre.org/data/definitions/611.html',
      'https://docs.python.org/3/library/xml.html#xml-security',
      'https://lxml.de/FAQ.html#how-do-i-use-lxml-safely-as-a-web-service-endpoint',
      'https://pypi.org/project/defusedxml/',
    ],
    evidence: { subject: 'XML parse', clean: 'none is open to entity attacks' },
    aliases: {
      bandit: ['B313', 'B314', 'B315', 'B316', 'B317', 'B318', 'B319', 'B320'],
      ruff: ['S313', 'S314', 'S315', 'S316', 'S317', 'S318', 'S319', 'S320'],
    },
  },
  create(checkCtx) {
    // In code that handles untrusted input, taint-xxe judges whether a resolving parser really receives it.
    const ctx = deferringToDataflow(checkCtx, [611, 776], 'file');
    let stdlibDefused = false;
    let xmlrpcDefused = false;
    const stdlibSites: Array<{ node: CallExpr; message: string }> = [];
    const xmlrpcSites: CallExpr[] = [];

    const isConstant = (e: Expr | null) => e !== null && constOf(ctx, e) !== undefined;

    /** Judges the lxml parser options given to `call`; `reportDefault` reports an unset `resolve_entities`. */
    const judgeLxmlOptions = (call: CallExpr, what: string, reportDefault: boolean): void => {
      const opt = (name: string) => {
        const e = argument(call, null, name);
        return e ? constOf(ctx, e) : undefined;
      };
      const spread = call.args.some((a) => a.spread === 'dict');
      const resolve = opt('resolve_entities');
      if (resolve === true) {
        ctx.report(call, `${what} with \`resolve_entities=True\` expands external entities: a document can read local files or reach internal URLs (XXE).`, {
          cwe: 611,
          severity: 'high',
          confidence: 'high',
        });
        return;
      }
      if (opt('no_network') === false) {
        ctx.report(call, `${what} with \`no_network=False\` fetches external DTDs and entities over the network (XXE/SSRF).`, {
          cwe: 611,
          severity: 'high',
          confidence: 'high',
        });
        return;
      }
      if (opt('huge_tree') === true) {
        ctx.report(call, `${what} with \`huge_tree=True\` lifts libxml2's limits on entity expansion and tree size (XML bomb).`, {
          severity: 'medium',
          confidence: 'medium',
        });
        return;
      }
      if (resolve === false || resolve === 'internal') {
        ctx.examined(call, 'hardened lxml parser');
        return;
      }
      if (argument(call, null, 'resolve_entities') || spread) return; // set at run time: not judged
      if (reportDefault) {
        ctx.report(
          call,
          `${what} uses lxml's default \`resolve_entities\`, which expands external entities before lxml 5.2 (XXE); pass \`resolve_entities=False\`.`,
          { cwe: 611, severity: 'high', confidence: 'low' },
        );
      }
    };

    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (name === 'defusedxml.defuse_stdlib') stdlibDefused = true;
        if (name === 'defusedxml.xmlrpc.monkey_patch') xmlrpcDefused = true;
        if (name?.startsWith('defusedxml.')) {
          if (name !== 'defusedxml.defuse_stdlib' && name !== 'defusedxml.xmlrpc.monkey_patch') ctx.examined(node, 'defusedxml');
          return;
        }
        if (name && STDLIB_PARSE.has(name)) {
          if (isConstant(argument(node, 0))) {
            ctx.examined(node, 'constant document');
            return;
          }
          stdlibSites.push({
            node,
            message:
              `\`${name}()\` parses a document with Expat, which expands entity definitions; with Expat older than 2.6.0 ` +
              'a small document can expand to gigabytes (billion laughs). Use defusedxml for untrusted XML.',
          });
          return;
        }
        if (name && XMLRPC_SERVERS.has(name)) {
          xmlrpcSites.push(node);
          return;
        }
        if (name && LXML_PARSERS.has(name)) {
          judgeLxmlOptions(node, `\`${name.replace('lxml.', '')}\``, true);
          return;
        }
        if (name && LXML_ITERPARSE.has(name)) {
          if (isConstant(argument(node, 0, 'source'))) ctx.examined(node, 'constant document');
          else judgeLxmlOptions(node, '`etree.iterparse`', true);
          return;
        }
        if (name && LXML_PARSE.has(name)) {
          const parser = argument(node, 1, 'parser');
          if (parser) {
            const made = originCall(ctx, parser);
            if (made?.qname?.startsWith('defusedxml.')) ctx.examined(node, 'defusedxml');
            // Otherwise the parser is judged where it is created (or unknown).
            return;
          }
          if (isConstant(argument(node, 0))) {
            ctx.examined(node, 'constant document');
            return;
          }
          ctx.report(
            node,
            `\`${name.replace('lxml.', '')}()\` with lxml's default parser expands external entities before lxml 5.2 (XXE); pass a parser with \`resolve_entities=False\` or use defusedxml.`,
            { cwe: 611, severity: 'high', confidence: 'low' },
          );
          return;
        }
        // SAX: parser.setFeature(feature_external_ges, True)
        if (node.callee.kind === 'attribute' && node.callee.attr === 'setFeature') {
          const feature = argument(node, 0, 'name');
          const on = argument(node, 1, 'state');
          if (!feature || !on) return;
          const fname = ctx.qualifiedName(feature);
          const fconst = constOf(ctx, feature);
          const external = (fname !== null && EXTERNAL_FEATURES.has(fname)) || (typeof fconst === 'string' && EXTERNAL_FEATURE_URIS.has(fconst));
          if (!external) return;
          const v = constOf(ctx, on);
          if (v === true || v === 1) {
            ctx.report(node, 'Turning on external entities lets a document read local files or reach internal URLs (XXE).', {
              cwe: 611,
              severity: 'high',
              confidence: 'high',
            });
          } else if (v !== undefined) {
            ctx.examined(node, 'external entities off');
          }
        }
      },
      'module:exit'() {
        for (const s of stdlibSites) {
          if (stdlibDefused) ctx.examined(s.node, 'defuse_stdlib()');
          else ctx.report(s.node, s.message);
        }
        for (const n of xmlrpcSites) {
          if (xmlrpcDefused) ctx.examined(n, 'defusedxml.xmlrpc.monkey_patch()');
          else {
            ctx.report(
              n,
              'This XML-RPC server parses request bodies with Expat (entity expansion; billion laughs with Expat older than 2.6.0). Call `defusedxml.xmlrpc.monkey_patch()` first.',
            );
          }
        }
      },
    };
  },
});
