/**
 * ## What it does
 * Untrusted input that reaches the URL of a server-side HTTP request: `requests`, `httpx`, `urllib.request.urlopen`.
 *
 * ## Why is this bad?
 * The server fetches whatever the attacker names: internal services, cloud metadata endpoints (credentials), or local files through other schemes.
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the Python taint specs (src/lang/python/taint/*.yaml); sink class `ssrf`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'taint-ssrf',
    title: "Outgoing request to a URL taken from untrusted input",
    cwe: 918,
    severity: 'high',
    confidence: 'medium',
    languages: ['python'],
    description: "Untrusted input that reaches the URL of a server-side HTTP request: `requests`, `httpx`, `urllib.request.urlopen`.",
    why: "The server fetches whatever the attacker names: internal services, cloud metadata endpoints (credentials), or local files through other schemes.",
    fix: "Build the URL from a fixed base and validate the variable part, or check the host against an allow-list before the request.",
    example: {
      bad: "url = request.args[\"url\"]\nrequests.get(url, timeout=5)",
      good: "name = request.args[\"name\"]\nif name not in KNOWN_FEEDS:\n    abort(400)\nrequests.get(KNOWN_FEEDS[name], timeout=5)",
    },
    references: ["https://cwe.mitre.org/data/definitions/918.html", "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery"],
    evidence: { subject: "outgoing request sink", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['ssrf'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} reaches the URL of an outgoing request (${flow.sink.api}).`,
  },
);
