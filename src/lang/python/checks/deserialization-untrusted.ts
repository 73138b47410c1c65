/**
 * ## What it does
 * Flags deserializers that can build arbitrary objects (and so run code)
 * from their input:
 * - `pickle`/`cPickle`/`_pickle`/`dill`/`cloudpickle` `load`, `loads` and
 *   `Unpickler`; `joblib.load`, `pandas.read_pickle`, `jsonpickle.decode`;
 *   `numpy.load(..., allow_pickle=True)`, `torch.load(..., weights_only=False)`;
 * - `shelve.open` (pickle underneath) and `marshal.load(s)`;
 * - `yaml.load`/`load_all` without a safe `Loader`, `yaml.unsafe_load`,
 *   `yaml.full_load`, and ruamel's `YAML(typ="unsafe")`.
 *
 * ## Why is this bad?
 * Unpickling calls whatever callables the data names (`__reduce__`), so a
 * crafted payload runs arbitrary code. PyYAML's unsafe loaders do the same
 * through `!!python/object` tags. Anyone who can write the bytes (a request
 * body, a cookie, a cache entry, an uploaded model file) controls the process.
 *
 * ## Precision
 * The check cannot see where the bytes come from, so pickle-family findings
 * have medium confidence: confirm the data cannot be written by anyone less
 * trusted than the program. Constant input is not reported. `yaml.load` with
 * `SafeLoader`/`CSafeLoader`/`BaseLoader` (or a local subclass of one) and
 * `yaml.safe_load` are safe. `marshal` is not designed for hostile input but
 * cannot name arbitrary callables, so it is reported at medium severity;
 * `shelve.open` with low confidence, since shelves are usually local files.
 */
import { deferringToDataflow } from '../../../dataflow/defer.js';
import { argument, type CheckContext, type Confidence, defineCheck, hasKeywordSpread, type Severity } from '../../../analyze/check.js';
import type { CallExpr, ClassDef, Expr, Node } from '../../../ir/types.js';
import { forEachChild } from '../../../ir/walk.js';

interface Api {
  /** Positional index and keyword name of the data (or file) argument; null when there is none to test. */
  data: [number, string] | null;
  severity: Severity;
  confidence: Confidence;
  why: string;
}

const PICKLE_WHY = 'can run arbitrary code while rebuilding objects from the data';
const pickle = (data: [number, string] | null): Api => ({ data, severity: 'high', confidence: 'medium', why: PICKLE_WHY });

const APIS = new Map<string, Api>();
for (const mod of ['pickle', 'cPickle', '_pickle', 'dill', 'cloudpickle']) {
  APIS.set(`${mod}.loads`, pickle([0, 'data']));
  APIS.set(`${mod}.load`, pickle([0, 'file']));
  APIS.set(`${mod}.Unpickler`, pickle([0, 'file']));
}
APIS.set('pickle._loads', pickle([0, 'data']));
APIS.set('pickle._load', pickle([0, 'file']));
APIS.set('pickle._Unpickler', pickle([0, 'file']));
APIS.set('joblib.load', pickle([0, 'filename']));
APIS.set('sklearn.externals.joblib.load', pickle([0, 'filename']));
APIS.set('pandas.read_pickle', pickle([0, 'filepath_or_buffer']));
APIS.set('jsonpickle.decode', pickle([0, 'string']));
APIS.set('jsonpickle.unpickler.decode', pickle([0, 'string']));
APIS.set('marshal.loads', {
  data: [0, 'bytes'],
  severity: 'medium',
  confidence: 'medium',
  why: 'is not designed for data from outside: crafted input can crash the interpreter or build unexpected code objects',
});
APIS.set('marshal.load', { ...APIS.get('marshal.loads')!, data: [0, 'file'] });
APIS.set('shelve.open', {
  data: [0, 'filename'],
  severity: 'medium',
  confidence: 'low',
  why: 'unpickles every value it reads, so whoever can write the shelf file can run code',
});

const YAML_MODULES = ['yaml', 'ruamel.yaml'];
const SAFE_LOADERS = new Set(['SafeLoader', 'CSafeLoader', 'BaseLoader', 'CBaseLoader']);
const FULL_LOADERS = new Set(['FullLoader', 'CFullLoader']);
const UNSAFE_LOADERS = new Set(['Loader', 'CLoader', 'UnsafeLoader', 'CUnsafeLoader']);

