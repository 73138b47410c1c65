/**
 * Turns a scenario into the text of one corpus file for one framework:
 * imports, app setup, module-level helpers, the handler, and the inline
 * `// expect: CWE-N` / `// ok: CWE-N` mark on the line before each line the
 * scenario marked with a leading `!`.
 */
import { type Framework, type Imp, type Input, indent, renderImport } from './frameworks.js';

export interface ScenarioParts {
  /** One line saying what the file is, written as its header comment. */
  doc: string;
  imports?: Imp[];
  /** Module-level code after the app setup (constants, helpers). */
  pre?: string[];
  method?: 'get' | 'post' | 'put' | 'delete';
  path?: string;
  inputs?: Input[];
  /** Handler body; a line starting with `!` is the labelled line. Omit for files without a handler. */
  body?: string[];
  /** Module-level code after the handler. */
  post?: string[];
  /** Whether the file needs the framework's app at all (false for plain modules). */
  app?: boolean;
}

export interface Scenario {
  /** Framework ids the scenario can be written for (default: the server frameworks). */
  only?: readonly string[];
  skip?: readonly string[];
  /** CWE of the mark, when it differs from the category's. */
  cwe?: number;
  /** How many frameworks to render it for, when not the category's number. */
  copies?: number;
  build(fw: Framework): ScenarioParts;
}

/** Moves a `!` mark to the last line of a (possibly multi-line) statement. */
export function M(statement: string): string {
  const lines = statement.split('\n');
  lines[lines.length - 1] = `!${lines[lines.length - 1]}`;
  return lines.join('\n');
}

export function renderFile(fw: Framework, parts: ScenarioParts, mark: string): string {
  const withApp = parts.app !== false;
  const imports = mergeImports([...(withApp ? fw.imports : []), ...(parts.imports ?? [])]);
  const out: string[] = [`// ${parts.doc}`];
  out.push(...imports.map((i) => renderImport(fw, i)));
  out.push('');
  if (withApp && fw.setup.length) out.push(...fw.setup, '');
  if (parts.pre?.length) out.push(...parts.pre, '');
  if (parts.body) {
    out.push(
      ...fw.route({
        method: parts.method ?? 'get',
        path: parts.path ?? '/',
        inputs: parts.inputs ?? [],
        body: indentFree(parts.body),
      }),
      '',
    );
  }
  if (parts.post?.length) out.push(...parts.post, '');
  if (withApp && fw.tail.length) out.push(...fw.tail);
  const text = applyMarks(out.flatMap((l) => l.split('\n')), mark);
  return `${text.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function indentFree(lines: string[]): string[] {
  return lines.flatMap((l) => l.split('\n'));
}

function applyMarks(lines: string[], mark: string): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const m = /^(\s*)!(.*)$/.exec(line);
    if (!m) {
      out.push(line);
      continue;
    }
    out.push(`${m[1]}// ${mark}`, `${m[1]}${m[2]}`);
  }
  return out;
}

function mergeImports(list: Imp[]): Imp[] {
  const byMod = new Map<string, Imp>();
  for (const i of list) {
    const prev = byMod.get(i.mod);
    if (!prev) {
      byMod.set(i.mod, { ...i, names: i.names ? [...i.names] : undefined });
      continue;
    }
    prev.def ??= i.def;
    prev.ns ??= i.ns;
    if (i.names) prev.names = [...new Set([...(prev.names ?? []), ...i.names])];
  }
  return [...byMod.values()];
}

export { indent };
