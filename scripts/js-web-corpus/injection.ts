// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are generated JavaScript, whose template literals are meant
/**
 * Injection categories share their shapes: a request value reaches a sink
 * directly, through a template literal, a same-file helper, a container
 * element, a branch, or a conditional whose condition folds so the tainted
 * side is live. Their safe twins exercise the engine's precision points:
 * constant folding (dead tainted side), strong update, a different container
 * element, allow-list guards, numeric coercion, a switch mapping to
 * constants, and the category's own sanitizers.
 */
import type { Framework, Imp, Input } from './frameworks.js';
import type { Scenario, ScenarioParts } from './render.js';

export interface SinkSpec {
  /** What the handler does, for the header comment. */
  doc: string;
  imports: Imp[];
  pre?: string[];
  method?: 'get' | 'post' | 'put' | 'delete';
  path: string;
  input: Input;
  /** Builds the dangerous value from the expression `x` by concatenation. */
  payload(x: string): string;
  /** The statements that use value `p`; the sink line starts with `!`. */
  sink(p: string, fw: Framework): string[];
  /** A value of the same shape that is a program constant. */
  constant: string;
  /** Values an allow-list accepts. */
  allowed: string[];
  only?: readonly string[];
  skip?: readonly string[];
  cwe?: number;
  /** Pattern indices this sink must not be used with, because the result would not be what the side says (a number is a valid IPv4 host). */
  unfit?: { vulnerable?: number[]; safe?: number[] };
}

export interface Sanitizer {
  doc: string;
  imports?: Imp[];
  pre?: string[];
  /** Statements turning `x` into the clean variable `clean`. */
  lines(x: string): string[];
  only?: readonly string[];
}

type Pattern = (s: SinkSpec, i: number) => Omit<ScenarioParts, 'doc' | 'imports' | 'path' | 'method' | 'inputs'> & { how: string };

const q = (s: string) => `'${s}'`;
const nest = (l: string) => l.split('\n').map((x) => `  ${x}`);

const vulnerablePatterns: Pattern[] = [
  (s) => ({ how: 'request value concatenated into the sink', body: [...s.sink(s.payload(s.input.v), FW)] }),
  (s) => ({
    how: 'request value trimmed and lower-cased first',
    body: [`const value = String(${s.input.v}).trim().toLowerCase();`, ...s.sink(s.payload('value'), FW)],
  }),
  (s, i) => ({
    how: 'value built by a helper in the same file',
    pre: [`function ${helperName(i)}(input) {`, `  return ${s.payload('input')};`, '}'],
    body: [...s.sink(`${helperName(i)}(${s.input.v})`, FW)],
  }),
  (s) => ({
    how: 'the request value travels in an object',
    body: [`const job = { target: ${s.input.v}, attempts: 3 };`, ...s.sink(s.payload('job.target'), FW)],
  }),
  (s) => ({
    how: 'the constant condition selects the request value',
    body: [`const base = 10;`, `const chosen = 7 * 18 + base > 200 ? ${s.constant} : ${s.input.v};`, ...s.sink(s.payload('chosen'), FW)],
  }),
  (s) => ({
    how: 'the default is replaced by the request value when one is given',
    body: [`let chosen = ${s.constant};`, `if (${s.input.v}) {`, `  chosen = ${s.input.v};`, '}', ...s.sink(s.payload('chosen'), FW)],
  }),
  (s) => ({
    how: 'the sink sits in one branch',
    body: [
      `if (${s.input.v} && ${s.input.v}.length < 200) {`,
      ...s.sink(s.payload(s.input.v), FW).flatMap(nest),
      '} else {',
      `  ${FW.fail(400, 'bad request')}`,
      '}',
    ],
  }),
  (s) => ({
    how: 'the value is copied through an array',
    body: [`const values = [${s.constant}, ${s.input.v}];`, `const picked = values[1];`, ...s.sink(s.payload('picked'), FW)],
  }),
];

