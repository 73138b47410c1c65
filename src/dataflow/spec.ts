/**
 * Taint specifications: data, not code. Each language keeps YAML files under
 * src/lang/<language>/taint/ (sources per framework, sinks and sanitizers per
 * vulnerability class, propagators, language conventions); this module
 * validates them with zod and merges them into one `TaintSpec`.
 *
 * Names are qualified names as the scope analysis resolves them
 * (`subprocess.run`, `flask.request.args`). The result of a call is written
 * with `()`: `flask.Flask().route` is the `route` attribute of a Flask
 * instance. A `*` matches any run of characters, and an attribute whose
 * receiver cannot be resolved is named `?.attr`, so `*.execute` matches any
 * method named `execute`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { z as Zod } from 'zod';
import { lazySchemas } from '../lazy-zod.js';
import { packagePath } from '../paths.js';

/**
 * The zod schemas of the spec files, built on first use (src/lazy-zod.ts).
 * zod and the YAML parser take about 70 ms to load and set up, in every
 * worker; a worker that reads the compiled specs (readSpecFiles) never needs
 * them. The YAML parser is loaded with `require` too, for the same reason.
 */
function buildSchemas(z: typeof Zod) {
  const Names = z.union([z.string().min(1), z.array(z.string().min(1))]).transform((v) => (Array.isArray(v) ? v : [v]));

  const ArgRef = z.union([
    z.number().int().min(0),
    z.string().min(1),
    z.strictObject({
      position: z.number().int().min(0).optional(),
      keyword: z.string().min(1).optional(),
      /** Only this element of a list/tuple argument (e.g. the program of an argv list). */
      element: z.number().int().min(0).optional(),
      /** The object the method is called on (`path.read_text()`). */
      receiver: z.literal(true).optional(),
      /** Every keyword argument, including `**kwargs` (`session.update(user=name)`). */
      anyKeyword: z.literal(true).optional(),
      /** When the argument is a dictionary (an options object), only this key of it (`{ text: sql, values }`). */
      key: z.string().min(1).optional(),
      /** With `key`: nothing at all when the argument is not a dictionary (`{ $where: code }` only). */
      keyOnly: z.literal(true).optional(),
    }),
  ]);

  const SourceSchema = z.strictObject({
    label: z.string().min(1),
    /** Reading these names (attributes or names) yields untrusted data. */
    access: Names.optional(),
    /** Calling these returns untrusted data. */
    call: Names.optional(),
    /**
     * Who controls the data (CodeQL calls these threat models): `remote` (a network peer: request data,
     * sockets), `local` (whoever runs the program: command line, console), `environment` (environment
     * variables) or `file` (file contents). Only the threat models asked for are loaded; the default is
     * remote and local (DEFAULT_THREATS); `environment` and `file` are opt-in (`--threats`).
     */
    threat: z.enum(['remote', 'local', 'environment', 'file']).default('remote'),
    /** Sink classes this source does not count for (e.g. a file named on the command line is the point of a CLI). */
    notFor: z.array(z.string().min(1)).default([]),
    /** Elements read at these constant indexes are not untrusted (`process.argv[0]` is the node executable). */
    safeIndexes: z.array(z.number().int().min(0)).default([]),
  });

  const EntrypointSchema = z.strictObject({
    name: z.string().min(1),
    label: z.string().min(1),
    /** A function decorated with a call to one of these is an entry point. */
    decorator: Names.optional(),
    /** Or: a function whose first parameter has this name… */
    firstParam: z.string().optional(),
    /** …in a module importing one of these. */
    moduleImports: Names.optional(),
    /** Or: a function passed as an argument to a call of one of these (`express().get`: `app.get('/', handler)`). */
    callbackOf: Names.optional(),
    /**
     * Or: a module-level function with one of these names (Next.js route handlers `GET`, `POST`); with
     * `firstParam`, both must hold.
     */
    functionName: Names.optional(),
    /** With `callbackOf`: only when the call's argument at `position` is one of these constants (`'message'`). */
    callbackWhen: z.strictObject({ position: z.number().int().min(0), equals: z.array(z.string()).min(1) }).optional(),
    /** Parameters named in the decorator's route template are untrusted. */
    pathParams: z
      .strictObject({
        arg: z.number().int().min(0),
        keyword: z.string().optional(),
        /** Regex with named groups `name` and optionally `converter`. */
        pattern: z.string().min(1),
        /** Converters that only let safe values through (e.g. int). */
        safeConverters: z.array(z.string()).default([]),
      })
      .optional(),
    /** Which other parameters are untrusted: none, all, or all after the first. */
    taintParams: z.enum(['none', 'all', 'after-first']).default('none'),
    /** Parameters annotated with these are not untrusted (e.g. int: validated by the framework). */
    exceptAnnotations: Names.default([]),
    /** Parameters whose default is a call to one of these are not untrusted (e.g. Depends). */
    exceptDefaults: Names.default([]),
    /** Parameters with a known type, by name or annotation: their attributes can then be sources. */
    paramTypes: z
      .array(
        z.strictObject({
          name: z.string().optional(),
          /** The parameter at this position (after the receiver), whatever its name. */
          position: z.number().int().min(0).optional(),
          annotation: Names.optional(),
          /** A parameter decorated with a call to one of these (NestJS `@Req() req`). */
          decorator: Names.optional(),
          type: z.string().min(1),
        }),
      )
      .default([]),
    /** Parameters decorated with a call to one of these are untrusted (NestJS `@Query('q') q`, `@Body() dto`). */
    taintDecorators: Names.default([]),
  });

  const SinkSchema = z.strictObject({
    call: Names,
    args: z.array(ArgRef).min(1),
    class: z.string().min(1),
    cwe: z.number().int().positive(),
    label: z.string().optional(),
    /**
     * Only a sink when this argument is a truthy constant, or not a constant (e.g. shell=True). With `equals`, only
     * when the argument at `position` is one of these constants (`spawn('sh', ['-c', cmd])`). With `key`, the
     * argument is an options object (any positional argument from `position` on): the sink needs one whose
     * `key` is truthy or not constant, or an options value that is not known at all.
     */
    when: z
      .strictObject({
        keyword: z.string().min(1).optional(),
        position: z.number().int().min(0).optional(),
        key: z.string().min(1).optional(),
        equals: z.array(z.string()).min(1).optional(),
      })
      .refine((w) => w.keyword !== undefined || w.key !== undefined || (w.equals !== undefined && w.position !== undefined), {
        message: 'when needs keyword, key, or position with equals',
      })
      .optional(),
    /** Only when the value is not a list or dictionary (those are serialised as JSON, not written as markup). */
    scalarOnly: z.literal(true).optional(),
    /** Not a sink when some options object among the positional arguments sets this key (`sendFile(p, { root })`). */
    unlessOption: z.string().min(1).optional(),
    /** Not a sink when this argument resolves to one of these names (e.g. Loader=yaml.SafeLoader). */
    unless: z
      .strictObject({ keyword: z.string().min(1), position: z.number().int().min(0).optional(), resolvesTo: Names })
      .optional(),
  });

  const ReturnSinkSchema = z.strictObject({
    /** Entry points (by name) whose returned value is the sink. */
    entrypoints: Names,
    class: z.string().min(1),
    cwe: z.number().int().positive(),
    label: z.string().optional(),
    /** When the handler returns a tuple, this element is the body (Flask's `return body, status`). */
    tupleElement: z.number().int().min(0).optional(),
  });

  const SanitizerSchema = z.strictObject({
    call: Names,
    /** Classes the result is safe for; `all` removes the taint entirely. */
    classes: z.array(z.string().min(1)).min(1),
    /**
     * The value sanitized is the receiver of the method (`text.replace("\n", " ")`), not the positional
     * arguments; the arguments' own taint passes to the result unsanitized.
     */
    receiver: z.literal(true).optional(),
    /** Only a sanitizer when this argument is one of these constants (e.g. replace's first argument is "\n"). */
    whenArg: z
      .strictObject({
        position: z.number().int().min(0).optional(),
        keyword: z.string().min(1).optional(),
        equals: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).optional(),
        /**
         * Or: the argument is a constant pattern (a string, or a regular expression built from one, a regex literal
         * included) whose text contains every one of these characters (`replace(/[&<>"']/g, …)` escapes markup).
         */
        patternIncludes: z.string().min(1).optional(),
      })
      .refine((w) => w.equals !== undefined || w.patternIncludes !== undefined, { message: 'whenArg needs equals or patternIncludes' })
      .optional(),
  });

  /**
   * A validator (barrier guard): on the branch where the call's result says "valid", the guarded value is
   * clean for `classes`. Only values named by a variable or attribute path are refined.
   */
  const GuardSchema = z.strictObject({
    call: Names,
    /** The validated value: an argument, or `{receiver: true}` (`name.isdigit()`). */
    arg: ArgRef,
    classes: z.array(z.string().min(1)).min(1),
    /**
     * `truthy` (default): the call returning a true value is the valid case. `equals-element`: the call is
     * compared with `==` to one element of the list given as `arg` (`commonpath([base, p]) == base`): the
     * other elements are the validated values.
     */
    result: z.enum(['truthy', 'equals-element']).default('truthy'),
    /** Only when the validated value is the result of a `canonical` call for these classes (e.g. realpath). */
    canonical: z.literal(true).optional(),
    /**
     * Only when the receiver is a constant collection of non-empty strings (`ALLOWED.includes(x)`,
     * `ALLOWED.has(x)`): an allow-list test, like `x in ALLOWED`; a one-element list pins the value.
     */
    allowList: z.literal(true).optional(),
    /**
     * Only when this argument is a constant regular expression, anchored at both ends (or the call matches
     * the whole string), whose every matchable character is in `chars` (a character-class body, `A-Za-z0-9_`).
     */
    pattern: z
      .strictObject({
        position: z.number().int().min(0).optional(),
        keyword: z.string().min(1).optional(),
        chars: z.string().min(1),
        /** The call matches the whole string (fullmatch); otherwise the pattern must be anchored (`^…\Z`). */
        whole: z.boolean().default(false),
        /**
         * The pattern is argument `receiverArg` of the call that built the receiver (`new RegExp(p, flags).test(x)`,
         * a regex literal included), and argument `receiverArg + 1` its flags.
         */
        receiverArg: z.number().int().min(0).optional(),
        /** `$` ends the input (JavaScript without the `m` flag), so `^…$` is anchored at both ends. */
        dollarEndsInput: z.boolean().default(false),
      })
      .optional(),
  });

  /**
   * Deny-lists: a value known to differ from every one of `values` (`k !== '__proto__' && k !== 'constructor'`,
   * or `!BLOCKED.includes(k)` on a constant list) is clean for `classes`.
   */
  const ExclusionSchema = z.strictObject({
    values: z.array(z.string().min(1)).min(1),
    classes: z.array(z.string().min(1)).min(1),
  });

  /** Calls whose result is the canonical form of their argument for some classes (`os.path.realpath`: no `..`). */
  const CanonicalSchema = z.strictObject({
    call: Names,
    classes: z.array(z.string().min(1)).min(1),
  });

  /**
   * Views: the result of `call` (`urlparse(url)`) exposes, through `attrs`, parts of argument `arg` that decide
   * whether it is safe for `classes`; an allow-list check on a view (`parsed.hostname in ALLOWED`) cleans the
   * original value for those classes.
   */
  const ViewSchema = z.strictObject({
    call: Names,
    arg: z.number().int().min(0).default(0),
    attrs: z.array(z.string().min(1)).min(1),
    classes: z.array(z.string().min(1)).min(1),
  });

  const StoreSinkSchema = z
    .strictObject({
      /**
       * An index assignment into an object these names denote (`session[key] = value`) is a sink for the value;
       * with `attr`, an assignment to one of these attributes of such an object (`location.href = url`).
       */
      object: Names.optional(),
      /** Attribute assignments `obj.attr = value` (or `obj['attr'] = value`); without `object`, on any object (`el.innerHTML`). */
      attr: Names.optional(),
      /**
       * A write through a computed key that is itself read with an untrusted key: `obj[k1][k2] = v` or
       * `obj[k1].p = v` is a sink for `k1` (with k1 `__proto__`, the write lands on the shared prototype).
       */
      computedKey: z.literal(true).optional(),
      /** With `computedKey`: not when the object read with the key is one of these (`Object.create()`: no prototype). */
      unlessObject: Names.optional(),
      class: z.string().min(1),
      cwe: z.number().int().positive(),
      label: z.string().optional(),
    })
    .refine((st) => st.object !== undefined || st.attr !== undefined || st.computedKey, { message: 'a store needs object, attr or computedKey' });

  /** Calls whose result is their argument `arg` itself, as far as names go (`util.promisify(exec)` runs `exec`). */
  const WrapperSchema = z.strictObject({
    call: Names,
    arg: z.number().int().min(0).default(0),
  });

  const PropagatorSchema = z.strictObject({
    call: Names,
    from: z.array(z.union([z.literal('receiver'), z.number().int().min(0)])).min(1),
    to: z.enum(['return', 'receiver']),
  });

  const ContainerMethodSchema = z.strictObject({
    /** add: store arg `value` at an unknown position; add-all: store the elements of arg `value`;
     * read: element at arg `key` (or anywhere), or arg `default`; pop: like read, but on a list of known
     * length removes the element at index `key` (default: the last one); elements: a container of all
     * elements; copy: the container itself; test: a boolean or position (`includes`, `indexOf`), carrying no
     * element's data; map: a list of what the `callback` returns for the elements. */
    op: z.enum(['add', 'add-all', 'read', 'pop', 'elements', 'copy', 'test', 'map']),
    value: z.number().int().min(0).optional(),
    key: z.number().int().min(0).optional(),
    default: z.number().int().min(0).optional(),
    /**
     * The argument at this position is a function called with each element (`forEach`, `map`, `filter`): a
     * same-file function's summary applies to the elements (sinks inside it, and its result for `map`). With a
     * callback, the method also applies to values not known to be containers (`s.split(',').map(f)`).
     */
    callback: z.number().int().min(0).optional(),
  });

  const LanguageSchema = z.strictObject({
    /** How a method receives its object: as its first parameter (Python's self) or implicitly (JS this). */
    methodReceiver: z.enum(['first-param', 'implicit']),
    staticMethodDecorators: Names.default([]),
    /** Builtins that build a collection from another and keep its elements (set, tuple…). */
    collectionConstructors: Names.default([]),
    /** The method that initialises a new instance (`__init__`, `constructor`). */
    constructorName: z.string().min(1).optional(),
    /**
     * Reading an attribute of a dictionary reads its key (JavaScript objects: `o.k` is `o['k']`), and assigning
     * one stores the key.
     */
    attributesAreKeys: z.boolean().default(false),
    /**
     * Sink classes that fear structured values, not text (NoSQL operator objects such as `{"$ne": null}`): a
     * value built by string or arithmetic operators (templates, `+`) is a string or number, safe for them.
     */
    scalarSafe: z.array(z.string().min(1)).default([]),
  });

  const SpecFileSchema = z.strictObject({
    description: z.string().optional(),
    language: LanguageSchema.optional(),
    sources: z.array(SourceSchema).default([]),
    entrypoints: z.array(EntrypointSchema).default([]),
    sinks: z.array(SinkSchema).default([]),
    returnSinks: z.array(ReturnSinkSchema).default([]),
    /** Assignment sinks: `obj[key] = value` into one of these objects. */
    stores: z.array(StoreSinkSchema).default([]),
    sanitizers: z.array(SanitizerSchema).default([]),
    /** Validators: on the branch where they returned true, a value is clean for some classes. */
    guards: z.array(GuardSchema).default([]),
    canonical: z.array(CanonicalSchema).default([]),
    exclusions: z.array(ExclusionSchema).default([]),
    views: z.array(ViewSchema).default([]),
    propagators: z.array(PropagatorSchema).default([]),
    wrappers: z.array(WrapperSchema).default([]),
    containerMethods: z.record(z.string(), ContainerMethodSchema).default({}),
    /** Calls that never return (they raise or exit), e.g. flask.abort. */
    noReturn: Names.default([]),
  });
  return { Names, ArgRef, SourceSchema, EntrypointSchema, SinkSchema, ReturnSinkSchema, SanitizerSchema, GuardSchema, ExclusionSchema, CanonicalSchema, ViewSchema, StoreSinkSchema, WrapperSchema, PropagatorSchema, ContainerMethodSchema, LanguageSchema, SpecFileSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
const schemas = lazySchemas(buildSchemas);
const requireCjs = createRequire(import.meta.url);

export type SpecFile = Zod.infer<Schemas['SpecFileSchema']>;
export type ArgRefSpec = Zod.infer<Schemas['ArgRef']>;
export type EntrypointSpec = Zod.infer<Schemas['EntrypointSchema']>;
export type SinkSpec = Zod.infer<Schemas['SinkSchema']>;
export type ReturnSinkSpec = Zod.infer<Schemas['ReturnSinkSchema']>;
export type SanitizerSpec = Zod.infer<Schemas['SanitizerSchema']>;
export type StoreSinkSpec = Zod.infer<Schemas['StoreSinkSchema']>;
export type PropagatorSpec = Zod.infer<Schemas['PropagatorSchema']>;
export type GuardSpec = Zod.infer<Schemas['GuardSchema']>;
export type CanonicalSpec = Zod.infer<Schemas['CanonicalSchema']>;
export type ViewSpec = Zod.infer<Schemas['ViewSchema']>;
export type ContainerMethodSpec = Zod.infer<Schemas['ContainerMethodSchema']>;

export class TaintSpecError extends Error {
  override name = 'TaintSpecError';
}

/**
 * Matches qualified names against exact names and `*` globs. Matching is on
 * the hot path (every call and attribute the dataflow engine meets), so globs
 * are bucketed by their last dotted segment when it is literal (`*.recv`) and
 * answers are memoised per name.
 */
export class NameMatcher<T> {
  private readonly exact = new Map<string, T[]>();
  private readonly globs: Glob<T>[] = [];
  /** Globs by the literal last segment every name they match ends with. */
  private readonly globsByLast = new Map<string, Glob<T>[]>();
  /** Globs whose last segment has a `*`: tried on every name. */
  private readonly otherGlobs: Glob<T>[] = [];
  private readonly memo = new Map<string, T[]>();

  add(pattern: string, item: T): void {
    this.memo.clear();
    if (pattern.includes('*')) {
      const glob = { re: new RegExp(`^${pattern.split('*').map(escapeRe).join('.*')}$`), item, order: this.globs.length };
      this.globs.push(glob);
      const last = pattern.slice(pattern.lastIndexOf('.') + 1);
      if (pattern.includes('.') && !last.includes('*')) {
        const list = this.globsByLast.get(last);
        if (list) list.push(glob);
        else this.globsByLast.set(last, [glob]);
      } else this.otherGlobs.push(glob);
    } else {
      const list = this.exact.get(pattern);
      if (list) list.push(item);
      else this.exact.set(pattern, [item]);
    }
  }

  match(name: string | null): T[] {
    if (name === null) return [];
    const known = this.memo.get(name);
    if (known) return known;
    let out = this.exact.get(name) ?? [];
    if (this.globs.length) {
      const bucket = this.globsByLast.get(name.slice(name.lastIndexOf('.') + 1)) ?? [];
      const more = [...bucket, ...this.otherGlobs]
        .filter((g) => g.re.test(name))
        .sort((a, b) => a.order - b.order)
        .map((g) => g.item);
      if (more.length) out = [...out, ...more];
    }
    // Bounded: a pathological file with endless distinct names must not grow it forever.
    if (this.memo.size >= 100_000) this.memo.clear();
    this.memo.set(name, out);
    return out;
  }

  get size(): number {
    return this.exact.size + this.globs.length;
  }

  /** Every pattern added, exact names and globs. */
  patterns(): string[] {
    return [...this.exact.keys(), ...this.globs.map((g) => g.re.source)];
  }
}

interface Glob<T> {
  re: RegExp;
  item: T;
  /** Position among the globs added: matches come back in that order. */
  order: number;
}

function escapeRe(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

export interface SourceInfo {
  label: string;
  /** Constant indexes whose elements are not untrusted. */
  safeIndexes?: readonly number[];
  /** Classes the data is treated as already safe for (sorted). */
  notFor: readonly string[];
}

export interface TaintSpec {
  language: {
    methodReceiver: 'first-param' | 'implicit';
    staticMethodDecorators: Set<string>;
    collectionConstructors: Set<string>;
    constructorName: string | null;
    attributesAreKeys: boolean;
    scalarSafe: readonly string[];
  };
  accessSources: NameMatcher<SourceInfo>;
  callSources: NameMatcher<SourceInfo>;
  entrypoints: EntrypointSpec[];
  sinks: NameMatcher<SinkSpec>;
  returnSinks: ReturnSinkSpec[];
  stores: NameMatcher<StoreSinkSpec>;
  /** Attribute-assignment sinks, by attribute name (their `object`, if any, is checked at the store). */
  attrStores: NameMatcher<StoreSinkSpec>;
  /** Computed-key write sinks (`obj[k1][k2] = v`). */
  keyStores: StoreSinkSpec[];
  sanitizers: NameMatcher<SanitizerSpec>;
  guards: NameMatcher<GuardSpec>;
  canonical: NameMatcher<CanonicalSpec>;
  exclusions: Array<Zod.infer<Schemas['ExclusionSchema']>>;
  views: NameMatcher<ViewSpec>;
  propagators: NameMatcher<PropagatorSpec>;
  wrappers: NameMatcher<Zod.infer<Schemas['WrapperSchema']>>;
  containerMethods: Map<string, ContainerMethodSpec>;
  noReturn: NameMatcher<true>;
  /** Every sink class named by some sink. */
  classes: Set<string>;
  files: string[];
}

/** Validates one spec file's text; throws TaintSpecError naming the file and the offending path. */
export function parseSpecFile(text: string, file: string): SpecFile {
  let raw: unknown;
  try {
    raw = (requireCjs('yaml') as { parse(text: string): unknown }).parse(text);
  } catch (err) {
    throw new TaintSpecError(`${file}: invalid YAML: ${err instanceof Error ? err.message : String(err)}`);
  }
  const r = schemas().SpecFileSchema.safeParse(raw ?? {});
  if (!r.success) {
    const issues = r.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
    throw new TaintSpecError(`${file}: invalid taint spec:\n  ${issues.join('\n  ')}`);
  }
  for (const g of r.data.guards) {
    if (!g.pattern) continue;
    try {
      new RegExp(`^[${g.pattern.chars}]$`);
    } catch {
      throw new TaintSpecError(`${file}: guard ${g.call.join(', ')}: pattern.chars is not a valid character class`);
    }
  }
  for (const e of r.data.entrypoints) {
    if (e.pathParams) {
      try {
        new RegExp(e.pathParams.pattern, 'g');
      } catch {
        throw new TaintSpecError(`${file}: entrypoint ${e.name}: pathParams.pattern is not a valid regex`);
      }
    }
  }
  return r.data;
}

export type ThreatModel = 'remote' | 'local' | 'environment' | 'file';

export const THREAT_MODELS: readonly ThreatModel[] = ['remote', 'local', 'environment', 'file'];

/** Network peers and whoever runs the program; environment and file contents only when configured. */
export const DEFAULT_THREATS: readonly ThreatModel[] = ['remote', 'local'];

export interface SpecOptions {
  /** Which sources count; default DEFAULT_THREATS. */
  threats?: readonly ThreatModel[];
}

/** Merges validated files into one spec, checking cross-file references. */
export function mergeSpecs(files: ReadonlyArray<{ file: string; spec: SpecFile }>, options: SpecOptions = {}): TaintSpec {
  const threats = new Set(options.threats ?? DEFAULT_THREATS);
  const out: TaintSpec = {
    language: {
      methodReceiver: 'first-param',
      staticMethodDecorators: new Set(),
      collectionConstructors: new Set(),
      constructorName: null,
      attributesAreKeys: false,
      scalarSafe: [],
    },
    accessSources: new NameMatcher(),
    callSources: new NameMatcher(),
    entrypoints: [],
    sinks: new NameMatcher(),
    returnSinks: [],
    stores: new NameMatcher(),
    attrStores: new NameMatcher(),
    keyStores: [],
    sanitizers: new NameMatcher(),
    guards: new NameMatcher(),
    canonical: new NameMatcher(),
    exclusions: [],
    views: new NameMatcher(),
    propagators: new NameMatcher(),
    wrappers: new NameMatcher(),
    containerMethods: new Map(),
    noReturn: new NameMatcher(),
    classes: new Set(),
    files: files.map((f) => f.file),
  };
  let languageFrom: string | null = null;
  for (const { file, spec } of files) {
    if (spec.language) {
      if (languageFrom) throw new TaintSpecError(`${file}: language conventions already given in ${languageFrom}`);
      languageFrom = file;
      out.language = {
        methodReceiver: spec.language.methodReceiver,
        staticMethodDecorators: new Set(spec.language.staticMethodDecorators),
        collectionConstructors: new Set(spec.language.collectionConstructors),
        constructorName: spec.language.constructorName ?? null,
        attributesAreKeys: spec.language.attributesAreKeys,
        scalarSafe: [...spec.language.scalarSafe].sort(),
      };
    }
    for (const s of spec.sources) {
      if (!s.access && !s.call) throw new TaintSpecError(`${file}: source "${s.label}" needs access or call names`);
      if (!threats.has(s.threat)) continue;
      const info: SourceInfo = { label: s.label, notFor: [...s.notFor].sort(), ...(s.safeIndexes.length ? { safeIndexes: s.safeIndexes } : {}) };
      for (const n of s.access ?? []) out.accessSources.add(n, info);
      for (const n of s.call ?? []) out.callSources.add(n, info);
    }
    for (const e of spec.entrypoints) {
      if (!e.decorator && !e.firstParam && !e.callbackOf && !e.functionName) {
        throw new TaintSpecError(`${file}: entrypoint ${e.name} needs decorator, firstParam, callbackOf or functionName`);
      }
      if (out.entrypoints.some((x) => x.name === e.name)) throw new TaintSpecError(`${file}: entrypoint ${e.name} defined twice`);
      out.entrypoints.push(e);
    }
    for (const s of spec.sinks) {
      out.classes.add(s.class);
      for (const n of s.call) out.sinks.add(n, s);
    }
    for (const r of spec.returnSinks) {
      out.classes.add(r.class);
      out.returnSinks.push(r);
    }
    for (const s of spec.stores) {
      out.classes.add(s.class);
      if (s.computedKey) out.keyStores.push(s);
      else if (s.attr) for (const a of s.attr) out.attrStores.add(a, s);
      else for (const n of s.object ?? []) out.stores.add(n, s);
    }
    for (const s of spec.sanitizers) for (const n of s.call) out.sanitizers.add(n, s);
    for (const g of spec.guards) for (const n of g.call) out.guards.add(n, g);
    for (const c of spec.canonical) for (const n of c.call) out.canonical.add(n, c);
    out.exclusions.push(...spec.exclusions);
    for (const v of spec.views) for (const n of v.call) out.views.add(n, v);
    for (const p of spec.propagators) for (const n of p.call) out.propagators.add(n, p);
    for (const w of spec.wrappers) for (const n of w.call) out.wrappers.add(n, w);
    for (const [m, c] of Object.entries(spec.containerMethods)) out.containerMethods.set(m, c);
    for (const n of spec.noReturn) out.noReturn.add(n, true);
  }
  // Cross-file references: a typo in a class or entry point name must not silently disable a rule.
  for (const { file, spec } of files) {
    for (const s of spec.sanitizers) {
      for (const c of s.classes) {
        if (c !== 'all' && !out.classes.has(c)) throw new TaintSpecError(`${file}: sanitizer names unknown sink class "${c}"`);
      }
    }
    for (const [what, list] of [['guard', spec.guards], ['canonical', spec.canonical], ['view', spec.views], ['exclusion', spec.exclusions]] as const) {
      for (const g of list) {
        for (const c of g.classes) {
          if (c !== 'all' && !out.classes.has(c)) throw new TaintSpecError(`${file}: ${what} names unknown sink class "${c}"`);
        }
      }
    }
    for (const src of spec.sources) {
      for (const c of src.notFor) if (!out.classes.has(c)) throw new TaintSpecError(`${file}: source "${src.label}" names unknown sink class "${c}"`);
    }
    for (const r of spec.returnSinks) {
      for (const e of r.entrypoints) {
        if (!out.entrypoints.some((x) => x.name === e)) throw new TaintSpecError(`${file}: return sink names unknown entrypoint "${e}"`);
      }
    }
  }
  return out;
}

const cache = new Map<string, TaintSpec>();

/** The merged spec of a language (cached): every *.yaml under src/lang/<language>/taint/. */
export function specForLanguage(language: string, options: SpecOptions = {}): TaintSpec {
  const key = `${language}|${[...(options.threats ?? DEFAULT_THREATS)].sort().join(',')}`;
  let spec = cache.get(key);
  if (!spec) {
    spec = loadSpecDir(packagePath('src', 'lang', language, 'taint'), options);
    cache.set(key, spec);
  }
  return spec;
}

export function loadSpecDir(dir: string, options: SpecOptions = {}): TaintSpec {
  return mergeSpecs(readSpecFiles(dir), options);
}

/**
 * The validated spec files of a directory. Parsing and validating the YAML
 * takes about 60 ms in each worker (most of it zod and the YAML parser
 * running for the first time), so each directory also holds `COMPILED_SPECS`:
 * the validated result and a digest of every YAML file it came from
 * (`npm run gen:specs` writes it). It is used only when the digests match
 * the YAML files as they are; otherwise the YAML is read, so an edited spec
 * is never shadowed by an old compilation.
 */
export function readSpecFiles(dir: string): Array<{ file: string; spec: SpecFile }> {
  let names: string[];
  try {
    names = yamlNames(dir);
  } catch {
    names = [];
  }
  const texts = readTexts(dir, names);
  const compiled = readCompiled(dir);
  if (compiled && sameSources(compiled.sources, names, texts)) return compiled.files;
  return names.map((f, i) => ({ file: f, spec: parseSpecFile(texts[i]!, f) }));
}

export const COMPILED_SPECS = 'compiled.json';

/** What `npm run gen:specs` writes: every YAML file's digest, and the validated specs. */
export interface CompiledSpecs {
  note: string;
  sources: Array<{ file: string; sha256: string }>;
  files: Array<{ file: string; spec: SpecFile }>;
}

/** The compiled form of a directory's YAML specs (validated: this throws on an invalid spec). */
export function compileSpecDir(dir: string): CompiledSpecs {
  const names = yamlNames(dir);
  const texts = readTexts(dir, names);
  return {
    note: 'Generated by `npm run gen:specs` from the YAML files beside it; used only while their digests match.',
    sources: names.map((file, i) => ({ file, sha256: digest(texts[i]!) })),
    files: names.map((file, i) => ({ file, spec: parseSpecFile(texts[i]!, file) })),
  };
}

/** The YAML files of a directory, sorted by name. */
function yamlNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
}

function readTexts(dir: string, names: readonly string[]): string[] {
  return names.map((f) => readFileSync(join(dir, f), 'utf8'));
}

function readCompiled(dir: string): CompiledSpecs | null {
  try {
    return JSON.parse(readFileSync(join(dir, COMPILED_SPECS), 'utf8')) as CompiledSpecs;
  } catch {
    return null;
  }
}

function sameSources(sources: CompiledSpecs['sources'] | undefined, names: readonly string[], texts: readonly string[]): boolean {
  return Array.isArray(sources) && sources.length === names.length && sources.every((s, i) => s.file === names[i] && s.sha256 === digest(texts[i]!));
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
