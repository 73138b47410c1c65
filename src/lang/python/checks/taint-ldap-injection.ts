/**
 * ## What it does
 * Untrusted input that reaches the filter of an LDAP search: python-ldap's
 * `search/search_s/search_st/search_ext/search_ext_s` (third argument,
 * `filterstr`) and ldap3's `Connection.search` (second argument,
 * `search_filter`).
 *
 * ## Why is this bad?
 * Filter metacharacters in the value (`*`, `(`, `)`, `|`, `&`) change the
 * query: `*)(uid=*` or `admin)(|(objectClass=*` match accounts the lookup was
 * never meant to, which bypasses login checks or enumerates the directory.
 *
 * ## Precision
 * A dataflow check (sink class `ldap`). `ldap.filter.escape_filter_chars`,
 * `ldap.filter.filter_format` and `ldap3.utils.conv.escape_filter_chars` are
 * sanitizers. The search base (a DN) is not a sink here. python-ldap's
 * `*_s`/`_st`/`_ext` methods are recognised on any receiver (their names are
 * specific); plain `search` only on an object from `ldap.initialize()` or
 * `ldap3.Connection()`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'taint-ldap-injection',
    title: 'LDAP search filter built from untrusted input',
    cwe: 90,
    severity: 'high',
    confidence: 'medium',
    languages: ['python'],
    description:
      'Untrusted input that reaches the filter of an LDAP search (python-ldap `search*`, ldap3 `Connection.search`) ' +
      'without `escape_filter_chars` or `filter_format`.',
    why:
      'LDAP filter metacharacters in the input rewrite the filter: an attacker matches any account (`*`), adds ' +
      'alternatives with `|`, and so bypasses authentication or reads entries they should not see.',
    fix:
      'Escape every value placed in a filter: `ldap.filter.filter_format("(uid=%s)", [name])` or ' +
      '`ldap3.utils.conv.escape_filter_chars(name)`.',
    example: {
      bad: 'uid = request.form["uid"]\nconn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(uid={uid})")',
      good: 'uid = request.form["uid"]\nconn.search_s(BASE, ldap.SCOPE_SUBTREE, filter_format("(uid=%s)", [uid]))',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/90.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/LDAP_Injection_Prevention_Cheat_Sheet.html',
      'https://www.python-ldap.org/en/latest/reference/ldap-filter.html',
    ],
    evidence: { subject: 'LDAP search', clean: 'none has a filter reached by untrusted input' },
  },
  {
    classes: ['ldap'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} reaches an LDAP search filter (${flow.sink.api}) unescaped.`,
  },
);
