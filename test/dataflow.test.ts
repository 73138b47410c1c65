/**
 * Unit tests of the dataflow engine: CFG shapes, constant folding through
 * branches, strong updates, container precision, summaries, flows with their
 * steps, spec validation and the work budget.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ScopeTree } from '../src/analyze/scope.js';
import { buildCfg, type Cfg, type EdgeKind } from '../src/dataflow/cfg.js';
import { analyzeModule } from '../src/dataflow/engine.js';
import { LIMITS } from '../src/dataflow/interpret.js';
import { mergeSpecs, parseSpecFile, specForLanguage, TaintSpecError } from '../src/dataflow/spec.js';
import type { DataflowResult } from '../src/dataflow/types.js';
import { analyzeSource } from '../src/engine/analyze-file.js';
import type { FunctionDef } from '../src/ir/types.js';
import { languageById } from '../src/lang/registry.js';
import { dataflowOf, flowLines, lower } from './support/dataflow.js';

async function cfgOf(source: string): Promise<Cfg> {
  const m = await lower(source);
  const fn = m.body.find((s): s is FunctionDef => s.kind === 'function')!;
  return buildCfg(fn);
}

function edgeKinds(cfg: Cfg): EdgeKind[] {
  return cfg.blocks.flatMap((b) => b.succs.map((e) => e.kind)).sort();
}

function count<T>(list: readonly T[], x: T): number {
  return list.filter((y) => y === x).length;
}

/** Blocks reachable from the entry. */
function reachable(cfg: Cfg): Set<number> {
  const seen = new Set<number>([cfg.entry]);
  const todo = [cfg.entry];
  while (todo.length) {
    for (const e of cfg.blocks[todo.pop()!]!.succs) {
      if (seen.has(e.to)) continue;
      seen.add(e.to);
      todo.push(e.to);
    }
  }
  return seen;
}

const HEADER = 'import os\nfrom flask import Flask, request\napp = Flask(__name__)\n';

describe('cfg', () => {
  it('if/elif/else: guarded true/false edges, joined after', async () => {
    const cfg = await cfgOf('def f(x):\n    if x:\n        a = 1\n    elif x > 2:\n        a = 2\n    else:\n        a = 3\n    return a\n');
    const kinds = edgeKinds(cfg);
    assert.equal(count(kinds, 'true'), 2);
    assert.equal(count(kinds, 'false'), 2);
    assert.equal(count(kinds, 'return'), 1);
    const guarded = cfg.blocks.flatMap((b) => b.succs).filter((e) => e.guard);
    assert.equal(guarded.length, 4);
  });

  it('while with break/continue/else: back edge, break skips else', async () => {
    const cfg = await cfgOf(
      'def f(x):\n    while x:\n        if x == 1:\n            break\n        if x == 2:\n            continue\n        x -= 1\n    else:\n        y = 1\n    return x\n',
    );
    const kinds = edgeKinds(cfg);
    assert.equal(count(kinds, 'back'), 1);
    assert.equal(count(kinds, 'break'), 1);
    assert.equal(count(kinds, 'continue'), 1);
    const head = cfg.blocks.find((b) => b.items[0]?.kind === 'test' && b.succs.some((e) => e.kind === 'false' && e.guard))!;
    assert.ok(head.preds.length >= 3, 'loop head reached from entry, back edge and continue');
  });

  it('for: iterable once, next binds the target, loop exit', async () => {
    const cfg = await cfgOf('def f(xs):\n    for x in xs:\n        print(x)\n    return 1\n');
    const items = cfg.blocks.flatMap((b) => b.items.map((i) => i.kind));
    assert.equal(count(items, 'iter'), 1);
    assert.equal(count(items, 'next'), 1);
    assert.equal(count(edgeKinds(cfg), 'back'), 1);
    assert.equal(count(edgeKinds(cfg), 'loop-exit'), 1);
  });

  it('try: every statement of the body may jump to each handler; finally after all', async () => {
    const cfg = await cfgOf(
      'def f(x):\n    try:\n        a = 1\n        b = 2\n        c = 3\n    except ValueError:\n        pass\n    except KeyError:\n        pass\n    finally:\n        d = 4\n    return d\n',
    );
    const exc = cfg.blocks.flatMap((b) => b.succs.filter((e) => e.kind === 'exception' && e.to !== cfg.exit).map((e) => `${b.id}->${e.to}`));
    // An empty entry block plus one block per statement, each to both handlers and to finally.
    assert.equal(exc.length, 4 * 3);
  });

  it('return and raise end the block; code after them is unreachable', async () => {
    const cfg = await cfgOf('def f(x):\n    if x:\n        return 1\n        y = 2\n    raise ValueError()\n    z = 3\n');
    const live = reachable(cfg);
    const dead = cfg.blocks.filter((b) => !live.has(b.id) && b.items.length);
    assert.equal(dead.length, 2);
  });

  it('match: a case edge per case and a no-match edge to the next', async () => {
    const cfg = await cfgOf('def f(x):\n    match x:\n        case 1:\n            a = 1\n        case [y, z]:\n            a = 2\n        case _:\n            a = 3\n    return a\n');
    const kinds = edgeKinds(cfg);
    assert.equal(count(kinds, 'case'), 3);
    assert.equal(count(kinds, 'nomatch'), 3);
  });

  it('a call declared as never returning ends its block', async () => {
    const m = await lower('def f(x):\n    if x:\n        fail()\n    return x\n');
    const fn = m.body[0] as FunctionDef;
    const cfg = buildCfg(fn, { noReturn: (e) => e.kind === 'call' && e.callee.kind === 'name' && e.callee.id === 'fail' });
    assert.ok(cfg.blocks.some((b) => b.succs.some((e) => e.kind === 'exception' && e.to === cfg.exit)));
  });
});

