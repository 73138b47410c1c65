/**
 * Command-line glue for the configuration file and the baseline: loads them
 * and turns their errors into usage errors (one line, exit code 2), and
 * applies the file's include/exclude to what discovery found.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { DiscoveredFile, Discovery } from '../discover/walk.js';
import { allCheckMetas } from '../engine/checks.js';
import { ConfigError, loadConfig, type PillarConfig } from '../config/load.js';
import { baselineSetting, type ConfigurableFlags, configPathFilter } from '../config/resolve.js';
import { type Baseline, BaselineError, readBaseline } from '../review/baseline.js';
import { UsageError } from './errors.js';

export interface ConfigFlags extends ConfigurableFlags {
  /** `--config FILE`. */
  config?: string;
}

/** The configuration for this run (`--config`, else pillar.config.* in the working directory or the git top level). */
export async function loadCliConfig(flags: ConfigFlags, cwd: string): Promise<PillarConfig> {
  const knownChecks = (await allCheckMetas()).map((c) => c.id);
  try {
    return await loadConfig({ cwd, ...(flags.config ? { file: flags.config } : {}), knownChecks });
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
}

/** The baseline to compare against (`--baseline`, or the configuration's), read and validated; null for none. */
export function loadCliBaseline(flags: ConfigFlags, config: PillarConfig): Baseline | null {
  const file = baselineSetting(flags, config);
  if (file === null) return null;
  // The configuration's path is absolute: shown relative to the working directory when it is inside it.
  const rel = relative(process.cwd(), file);
  const shown = isAbsolute(file) && rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
  try {
    return readBaseline(shown);
  } catch (err) {
    if (err instanceof BaselineError) throw new UsageError(err.message);
    throw err;
  }
}

/**
 * Drops the files the configuration's include/exclude leave out. Those the
 * user asked for by name (`named`: on the command line, or touched by the
 * change under review) are listed as skipped, so that leaving them out is
 * never silent; files found by walking a folder are simply not reviewed.
 */
export function applyConfigPaths(
  discovery: Discovery,
  config: PillarConfig,
  named: (file: DiscoveredFile) => boolean,
  /** The folder the discovery's relative paths are relative to. */
  base: string,
): Discovery {
  const keep = configPathFilter(config);
  const files: DiscoveredFile[] = [];
  // Skipped files (too large, binary...) that the configuration leaves out are not mentioned either.
  const skipped = discovery.skipped.filter((s) => keep(resolve(base, s.path)));
  for (const f of discovery.files) {
    if (keep(f.absPath)) files.push(f);
    else if (named(f)) skipped.push({ path: f.path, reason: 'excluded' });
  }
  return { ...discovery, files, skipped };
}

/** A test for files named on the command line (by their absolute paths). */
export function namedOnCommandLine(paths: readonly string[], cwd: string): (file: DiscoveredFile) => boolean {
  const named = new Set(paths.map((p) => resolve(cwd, p)));
  return (file) => named.has(file.absPath);
}
