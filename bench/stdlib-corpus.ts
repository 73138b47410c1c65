/** The benchmark corpus: which files both tools review, chosen the same way for both. */
import { DEFAULT_EXCLUDES, DEFAULT_MAX_FILE_BYTES, type DiscoveredFile, discover } from '../src/discover/walk.js';

export const DEFAULT_CORPUS = '/usr/lib/python3.11';

/** Third-party packages installed beside the standard library are not part of it. */
export const CORPUS_EXCLUDES = [...DEFAULT_EXCLUDES, 'dist-packages/', 'site-packages/'];

export function corpusFiles(root: string): DiscoveredFile[] {
  return discover([root], { exclude: CORPUS_EXCLUDES, maxFileBytes: DEFAULT_MAX_FILE_BYTES, cwd: root }).files;
}

/** What each runner prints, as one JSON line on stdout. */
export interface RunFigures {
  tool: string;
  /** Wall time inside the process, from before discovery to the end of the run. */
  wallMs: number;
  files: number;
  lines: number;
  findings: number;
  maxRssMB: number;
  /** CPU time of the whole process (all threads), user + system. */
  cpuMs: number;
}

export function cpuMs(): number {
  const u = process.cpuUsage();
  return Math.round((u.user + u.system) / 1000);
}

export function maxRssMB(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10; // maxRSS is in KiB
}