describe('interpreter', () => {
  it('constant folding prunes a dead branch of a conditional expression and of an if', async () => {
    const r = await dataflowOf(
      `${HEADER}@app.route("/")\ndef f():\n    param = request.args["p"]\n    num = 106\n    bar = "safe" if 7 * 18 + num > 200 else param\n    os.system(bar)\n    if num < 100:\n        os.system(param)\n    baz = param if 7 * 18 + num > 200 else "safe"\n    os.system(baz)\n    return "ok"\n`,
    );
    assert.deepEqual(flowLines(r), ['13<-6:command']);
  });

  it('match on a constant subject takes only the matching case', async () => {
    const r = await dataflowOf(`${HEADER}def f():\n    p = request.args["p"]\n    match "b":\n        case "a":\n            x = p\n        case _:\n            x = "c"\n    os.system(x)\n`);
    assert.deepEqual(flowLines(r), []);
  });

  it('strong update on assignment to a name', async () => {
    const r = await dataflowOf(`${HEADER}def f():\n    x = request.args["p"]\n    os.system(x)\n    x = "const"\n    os.system(x)\n`);
    assert.deepEqual(flowLines(r), ['6<-5:command']);
  });

  it('loops reach a fixpoint and carry taint around the back edge', async () => {
    const r = await dataflowOf(
      `${HEADER}def f():\n    cmd = "ls"\n    i = 0\n    while i < 10:\n        os.system(cmd)\n        cmd = request.args["p"]\n        i += 1\n`,
    );
    assert.deepEqual(flowLines(r), ['8<-9:command']);
  });

  it('container precision: constant keys and indexes are tracked per element', async () => {
    const r = await dataflowOf(
      `${HEADER}def f():\n    d = {}\n    d["a"] = request.args["p"]\n    os.system(d["b"])\n    os.system(d["a"])\n    t = ("ls", request.args["q"])\n    a, b = t\n    os.system(a)\n    os.system(b)\n    xs = []\n    xs.append(request.args["r"])\n    for x in xs:\n        os.system(x)\n    os.system(d.get("b", "x"))\n    os.system(",".join(d.values()))\n`,
    );
    assert.deepEqual(flowLines(r), ['8<-6:command', '12<-9:command', '16<-14:command', '18<-6:command'].sort());
  });

  it('sanitizers are per class; int() and comparisons remove taint', async () => {
    const r = await dataflowOf(
      `import os, shlex, html\nfrom flask import request\ndef f():\n    p = request.args["p"]\n    os.system(shlex.quote(p))\n    os.system(html.escape(p))\n    os.system(str(int(p)))\n    os.system(str(p == "a"))\n`,
    );
    assert.deepEqual(flowLines(r), ['6<-4:command']);
  });

  it('allow-list guards: membership on the true branch, not-in with an early return', async () => {
    const r = await dataflowOf(
      `${HEADER}ALLOWED = {"a", "b"}\ndef f():\n    p = request.args["p"]\n    if p in ALLOWED:\n        os.system(p)\n    os.system(p)\n    if p not in ("x", "y"):\n        return\n    os.system(p)\n`,
    );
    assert.deepEqual(flowLines(r), ['9<-6:command']);
  });

  it('summaries: parameter to return, parameter to sink, methods on self and lambdas', async () => {
    const r = await dataflowOf(
      `${HEADER}def wrap(v):\n    return "echo " + v\ndef ignore(v):\n    return "echo"\ndef run(c):\n    os.system(c)\nclass K:\n    def go(self, v):\n        self.run(v)\n    def run(self, v):\n        os.system(v)\nstrip = lambda s: s.strip()\ndef f():\n    p = request.args["p"]\n    os.system(wrap(p))\n    os.system(ignore(p))\n    run(p)\n    K().go(p)\n    os.system(strip(p))\n`,
    );
    assert.deepEqual(flowLines(r), ['9<-17:command', '14<-17:command', '18<-17:command', '22<-17:command'].sort());
  });

  it('closures see the enclosing variables, at definition and at call (late binding)', async () => {
    const r = await dataflowOf(
      `${HEADER}def f():\n    cmd = request.args["c"]\n    safe = "ls"\n    def inner():\n        os.system(cmd)\n        os.system(safe)\n    inner()\n    late = lambda: os.system(later)\n    later = request.args["d"]\n    late()\n`,
    );
    assert.deepEqual(flowLines(r), ['8<-5:command', '11<-12:command'].sort());
  });

  it('entry points: Flask converters, Django views, FastAPI typed parameters and dependencies', async () => {
    const r = await dataflowOf(
      `import os\nfrom django.http import HttpResponse\nfrom fastapi import FastAPI, Depends\nfrom flask import Flask\napp = Flask(__name__)\napi = FastAPI()\n` +
        `@app.route("/<int:n>/<name>")\ndef fl(n, name):\n    os.system(n)\n    os.system(name)\n` +
        `def dj(request, slug):\n    os.system(slug)\n    os.system(request.GET["q"])\n    os.system(request.method)\n` +
        `@api.get("/x")\ndef fa(q: str, k: int, d=Depends(fl)):\n    os.system(q)\n    os.system(k)\n    os.system(d)\n`,
    );
    assert.deepEqual(flowLines(r), ['10<-8:command', '12<-11:command', '13<-13:command', '17<-16:command'].sort());
  });

  it('receiver fields: constructor parameters become real at construction; constants stay clean', async () => {
    const r = await dataflowOf(
      `${HEADER}class Runner:\n    def __init__(self, cmd, mode):\n        self.cmd = cmd\n        self.mode = "fast"\n        self.opts = mode\n    def run(self):\n        os.system(self.cmd)\n        os.system(self.mode)\n        os.system(self.opts)\n@app.route("/r")\ndef r():\n    Runner(request.args["c"], "x").run()\n`,
    );
    assert.deepEqual(flowLines(r), ['10<-15:command']);
  });

  it('a flow lists its steps from the source to the sink', async () => {
    const r = await dataflowOf(`${HEADER}def helper(v):\n    return "ping " + v\n@app.route("/<host>")\ndef f(host):\n    cmd = helper(host)\n    os.system(cmd)\n`);
    assert.equal(r.flows.length, 1);
    const f = r.flows[0]!;
    assert.equal(f.class, 'command');
    assert.equal(f.cwe, 78);
    assert.equal(f.source.label, "Flask URL parameter 'host'");
    assert.deepEqual(
      f.steps.map((s) => `${s.range.line}: ${s.note}`),
      ['7: source: Flask URL parameter \'host\'', '8: passed to helper()', '8: returned by helper()', '8: assigned to cmd', '9: reaches os.system (CWE-78)'],
    );
  });

  it('counts sources and records sinks no untrusted value reaches', async () => {
    const r = await dataflowOf('import os\ndef f():\n    os.system("ls")\n');
    assert.equal(r.sourceCount, 0);
    assert.equal(r.sinks.length, 1);
    assert.equal(r.flows.length, 0);
  });

  it('local sources (command line) count under the local threat model, which is on by default', async () => {
    const m = await lower('import os, sys\nos.system("ls " + sys.argv[1])\n');
    const scopes = new ScopeTree(m);
    assert.equal(analyzeModule(m, scopes, specForLanguage('python', { threats: ['remote'] })).flows.length, 0);
    const local = analyzeModule(m, scopes, specForLanguage('python'));
    assert.deepEqual(
      local.flows.map((f) => f.source.label),
      ['command-line argument'],
    );
  });

  it('stops a pathological function at the work budget and records it', async () => {
    const body = Array.from({ length: 400 }, (_, i) => `    x${i} = x${Math.max(0, i - 1)} + "a" if y else z`).join('\n');
    // Called with untrusted data, so that the engine interprets it (code no source reaches is not interpreted).
    const m = await lower(`import os\nfrom flask import request\ndef big(y, z, x0):\n${body}\n    os.system(x399)\ndef small(v):\n    os.system(request.args["v"])\n    big(v, v, v)\n`);
    const saved = LIMITS.maxEvals;
    LIMITS.maxEvals = 2000;
    try {
      const r = analyzeModule(m, new ScopeTree(m), specForLanguage('python'));
      assert.deepEqual(
        r.incomplete.map((u) => u.unit),
        ['big'],
      );
    } finally {
      LIMITS.maxEvals = saved;
    }
  });
});

