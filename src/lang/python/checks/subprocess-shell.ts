/**
 * ## What it does
 * Flags commands built at run time that are handed to a shell:
 * - `subprocess.call/run/Popen/check_call/check_output` with `shell=True`
 *   (or another truthy constant);
 * - calls that always use a shell: `os.system`, `os.popen`,
 *   `subprocess.getoutput/getstatusoutput`, Python 2's `commands.*` and
 *   `popen2.*`, `platform.popen`, `asyncio.create_subprocess_shell` and the
 *   event loop's `subprocess_shell`;
 * - an explicit shell in an argument list: `subprocess.run(["sh", "-c", cmd])`,
 *   `os.execlp("bash", "bash", "-c", cmd)`, `os.spawnv(..., ["/bin/sh", "-c", cmd])`.
 *
 * ## Why is this bad?
 * The shell parses its command line: quotes, `;`, `&&`, `|`, `$(...)` and
 * backticks all have meaning. A file name or form field spliced into that
 * line can end the intended command and start another one (OS command
 * injection).
 *
 * ## Precision
 * A constant command (including module constants and folded concatenations)
 * is not reported, nor a command whose run-time parts are all quoted with
 * `shlex.quote`/`shlex.join` or are numbers (`int()`, `len()`). Argument lists
 * without a shell (`subprocess.run(["ls", path])`) are fine. Local variables
 * are followed to their assignments in the same function. A command that
 * comes whole from elsewhere (a parameter, a call) is reported with medium
 * confidence; one built here from run-time parts, with high confidence.
 * `shell=` set by a non-constant expression or through `**kwargs` is not
 * reported.
 */
import { deferringToDataflow } from '../../../dataflow/defer.js';
import { argument, type CheckContext, defineCheck, hasKeywordSpread } from '../../../analyze/check.js';
import type { CallExpr, Expr } from '../../../ir/types.js';
import { exprText, holesText, isRunTime, type StringShape, stringShape } from '../helpers/string-shape.js';

/** Take `shell=`; the command is the first argument (`args`). */
const SHELL_OPTIONAL = new Set([
  'subprocess.call',
  'subprocess.run',
  'subprocess.Popen',
  'subprocess.check_call',
  'subprocess.check_output',
]);

/** Always run their command through a shell: name → keyword name of the command. */
const ALWAYS_SHELL = new Map<string, string>([
  ['os.system', 'command'],
  ['os.popen', 'cmd'],
  ['os.popen2', 'cmd'],
  ['os.popen3', 'cmd'],
  ['os.popen4', 'cmd'],
  ['popen2.popen2', 'cmd'],
  ['popen2.popen3', 'cmd'],
  ['popen2.popen4', 'cmd'],
  ['subprocess.getoutput', 'cmd'],
  ['subprocess.getstatusoutput', 'cmd'],
  ['commands.getoutput', 'cmd'],
  ['commands.getstatusoutput', 'cmd'],
  ['platform.popen', 'cmd'],
  ['asyncio.create_subprocess_shell', 'cmd'],
  ['asyncio.subprocess.create_subprocess_shell', 'cmd'],
]);

/**
 * Calls that start a program from an argument vector: where the vector is.
 * `list`: one sequence argument at (position, keyword). `spread`: the
 * positional arguments from `from` on (minus a trailing env for the *e forms).
 */
