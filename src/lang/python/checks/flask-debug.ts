/**
 * ## What it does
 * Flags a Flask application run with debug mode on:
 * - `app.run(debug=True)`;
 * - `app.debug = True`;
 * - `app.config["DEBUG"] = True`, `app.config.update(DEBUG=True)`,
 *   `app.config.from_mapping(DEBUG=True)`;
 * where `app` is known to be a Flask application: `Flask(...)` called directly
 * or bound once to a name (`app = Flask(__name__)`, through any import alias).
 *
 * ## Why is this bad?
 * Debug mode enables the Werkzeug interactive debugger: any exception page
 * offers a Python console in the browser. Whoever reaches it (the PIN is a weak
 * barrier, derivable from machine data) runs code as the server. Tracebacks also
 * leak source and configuration.
 *
 * ## CWE choice and precision
 * CWE-489 (Active Debug Code) rather than CWE-94: nothing is injected, the
 * product ships a deliberate code-execution entry point meant only for
 * development, which is what CWE-489 describes. Only constant true values
 * count; `debug=os.environ.get(...)` is not judged. Apps created by a factory
 * function (`app = create_app()`) are not recognised. A run under
 * `if __name__ == "__main__":` only happens when the file is started directly
 * (not under gunicorn/uwsgi), so it is reported with medium confidence.
 */
import { argument, defineCheck } from '../../../analyze/check.js';
import type { Expr, Range } from '../../../ir/types.js';
import { constOf, inMainGuard, isMadeBy } from './_local-value-util.js';

const FLASK = new Set(['flask.Flask', 'flask.app.Flask']);

export default defineCheck({
  meta: {
    id: 'flask-debug',
    title: 'Flask app runs in debug mode',
    cwe: 489,
    severity: 'high',
    confidence: 'high',
    languages: ['python'],
    description:
      'A Flask application with debug mode turned on: `app.run(debug=True)`, `app.debug = True`, ' +
      '`app.config["DEBUG"] = True` or `app.config.update(DEBUG=True)`.',
    why:
      'Debug mode serves the Werkzeug interactive debugger, a Python console reachable from any error page. Anyone ' +
      'who reaches it can run code on the server; tracebacks also disclose source code and settings.',
    fix:
      'Never enable debug in code that can be deployed. Use `flask run --debug` during development, or read the ' +
      'setting from the environment with a false default, and serve production with a WSGI server (gunicorn, uwsgi).',
    example: {
      bad: 'from flask import Flask\napp = Flask(__name__)\napp.run(debug=True)',
      good: 'import os\nfrom flask import Flask\napp = Flask(__name__)\napp.run(debug=os.environ.get("FLASK_DEBUG") == "1")',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/489.html',
      'https://flask.palletsprojects.com/en/stable/debugging/',
      'https://werkzeug.palletsprojects.com/en/stable/debug/',
    ],
    evidence: { subject: 'Flask debug setting', clean: 'none turns debug mode on' },
    aliases: { bandit: ['B201'], ruff: ['S201'] },
  },
  create(ctx) {
    const isApp = (e: Expr) => isMadeBy(ctx, e, FLASK);
    const isConfigOf = (e: Expr) => e.kind === 'attribute' && e.attr === 'config' && isApp(e.object);
    const conf = () => (inMainGuard(ctx) ? { confidence: 'medium' as const } : {});
    const judge = (at: { range: Range }, value: Expr | null, how: string) => {
      if (!value) return;
      const v = constOf(ctx, value);
      if (v === true || v === 1) {
        ctx.report(at, `${how} turns on Flask debug mode: the Werkzeug debugger gives a Python console to anyone who triggers an error.`, conf());
      } else if (v !== undefined) {
        ctx.examined(at, 'debug off');
      }
    };
    return {
      call(node) {
        if (node.callee.kind !== 'attribute') return;
        const { attr, object } = node.callee;
        if (attr === 'run' && isApp(object)) {
          const debug = argument(node, 2, 'debug');
          if (debug) judge(node, debug, '`app.run(debug=True)`');
          else if (!node.args.some((a) => a.spread === 'dict')) ctx.examined(node, 'run without debug');
          return;
        }
        if ((attr === 'update' || attr === 'from_mapping') && isConfigOf(object)) {
          judge(node, argument(node, null, 'DEBUG'), `\`app.config.${attr}(DEBUG=True)\``);
        }
      },
      assign(node) {
        if (!node.value || node.op !== null) return;
        for (const t of node.targets) {
          if (t.kind === 'attribute' && t.attr === 'debug' && isApp(t.object)) {
            judge(node, node.value, '`app.debug = True`');
          } else if (t.kind === 'index' && isConfigOf(t.object) && ctx.constValue(t.index) === 'DEBUG') {
            judge(node, node.value, '`app.config["DEBUG"] = True`');
          }
        }
      },
    };
  },
});