describe('modules without sources', () => {
  it('are not interpreted, but their sinks are still listed for evidence', async () => {
    const m = await lower('import os\nimport subprocess\ndef run(v):\n    os.system(v)\n    subprocess.run(v, shell=False)\n    subprocess.run(v, shell=True)\n');
    const r = analyzeModule(m, new ScopeTree(m), specForLanguage('python'));
    assert.equal(r.sourceCount, 0);
    assert.deepEqual(r.flows, []);
    assert.equal(r.reachedCalls.size, 0);
    // os.system, the shell=True run, and (without a shell) the program of the shell=False run are command sinks.
    assert.deepEqual(
      r.sinks.filter((s) => s.class === 'command').map((s) => s.range.line).sort(),
      [4, 5, 6],
    );
  });

  it('are interpreted as soon as a source can fire (a socket read through any receiver)', async () => {
    const m = await lower('import os\ndef serve(conn):\n    data = conn.recv(1024)\n    os.system(data)\n');
    const r = analyzeModule(m, new ScopeTree(m), specForLanguage('python'));
    assert.equal(r.flows.length, 1);
    assert.equal(r.flows[0]!.sink.range.line, 4);
  });

  it('are not interpreted for a parent of sources where it cannot travel (hasattr(sys, …), del sys, sys is None)', async () => {
    const m = await lower(
      'import os\nimport sys\nDEBUG = hasattr(sys, "gettotalrefcount")\nkind = type(sys)\n' +
        'def run(v):\n    if sys is None:\n        return\n    home = getattr(sys, "_home", None)\n    os.system(v)\ndel sys\n',
    );
    const r = analyzeModule(m, new ScopeTree(m), specForLanguage('python'));
    assert.equal(r.sourceCount, 0);
    assert.equal(r.reachedCalls.size, 0, 'the module was interpreted');
    assert.deepEqual(r.sinks.filter((s) => s.class === 'command').map((s) => s.range.line), [9]);
  });

  it('are interpreted when a parent of sources can travel: an alias, a module-level binding, a local function', async () => {
    for (const [source, line] of [
      ['import os\nimport sys\ndef run():\n    s = sys\n    os.system(s.argv[1])\n', 5],
      ['import os\nimport sys\nmod = sys\ndef run():\n    os.system(mod.argv[1])\n', 5],
      ['import os\nimport sys\ndef pick(s):\n    return s\ndef run():\n    os.system(pick(sys).argv[1])\n', 6],
    ] as const) {
      const m = await lower(source);
      const r = analyzeModule(m, new ScopeTree(m), specForLanguage('python'));
      assert.ok(r.reachedCalls.size > 0, `not interpreted:\n${source}`);
      if (line === 6) continue; // a parent returned through a call is not followed yet; the module still runs
      assert.deepEqual(r.flows.map((f) => f.sink.range.line), [line], source);
    }
  });
});

