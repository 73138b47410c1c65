/**
 * The web frameworks a corpus file can be written for: how a file imports
 * modules, declares a handler, reads request data and answers. A scenario
 * (see scenarios-*.ts) is written once against this interface and rendered
 * for several frameworks, so the same defect appears as Express, Koa,
 * Fastify, Next.js and browser code, in CommonJS, ESM and TypeScript.
 */

/** One module import: `names` destructured, `def` the default/whole-module binding, `ns` a namespace import. */
export interface Imp {
  mod: string;
  def?: string;
  names?: string[];
  ns?: string;
}

export type InputFrom = 'query' | 'body' | 'params' | 'header' | 'cookie';

export interface Input {
  v: string;
  from: InputFrom;
  /** Request key when it differs from the variable name. */
  key?: string;
}

export interface Route {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  inputs: Input[];
  body: string[];
}

export interface Framework {
  id: string;
  ext: 'js' | 'mjs' | 'cjs' | 'ts' | 'jsx' | 'tsx';
  esm: boolean;
  ts: boolean;
  /** Whether a handler may use callbacks that answer later (Express-style `res`). */
  callbacks: boolean;
  /** Module-level setup after the imports (app creation). */
  setup: string[];
  imports: Imp[];
  route(r: Route): string[];
  tail: string[];
  html(e: string): string;
  text(e: string): string;
  json(e: string): string;
  redirect(e: string): string;
  fail(status: number, msg: string): string;
  /** The raw request object's name inside a handler (for headers, ip...). */
  req: string;
}

export function renderImport(fw: Framework, i: Imp): string {
  if (fw.esm) {
    const parts: string[] = [];
    if (i.def) parts.push(i.def);
    if (i.ns) parts.push(`* as ${i.ns}`);
    if (i.names?.length) parts.push(`{ ${i.names.join(', ')} }`);
    return `import ${parts.join(', ')} from '${i.mod}';`;
  }
  const lines: string[] = [];
  if (i.def || i.ns) lines.push(`const ${i.def ?? i.ns} = require('${i.mod}');`);
  if (i.names?.length) {
    lines.push(i.def || i.ns ? `const { ${i.names.join(', ')} } = ${i.def ?? i.ns};` : `const { ${i.names.join(', ')} } = require('${i.mod}');`);
  }
  return lines.join('\n');
}

const cast = (fw: { ts: boolean }, e: string) => (fw.ts ? `${e} as string` : e);

function expressRead(fw: { ts: boolean }, inputs: Input[], req: string, destructure: boolean): string[] {
  const out: string[] = [];
  const groups = new Map<InputFrom, Input[]>();
  for (const i of inputs) groups.set(i.from, [...(groups.get(i.from) ?? []), i]);
  for (const [from, list] of groups) {
    if (from === 'header') {
      for (const i of list) out.push(`const ${i.v} = ${cast(fw, `${req}.get('${i.key ?? i.v}')`)};`);
      continue;
    }
    const obj = from === 'cookie' ? `${req}.cookies` : `${req}.${from}`;
    if (destructure && !fw.ts && list.every((i) => !i.key)) out.push(`const { ${list.map((i) => i.v).join(', ')} } = ${obj};`);
    else for (const i of list) out.push(`const ${i.v} = ${cast(fw, `${obj}.${i.key ?? i.v}`)};`);
  }
  return out;
}

export const indent = (lines: string[], by = '  ') => lines.flatMap((l) => l.split('\n')).map((l) => (l ? by + l : l));

function express(id: string, ext: Framework['ext'], esm: boolean, ts: boolean, router: boolean): Framework {
  const app = router ? 'router' : 'app';
  const fw: Framework = {
    id,
    ext,
    esm,
    ts,
    callbacks: true,
    req: 'req',
    imports: [ts ? { mod: 'express', def: 'express', names: ['Request', 'Response'] } : { mod: 'express', def: 'express' }],
    setup: router ? ['const router = express.Router();'] : ['const app = express();', 'app.use(express.json());'],
    route(r) {
      const params = ts ? '(req: Request, res: Response)' : '(req, res)';
      const isAsync = r.body.some((l) => /\bawait\b/.test(l));
      return [
        `${app}.${r.method}('${r.path}', ${isAsync ? 'async ' : ''}${params} => {`,
        ...indent([...expressRead(fw, r.inputs, 'req', r.inputs.length > 1 && id.length % 2 === 0), ...r.body]),
        '});',
      ];
    },
    tail: router ? [esm ? 'export default router;' : 'module.exports = router;'] : ['app.listen(3000);'],
    html: (e) => `res.send(${e});`,
    text: (e) => `res.type('text/plain').send(${e});`,
    json: (e) => `res.json(${e});`,
    redirect: (e) => `res.redirect(${e});`,
    fail: (s, m) => `return res.status(${s}).send('${m}');`,
  };
  return fw;
}

