/** What the readers of a change (git revisions, patches) hand to the loader. */
import type { ChangeCommit, ChangedFile } from '../review/types.js';

/** One file of a change, before it is decided whether and how it is reviewed. */
export interface ChangeEntry extends Omit<ChangedFile, 'notReviewed'> {
  /** Blob id of the new version (git readers), read later in one batch. */
  oid?: string;
  /** The new version's bytes (patch reader: the working tree file with the patch applied). */
  content?: Uint8Array;
}

export interface ReadChange {
  kind: 'diff' | 'commit' | 'staged' | 'patch';
  source: string | null;
  base: string | null;
  head: string | null;
  patch?: 'applied-in-memory' | 'already-applied';
  commits: ChangeCommit[];
  commitCount: number;
  /** Folder the entries' paths are relative to (repository root, or the working directory for a patch outside git). */
  root: string;
  entries: ChangeEntry[];
}
