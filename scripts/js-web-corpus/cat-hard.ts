// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are generated JavaScript, whose template literals are meant
/**
 * Harder cases, written one by one rather than from the shared patterns:
 * flows through array building, `Object.assign`, class fields, `URL`
 * resolution, object-form headers, positional credentials; and safe code
 * whose safety takes a lookup table, a local escaping helper or a fixed
 * origin to see. Each is rendered once.
 */
import type { Framework } from './frameworks.js';
import type { Scenario } from './render.js';

const EXPRESS = ['express', 'express-esm', 'express-ts', 'express-router'];
const once = (build: (fw: Framework) => ReturnType<Scenario['build']>, only: readonly string[] = EXPRESS, cwe?: number): Scenario => ({
  only,
  copies: 1,
  ...(cwe ? { cwe } : {}),
  build,
});

export const HARD: Record<string, { vulnerable: Scenario[]; safe: Scenario[] }> = {
  cmdi: {
    vulnerable: [
      once((fw) => ({
        doc: 'Repository import: the command is assembled from an array of parts.',
        imports: [{ mod: 'child_process', names: ['execSync'] }],
        method: 'post',
        path: '/repos/import',
        inputs: [{ v: 'repo', from: 'body' }],
        body: ["const parts = ['git', 'clone', '--depth', '1', repo, '/srv/repos/incoming'];", "!execSync(parts.join(' '));", fw.json("{ status: 'cloned' }")],
      })),
      once((fw) => ({
        doc: 'Print job kept on a class instance, run later through the shell.',
        imports: [{ mod: 'child_process', names: ['exec'] }],
        pre: [
          'class PrintJob {',
          '  constructor(printer) {',
          '    this.printer = printer;',
          '  }',
          '  submit(file, done) {',
          '    // expect: CWE-78',
          '    exec(`lp -d ${this.printer} ${file}`, done);',
          '  }',
          '}',
        ],
        method: 'post',
        path: '/print',
        inputs: [{ v: 'printer', from: 'body' }],
        body: ['const job = new PrintJob(printer);', "job.submit('/srv/docs/invoice.pdf', () => {});", fw.json('{ queued: true }')],
      })),
    ],
    safe: [
      once((fw) => ({
        doc: 'Repository import with execFile and an argument list; `--` ends the options.',
        imports: [{ mod: 'child_process', names: ['execFileSync'] }],
        method: 'post',
        path: '/repos/import',
        inputs: [{ v: 'repo', from: 'body' }],
        body: ["!execFileSync('git', ['clone', '--depth', '1', '--', String(repo), '/srv/repos/incoming']);", fw.json("{ status: 'cloned' }")],
      })),
      once((fw) => ({
        doc: 'Printer chosen through a lookup table of known queues.',
        imports: [{ mod: 'child_process', names: ['execSync'] }],
        pre: ["const QUEUES = { front: 'hp-front-desk', back: 'brother-back-office' };"],
        method: 'post',
        path: '/print',
        inputs: [{ v: 'printer', from: 'body' }],
        body: [
          'const queue = Object.hasOwn(QUEUES, printer) ? QUEUES[printer] : QUEUES.front;',
          '!execSync(`lp -d ${queue} /srv/docs/invoice.pdf`);',
          fw.json('{ queued: queue }'),
        ],
      })),
    ],
  },
  sqli: {
    vulnerable: [
      once((fw) => ({
        doc: 'Report filters appended to a WHERE clause in a loop.',
        imports: [{ mod: 'pg', names: ['Pool'] }],
        pre: ['const pool = new Pool();'],
        path: '/reports/sales',
        inputs: [{ v: 'region', from: 'query' }, { v: 'channel', from: 'query' }],
        body: [
          "let sql = 'SELECT day, total FROM sales WHERE 1 = 1';",
          'for (const [column, value] of Object.entries({ region, channel })) {',
          '  if (value) sql += ` AND ${column} = \'${value}\'`;',
          '}',
          '!const { rows } = await pool.query(sql);',
          fw.json('rows'),
        ],
      })),
    ],
    safe: [
      once((fw) => ({
        doc: 'Sort column chosen through a map of known columns; the value is a parameter.',
        imports: [{ mod: 'pg', names: ['Pool'] }],
        pre: ['const pool = new Pool();', "const SORT_COLUMNS = { newest: 'created_at DESC', cheapest: 'price ASC' };"],
        path: '/products',
        inputs: [{ v: 'sort', from: 'query' }, { v: 'category', from: 'query' }],
        body: [
          'const order = SORT_COLUMNS[sort] ?? SORT_COLUMNS.newest;',
          '!const { rows } = await pool.query(`SELECT sku, price FROM products WHERE category = $1 ORDER BY ${order}`, [category]);',
          fw.json('rows'),
        ],
      })),
    ],
  },
  xss: {
    vulnerable: [
      once((fw) => ({
        doc: 'Tag list rendered from a comma-separated query value.',
        path: '/tags',
        inputs: [{ v: 'tags', from: 'query' }],
        body: [
          "const items = String(tags).split(',').map((t) => `<li>${t}</li>`).join('');",
          M(fw.html('`<ul class="tags">${items}</ul>`')),
        ],
      })),
    ],
    safe: [
      once((fw) => ({
        doc: 'Tag list rendered with a local escaping helper.',
        pre: [
          'function escapeHtml(s) {',
          "  return String(s).replace(/[&<>\"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\"': '&quot;', \"'\": '&#39;' })[c]);",
          '}',
        ],
        path: '/tags',
        inputs: [{ v: 'tags', from: 'query' }],
        body: [
          "const items = String(tags).split(',').map((t) => `<li>${escapeHtml(t)}</li>`).join('');",
          M(fw.html('`<ul class="tags">${items}</ul>`')),
        ],
      })),
    ],
  },
  pathtraver: {
    vulnerable: [
      once((fw) => ({
        doc: 'Static files served from the decoded request path.',
        imports: [{ mod: 'fs/promises', names: ['readFile'] }, { mod: 'path', def: 'path' }],
        pre: ["const PUBLIC = path.resolve('public');"],
        path: '/static/*',
        body: [`const rel = decodeURIComponent(${fw.req}.path.slice('/static/'.length));`, "!const body = await readFile(path.join(PUBLIC, rel));", fw.text('body')],
      })),
    ],
    safe: [
      once((fw) => ({
        doc: 'Static files: only names from the manifest are served.',
        imports: [{ mod: 'fs/promises', names: ['readFile'] }, { mod: 'path', def: 'path' }],
        pre: ["const PUBLIC = path.resolve('public');", "const MANIFEST = new Map([['app.js', 'app.4f2a.js'], ['app.css', 'app.91bc.css']]);"],
        path: '/static/:name',
        inputs: [{ v: 'name', from: 'params' }],
        body: ['const file = MANIFEST.get(name);', 'if (!file) {', `  ${fw.fail(404, 'not found')}`, '}', '!const body = await readFile(path.join(PUBLIC, file));', fw.text('body')],
      })),
    ],
  },
  ssrf: {
    vulnerable: [
      once((fw) => ({
        doc: 'Internal API proxy: an absolute URL in the path replaces the base.',
        pre: ["const API_BASE = 'http://inventory.internal:8080/api/';"],
        path: '/proxy',
        inputs: [{ v: 'endpoint', from: 'query' }],
        body: ['const target = new URL(String(endpoint), API_BASE);', '!const upstream = await fetch(target);', fw.json('await upstream.json()')],
      })),
    ],
    safe: [
      once((fw) => ({
        doc: 'Internal API proxy: the endpoint is encoded into a path under a fixed base.',
        pre: ["const API_BASE = 'http://inventory.internal:8080';"],
        path: '/proxy',
        inputs: [{ v: 'sku', from: 'query' }],
        body: ['const target = new URL(`/api/items/${encodeURIComponent(String(sku))}`, API_BASE);', '!const upstream = await fetch(target);', fw.json('await upstream.json()')],
      })),
    ],
  },
  nosqli: {
    vulnerable: [
      once((fw) => ({
        doc: 'Product search passing the whole query object as the filter.',
        imports: [{ mod: './models/product', def: 'Product' }],
        method: 'post',
        path: '/products/search',
        body: [`!const found = await Product.find(${fw.req}.body.filter);`, fw.json('found')],
      })),
    ],
    safe: [
      once((fw) => ({
        doc: 'Product search building the filter from known fields as strings.',
        imports: [{ mod: './models/product', def: 'Product' }],
        method: 'post',
        path: '/products/search',
        inputs: [{ v: 'filter', from: 'body' }],
        body: [
          'const query = {};',
          "for (const field of ['brand', 'color']) {",
          '  if (filter && typeof filter[field] === \'string\') query[field] = filter[field];',
          '}',
          '!const found = await Product.find(query);',
          fw.json('found'),
        ],
      })),
    ],
  },
  cors: {
    vulnerable: [
      once(
        (fw) => ({
          doc: 'CORS headers set together as an object, echoing the Origin.',
          path: '/api/profile',
          body: [
            '!res.set({',
            "  'Access-Control-Allow-Origin': req.get('Origin'),",
            "  'Access-Control-Allow-Credentials': 'true',",
            '});',
            fw.json("{ name: 'Ada' }"),
          ],
        }),
        EXPRESS,
      ),
    ],
    safe: [],
  },
  secrets: {
    vulnerable: [
      once((fw) => ({
        doc: 'Sequelize connection with the password passed positionally.',
        imports: [{ mod: 'sequelize', names: ['Sequelize'] }],
        pre: ["!const sequelize = new Sequelize('shop', 'admin', 'Sh0pAdm1n!2024', { host: 'db.internal', dialect: 'postgres' });"],
        path: '/health',
        body: ['await sequelize.authenticate();', fw.json('{ ok: true }')],
      })),
    ],
    safe: [],
  },
  tls: {
    vulnerable: [
      once((fw) => ({
        doc: 'The global HTTPS agent is told to accept any certificate.',
        imports: [{ mod: 'https', def: 'https' }],
        pre: ['!https.globalAgent.options.rejectUnauthorized = false;'],
        path: '/rates',
        body: ["const reply = await fetch('https://rates.partner.example/latest');", fw.json('await reply.json()')],
      })),
    ],
    safe: [],
  },
  weakcrypto: {
    vulnerable: [
      once(
        (fw) => ({
          doc: 'Password hashed with PBKDF2 at 1000 iterations of SHA-1.',
          imports: [{ mod: 'crypto', def: 'crypto' }, { mod: './db', names: ['users'] }],
          method: 'post',
          path: '/register',
          inputs: [{ v: 'email', from: 'body' }, { v: 'password', from: 'body' }],
          body: [
            'const salt = crypto.randomBytes(16);',
            "!const hash = crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha1');",
            "await users.insert({ email, salt: salt.toString('hex'), hash: hash.toString('hex') });",
            fw.json('{ ok: true }'),
          ],
        }),
        EXPRESS,
        916,
      ),
    ],
    safe: [
      once((fw) => ({
        doc: 'Git blob ids, which the git protocol defines as SHA-1 of the content.',
        imports: [{ mod: 'crypto', def: 'crypto' }],
        pre: [
          'function gitBlobId(content) {',
          '  const body = Buffer.from(content);',
          '  // ok: CWE-327',
          "  return crypto.createHash('sha1').update(`blob ${body.length}\\0`).update(body).digest('hex');",
          '}',
        ],
        method: 'post',
        path: '/blobs',
        inputs: [{ v: 'content', from: 'body' }],
        body: [fw.json('{ oid: gitBlobId(String(content)) }')],
      })),
    ],
  },
  cookie: {
    vulnerable: [
      once((fw) => ({
        doc: 'Login cookie whose options come from a helper that leaves Secure out.',
        imports: [{ mod: 'crypto', def: 'crypto' }],
        pre: ['function sessionCookieOptions() {', '  return { httpOnly: true, sameSite: "lax", maxAge: 8 * 3600 * 1000 };', '}'],
        method: 'post',
        path: '/login',
        body: ["const sid = crypto.randomBytes(24).toString('hex');", "!res.cookie('sid', sid, sessionCookieOptions());", fw.json('{ ok: true }')],
      }), EXPRESS, 614),
    ],
    safe: [],
  },
  jwt: {
    vulnerable: [
      once((fw) => ({
        doc: 'Token check whose verify options are built by a helper without algorithms.',
        imports: [{ mod: 'jsonwebtoken', def: 'jwt' }, { mod: 'fs', def: 'fs' }],
        pre: [
          "const PUBLIC_KEY = fs.readFileSync('keys/auth-public.pem');",
          'function verifyOptions(audience) {',
          "  return { issuer: 'auth.example.com', audience };",
          '}',
        ],
        path: '/me',
        inputs: [{ v: 'token', from: 'header', key: 'X-Auth-Token' }],
        body: ["!const claims = jwt.verify(token, PUBLIC_KEY, verifyOptions('shop'));", fw.json('{ sub: claims.sub }')],
      })),
    ],
    safe: [],
  },
  weakrand: {
    vulnerable: [
      once((fw) => ({
        doc: 'Password reset token stored on the user document through set().',
        imports: [{ mod: './models/user', def: 'User' }],
        method: 'post',
        path: '/password/forgot',
        inputs: [{ v: 'email', from: 'body' }],
        body: [
          'const user = await User.findOne({ email: String(email) });',
          "!user.set('resetToken', Math.random().toString(36).slice(2));",
          'await user.save();',
          fw.json('{ sent: true }'),
        ],
      })),
      once((fw) => ({
        doc: 'Content-Security-Policy nonce drawn from Math.random.',
        path: '/',
        body: [
          '!const nonce = Math.random().toString(36).slice(2);',
          "res.setHeader('Content-Security-Policy', `script-src 'nonce-${nonce}'`);",
          fw.html('`<script nonce="${nonce}" src="/app.js"></script>`'),
        ],
      })),
    ],
    safe: [],
  },
};

function M(statement: string): string {
  const lines = statement.split('\n');
  lines[lines.length - 1] = `!${lines[lines.length - 1]}`;
  return lines.join('\n');
}