function koa(): Framework {
  return {
    id: 'koa',
    ext: 'js',
    esm: false,
    ts: false,
    callbacks: false,
    req: 'ctx.request',
    imports: [
      { mod: 'koa', def: 'Koa' },
      { mod: '@koa/router', def: 'Router' },
      { mod: 'koa-bodyparser', def: 'bodyParser' },
    ],
    setup: ['const app = new Koa();', 'const router = new Router();', 'app.use(bodyParser());'],
    route(r) {
      const read = r.inputs.map((i) => {
        const key = i.key ?? i.v;
        if (i.from === 'body') return `const ${i.v} = ctx.request.body.${key};`;
        if (i.from === 'header') return `const ${i.v} = ctx.get('${key}');`;
        if (i.from === 'cookie') return `const ${i.v} = ctx.cookies.get('${key}');`;
        return `const ${i.v} = ctx.${i.from}.${key};`;
      });
      return [`router.${r.method}('${r.path}', async (ctx) => {`, ...indent([...read, ...r.body]), '});'];
    },
    tail: ['app.use(router.routes()).use(router.allowedMethods());', 'app.listen(3000);'],
    html: (e) => `ctx.type = 'html';\nctx.body = ${e};`,
    text: (e) => `ctx.body = ${e};`,
    json: (e) => `ctx.body = ${e};`,
    redirect: (e) => `ctx.redirect(${e});`,
    fail: (s, m) => `ctx.throw(${s}, '${m}');`,
  };
}

function fastify(ts: boolean): Framework {
  return {
    id: ts ? 'fastify-ts' : 'fastify',
    ext: ts ? 'ts' : 'mjs',
    esm: true,
    ts,
    callbacks: false,
    req: 'request',
    imports: [ts ? { mod: 'fastify', def: 'Fastify', names: ['FastifyRequest', 'FastifyReply'] } : { mod: 'fastify', def: 'Fastify' }],
    setup: ['const app = Fastify({ logger: true });'],
    route(r) {
      const read = r.inputs.map((i) => {
        const key = i.key ?? i.v;
        if (i.from === 'header') return `const ${i.v} = ${cast({ ts }, `request.headers['${key.toLowerCase()}']`)};`;
        if (i.from === 'cookie') return `const ${i.v} = ${cast({ ts }, `request.cookies.${key}`)};`;
        return ts
          ? `const { ${i.key ? `${key}: ${i.v}` : key} } = request.${i.from} as { ${key}: string };`
          : `const ${i.v} = request.${i.from}.${key};`;
      });
      const params = ts ? '(request: FastifyRequest, reply: FastifyReply)' : '(request, reply)';
      return [`app.${r.method}('${r.path}', async ${params} => {`, ...indent([...read, ...r.body]), '});'];
    },
    tail: ['await app.listen({ port: 3000 });'],
    html: (e) => `return reply.type('text/html').send(${e});`,
    text: (e) => `return reply.send(${e});`,
    json: (e) => `return ${e};`,
    redirect: (e) => `return reply.redirect(${e});`,
    fail: (s, m) => `return reply.code(${s}).send('${m}');`,
  };
}

function nextPages(ts: boolean): Framework {
  return {
    id: ts ? 'next-pages-ts' : 'next-pages',
    ext: ts ? 'ts' : 'js',
    esm: true,
    ts,
    callbacks: true,
    req: 'req',
    imports: ts ? [{ mod: 'next', names: ['NextApiRequest', 'NextApiResponse'] }] : [],
    setup: [],
    route(r) {
      const params = ts ? '(req: NextApiRequest, res: NextApiResponse)' : '(req, res)';
      const read = r.inputs.map((i) => {
        const key = i.key ?? i.v;
        if (i.from === 'header') return `const ${i.v} = ${cast({ ts }, `req.headers['${key.toLowerCase()}']`)};`;
        if (i.from === 'params') return `const ${i.v} = ${cast({ ts }, `req.query.${key}`)};`;
        if (i.from === 'cookie') return `const ${i.v} = req.cookies.${key};`;
        return `const ${i.v} = ${cast({ ts }, `req.${i.from}.${key}`)};`;
      });
      const method = r.method.toUpperCase();
      return [
        `export default async function handler${params} {`,
        ...indent([
          `if (req.method !== '${method}') {`,
          `  return res.status(405).end();`,
          '}',
          ...read,
          ...r.body,
        ]),
        '}',
      ];
    },
    tail: [],
    html: (e) => `res.setHeader('Content-Type', 'text/html');\nres.status(200).send(${e});`,
    text: (e) => `res.status(200).send(${e});`,
    json: (e) => `res.status(200).json(${e});`,
    redirect: (e) => `res.redirect(302, ${e});`,
    fail: (s, m) => `return res.status(${s}).json({ error: '${m}' });`,
  };
}

