/**
 * Schemas built on first use. zod takes tens of milliseconds to load, in
 * every thread that imports it; most runs never validate what these schemas
 * describe (compiled taint specs, no baseline). zod is loaded with `require`
 * (it ships CommonJS) so that the first use stays synchronous.
 */
import { createRequire } from 'node:module';
import type { z as Zod } from 'zod';

const requireCjs = createRequire(import.meta.url);

/** A getter for the schemas `build` makes, built (and zod loaded) on its first call. */
export function lazySchemas<T>(build: (z: typeof Zod) => T): () => T {
  let built: T | undefined;
  return () => {
    built ??= build((requireCjs('zod') as { z: typeof Zod }).z);
    return built;
  };
}
