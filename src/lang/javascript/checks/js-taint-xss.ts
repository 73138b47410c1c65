/**
 * ## What it does
 * Untrusted input written into HTML: an Express / Node / Next.js response body sent as a string (objects are sent as JSON and are not reported), a Koa `ctx.body`, a Fastify reply typed as HTML, and in the browser `innerHTML` / `outerHTML`, `insertAdjacentHTML`, `document.write` and React's `dangerouslySetInnerHTML`. Vue templates (`v-html`) are not reviewed.
 *
 * ## Why is this bad?
 * The browser runs any script in the markup: the attacker acts as the victim in the application (session theft, actions on their behalf).
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the JavaScript taint specs (src/lang/javascript/taint/*.yaml); sink class `xss`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'js-taint-xss',
    title: "HTML built from untrusted input",
    cwe: 79,
    severity: 'high',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description: "Untrusted input written into HTML: an Express / Node / Next.js response body sent as a string (objects are sent as JSON and are not reported), a Koa `ctx.body`, a Fastify reply typed as HTML, and in the browser `innerHTML` / `outerHTML`, `insertAdjacentHTML`, `document.write` and React's `dangerouslySetInnerHTML`. Vue templates (`v-html`) are not reviewed.",
    why: "The browser runs any script in the markup: the attacker acts as the victim in the application (session theft, actions on their behalf).",
    fix: "Escape text for HTML (`escape-html`, a template engine that escapes by default, React's ordinary `{value}`), sanitise markup you must keep with DOMPurify, and set `textContent` instead of `innerHTML`.",
    example: {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source text
      bad: "res.send(`<p>Hello ${req.query.name}</p>`);",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source text
      good: "res.send(`<p>Hello ${escapeHtml(req.query.name)}</p>`);",
    },
    references: ["https://cwe.mitre.org/data/definitions/79.html", "https://react.dev/reference/react-dom/components/common#dangerously-setting-the-inner-html"],
    evidence: { subject: "HTML output sink", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['xss'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} is written into HTML (${flow.sink.api}).`,
  },
);
