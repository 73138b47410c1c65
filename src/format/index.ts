/** Output formats. A new format is a module here and an entry in FORMATS. */
import type { Review } from '../review/types.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export interface FormatContext {
  color: boolean;
  /** Absolute directory the review's relative paths are relative to (the working directory). */
  root?: string;
}

export const FORMATS: Record<string, (review: Review, ctx: FormatContext) => string> = {
  text: (review, ctx) => formatText(review, { color: ctx.color }),
  json: (review) => formatJson(review),
  sarif: (review, ctx) => formatSarif(review, { root: ctx.root }),
};
