/** Reading the audit's input files, with one clear message per problem (the CLI turns them into exit code 2). */
import { readFileSync, statSync } from 'node:fs';
import { parseTruth, type Truth } from './grade.js';

/** A missing or malformed input: the audit cannot run. */
export class AuditInputError extends Error {
  override name = 'AuditInputError';
}

export function readTextFile(path: string, what: string): string {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch {
    throw new AuditInputError(`${what} not found: ${path}`);
  }
  if (!st.isFile()) throw new AuditInputError(`${what} is not a file: ${path}`);
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new AuditInputError(`cannot read ${what} ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export function readJsonFile(path: string, what: string): unknown {
  const text = readTextFile(path, what);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new AuditInputError(`${what} ${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export function readTruth(path: string): Truth {
  const json = readJsonFile(path, 'truth file');
  try {
    return parseTruth(json);
  } catch (err) {
    throw new AuditInputError(`truth file ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
