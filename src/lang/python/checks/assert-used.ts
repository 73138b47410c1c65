/**
 * ## What it does
 * Flags `assert` statements in non-test code. Files that look like tests are
 * skipped: `test_*.py`, `*_test.py`, `tests.py`, `conftest.py`, and anything
 * under a `test/` or `tests/` folder.
 *
 * ## Why is this bad?
 * `python -O` (and `PYTHONOPTIMIZE`) strips every `assert`: a check written as
 * an assertion silently disappears in an optimised deployment. When it does
 * run, a failing assertion raises `AssertionError`, which callers rarely
 * expect, so input that trips it crashes the request or the worker.
 *
 * ## CWE choice and precision
 * CWE-617 (Reachable Assertion): an assertion that input can reach, which
 * either aborts more severely than needed or, under `-O`, vanishes. Not
 * CWE-703, which is a pillar, not a leaf. Only assertions used as checks are
 * reported (medium): those where a name in the asserted expression contains a word of an
 * authorisation or validation vocabulary (`user`, `auth`, `permission`, `admin`,
 * `role`, `csrf`, `signed`, `valid`, ... so `is_admin`,
 * `has_permission`, `user.is_authenticated`) or starts with `can_`, where
 * losing the check lets a request through. Generic predicates (`is_integer`,
 * `has_location`) are internal invariants: recorded as examined, because
 * flagging every assert (as Bandit B101 does) buried the few that matter under
 * 432 low findings on the standard library. Pure type-narrowing assertions (`assert isinstance(x, T)`,
 * `assert x is not None`), kept for type checkers, are recorded as examined
 * instead: if one is stripped, the code after it fails on the wrong type
 * rather than proceeding with a skipped decision.
 */
import { defineCheck } from '../../../analyze/check.js';
import type { Expr } from '../../../ir/types.js';
import { walkTree } from '../../../ir/walk.js';

/** Words that make an assertion look like an authorisation or validation decision. */
const SECURITY_WORDS = new Set([
  'user', 'users', 'auth', 'authn', 'authz', 'authenticated', 'authorized', 'authorised', 'authorize', 'authorise',
  'permission', 'permissions', 'perm', 'perms', 'admin', 'superuser', 'staff', 'role', 'roles', 'allowed',
  'csrf', 'signed', 'verified', 'privilege', 'privileges', 'acl', 'grant', 'granted', 'valid',
  'validated', 'logged', 'login', 'trusted', 'whitelist', 'allowlist',
]);

/** True when an identifier names a security decision: `is_admin`, `has_permission`, `can_edit`, `userId`. */
function isSecurityName(id: string): boolean {
  const words = id
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split('_')
    .filter(Boolean);
  if (words[0] === 'can' && words.length > 1) return true;
  return words.some((w) => SECURITY_WORDS.has(w));
}

function isTestPath(path: string): boolean {
  const parts = path.replace(/\\/g, '/').split('/');
  const file = parts[parts.length - 1] ?? '';
  if (/^test_.*\.pyw?$/.test(file) || /_test\.pyw?$/.test(file) || file === 'tests.py' || file === 'conftest.py') return true;
  return parts.slice(0, -1).some((d) => d === 'test' || d === 'tests');
}

/** Names and attribute names used in `e`, lower-cased. */
function identifiers(e: Expr): string[] {
  const out: string[] = [];
  walkTree(e, (n) => {
    if (n.kind === 'name') out.push(n.id);
    else if (n.kind === 'attribute') out.push(n.attr);
  });
  return out;
}

export default defineCheck({
  meta: {
    id: 'assert-used',
    title: 'assert used for a run-time check',
    cwe: 617,
    severity: 'medium',
    confidence: 'medium',
    languages: ['python'],
    description:
      '`assert` statements outside test files that guard an authorisation or validation decision (the asserted ' +
      'expression names a user, permission, role, token, CSRF value, validity flag…). Other assertions, internal ' +
      'invariants and type narrowing, are recorded as examined, not reported.',
    why:
      'Assertions are removed when Python runs with `-O`, so a check written as `assert` disappears in optimised ' +
      'deployments; when they do run, input that fails one raises an unexpected `AssertionError`. Authorisation or ' +
      'validation done with `assert` is skipped entirely under `-O`.',
    fix:
      'Test the condition with `if` and raise a specific exception (`PermissionError`, `ValueError`, a framework ' +
      'error such as `PermissionDenied`), or return an error response.',
    example: {
      bad: 'def delete_post(user, post):\n    assert user.is_admin, "admins only"\n    post.delete()',
      good: 'def delete_post(user, post):\n    if not user.is_admin:\n        raise PermissionError("admins only")\n    post.delete()',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/617.html',
      'https://docs.python.org/3/reference/simple_stmts.html#the-assert-statement',
      'https://docs.python.org/3/using/cmdline.html#cmdoption-O',
    ],
    evidence: { subject: 'assert statement', clean: 'none guards an authorisation or validation decision' },
    aliases: { bandit: ['B101'], ruff: ['S101'] },
  },
  create(ctx) {
    if (isTestPath(ctx.module.path)) return {};
    const isTypeNarrowing = (t: Expr): boolean => {
      if (t.kind === 'call') return ctx.qualifiedName(t.callee) === 'isinstance';
      if (t.kind === 'compare') {
        return t.ops.length === 1 && (t.ops[0] === 'is not' || t.ops[0] === 'is') && t.comparators[0]?.kind === 'literal' && t.comparators[0].type === 'none';
      }
      if (t.kind === 'logical' && t.op === 'and') return t.values.every(isTypeNarrowing);
      return false;
    };
    return {
      assert(node) {
        if (isTypeNarrowing(node.test)) {
          ctx.examined(node, 'type narrowing');
          return;
        }
        const sensitive = identifiers(node.test).find(isSecurityName);
        if (sensitive !== undefined) {
          ctx.report(
            node,
            `This \`assert\` checks \`${sensitive}\`: under \`python -O\` it is removed and the check never runs. Use \`if\` and raise an exception.`,
          );
          return;
        }
        // An internal invariant (`assert len(parts) == 3`) is what asserts are for;
        // reporting every one buries the few that guard a security decision.
        ctx.examined(node, 'internal invariant');
      },
    };
  },
});