function nextApp(): Framework {
  return {
    id: 'next-app',
    ext: 'ts',
    esm: true,
    ts: true,
    callbacks: false,
    req: 'request',
    imports: [{ mod: 'next/server', names: ['NextRequest', 'NextResponse'] }],
    setup: [],
    route(r) {
      const read: string[] = [];
      if (r.inputs.some((i) => i.from === 'body')) read.push('const payload = await request.json();');
      for (const i of r.inputs) {
        const key = i.key ?? i.v;
        if (i.from === 'body') read.push(`const ${i.v} = payload.${key};`);
        else if (i.from === 'header') read.push(`const ${i.v} = request.headers.get('${key}') ?? '';`);
        else if (i.from === 'cookie') read.push(`const ${i.v} = request.cookies.get('${key}')?.value ?? '';`);
        else read.push(`const ${i.v} = request.nextUrl.searchParams.get('${key}') ?? '';`);
      }
      return [`export async function ${r.method.toUpperCase()}(request: NextRequest) {`, ...indent([...read, ...r.body]), '}'];
    },
    tail: [],
    html: (e) => `return new NextResponse(${e}, { headers: { 'Content-Type': 'text/html' } });`,
    text: (e) => `return new NextResponse(${e});`,
    json: (e) => `return NextResponse.json(${e});`,
    redirect: (e) => `return NextResponse.redirect(new URL(${e}, request.url));`,
    fail: (s, m) => `return NextResponse.json({ error: '${m}' }, { status: ${s} });`,
  };
}

/** Browser code: inputs come from the page address or a postMessage event; answers go into the DOM. */
function browser(): Framework {
  return {
    id: 'browser',
    ext: 'js',
    esm: false,
    ts: false,
    callbacks: true,
    req: 'window',
    imports: [],
    setup: [],
    route(r) {
      const fromMessage = r.inputs.some((i) => i.from === 'body');
      const read = r.inputs.map((i) => {
        const key = i.key ?? i.v;
        if (i.from === 'body') return `const ${i.v} = event.data.${key};`;
        if (i.from === 'params') return `const ${i.v} = decodeURIComponent(window.location.hash.slice(1));`;
        return `const ${i.v} = new URLSearchParams(window.location.search).get('${key}') || '';`;
      });
      const name = r.path.replace(/[^a-zA-Z]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')) || 'Page';
      if (fromMessage) {
        return ['window.addEventListener(\'message\', (event) => {', ...indent([...read, ...r.body]), '});'];
      }
      return [`function render${name[0]!.toUpperCase()}${name.slice(1)}() {`, ...indent([...read, ...r.body]), '}', '', `document.addEventListener('DOMContentLoaded', render${name[0]!.toUpperCase()}${name.slice(1)});`];
    },
    tail: [],
    html: (e) => `document.getElementById('content').innerHTML = ${e};`,
    text: (e) => `document.getElementById('content').textContent = ${e};`,
    json: (e) => `console.log(${e});`,
    redirect: (e) => `window.location.href = ${e};`,
    fail: (_s, m) => `return console.warn('${m}');`,
  };
}

/** A React component reading the page address; answers are JSX. */
function react(ts: boolean): Framework {
  return {
    id: ts ? 'react-ts' : 'react',
    ext: ts ? 'tsx' : 'jsx',
    esm: true,
    ts,
    callbacks: false,
    req: 'window',
    imports: [{ mod: 'react', def: 'React' }],
    setup: [],
    route(r) {
      const read = r.inputs.map((i) => `const ${i.v} = new URLSearchParams(window.location.search).get('${i.key ?? i.v}') || '';`);
      const name = r.path.replace(/[^a-zA-Z]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')) || 'Page';
      return [`export default function ${name[0]!.toUpperCase()}${name.slice(1)}() {`, ...indent([...read, ...r.body]), '}'];
    },
    tail: [],
    html: (e) => `return <div className="content" dangerouslySetInnerHTML={{ __html: ${e} }} />;`,
    text: (e) => `return <div className="content">{${e}}</div>;`,
    json: (e) => `return <pre>{JSON.stringify(${e})}</pre>;`,
    redirect: (e) => `window.location.replace(${e});\nreturn null;`,
    fail: (_s, m) => `return <p className="error">${m}</p>;`,
  };
}

export const FRAMEWORKS: Record<string, Framework> = Object.fromEntries(
  [
    express('express', 'js', false, false, false),
    express('express-esm', 'mjs', true, false, false),
    express('express-ts', 'ts', true, true, false),
    express('express-router', 'cjs', false, false, true),
    koa(),
    fastify(false),
    fastify(true),
    nextPages(false),
    nextPages(true),
    nextApp(),
    browser(),
    react(false),
    react(true),
  ].map((f) => [f.id, f]),
);

/** The server frameworks in the order scenarios rotate through them. */
export const SERVER_ROTATION = [
  'express',
  'koa',
  'fastify',
  'express-ts',
  'next-pages',
  'express-esm',
  'fastify-ts',
  'express-router',
  'next-app',
  'next-pages-ts',
];