export default defineCheck({
  meta: {
    id: 'deserialization-untrusted',
    title: 'Deserializer that can run code (pickle, unsafe YAML)',
    cwe: 502,
    severity: 'high',
    confidence: 'medium',
    languages: ['python'],
    description:
      'Calls to deserializers that can construct arbitrary objects from their input: pickle and its relatives ' +
      '(`dill`, `joblib`, `jsonpickle`, `shelve`, `pandas.read_pickle`, `numpy.load(allow_pickle=True)`), `marshal`, ' +
      'and PyYAML loading without a safe Loader.',
    why:
      'Unpickling calls whatever functions the data names, and unsafe YAML loaders honour `!!python/object` tags, so ' +
      'a crafted payload runs arbitrary code in the process. Whoever can write the bytes (a request body, cookie, ' +
      'cache entry or uploaded file) takes over the program.',
    fix:
      'Use a data-only format for anything that crosses a trust boundary: `json`, `yaml.safe_load`, ' +
      '`numpy.load(allow_pickle=False)`, `torch.load(weights_only=True)`. If pickle is unavoidable, authenticate ' +
      'the bytes (HMAC with a server-side key) before loading them.',
    example: {
      bad: 'session = pickle.loads(base64.b64decode(request.cookies["session"]))',
      good: 'session = json.loads(signer.unsign(request.cookies["session"]))',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/502.html',
      'https://docs.python.org/3/library/pickle.html',
      'https://pyyaml.org/wiki/PyYAMLDocumentation',
    ],
    evidence: { subject: 'deserialization call', clean: 'none can build arbitrary objects from data that varies at run time' },
    aliases: { bandit: ['B301', 'B302', 'B506'], ruff: ['S301', 'S302', 'S506'] },
  },
  create(checkCtx) {
    // Where the dataflow engine has the answer (dead branch, sanitiser, allow-list), it decides.
    const ctx = deferringToDataflow(checkCtx, [502]);
    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (!name) return;
        const api = APIS.get(name);
        if (api) return checkApi(ctx, node, name, api);
        if (name === 'numpy.load') return checkFlag(ctx, node, name, 'allow_pickle', true);
        if (name === 'torch.load') return checkFlag(ctx, node, name, 'weights_only', false);
        if (name === 'ruamel.yaml.YAML') return checkRuamel(ctx, node);
        for (const mod of YAML_MODULES) {
          if (name.startsWith(`${mod}.`)) return checkYaml(ctx, node, name, name.slice(mod.length + 1));
        }
      },
    };
  },
});

/** True (and recorded) when the data argument is a constant. */
function constantInput(ctx: CheckContext, node: CallExpr, data: [number, string] | null): boolean {
  const arg = data ? argument(node, data[0], data[1]) : null;
  if (arg && ctx.constValue(arg) !== undefined) {
    ctx.examined(node, 'constant input');
    return true;
  }
  return false;
}

function checkApi(ctx: CheckContext, node: CallExpr, name: string, api: Api): void {
  if (constantInput(ctx, node, api.data)) return;
  ctx.report(node, `\`${name}()\` ${api.why}; make sure nobody less trusted than this program can write its input.`, {
    severity: api.severity,
    confidence: api.confidence,
  });
}

/** `numpy.load(allow_pickle=True)`, `torch.load(weights_only=False)`: flagged only when set explicitly. */
function checkFlag(ctx: CheckContext, node: CallExpr, name: string, flag: string, unsafeWhen: boolean): void {
  const arg = argument(node, null, flag);
  const value = arg ? ctx.constValue(arg) : undefined;
  if (value === undefined) {
    if (!arg && !hasKeywordSpread(node)) ctx.examined(node, `default ${flag}`);
    return;
  }
  if (Boolean(value) !== unsafeWhen) {
    ctx.examined(node, `${flag}=${unsafeWhen ? 'False' : 'True'}`);
    return;
  }
  if (constantInput(ctx, node, [0, 'file'])) return;
  ctx.report(node, `\`${name}(..., ${flag}=${unsafeWhen ? 'True' : 'False'})\` ${PICKLE_WHY}.`, { confidence: 'medium' });
}

