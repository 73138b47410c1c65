/** `--format json`: the Review object, as docs/json-output.md describes and docs/review.schema.json defines. */
import type { Review } from '../review/types.js';

export function formatJson(review: Review): string {
  return `${JSON.stringify(review, null, 2)}\n`;
}
