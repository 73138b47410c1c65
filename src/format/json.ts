/** `--format json`: the Review object as documented in docs/json-schema.md. */
import type { Review } from '../review/types.js';

export function formatJson(review: Review): string {
  return `${JSON.stringify(review, null, 2)}\n`;
}