describe('units no untrusted data reaches', () => {
  const line = (r: DataflowResult, l: number) => [...r.reachedCalls].some((k) => k.startsWith(`${l}:`));

  it('are not interpreted: their sinks are listed, and their calls are not taken for dead code', async () => {
    const r = await dataflowOf(
      `${HEADER}def tool(v):\n    os.system(v)\n@app.route("/a")\ndef a():\n    os.system(request.args["c"])\n`,
    );
    assert.deepEqual(flowLines(r), ['8<-8:command']);
    assert.deepEqual(r.sinks.filter((s) => s.class === 'command').map((s) => s.range.line).sort(), [5, 8]);
    assert.ok(line(r, 5), 'the call in tool() is reachable code');
  });

  it('still follow the data into callees, callers, aliases, lambdas, closures and fields', async () => {
    const r = await dataflowOf(
      `${HEADER}def read():\n    return request.args["c"]\ndef relay():\n    return read()\ndef run(c):\n    os.system(c)\nalias = run\nshell = lambda c: os.system(c)\n` +
        `class Job:\n    def __init__(self):\n        self.cmd = relay()\n    def go(self):\n        os.system(self.cmd)\n` +
        `def outer():\n    c = relay()\n    def inner():\n        os.system(c)\n    inner()\n` +
        `def main():\n    alias(relay())\n    shell(relay())\n`,
    );
    assert.deepEqual(flowLines(r), ['9<-5:command', '11<-5:command', '16<-5:command', '20<-5:command'].sort());
  });

  it('a pattern check there is cleared because no untrusted data reaches it, not as dead code', async () => {
    const source = `${HEADER}def tool(v):\n    eval(v)\n@app.route("/a")\ndef a():\n    os.system(request.args["c"])\n`;
    const result = await analyzeSource('tool.py', source, languageById('python')!, {});
    assert.deepEqual(result.findings.filter((f) => f.checkId === 'eval-used'), []);
    assert.deepEqual(
      result.evidence['eval-used']?.map((o) => `${o.range.line} ${o.detail}`),
      ['5 dataflow: untrusted input in the file does not reach it'],
    );
  });
});