type ArgvAt = { list: [number, string] } | { spread: number; env: boolean };
const ARGV_CALLS = new Map<string, ArgvAt>([
  ...[...SHELL_OPTIONAL].map((n): [string, ArgvAt] => [n, { list: [0, 'args'] }]),
  ['os.execv', { list: [1, 'argv'] }],
  ['os.execve', { list: [1, 'argv'] }],
  ['os.execvp', { list: [1, 'args'] }],
  ['os.execvpe', { list: [1, 'args'] }],
  ['os.posix_spawn', { list: [1, 'argv'] }],
  ['os.posix_spawnp', { list: [1, 'argv'] }],
  ['os.spawnv', { list: [2, 'args'] }],
  ['os.spawnve', { list: [2, 'args'] }],
  ['os.spawnvp', { list: [2, 'args'] }],
  ['os.spawnvpe', { list: [2, 'args'] }],
  ['os.execl', { spread: 1, env: false }],
  ['os.execlp', { spread: 1, env: false }],
  ['os.execle', { spread: 1, env: true }],
  ['os.execlpe', { spread: 1, env: true }],
  ['os.spawnl', { spread: 2, env: false }],
  ['os.spawnlp', { spread: 2, env: false }],
  ['os.spawnle', { spread: 2, env: true }],
  ['os.spawnlpe', { spread: 2, env: true }],
  ['asyncio.create_subprocess_exec', { spread: 0, env: false }],
  ['asyncio.subprocess.create_subprocess_exec', { spread: 0, env: false }],
]);

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'csh', 'tcsh', 'fish', 'cmd', 'cmd.exe', 'powershell', 'powershell.exe', 'pwsh']);
const SANITIZERS = new Set(['shlex.quote', 'pipes.quote', 'shlex.join', 'shellescape.quote']);
const SHELL_QUOTING = { sanitizers: SANITIZERS, sanitizerCall: escapesSingleQuotes };

/** `s.replace("'", "'\"'\"'")` or `s.replace("'", "'\\''")`: the POSIX way to put `s` inside single quotes. */
function escapesSingleQuotes(ctx: CheckContext, call: CallExpr): boolean {
  if (call.callee.kind !== 'attribute' || call.callee.attr !== 'replace' || call.args.length !== 2) return false;
  const from = ctx.constValue(call.args[0]!.value);
  const to = ctx.constValue(call.args[1]!.value);
  return from === "'" && (to === `'"'"'` || to === "'\\''");
}

export default defineCheck({
  meta: {
    id: 'subprocess-shell',
    title: 'Shell command built at run time',
    cwe: 78,
    severity: 'high',
    confidence: 'high',
    languages: ['python'],
    description:
      'Commands that are passed to a shell (`shell=True`, `os.system`, `os.popen`, `subprocess.getoutput`, ' +
      '`asyncio.create_subprocess_shell`, or an explicit `sh -c` argument list) and are built at run time.',
    why:
      'The shell interprets quotes, `;`, `|`, `&&`, `$(...)` and backticks in its command line. A value spliced into ' +
      'that line can end the intended command and run another one with the program\'s privileges (OS command injection).',
    fix:
      'Pass an argument list without a shell: `subprocess.run(["convert", src, dst], check=True)`. If a shell is ' +
      'really needed, quote every run-time part with `shlex.quote()`.',
    example: {
      bad: 'subprocess.run(f"tar xzf {archive}", shell=True)',
      good: 'subprocess.run(["tar", "xzf", archive], check=True)',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/78.html',
      'https://docs.python.org/3/library/subprocess.html#security-considerations',
      'https://docs.python.org/3/library/shlex.html#shlex.quote',
    ],
    evidence: { subject: 'process-launching call', clean: 'none hands a shell a command built at run time' },
    aliases: { bandit: ['B602', 'B605'], ruff: ['S602', 'S605'] },
  },
  create(checkCtx) {
    // Where the dataflow engine has the answer (dead branch, sanitiser, allow-list), it decides.
    const ctx = deferringToDataflow(checkCtx, [78]);
    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (name && SHELL_OPTIONAL.has(name)) return shellOptional(ctx, node, name);
        if (name && ALWAYS_SHELL.has(name)) {
          return judge(ctx, node, `\`${name}()\``, argument(node, 0, ALWAYS_SHELL.get(name)), 'always runs a shell');
        }
        if (!name && node.callee.kind === 'attribute' && node.callee.attr === 'subprocess_shell') {
          // `loop.subprocess_shell(protocol_factory, cmd)`: the receiver's type is unknown.
          return judge(ctx, node, '`loop.subprocess_shell()`', argument(node, 1, 'cmd'), 'always runs a shell', 'medium');
        }
        if (name && ARGV_CALLS.has(name)) explicitShell(ctx, node, name);
      },
    };
  },
});

