/**
 * ## What it does
 * Untrusted input that becomes the text of an XPath query: lxml's
 * `etree.XPath(expr)`, `tree.xpath(expr)` / `element.xpath(expr)`, and the
 * ElementPath queries `find/findall/iterfind/findtext(path)` of ElementTree,
 * lxml and defusedxml trees and elements.
 *
 * ## Why is this bad?
 * A quote in the value ends the string literal of the query: `' or '1'='1`
 * turns a lookup of one user into a match of every node, bypassing checks or
 * disclosing the whole document.
 *
 * ## Precision
 * A dataflow check (sink class `xpath`): only the query (the first argument)
 * is a sink. XPath variables, `tree.xpath("//user[@name=$name]", name=value)`,
 * are the safe form and are not reported. ElementPath methods are sinks only
 * on a value the engine knows is a tree or element (the result of a parse,
 * `getroot()`, `find()`...), so `str.find` is never confused with them; an
 * element reached some other way (a parameter, a loop over children) is not
 * seen.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'taint-xpath-injection',
    title: 'XPath query built from untrusted input',
    cwe: 643,
    severity: 'high',
    confidence: 'medium',
    languages: ['python'],
    description:
      'Untrusted input that reaches the expression of an XPath or ElementPath query: lxml `XPath()`, `.xpath()`, and ' +
      '`find/findall/iterfind/findtext` on XML trees and elements.',
    why:
      'Quotes and operators in the input rewrite the query, so it selects nodes it was never meant to (every user, ' +
      'any password), bypassing authentication or leaking the document.',
    fix:
      'Pass the value as an XPath variable, `root.xpath("//user[@name=$name]", name=value)`, or validate it against an ' +
      'allow-list; never format it into the expression.',
    example: {
      bad: 'name = request.args["name"]\nroot.xpath(f"//user[@name=\'{name}\']")',
      good: 'name = request.args["name"]\nroot.xpath("//user[@name=$name]", name=name)',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/643.html',
      'https://owasp.org/www-community/attacks/XPATH_Injection',
      'https://lxml.de/xpathxslt.html#the-xpath-method',
    ],
    evidence: { subject: 'XPath query', clean: 'none reached by untrusted input' },
  },
  {
    classes: ['xpath'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} reaches the expression of an XPath query (${flow.sink.api}).`,
  },
);
