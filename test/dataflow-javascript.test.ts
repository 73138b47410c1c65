/**
 * The dataflow engine on JavaScript and TypeScript: the same engine as for
 * Python, driven by the specs in src/lang/javascript/taint/. Each case is a
 * vulnerable/safe pair on one precision point, checked flow by flow.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ScopeTree } from '../src/analyze/scope.js';
import { runDataflow } from '../src/dataflow/index.js';
import { parseSpecFile, TaintSpecError, type ThreatModel } from '../src/dataflow/spec.js';
import type { DataflowResult } from '../src/dataflow/types.js';
import { lowerJs } from './support/javascript.js';

async function flows(source: string, path = 'app.js', threats?: ThreatModel[]): Promise<string[]> {
  const r = await dataflowOf(source, path, threats);
  return r.flows.map((f) => `${f.sink.range.line}<-${f.source.range.line}:${f.class}`).sort();
}

async function dataflowOf(source: string, path = 'app.js', threats?: ThreatModel[]): Promise<DataflowResult> {
  const m = await lowerJs(source, path);
  return runDataflow(m, new ScopeTree(m), Number.POSITIVE_INFINITY, threats);
}

const EXPRESS = "const express = require('express');\nconst app = express();\nconst { exec } = require('child_process');\n";

describe('JavaScript taint: sources and entry points', () => {
  it('Express handlers: the request is untrusted, wherever the app is named', async () => {
    assert.deepEqual(await flows(`${EXPRESS}app.get('/', (req, res) => {\n  exec(req.query.c);\n});\n`), ['5<-5:command']);
    // A router, and a handler declared apart and passed by name.
    assert.deepEqual(
      await flows(`${EXPRESS}const router = express.Router();\nfunction h(req, res) {\n  exec(req.body.c);\n}\nrouter.post('/x', h);\n`),
      ['6<-6:command'],
    );
    // The same function not registered as a handler: its parameter is not a request.
    assert.deepEqual(await flows(`${EXPRESS}function h(req, res) {\n  exec(req.body.c);\n}\n`), []);
  });

  it('Koa, Fastify, Next.js and plain http handlers', async () => {
    assert.deepEqual(
      await flows("const Koa = require('koa');\nconst cp = require('child_process');\nconst app = new Koa();\napp.use(async (ctx) => {\n  cp.exec(ctx.request.body.cmd);\n});\n"),
      ['5<-5:command'],
    );
    assert.deepEqual(
      await flows("import Fastify from 'fastify';\nimport { exec } from 'child_process';\nconst f = Fastify();\nf.get('/', async (request, reply) => {\n  exec(request.query.c);\n});\n"),
      ['5<-5:command'],
    );
    assert.deepEqual(
      await flows("import { exec } from 'child_process';\nexport default function handler(req, res) {\n  exec(req.query.c);\n}\n"),
      ['3<-3:command'],
    );
    assert.deepEqual(
      await flows("import { exec } from 'child_process';\nexport async function POST(request: Request) {\n  const body = await request.json();\n  exec(body.cmd);\n}\n", 'route.ts'),
      ['4<-3:command'],
    );
    assert.deepEqual(
      await flows("const http = require('http');\nconst { exec } = require('child_process');\nhttp.createServer((req, res) => {\n  exec(req.url);\n});\n"),
      ['4<-4:command'],
    );
  });

  it('NestJS controllers: decorated parameters, @Req(), and a returned string as HTML', async () => {
    const src = [
      "import { Body, Controller, Get, Param, Post, Query, Req } from '@nestjs/common';",
      "import { exec } from 'child_process';",
      "@Controller('t')",
      'export class T {',
      "  @Get('p') ping(@Query('host') host: string) { exec(host); return { ok: true }; }",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source text
      "  @Get('h/:n') hello(@Param('n') n: string): string { return `<b>${n}</b>`; }",
      "  @Post('r') raw(@Req() req: any, @Body() body: any, plain: string) { exec(req.query.c); exec(body.cmd); exec(plain); }",
      '  helper(x: string) { exec(x); }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(await flows(src, 'c.ts'), ['5<-5:command', '6<-6:xss', '7<-7:command', '7<-7:command']);
  });

  it('process.argv is local input; process.env only when asked for', async () => {
    const src = "const { execSync } = require('child_process');\nexecSync(process.argv[2]);\nexecSync(process.env.CMD);\nexecSync(process.argv[0] + ' --version');\n";
    // process.argv[0] is the node executable, not input.
    assert.deepEqual(await flows(src), ['2<-2:command']);
    assert.deepEqual(await flows(src, 'app.js', ['remote', 'local', 'environment']), ['2<-2:command', '3<-3:command']);
  });

  it('WebSocket messages are remote input; file contents only with the file threat model', async () => {
    const src = [
      "const { WebSocketServer } = require('ws');",
      "const { exec } = require('child_process');",
      "const fs = require('fs');",
      'new WebSocketServer({ port: 8080 }).on("connection", (ws) => {',
      "  ws.on('message', (data) => exec('echo ' + data));",
      "  ws.on('close', (code) => exec('echo ' + code));",
      '});',
      "exec(fs.readFileSync('/etc/app.conf', 'utf8'));",
      '',
    ].join('\n');
    assert.deepEqual(await flows(src), ['5<-5:command']);
    assert.deepEqual(await flows(src, 'app.js', ['remote', 'local', 'file']), ['5<-5:command', '8<-8:command']);
  });

  it('browser sources: the page URL and postMessage data (of message events only)', async () => {
    const src = [
      'const q = location.search;',
      'document.body.innerHTML = q;',
      "window.addEventListener('message', (e) => { document.body.innerHTML = e.data; });",
      "window.addEventListener('click', (e) => { document.body.innerHTML = e.data; });",
      '',
    ].join('\n');
    assert.deepEqual(await flows(src), ['2<-1:xss', '3<-3:xss']);
  });
});

describe('JavaScript taint: precision', () => {
  it('constant folding prunes the dead branch; a strong update cleans', async () => {
    const src = `${EXPRESS}app.get('/', (req, res) => {\n  const num = 106;\n  const a = 7 * 18 + num > 200 ? 'ls' : req.query.c;\n  exec(a);\n  let b = req.query.c;\n  b = 'ls';\n  exec(b);\n  exec(7 * 18 + num > 200 ? req.query.c : 'ls');\n});\n`;
    assert.deepEqual(await flows(src), ['11<-11:command']);
  });

  it('object and array elements are told apart, also through o.k = v and destructuring', async () => {
    const src = `${EXPRESS}app.get('/', (req, res) => {\n  const o = { safe: 'ls', bad: req.query.c };\n  exec(o.safe);\n  exec(o['bad']);\n  const [x, y] = ['ls', req.query.c];\n  exec(x);\n  exec(y);\n  const p = {};\n  p.cmd = req.query.c;\n  exec(p.cmd);\n  exec(JSON.stringify(p));\n});\n`;
    assert.deepEqual(await flows(src), ['10<-8:command', '13<-12:command', '14<-12:command', '7<-5:command']);
  });

  it('sanitizers: numbers, and per-class ones that do not clean other classes', async () => {
    const src = `${EXPRESS}const escapeHtml = require('escape-html');\napp.get('/', (req, res) => {\n  exec('head -n ' + parseInt(req.query.n, 10));\n  const t = escapeHtml(req.query.t);\n  res.send(t);\n  exec(t);\n});\n`;
    assert.deepEqual(await flows(src), ['9<-7:command']);
  });

  it('allow-list guards: includes/has on constant collections, === with a constant, early exit', async () => {
    const src = `${EXPRESS}const OK = ['a', 'b'];\nconst SET = new Set(['x']);\napp.get('/', (req, res) => {\n  const c = req.query.c;\n  if (OK.includes(c)) exec(c);\n  if (SET.has(c)) exec(c);\n  if (c === 'uptime') exec(c);\n  if (c !== 'df') return;\n  exec(c);\n});\napp.get('/2', (req, res) => {\n  const c = req.query.c;\n  const list = [c];\n  if (list.includes(c)) exec(c);\n});\n`;
    // Only the last: a list holding the input itself is no allow-list.
    assert.deepEqual(await flows(src), ['17<-15:command']);
  });

  it('same-file functions get summaries; a function value passed on keeps its identity', async () => {
    const src = `${EXPRESS}const wrap = (s) => \`[\${s}]\`;\nfunction run(cmd) { exec(cmd); }\nfunction clean(s) { return 'ls'; }\napp.get('/', (req, res) => {\n  run(wrap(req.query.c));\n  run(clean(req.query.c));\n});\n`;
    assert.deepEqual(await flows(src), ['5<-8:command']);
  });

  it('class fields through this: constructor parameters become real at each new, methods call methods', async () => {
    const src = `${EXPRESS}class Runner {\n  constructor(cmd) { this.cmd = cmd; this.safe = 'ls'; }\n  run() { exec(this.cmd); }\n  runSafe() { exec(this.safe); }\n  go(x) { this.helper(x); }\n  helper(y) { exec(y); }\n}\napp.get('/', (req, res) => {\n  const r = new Runner(req.query.c);\n  r.run();\n  r.runSafe();\n  r.go(req.query.d);\n});\n`;
    assert.deepEqual(await flows(src), ['6<-12:command', '9<-15:command']);
  });

  it('a callback inside a handler still knows the request and the response', async () => {
    const src = `${EXPRESS}app.get('/', (req, res) => {\n  db.get('k', (err, row) => {\n    res.send('<p>' + req.query.q + '</p>');\n  });\n});\n`;
    assert.deepEqual(await flows(src), ['6<-6:xss']);
  });

  it('array callbacks: forEach/map apply the callback to the elements, with its sanitizers', async () => {
    const src = "const { exec } = require('child_process');\nconst items = process.argv.slice(2);\nitems.forEach((x) => exec(x));\nconst safe = items.map((x) => Number(x));\nexec(safe.join(' '));\nconst bad = items.map((x) => 'echo ' + x);\nexec(bad.join(';'));\n";
    assert.deepEqual(await flows(src), ['3<-2:command', '7<-2:command']);
  });

  it('a local escaping helper (replace of &<>" characters) sanitizes for HTML only', async () => {
    const src = `${EXPRESS}const esc = (s) => String(s).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');\napp.get('/', (req, res) => {\n  const t = esc(req.query.t);\n  res.send('<p>' + t + '</p>');\n  exec(t);\n  res.send(String(req.query.u).replace(/[<>]/g, ''));\n});\n`;
    assert.deepEqual(await flows(src), ['8<-6:command', '9<-9:xss']);
  });

  it('switch on a constant takes only its case; a case narrows the subject', async () => {
    const src = `${EXPRESS}app.get('/', (req, res) => {\n  let c = req.query.c;\n  switch ('x') {\n    case 'x': c = 'ls'; break;\n    default: break;\n  }\n  exec(c);\n  const m = req.query.m;\n  switch (m) {\n    case 'fast': exec(m); break;\n    default: exec(m);\n  }\n});\n`;
    assert.deepEqual(await flows(src), ['14<-11:command']);
  });
});

describe('JavaScript taint: sink shapes', () => {
  it('spawn: the program always, the arguments only with shell: true', async () => {
    const src = `const { spawn } = require('child_process');\nconst a = process.argv[2];\nspawn('grep', [a]);\nspawn('grep', [a], { shell: true });\nspawn(a, []);\nspawn('grep', [a], { shell: false });\n`;
    assert.deepEqual(await flows(src), ['4<-2:command', '5<-2:command']);
  });

  it('SQL: the query text, not the bound values; NoSQL: objects, not strings', async () => {
    const src = `${EXPRESS}app.get('/', async (req, res) => {\n  db.query('SELECT * FROM t WHERE a = ?', [req.query.a]);\n  db.query(\`SELECT * FROM t WHERE a = '\${req.query.a}'\`);\n  Users.find({ name: req.body.name });\n  Users.find({ name: \`\${req.body.name}\` });\n  Users.find({ id: req.params.id });\n});\n`;
    assert.deepEqual(await flows(src), ['6<-6:sql', '7<-7:nosql']);
  });

  it('SQL clients named through module-level chains: sqlite3, Sequelize, mysql2', async () => {
    const src = [
      "const express = require('express');",
      "const sqlite3 = require('sqlite3').verbose();",
      "const { Sequelize } = require('sequelize');",
      "const mysql = require('mysql2/promise');",
      "const db = new sqlite3.Database(':memory:');",
      "const sequelize = new Sequelize('sqlite::memory:');",
      'const app = express();',
      "app.get('/', async (req, res) => {",
      '  const q = req.query.q;',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source text
      "  db.all(`SELECT * FROM t WHERE a = '${q}'`);",
      "  db.all('SELECT * FROM t WHERE a = ?', [q]);",
      "  await sequelize.query('SELECT * FROM t WHERE a = ' + q);",
      '  const conn = await mysql.createConnection({});',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source text
      '  await conn.execute(`SELECT ${q}`);',
      "  await conn.execute('SELECT ?', [q]);",
      '});',
      '',
    ].join('\n');
    assert.deepEqual(await flows(src), ['10<-9:sql', '12<-9:sql', '14<-9:sql']);
  });

  it('Fastify replies are HTML only when typed so; Koa ctx.body is the response', async () => {
    const src = [
      "const fastify = require('fastify')();",
      "const Koa = require('koa');",
      "fastify.get('/x', async (request, reply) => {",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source text
      '  reply.type("text/html").send(`<b>${request.query.name}</b>`);',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source text
      '  reply.send(`<b>${request.query.name}</b>`);',
      '});',
      'new Koa().use((ctx) => { ctx.body = ctx.query.q; });',
      '',
    ].join('\n');
    assert.deepEqual(await flows(src), ['4<-4:xss', '7<-7:xss']);
  });

  it('attribute-assignment sinks: innerHTML on any element, location.href, Koa ctx.body', async () => {
    const src = "const h = location.hash;\nel.innerHTML = h;\nel.textContent = h;\nlocation.href = h;\nwindow.location = h;\n";
    assert.deepEqual(await flows(src), ['2<-1:xss', '4<-1:redirect', '5<-1:redirect']);
  });

  it('prototype pollution: a write through obj[k1][k2] or obj[k1].p with an untrusted k1', async () => {
    const src = `${EXPRESS}const store = {};\napp.post('/', (req, res) => {\n  const { a, b, v } = req.body;\n  store[a][b] = v;\n  store[a].x = v;\n  store.fixed[b] = v;\n  store[a] = v;\n  if (Object.hasOwn(store, a)) store[a][b] = v;\n});\n`;
    assert.deepEqual(await flows(src), ['7<-6:prototype-pollution', '8<-6:prototype-pollution']);
  });

  it('jQuery markup methods and $(html) are XSS sinks; .text() is not', async () => {
    const src = "const h = location.hash.slice(1);\n$('#out').html(h);\n$(h);\n$('#out').text(h);\n";
    assert.deepEqual(await flows(src), ['2<-1:xss', '3<-1:xss']);
  });

  it('NoSQL: a $where clause counts even as a string; typeof x === "string" makes a scalar', async () => {
    const src = `${EXPRESS}app.post('/', async (req, res) => {\n  const c = String(req.body.c);\n  Items.find({ $where: "this.c == '" + c + "'" });\n  Items.find({ c });\n  const e = req.body.e;\n  if (typeof e !== 'string') return;\n  Users.deleteMany({ e });\n});\n`;
    assert.deepEqual(await flows(src), ['6<-5:nosql-code']);
  });

  it('JSX dangerouslySetInnerHTML is an XSS sink; text children are escaped', async () => {
    const src = "const p = location.search;\nconst a = <div dangerouslySetInnerHTML={{ __html: p }} />;\nconst b = <div title={p}>{p}</div>;\n";
    assert.deepEqual(await flows(src, 'x.jsx'), ['2<-1:xss']);
  });

  it('a file with no source is not interpreted; its sinks are still listed', async () => {
    const r = await dataflowOf("const { exec } = require('child_process');\nexport function run(c) { exec(c); }\n");
    assert.equal(r.flows.length, 0);
    assert.deepEqual(
      r.sinks.map((s) => `${s.class}@${s.range.line}`),
      ['command@2'],
    );
  });
});

describe('spec schema extensions', () => {
  it('accepts the new shapes and rejects incomplete ones with the file and path named', () => {
    const ok = parseSpecFile(
      [
        'stores:',
        '  - { attr: [innerHTML], class: xss, cwe: 79 }',
        '  - { computedKey: true, unlessObject: ["Object.create()"], class: pp, cwe: 1321 }',
        'sinks:',
        '  - { call: [spawn], args: [1], when: { position: 0, equals: [sh] }, class: command, cwe: 78 }',
        '  - { call: ["*.find"], args: [{ position: 0, key: $where, keyOnly: true }], class: nosql, cwe: 943 }',
        'entrypoints:',
        "  - { name: e, label: E, callbackOf: ['express().*'], paramTypes: [{ position: 0, type: 'express.Request()' }] }",
        'wrappers:',
        '  - { call: [util.promisify] }',
        'exclusions:',
        '  - { values: [__proto__], classes: [pp] }',
        '',
      ].join('\n'),
      'ok.yaml',
    );
    assert.equal(ok.stores.length, 2);
    assert.equal(ok.wrappers[0]!.arg, 0);
    assert.throws(() => parseSpecFile('stores:\n  - { class: xss, cwe: 79 }\n', 'bad.yaml'), (e: unknown) => e instanceof TaintSpecError && /bad\.yaml/.test(e.message) && /object, attr or computedKey/.test(e.message));
    assert.throws(() => parseSpecFile('sinks:\n  - { call: [f], args: [0], when: { position: 0 }, class: c, cwe: 1 }\n', 'w.yaml'), TaintSpecError);
  });
});
