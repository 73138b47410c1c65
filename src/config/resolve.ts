/**
 * Merges the configuration file with the command line: a flag given on the
 * command line wins over the file, the file wins over the built-in default.
 * `--exclude` patterns add to the file's `exclude` list.
 */
import { isAbsolute, relative, sep } from 'node:path';
import ignore from 'ignore';
import type { CheckMeta } from '../analyze/check.js';
import { PILLAR_IDS, pillarOf } from '../cwe/catalog.js';
import { DEFAULT_SUPPRESSION_POLICY, type SuppressionPolicy } from '../review/suppressions.js';
import type { PillarConfig } from './load.js';

export const DEFAULT_FAIL_ON = 'medium';
export const DEFAULT_MAX_FILE_SIZE = '2MB';

/** The flags the configuration file also sets; undefined means "not on the command line". */
export interface ConfigurableFlags {
  failOn?: string;
  minSeverity?: string;
  maxFileSize?: string;
  pillars?: string;
  /** `--foreign-suppressions` / `--no-foreign-suppressions`. */
  foreignSuppressions?: boolean;
  /** `--baseline FILE`, or false for `--no-baseline`. */
  baseline?: string | false;
}

export function failOnSetting(flags: ConfigurableFlags, config: PillarConfig): string {
  return flags.failOn ?? config.failOn ?? DEFAULT_FAIL_ON;
}

/** `--max-file-size` text, or the file's size in bytes, or the default. */
export function maxFileSizeSetting(flags: ConfigurableFlags, config: PillarConfig): string | number {
  return flags.maxFileSize ?? config.maxFileBytes ?? DEFAULT_MAX_FILE_SIZE;
}

export function minSeveritySetting(flags: ConfigurableFlags, config: PillarConfig): string | undefined {
  return flags.minSeverity ?? config.minSeverity;
}

/** The pillars reviewed when `--pillars` is not given: all, minus those the file turns off. */
export function configPillars(config: PillarConfig): number[] {
  return PILLAR_IDS.filter((id) => config.pillars.get(id) !== false);
}

/** A check runs when its pillar is reviewed and the file does not turn its rule off. */
export function checkEnabled(config: PillarConfig, pillars: readonly number[]): (meta: CheckMeta) => boolean {
  return (meta) => pillars.includes(pillarOf(meta.cwe) ?? -1) && config.rules.get(meta.id) !== false;
}

export function suppressionPolicy(flags: ConfigurableFlags, config: PillarConfig): SuppressionPolicy {
  return {
    foreign: flags.foreignSuppressions ?? config.suppressions.foreign ?? DEFAULT_SUPPRESSION_POLICY.foreign,
    reasonRequired: config.suppressions.reasonRequired ?? DEFAULT_SUPPRESSION_POLICY.reasonRequired,
  };
}

/** The baseline to compare against: `--baseline`, else the file's `baseline` (unless `--no-baseline`); null for none. */
export function baselineSetting(flags: ConfigurableFlags, config: PillarConfig): string | null {
  if (flags.baseline === false) return null;
  return flags.baseline ?? config.baseline ?? null;
}

/**
 * The file's `exclude` patterns that discovery may use to skip whole folders
 * while walking (an optimisation; configPathFilter decides). Only patterns
 * that mean the same from any folder qualify: no `/` except a trailing one,
 * and none when a `!` pattern re-includes something. Empty when the working
 * directory is outside the config's folder.
 */
export function prunableExcludes(config: PillarConfig, cwd: string): string[] {
  const rel = relative(config.root, cwd);
  if (rel.startsWith('..') || isAbsolute(rel)) return [];
  if (config.exclude.some((p) => p.startsWith('!'))) return [];
  return config.exclude.filter((p) => !p.replace(/\/+$/, '').includes('/'));
}

/**
 * The file's `include`/`exclude` as a test on absolute paths, matched
 * relative to the config file's folder in gitignore syntax. It applies to
 * every file, named on the command line or found in a folder, so that the
 * project's policy holds for change reviews too. Files outside the folder are
 * not affected.
 */
export function configPathFilter(config: PillarConfig): (absPath: string) => boolean {
  if (config.include.length === 0 && config.exclude.length === 0) return () => true;
  const included = config.include.length ? ignore().add(config.include) : null;
  const excluded = ignore().add(config.exclude);
  return (absPath) => {
    const rel = relative(config.root, absPath).split(sep).join('/');
    if (rel === '' || rel.startsWith('../') || rel === '..') return true;
    if (included && !included.ignores(rel)) return false;
    return !excluded.ignores(rel);
  };
}
