/**
 * ## What it does
 * Flags Jinja2 environments that render without HTML autoescaping:
 * `jinja2.Environment(...)` (and the sandboxed environments) with no
 * `autoescape` argument, whose default is off, or with `autoescape=False`; and
 * `jinja2.Template(source)` built from a constant source that contains HTML
 * markup, without `autoescape=True`.
 *
 * ## Why is this bad?
 * With autoescaping off, every `{{ value }}` is pasted into the page verbatim.
 * Any value an attacker influences (a name, a comment, a query parameter) can
 * then carry `<script>` and run in other users' browsers: cross-site scripting.
 *
 * ## CWE choice and precision
 * CWE-79: the missing neutralization is of output placed in a web page. It is
 * not CWE-1336 (template injection), which is about attacker-controlled
 * template source. An environment may legitimately render plain text (e-mails,
 * config files), hence medium confidence; `jinja2.nativetypes` environments,
 * which render Python values, are not considered. `autoescape=True`,
 * `select_autoescape(...)` or a callable are accepted; a non-constant value is
 * not judged, nor a call with `**options`. A bare `Template("Hello {{ name }}")`
 * without markup is treated as plain text and only recorded as examined. Django
 * `mark_safe` / `format_html` are out of scope.
 */
import { argument, defineCheck } from '../../../analyze/check.js';
import { constOf } from './_local-value-util.js';

const ENVIRONMENTS = new Set([
  'jinja2.Environment',
  'jinja2.environment.Environment',
  'jinja2.sandbox.SandboxedEnvironment',
  'jinja2.sandbox.ImmutableSandboxedEnvironment',
]);
const TEMPLATES = new Set(['jinja2.Template', 'jinja2.environment.Template']);
const SELECT = new Set(['jinja2.select_autoescape', 'jinja2.utils.select_autoescape']);

const HTML_TAG = /<\/?[a-zA-Z][\w-]*[\s>/]|<!doctype/i;

export default defineCheck({
  meta: {
    id: 'jinja2-autoescape-off',
    title: 'Jinja2 renders HTML without autoescaping',
    cwe: 79,
    severity: 'high',
    confidence: 'medium',
    languages: ['python'],
    description:
      '`jinja2.Environment(...)` without `autoescape` (off by default) or with `autoescape=False`, and ' +
      '`jinja2.Template` of an HTML source without `autoescape=True`.',
    why:
      'Without autoescaping, values interpolated with `{{ ... }}` are written into the HTML unencoded; any value an ' +
      'attacker controls can inject script into the page (cross-site scripting).',
    fix:
      'Create the environment with `autoescape=select_autoescape()` (escapes .html/.htm/.xml templates) or ' +
      '`autoescape=True`, and mark only trusted fragments safe with `Markup`.',
    example: {
      bad: 'from jinja2 import Environment, FileSystemLoader\nenv = Environment(loader=FileSystemLoader("templates"))',
      good:
        'from jinja2 import Environment, FileSystemLoader, select_autoescape\n' +
        'env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/79.html',
      'https://jinja.palletsprojects.com/en/stable/api/#autoescaping',
      'https://jinja.palletsprojects.com/en/stable/api/#jinja2.Environment',
    ],
    evidence: { subject: 'Jinja2 environment', clean: 'each escapes HTML output' },
    aliases: { bandit: ['B701'], ruff: ['S701'] },
  },
  create(ctx) {
    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (!name) return;
        const isEnv = ENVIRONMENTS.has(name);
        if (!isEnv && !TEMPLATES.has(name)) return;
        const short = name.split('.').pop()!;
        const auto = argument(node, null, 'autoescape');
        if (!auto) {
          if (node.args.some((a) => a.spread === 'dict')) return;
          if (!isEnv) {
            const src = argument(node, 0, 'source');
            const text = src ? constOf(ctx, src) : undefined;
            if (typeof text !== 'string') return;
            if (!HTML_TAG.test(text)) {
              ctx.examined(node, 'plain-text template');
              return;
            }
          }
          ctx.report(node, `\`${short}(...)\` without \`autoescape\`: Jinja2 leaves HTML escaping off by default, so interpolated values can inject script.`);
          return;
        }
        const v = constOf(ctx, auto);
        if (v === false || v === 0 || v === null) {
          ctx.report(node, `\`${short}(autoescape=False)\` writes interpolated values into HTML unescaped.`);
        } else if (v !== undefined) {
          ctx.examined(node, 'autoescape=True');
        } else if (auto.kind === 'call' && SELECT.has(ctx.qualifiedName(auto.callee) ?? '')) {
          ctx.examined(node, 'select_autoescape()');
        }
      },
    };
  },
});