const safePatterns: Pattern[] = [
  (s) => ({
    how: 'the condition folds to a constant, so the request value is dead',
    body: [`const base = 106;`, `const chosen = 7 * 18 + base > 200 ? ${s.constant} : ${s.input.v};`, ...s.sink(s.payload('chosen'), FW)],
  }),
  (s) => ({
    how: 'the request value is overwritten by a constant before use',
    body: [`let chosen = ${s.input.v};`, `chosen = ${s.constant};`, ...s.sink(s.payload('chosen'), FW)],
  }),
  (s) => ({
    how: 'only the constant element of the object reaches the sink',
    body: [`const job = { target: ${s.input.v}, preset: ${s.constant} };`, ...s.sink(s.payload('job.preset'), FW)],
  }),
  (s) => ({
    how: 'an allow-list check returns early',
    pre: [`const ALLOWED = [${s.allowed.map(q).join(', ')}];`],
    body: [`if (!ALLOWED.includes(${s.input.v})) {`, `  ${FW.fail(400, 'not allowed')}`, '}', ...s.sink(s.payload(s.input.v), FW)],
  }),
  (s) => ({
    how: 'the sink runs only for allow-listed values',
    pre: [`const PERMITTED = new Set([${s.allowed.map(q).join(', ')}]);`],
    body: [
      `if (PERMITTED.has(${s.input.v})) {`,
      ...s.sink(s.payload(s.input.v), FW).flatMap(nest),
      '} else {',
      `  ${FW.fail(404, 'unknown')}`,
      '}',
    ],
  }),
  (s) => ({
    how: 'the value is converted to a number first',
    body: [
      `const n = Number.parseInt(${s.input.v}, 10);`,
      'if (Number.isNaN(n)) {',
      `  ${FW.fail(400, 'expected a number')}`,
      '}',
      ...s.sink(s.payload('n'), FW),
    ],
  }),
  (s) => ({
    how: 'a switch maps the request value to constants',
    body: [
      'let chosen;',
      `switch (${s.input.v}) {`,
      `  case ${q(s.allowed[0]!)}:`,
      `    chosen = ${q(s.allowed[0]!)};`,
      '    break;',
      `  case ${q(s.allowed[1] ?? s.allowed[0]!)}:`,
      `    chosen = ${q(s.allowed[1] ?? s.allowed[0]!)};`,
      '    break;',
      '  default:',
      `    chosen = ${s.constant};`,
      '}',
      ...s.sink(s.payload('chosen'), FW),
    ],
  }),
  (s) => ({
    how: 'the request value is only logged; the sink uses a constant',
    body: [`console.log('request for', ${s.input.v});`, `const fixed = ${s.constant};`, ...s.sink(s.payload('fixed'), FW)],
  }),
];

function helperName(i: number): string {
  return ['buildTarget', 'makeArgument', 'composeValue', 'formatInput'][i % 4]!;
}

/**
 * The framework placeholder: patterns are written once with `FW` and the
 * scenario's build() binds it to the real framework before rendering.
 */
let FW: Framework = undefined as unknown as Framework;

function scenarioOf(spec: SinkSpec, pattern: Pattern, i: number): Scenario {
  return {
    ...(spec.only ? { only: spec.only } : {}),
    ...(spec.skip ? { skip: spec.skip } : {}),
    ...(spec.cwe ? { cwe: spec.cwe } : {}),
    build(fw) {
      FW = fw;
      const p = pattern(spec, i);
      const ts = fw.ts;
      // TypeScript helpers need parameter types.
      const pre = (p.pre ?? []).map((l) => (ts ? l.replace(/^function (\w+)\((\w+)\)/, 'function $1($2: unknown)') : l));
      return {
        doc: `${spec.doc}: ${p.how}.`,
        imports: spec.imports,
        pre: [...(spec.pre ?? []), ...pre],
        method: spec.method ?? 'get',
        path: spec.path,
        inputs: [spec.input],
        body: p.body ?? [],
        ...(p.post ? { post: p.post } : {}),
      };
    },
  };
}

function sanitizedScenario(spec: SinkSpec, san: Sanitizer): Scenario {
  return {
    ...(san.only ? { only: san.only } : spec.only ? { only: spec.only } : {}),
    ...(spec.skip ? { skip: spec.skip } : {}),
    ...(spec.cwe ? { cwe: spec.cwe } : {}),
    build(fw) {
      FW = fw;
      return {
        doc: `${spec.doc}: ${san.doc}.`,
        imports: [...spec.imports, ...(san.imports ?? [])],
        pre: [...(spec.pre ?? []), ...(san.pre ?? [])],
        method: spec.method ?? 'get',
        path: spec.path,
        inputs: [spec.input],
        body: [...san.lines(spec.input.v), ...spec.sink(spec.payload('clean'), fw)],
      };
    },
  };
}

/** The generic scenarios of an injection category, rotating over its sinks. */
export function injectionScenarios(sinks: SinkSpec[], sanitizers: Array<{ sink: number; san: Sanitizer }>) {
  const fitting = (side: 'vulnerable' | 'safe', pattern: number, start: number) => {
    for (let k = 0; k < sinks.length; k++) {
      const s = sinks[(start + k) % sinks.length]!;
      if (!s.unfit?.[side]?.includes(pattern)) return s;
    }
    throw new Error(`no sink fits ${side} pattern ${pattern}`);
  };
  const vulnerable = vulnerablePatterns.flatMap((p, i) => [
    scenarioOf(fitting('vulnerable', i, i), p, i),
    scenarioOf(fitting('vulnerable', i, i + 1), p, i + 1),
  ]);
  const safe = safePatterns.flatMap((p, i) => [scenarioOf(fitting('safe', i, i), p, i), scenarioOf(fitting('safe', i, i + 1), p, i + 1)]);
  for (const { sink, san } of sanitizers) safe.push(sanitizedScenario(sinks[sink]!, san));
  return { vulnerable, safe };
}

/** A sink whose statements are framework-independent, followed by a JSON answer. */
export function thenJson(lines: string[], result: string): (p: string, fw: Framework) => string[] {
  return (p, fw) => [...lines.map((l) => l.replaceAll('$P', p)), fw.json(result)];
}