describe('taint specs', () => {
  it('the Python specs load and name known classes', () => {
    const spec = specForLanguage('python');
    for (const c of ['command', 'code', 'sql', 'path', 'xss', 'template', 'redirect', 'ssrf', 'deserialize']) assert.ok(spec.classes.has(c), c);
  });

  it('rejects invalid files with the file and the path of the problem', () => {
    assert.throws(() => parseSpecFile('sinks:\n  - call: os.system\n    class: command\n', 'bad.yaml'), (e: Error) => {
      assert.ok(e instanceof TaintSpecError);
      assert.match(e.message, /bad\.yaml/);
      assert.match(e.message, /sinks\.0\.(args|cwe)/);
      return true;
    });
    assert.throws(() => parseSpecFile('sinks: [', 'broken.yaml'), /broken\.yaml: invalid YAML/);
    assert.throws(() => parseSpecFile('unknownKey: 1\n', 'x.yaml'), /x\.yaml/);
  });

  it('rejects a sanitizer naming an unknown class', () => {
    const a = parseSpecFile('sinks:\n  - call: os.system\n    args: [0]\n    class: command\n    cwe: 78\n', 'a.yaml');
    const b = parseSpecFile('sanitizers:\n  - call: shlex.quote\n    classes: [comand]\n', 'b.yaml');
    assert.throws(() => mergeSpecs([{ file: 'a.yaml', spec: a }, { file: 'b.yaml', spec: b }]), /b\.yaml: sanitizer names unknown sink class "comand"/);
  });
});

