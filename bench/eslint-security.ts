/**
 * eslint-plugin-security through ESLint's Node API, as both ESLint
 * comparisons use it (bench/run-eslint.ts on node_modules,
 * bench/js-web-eslint.ts on the labelled corpus): the plugin's recommended
 * rules, ES modules with JSX, and a CommonJS retry.
 *
 * Files are linted as ES modules; a file that does not parse as a module
 * (CommonJS code using `with`, octal escapes, top-level `return`...) is linted
 * again as a CommonJS script, so ESLint is not charged for our guess of its
 * module type. Comments cannot switch rules off (`noInlineConfig`): code in
 * node_modules is full of `eslint-disable`, and Pillar reviews the same code
 * without honouring them.
 */
import { createRequire } from 'node:module';
import { ESLint, type Linter } from 'eslint';

/** The plugin ships no types; this is the part used here. */
interface SecurityPlugin extends ESLint.Plugin {
  configs: { recommended: { rules: Linter.RulesRecord } };
  meta: { name: string; version: string };
}
const security = createRequire(import.meta.url)('eslint-plugin-security') as SecurityPlugin;

/** The plugin's recommended rules under the given module type; JSX on so React files parse. */
export function securityConfig(sourceType: 'module' | 'commonjs'): Linter.Config[] {
  return [
    {
      files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx'],
      plugins: { security },
      rules: security.configs.recommended.rules,
      languageOptions: { ecmaVersion: 'latest', sourceType, parserOptions: { ecmaFeatures: { jsx: true } } },
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    },
  ];
}

export function securityLinter(sourceType: 'module' | 'commonjs', cwd?: string): ESLint {
  // ESLint skips node_modules by default; the corpus is node_modules.
  return new ESLint({
    overrideConfigFile: true,
    overrideConfig: securityConfig(sourceType),
    ignorePatterns: ['!**/node_modules/'],
    ...(cwd ? { cwd } : {}),
  });
}

export const isFatal = (r: ESLint.LintResult) => r.messages.some((m) => m.fatal);

/** Lints the files as modules, then the ones that did not parse as CommonJS; one result per file. */
export async function lintFiles(paths: readonly string[], cwd?: string): Promise<ESLint.LintResult[]> {
  const first = await securityLinter('module', cwd).lintFiles([...paths]);
  // A file ESLint decides to ignore comes back with a warning and no findings: that would be a silent pass.
  const ignored = first.find((r) => r.messages.some((m) => m.ruleId === null && /File ignored/.test(m.message)));
  if (ignored) throw new Error(`ESLint ignored ${ignored.filePath} (${ignored.messages[0]!.message}); lint from a folder that contains it`);
  const retry = first.filter(isFatal).map((r) => r.filePath);
  if (!retry.length) return first;
  const second = new Map((await securityLinter('commonjs', cwd).lintFiles(retry)).map((r) => [r.filePath, r]));
  return first.map((r) => second.get(r.filePath) ?? r);
}

export function pluginVersion(): string {
  return security.meta.version;
}