function checkYaml(ctx: CheckContext, node: CallExpr, name: string, fn: string): void {
  if (fn === 'safe_load' || fn === 'safe_load_all') {
    ctx.examined(node, 'safe_load');
    return;
  }
  const stream: [number, string] = [0, 'stream'];
  if (fn === 'unsafe_load' || fn === 'unsafe_load_all') {
    if (constantInput(ctx, node, stream)) return;
    ctx.report(node, `\`${name}()\` builds arbitrary Python objects from \`!!python/object\` tags, which runs code chosen by the document.`, {
      confidence: 'high',
    });
    return;
  }
  if (fn === 'full_load' || fn === 'full_load_all') {
    if (constantInput(ctx, node, stream)) return;
    ctx.report(node, `\`${name}()\` uses FullLoader, which is not meant for untrusted documents and was exploitable to run code before PyYAML 5.4.`, {
      severity: 'medium',
      confidence: 'medium',
    });
    return;
  }
  if (fn !== 'load' && fn !== 'load_all') return;
  const loader = argument(node, 1, 'Loader');
  if (!loader) {
    if (hasKeywordSpread(node) || constantInput(ctx, node, stream)) return;
    ctx.report(node, `\`${name}()\` without a Loader uses an unsafe or full loader on older PyYAML, which can run code named by the document.`, {
      confidence: 'high',
    });
    return;
  }
  const verdict = loaderVerdict(ctx, loader);
  if (verdict === 'safe') {
    ctx.examined(node, 'safe Loader');
    return;
  }
  if (verdict === null || constantInput(ctx, node, stream)) return;
  if (verdict === 'full') {
    ctx.report(node, `\`${name}()\` with FullLoader is not meant for untrusted documents and was exploitable to run code before PyYAML 5.4.`, {
      severity: 'medium',
      confidence: 'medium',
    });
    return;
  }
  ctx.report(node, `\`${name}()\` with an unsafe Loader builds arbitrary Python objects, which runs code chosen by the document.`, {
    confidence: 'high',
  });
}

/** 'safe' | 'full' | 'unsafe' for a Loader expression, or null when it cannot be told. */
function loaderVerdict(ctx: CheckContext, loader: Expr, depth = 0): 'safe' | 'full' | 'unsafe' | null {
  const q = ctx.qualifiedName(loader) ?? '';
  for (const mod of YAML_MODULES) {
    for (const prefix of [`${mod}.`, `${mod}.loader.`, `${mod}.cyaml.`]) {
      if (!q.startsWith(prefix)) continue;
      const cls = q.slice(prefix.length);
      if (SAFE_LOADERS.has(cls)) return 'safe';
      if (FULL_LOADERS.has(cls)) return 'full';
      if (UNSAFE_LOADERS.has(cls)) return 'unsafe';
    }
  }
  // A class defined in this module: judge it by its yaml base classes.
  if (loader.kind !== 'name' || depth > 3) return null;
  const def = findClass(ctx, loader.id);
  if (!def) return null;
  const verdicts = def.bases.filter((b) => b.name === null).map((b) => loaderVerdict(ctx, b.value, depth + 1));
  if (verdicts.includes('unsafe')) return 'unsafe';
  if (verdicts.includes('full')) return 'full';
  return verdicts.includes('safe') ? 'safe' : null;
}

function findClass(ctx: CheckContext, name: string): ClassDef | null {
  let found: ClassDef | null = null;
  const visit = (n: Node) => {
    if (found) return;
    if (n.kind === 'class' && n.name === name) {
      found = n;
      return;
    }
    forEachChild(n, visit);
  };
  for (const s of ctx.module.body) visit(s);
  return found;
}

/** ruamel.yaml's `YAML(typ="unsafe")` loads Python objects; the default round-trip loader does not. */
function checkRuamel(ctx: CheckContext, node: CallExpr): void {
  const typ = argument(node, null, 'typ');
  const value = typ ? ctx.constValue(typ) : 'rt';
  if (value === 'unsafe') {
    ctx.report(node, '`ruamel.yaml.YAML(typ="unsafe")` builds arbitrary Python objects from tags in the document, which runs code.', {
      confidence: 'high',
    });
  } else if (value !== undefined) {
    ctx.examined(node, `ruamel typ=${String(value)}`);
  }
}
