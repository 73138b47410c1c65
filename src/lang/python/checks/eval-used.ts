/**
 * ## What it does
 * Flags calls to the builtins `eval` and `exec` whose argument is not a
 * constant string.
 *
 * ## Why is this bad?
 * Code evaluated at run time runs with the program's full authority. If any
 * part of the string comes from outside, an attacker runs arbitrary Python.
 *
 * ## Example / fix / references
 * See `meta` below: docs, SARIF rules and `pillar explain` are generated from it.
 *
 * Name resolution decides what `eval` is: a local function named `eval`, or an
 * attribute like `model.eval()`, is not the builtin and is not flagged.
 */
import { deferringToDataflow } from '../../../dataflow/defer.js';
import { argument, defineCheck } from '../../../analyze/check.js';

const BUILTINS = new Set(['eval', 'exec', 'builtins.eval', 'builtins.exec']);

export default defineCheck({
  meta: {
    id: 'eval-used',
    title: 'eval or exec of a non-constant string',
    cwe: 95,
    severity: 'high',
    confidence: 'high',
    languages: ['python'],
    description: 'Calls to the builtins `eval()` and `exec()` whose code argument is not a constant string.',
    why:
      'The string is executed as Python with the full authority of the program. If an attacker controls any part ' +
      'of it, they run arbitrary code (eval injection).',
    fix:
      'Parse data instead of evaluating it: `ast.literal_eval` for Python literals, `json.loads` for JSON, or a ' +
      'dispatch table mapping allowed names to functions.',
    example: {
      bad: 'value = eval(request.args["expr"])',
      good: 'import ast\nvalue = ast.literal_eval(request.args["expr"])',
    },
    references: ['https://cwe.mitre.org/data/definitions/95.html', 'https://docs.python.org/3/library/ast.html#ast.literal_eval'],
    evidence: { subject: 'eval/exec call', clean: 'each evaluates a constant string' },
    aliases: { bandit: ['B102', 'B307'], ruff: ['S102', 'S307'] },
  },
  create(checkCtx) {
    // Where the dataflow engine has the answer (dead branch, sanitiser, allow-list), it decides.
    const ctx = deferringToDataflow(checkCtx, [95, 94]);
    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (!name || !BUILTINS.has(name)) return;
        const code = argument(node, 0, 'source') ?? argument(node, 0, 'object');
        if (code && typeof ctx.constValue(code) === 'string') {
          ctx.examined(node, 'constant string');
          return;
        }
        const fn = name.replace('builtins.', '');
        ctx.report(node, `\`${fn}()\` runs a string built at run time as Python code.`);
      },
    };
  },
});
