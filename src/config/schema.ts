/**
 * The shape of `pillar.config.yaml` (or `.yml`, `.json`), checked with zod.
 * Keys are kebab-case. Every key is optional; a missing key leaves the
 * built-in default (or the command-line flag) in force. docs/configuration.md
 * documents each one; EXPECTED below is what an error says a key must be.
 */
import { z } from 'zod';
import { SEVERITIES } from '../analyze/check.js';
import { PILLAR_IDS } from '../cwe/catalog.js';
import { SIZE_PATTERN } from './load.js';

/** `true`/`false`, or the words `on`/`off` (YAML 1.2 reads those as strings). */
const onOff = z.union([z.boolean(), z.enum(['on', 'off'])]).transform((v) => v === true || v === 'on');
const globList = z.array(z.string().min(1));
const severity = z.enum(SEVERITIES as unknown as [string, ...string[]]);

export const configSchema = z
  .object({
    include: globList.optional(),
    exclude: globList.optional(),
    rules: z.record(z.string(), onOff).optional(),
    pillars: z.record(z.string(), onOff).optional(),
    'fail-on': z.enum(['none', ...SEVERITIES] as [string, ...string[]]).optional(),
    'min-severity': severity.optional(),
    'max-file-size': z.union([z.string().regex(SIZE_PATTERN), z.number().int().positive()]).optional(),
    suppressions: z
      .object({
        foreign: z.boolean().optional(),
        'reason-required': z.boolean().optional(),
      })
      .strict()
      .optional(),
    baseline: z.string().min(1).optional(),
  })
  .strict();

export type RawConfig = z.infer<typeof configSchema>;

/** Keys allowed at each level, for "did you mean" suggestions. */
export const KEYS: Record<string, readonly string[]> = {
  '': Object.keys(configSchema.shape),
  suppressions: ['foreign', 'reason-required'],
};

const SEVERITY_LIST = SEVERITIES.join(', ');

/** What each key must be, in the words an error message uses (`<key> at file:line:col must be …`). */
export const EXPECTED: Record<string, string> = {
  include: 'must be a list of glob patterns (gitignore syntax), such as ["src/", "lib/**/*.py"]',
  exclude: 'must be a list of glob patterns (gitignore syntax), such as ["tests/fixtures/"]',
  rules: 'must map check ids to on or off, such as `assert-used: off`',
  'rules.*': 'must be on or off (or true/false)',
  pillars: 'must map pillar ids to on or off, such as `710: off`',
  'pillars.*': 'must be on or off (or true/false)',
  'fail-on': `must be one of ${SEVERITY_LIST}, none`,
  'min-severity': `must be one of ${SEVERITY_LIST}`,
  'max-file-size': 'must be a size such as 2MB',
  suppressions: 'must be a mapping with the keys foreign and reason-required',
  'suppressions.foreign': 'must be true or false',
  'suppressions.reason-required': 'must be true or false',
  baseline: 'must be the path of a baseline file, such as .pillar-baseline.json',
};

export function isPillarKey(key: string): boolean {
  const id = Number(key.replace(/^CWE-/i, ''));
  return Number.isInteger(id) && PILLAR_IDS.includes(id);
}