describe('validator guards, views and list pops', () => {
  const DJ = 'from django.http import HttpResponseRedirect\nfrom django.utils.http import url_has_allowed_host_and_scheme as ok_url\n';

  it('a validator cleans its argument on the true branch, after `if not v(x): x = const`, and after an early exit', async () => {
    const r = await dataflowOf(
      `${DJ}def a(request):\n    u = request.GET["u"]\n    if ok_url(u, allowed_hosts=None):\n        HttpResponseRedirect(u)\n    HttpResponseRedirect(u)\n` +
        `def b(request):\n    u = request.GET["u"]\n    if not ok_url(url=u, allowed_hosts=None):\n        u = "/"\n    return HttpResponseRedirect(u)\n` +
        `def c(request):\n    u = request.GET["u"]\n    if not ok_url(u, allowed_hosts=None):\n        return None\n    return HttpResponseRedirect(u)\n`,
    );
    assert.deepEqual(flowLines(r), ['7<-4:redirect']);
  });

  it('a validator result stored in a variable guards while the value is unchanged', async () => {
    const r = await dataflowOf(
      `${DJ}def a(request):\n    u = request.GET["u"]\n    good = ok_url(u, allowed_hosts=None)\n    HttpResponseRedirect(u if good else "/")\n    if good:\n        HttpResponseRedirect(u)\n    u = request.GET["v"]\n    if good:\n        HttpResponseRedirect(u)\n`,
    );
    assert.deepEqual(flowLines(r), ['11<-9:redirect']);
  });

  it('guards are per class: isdigit cleans SQL and commands, not SSRF; isalnum not commands', async () => {
    const r = await dataflowOf(
      `import os, requests\nfrom flask import request\ndef f():\n    p = request.args["p"]\n    if p.isdigit():\n        os.system("kill " + p)\n        requests.get("http://" + p)\n    if p.isalnum():\n        os.system("ls " + p)\n`,
    );
    assert.deepEqual(flowLines(r), ['7<-4:ssrf', '9<-4:command']);
  });

  it('re.fullmatch with a constant word-character pattern; $ does not anchor re.match; . is not a word character', async () => {
    const r = await dataflowOf(
      `import re\nfrom flask import request\ndef f(db):\n    p = request.args["p"]\n    if re.fullmatch(r"[A-Za-z0-9_]+", p):\n        db.execute("SELECT " + p)\n    if re.match(r"^[a-z]+\\Z", p):\n        db.execute("SELECT " + p)\n    if re.match(r"^[a-z]+$", p):\n        db.execute("SELECT " + p)\n    if re.fullmatch(r"[a-z.]+", p):\n        db.execute("SELECT " + p)\n`,
    );
    assert.deepEqual(flowLines(r), ['10<-4:sql', '12<-4:sql']);
  });

  it('path containment holds only on a canonical path', async () => {
    const r = await dataflowOf(
      `import os\nfrom flask import request, abort\nBASE = "/srv"\ndef f():\n    raw = os.path.join(BASE, request.args["p"])\n    full = os.path.realpath(raw)\n    if os.path.commonpath([BASE, full]) != BASE:\n        abort(403)\n    open(full)\n    if raw.startswith(BASE):\n        open(raw)\n    if full.startswith(BASE + os.sep):\n        open(full + "x")\n`,
    );
    assert.deepEqual(flowLines(r), ['11<-5:path']);
  });

  it('an allow-list on a view (urlparse(url).hostname) cleans the URL for ssrf and redirect', async () => {
    const r = await dataflowOf(
      `import requests\nfrom urllib.parse import urlparse\nfrom flask import request, redirect\nHOSTS = {"a.example.com"}\ndef f():\n    url = request.args["u"]\n    parsed = urlparse(url)\n    if parsed.scheme != "https" or parsed.hostname not in HOSTS:\n        return "no"\n    requests.get(url)\n    return redirect(url)\n` +
        `def g():\n    url = request.args["u"]\n    if urlparse(url).netloc in ("", "a.example.com"):\n        requests.get(url)\n    if urlparse(url).netloc == "a.example.com":\n        requests.get(url)\n    if urlparse(url).scheme in ("https",):\n        requests.get(url)\n`,
    );
    assert.deepEqual(flowLines(r), ['15<-13:ssrf', '19<-13:ssrf']);
  });

  it('list pop: last or constant index when the length is known, joined otherwise', async () => {
    const r = await dataflowOf(
      `import os\nfrom flask import request\ndef f(xs):\n    t = request.args["p"]\n    lst = ["ls", t]\n    lst.pop()\n    os.system(lst.pop())\n    q = [t, "ls", "pwd"]\n    q.pop(0)\n    os.system(q.pop(-2))\n    os.system(q.pop())\n    u = ["ls"]\n    u.append(t)\n    u.pop()\n    os.system(u.pop())\n    k = [t, "ls"]\n    os.system(k.pop(xs))\n`,
    );
    assert.deepEqual(flowLines(r), ['15<-4:command', '17<-4:command']);
  });

  it('list pop stays sound: loops, reordering methods, del, pops that may not run', async () => {
    const r = await dataflowOf(
      `import os\nfrom flask import request\ndef f(c):\n    t = request.args["p"]\n    a = [t, "ls"]\n    while a:\n        os.system(a.pop())\n    b = [t, "ls"]\n    b.reverse()\n    os.system(b.pop())\n    d = [t, "ls", "pwd"]\n    del d[1]\n    d.pop()\n    os.system(d.pop())\n    e = [t, "ls"]\n    x = e.pop() if c else None\n    os.system(e.pop())\n    g = [t, "ls"]\n    c and g.pop()\n    os.system(g.pop())\n    h = [t, "a", "b"]\n    [h.pop() for _ in range(2)]\n    os.system(h.pop())\n`,
    );
    assert.deepEqual(flowLines(r), ['10<-4:command', '14<-4:command', '17<-4:command', '20<-4:command', '23<-4:command', '7<-4:command'].sort());
  });

  it('rejects a guard naming an unknown class or an invalid character class', () => {
    const a = parseSpecFile('sinks:\n  - call: os.system\n    args: [0]\n    class: command\n    cwe: 78\n', 'a.yaml');
    const b = parseSpecFile('guards:\n  - call: x.ok\n    arg: 0\n    classes: [comand]\n', 'b.yaml');
    assert.throws(() => mergeSpecs([{ file: 'a.yaml', spec: a }, { file: 'b.yaml', spec: b }]), /b\.yaml: guard names unknown sink class "comand"/);
    assert.throws(() => parseSpecFile('guards:\n  - call: re.fullmatch\n    arg: 1\n    pattern: { position: 0, chars: "z-a" }\n    classes: [sql]\n', 'c.yaml'), /c\.yaml/);
  });
});
