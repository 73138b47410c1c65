/**
 * The disk cache of model answers, so that re-running a review costs nothing.
 * One JSON file per request, named by the sha256 of everything that decides
 * the answer: model, base URL, prompt id, the whole conversation sent (which
 * contains the code) and whether JSON was asked for. The API key is not part
 * of the key and is never written.
 *
 * Only answers that passed validation are stored, so a malformed answer is
 * asked again next time rather than replayed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ChatMessage } from './types.js';

export interface CacheKeyParts {
  model: string;
  baseURL: string;
  promptId: string;
  messages: readonly ChatMessage[];
  wantJson: boolean;
}

export interface CachedAnswer {
  content: string;
  promptTokens: number;
  completionTokens: number;
}

/** $XDG_CACHE_HOME/pillar/model, else ~/.cache/pillar/model. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'pillar', 'model');
}

export function cacheKey(parts: CacheKeyParts): string {
  const h = createHash('sha256');
  // Length-prefixed fields, so that no two different inputs hash the same text.
  for (const field of [parts.model, parts.baseURL, parts.promptId, parts.wantJson ? 'json' : 'text', JSON.stringify(parts.messages)]) {
    h.update(`${field.length}:${field}\n`);
  }
  return h.digest('hex');
}

export class AnswerCache {
  constructor(readonly dir: string) {}

  private file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): CachedAnswer | null {
    try {
      const value = JSON.parse(readFileSync(this.file(key), 'utf8')) as Partial<CachedAnswer>;
      if (typeof value.content !== 'string') return null;
      return { content: value.content, promptTokens: Number(value.promptTokens) || 0, completionTokens: Number(value.completionTokens) || 0 };
    } catch {
      return null; // absent or damaged: ask the model again
    }
  }

  /** Writes atomically (temporary file, then rename), so a crash never leaves half an answer. A failed write is not an error. */
  put(key: string, answer: CachedAnswer, about: { model: string; promptId: string }): void {
    try {
      const file = this.file(key);
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
      writeFileSync(tmp, JSON.stringify({ model: about.model, promptId: about.promptId, ...answer }));
      renameSync(tmp, file);
    } catch {
      // A read-only or full disk costs a re-run, not the review.
    }
  }
}