function shellOptional(ctx: CheckContext, node: CallExpr, name: string): void {
  const shellArg = argument(node, null, 'shell');
  if (!shellArg) {
    if (hasKeywordSpread(node)) return; // shell= may be in **kwargs
    if (!explicitShell(ctx, node, name)) ctx.examined(node, 'no shell');
    return;
  }
  const shell = ctx.constValue(shellArg);
  if (shell === undefined) return; // decided at run time: not reported
  if (shell === null || shell === false || shell === 0 || shell === '') {
    if (!explicitShell(ctx, node, name)) ctx.examined(node, 'no shell');
    return;
  }
  let command = argument(node, 0, 'args');
  // With shell=True and a list, the first item is the command line; the rest go to the shell itself.
  if (command?.kind === 'sequence') command = command.elements[0] ?? null;
  judge(ctx, node, `\`${name}(..., shell=True)\``, command, 'runs a shell');
}

/** Reports or records one shell command; `what` names the call in messages. */
function judge(
  ctx: CheckContext,
  node: CallExpr,
  what: string,
  command: Expr | null,
  verb: string,
  confidence?: 'medium',
): void {
  if (!command) return;
  const shape = stringShape(ctx, command, SHELL_QUOTING);
  if (!isRunTime(shape)) {
    ctx.examined(node, shape.state === 'constant' ? 'constant command' : 'run-time parts quoted or numeric');
    return;
  }
  ctx.report(node, message(ctx, node, what, verb, shape), confidence || shape.state === 'opaque' ? { confidence: 'medium' } : {});
}

function message(ctx: CheckContext, node: CallExpr, what: string, verb: string, shape: StringShape): string {
  if (shape.state === 'built') {
    const where = shape.at.range.line === node.range.line ? '' : ` on line ${shape.at.range.line}`;
    return (
      `${what} ${verb} on a command built with ${shape.how}${where} from ${holesText(ctx, shape.holes)}; ` +
      'a quote, `;` or `$(...)` in that value runs other commands.'
    );
  }
  const expr = shape.state === 'opaque' ? shape.expr : null;
  const from = expr ? ` \`${exprText(ctx, expr)}\`,` : '';
  return `${what} ${verb} on${from} a command that is not fixed in the code; check that no outside text reaches it unquoted.`;
}

/**
 * `["sh", "-c", cmd]` in an argument vector. Returns true when the vector
 * starts a shell (reported or examined), false when it does not.
 */
function explicitShell(ctx: CheckContext, node: CallExpr, name: string): boolean {
  const at = ARGV_CALLS.get(name);
  if (!at) return false;
  let argv: Expr[] | null = null;
  if ('list' in at) {
    const list = argument(node, at.list[0], at.list[1]);
    if (list?.kind === 'sequence') argv = list.elements;
  } else {
    if (node.args.some((a) => a.spread !== null)) return false;
    const positional = node.args.filter((a) => a.name === null).map((a) => a.value);
    argv = positional.slice(at.spread, at.env ? -1 : undefined);
  }
  if (!argv || argv.length < 3) return false;
  const program = ctx.constValue(argv[0]!);
  if (typeof program !== 'string') return false;
  const base = program.split(/[\\/]/).pop()!.toLowerCase();
  if (!SHELLS.has(base)) return false;
  // The command follows `-c` (or `-lc`, `-ec`, cmd's `/c`, PowerShell's `-Command`).
  for (let i = 1; i < argv.length - 1; i++) {
    const flag = ctx.constValue(argv[i]!);
    if (typeof flag !== 'string') return false;
    if (/^-[a-z]*c$/i.test(flag) || /^\/c$/i.test(flag) || /^-command$/i.test(flag)) {
      judge(ctx, node, `\`${name}()\``, argv[i + 1]!, `starts \`${base} ${flag}\``);
      return true;
    }
    if (!flag.startsWith('-')) return false;
  }
  return false;
}
