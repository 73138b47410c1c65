/**
 * ## What it does
 * Untrusted input used as the URL or host of an outgoing request: `fetch`, `axios` (and its methods), `got`, `node-fetch`, `undici`, `http(s).get` / `request`, `request`, `superagent`. An allow-list check on the host (`new URL(u).hostname`) is recognised.
 *
 * ## Why is this bad?
 * The server fetches what the attacker names: internal services, cloud metadata endpoints (credentials) and hosts behind the firewall.
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the JavaScript taint specs (src/lang/javascript/taint/*.yaml); sink class `ssrf`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'js-taint-ssrf',
    title: "Server-side request to a URL taken from untrusted input",
    cwe: 918,
    severity: 'high',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description: "Untrusted input used as the URL or host of an outgoing request: `fetch`, `axios` (and its methods), `got`, `node-fetch`, `undici`, `http(s).get` / `request`, `request`, `superagent`. An allow-list check on the host (`new URL(u).hostname`) is recognised.",
    why: "The server fetches what the attacker names: internal services, cloud metadata endpoints (credentials) and hosts behind the firewall.",
    fix: "Build the URL from a fixed base and an encoded path segment (`encodeURIComponent`), or check the parsed host against an allow-list before the request.",
    example: {
      bad: "const r = await fetch(req.query.url);",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source text
      good: "const r = await fetch(`https://api.example.com/items/${encodeURIComponent(req.query.id)}`);",
    },
    references: ["https://cwe.mitre.org/data/definitions/918.html", "https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html"],
    evidence: { subject: "outgoing request sink", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['ssrf'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} is the URL of an outgoing request (${flow.sink.api}).`,
  },
);
