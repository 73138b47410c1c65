// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are generated JavaScript, whose template literals are meant
/** The injection categories: their sinks, sanitizers and hand-written extra cases. */
import type { Framework } from './frameworks.js';
import { injectionScenarios, type SinkSpec } from './injection.js';
import { M, type Scenario } from './render.js';

export interface Category {
  name: string;
  cwe: number;
  vulnerable: Scenario[];
  safe: Scenario[];
}

const CALLBACK_FWS = ['express', 'express-esm', 'express-ts', 'express-router', 'next-pages', 'next-pages-ts'];
const EXPRESS_FWS = ['express', 'express-esm', 'express-ts', 'express-router'];
const BROWSER = ['browser'];
const json = (fw: Framework, e: string) => fw.json(e);

// ------------------------------------------------------------------ command injection

const cmdiSinks: SinkSpec[] = [
  {
    doc: 'Thumbnail generation with ImageMagick',
    imports: [{ mod: 'child_process', names: ['execSync'] }],
    path: '/thumbnail',
    input: { v: 'file', from: 'query' },
    payload: (x) => `'convert uploads/' + ${x} + ' -resize 128x128 thumbs/out.png'`,
    sink: (p, fw) => [`!const output = execSync(${p}, { encoding: 'utf8' });`, json(fw, '{ output }')],
    constant: "'avatar.png'",
    allowed: ['avatar.png', 'banner.png'],
  },
  {
    doc: 'Network diagnostics endpoint',
    imports: [
      { mod: 'child_process', names: ['exec'] },
      { mod: 'util', names: ['promisify'] },
    ],
    pre: ['const run = promisify(exec);'],
    path: '/diagnostics/ping',
    input: { v: 'host', from: 'query' },
    payload: (x) => `\`ping -c 2 \${${x}}\``,
    sink: (p, fw) => [`!const { stdout } = await run(${p});`, json(fw, '{ result: stdout }')],
    constant: "'127.0.0.1'",
    allowed: ['127.0.0.1', 'gateway.internal'],
  },
  {
    doc: 'Git history for a branch',
    imports: [{ mod: 'node:child_process', ns: 'cp' }],
    path: '/repo/log',
    input: { v: 'branch', from: 'query' },
    payload: (x) => `'git log --oneline -n 20 ' + ${x}`,
    sink: (p, fw) => [`!const log = cp.execSync(${p}).toString();`, json(fw, "{ commits: log.split('\\n') }")],
    constant: "'main'",
    allowed: ['main', 'develop'],
  },
  {
    doc: 'Archive export through a shell pipeline',
    imports: [{ mod: 'child_process', names: ['spawn'] }],
    method: 'post',
    path: '/export',
    input: { v: 'folder', from: 'body' },
    payload: (x) => `'tar czf /tmp/export.tgz ' + ${x} + ' && echo done'`,
    sink: (p, fw) => [
      `!const child = spawn(${p}, { shell: true });`,
      "const code = await new Promise((resolve) => child.on('close', resolve));",
      json(fw, '{ code }'),
    ],
    constant: "'reports'",
    allowed: ['reports', 'invoices'],
  },
  {
    doc: 'Word count of a document via sh -c',
    imports: [{ mod: 'child_process', names: ['spawnSync'] }],
    path: '/docs/wc',
    input: { v: 'doc', from: 'query' },
    payload: (x) => `'wc -w docs/' + ${x}`,
    sink: (p, fw) => [`!const result = spawnSync('sh', ['-c', ${p}], { encoding: 'utf8' });`, json(fw, '{ words: result.stdout.trim() }')],
    constant: "'README.md'",
    allowed: ['README.md', 'CHANGELOG.md'],
  },
];

const cmdi = injectionScenarios(cmdiSinks, [
  {
    sink: 0,
    san: {
      doc: 'the file name must match a strict pattern',
      lines: (x) => [`if (!/^[a-z0-9_-]+\\.png$/i.test(${x})) {`, "  throw new Error('invalid file name');", '}', `const clean = ${x};`],
    },
  },
  {
    sink: 2,
    san: {
      doc: 'the branch name is quoted with shell-quote',
      imports: [{ mod: 'shell-quote', names: ['quote'] }],
      lines: (x) => [`const clean = quote([${x}]);`],
    },
  },
]);
cmdi.safe.push(
  {
    build: (fw) => ({
      doc: 'Thumbnail generation: execFile passes the name as one argument, no shell.',
      imports: [{ mod: 'child_process', names: ['execFile'] }, { mod: 'util', names: ['promisify'] }],
      pre: ['const execFileAsync = promisify(execFile);'],
      path: '/thumbnail',
      inputs: [{ v: 'file', from: 'query' }],
      body: [`!const { stdout } = await execFileAsync('convert', ['uploads/' + file, '-resize', '128x128', 'thumbs/out.png']);`, fw.json('{ stdout }')],
    }),
  },
  {
    build: (fw) => ({
      doc: 'DNS lookup through the resolver API instead of a shell.',
      imports: [{ mod: 'dns/promises', ns: 'dns' }, { mod: 'child_process', names: ['execSync'] }],
      path: '/diagnostics/dns',
      inputs: [{ v: 'host', from: 'query' }],
      body: ['const addresses = await dns.resolve4(host);', "!const uptime = execSync('uptime').toString();", fw.json('{ addresses, uptime }')],
    }),
  },
);
cmdi.vulnerable.push(
  {
    only: CALLBACK_FWS,
    build: (fw) => ({
      doc: 'Image conversion with a callback; the format comes from the form.',
      imports: [{ mod: 'child_process', def: 'childProcess' }],
      method: 'post',
      path: '/convert',
      inputs: [{ v: 'format', from: 'body' }],
      body: [
        "const target = 'out.' + format;",
        '!childProcess.exec(`convert in.png ${target}`, (err, stdout) => {',
        '  if (err) {',
        "    return res.status(500).send('conversion failed');",
        '  }',
        `  ${fw.json('{ stdout }')}`,
        '});',
      ],
    }),
  },
  {
    build: (fw) => ({
      doc: 'Backup job that builds its command from a helper taking the request.',
      imports: [{ mod: 'child_process', names: ['execSync'] }],
      pre: ['function backupCommand(options) {', "  return 'pg_dump ' + options.database + ' > /backups/' + options.database + '.sql';", '}'],
      method: 'post',
      path: '/backup',
      inputs: [{ v: 'database', from: 'body' }],
      body: ['const command = backupCommand({ database });', '!execSync(command);', fw.json("{ status: 'ok' }")],
    }),
  },
);

// ------------------------------------------------------------------ code injection

const codeSinks: SinkSpec[] = [
  {
    doc: 'Calculator endpoint',
    imports: [],
    path: '/calc',
    input: { v: 'expr', from: 'query' },
    payload: (x) => `'(' + ${x} + ')'`,
    sink: (p, fw) => [`!const result = eval(${p});`, json(fw, '{ result }')],
    constant: "'2 * 21'",
    allowed: ['1 + 1', '2 * 3'],
  },
  {
    doc: 'Pricing rules compiled from a formula',
    imports: [],
    method: 'post',
    path: '/pricing/preview',
    input: { v: 'formula', from: 'body' },
    payload: (x) => `'return ' + ${x} + ';'`,
    sink: (p, fw) => [`!const rule = new Function('price', 'qty', ${p});`, json(fw, '{ total: rule(10, 3) }')],
    constant: "'price * qty'",
    allowed: ['price * qty', 'price * qty * 0.9'],
  },
  {
    doc: 'Report expressions evaluated in a vm context',
    imports: [{ mod: 'vm', def: 'vm' }],
    path: '/reports/metric',
    input: { v: 'metric', from: 'query' },
    payload: (x) => `'Math.round(' + ${x} + ')'`,
    sink: (p, fw) => [`!const value = vm.runInNewContext(${p}, { Math, sales: 1200, costs: 800 });`, json(fw, '{ value }')],
    constant: "'sales - costs'",
    allowed: ['sales - costs', 'sales / costs'],
  },
  {
    doc: 'Widget loader reading its callback from the address',
    only: BROWSER,
    imports: [],
    path: '/widget',
    input: { v: 'callback', from: 'query' },
    payload: (x) => `${x} + '(window.widgetData)'`,
    sink: (p) => [`!setTimeout(${p}, 0);`],
    constant: "'renderWidget'",
    allowed: ['renderWidget', 'renderChart'],
  },
  {
    doc: 'Page settings evaluated from the fragment',
    only: BROWSER,
    imports: [],
    path: '/settings',
    input: { v: 'settings', from: 'params' },
    payload: (x) => `'(' + ${x} + ')'`,
    sink: (p) => [`!const config = eval(${p});`, 'applySettings(config);'],
    constant: "'{ theme: \"dark\" }'",
    allowed: ['{}', '{ compact: true }'],
  },
];
const codeinj = injectionScenarios(codeSinks, []);
codeinj.safe.push(
  {
    build: (fw) => ({
      doc: 'Filter definitions parsed as JSON, never evaluated.',
      method: 'post',
      path: '/filters',
      inputs: [{ v: 'filter', from: 'body' }],
      body: ['const parsed = JSON.parse(filter);', "!const total = eval('[1, 2, 3].length');", fw.json('{ parsed, total }')],
    }),
  },
  {
    only: BROWSER,
    build: () => ({
      doc: 'Messages from other windows are parsed as JSON after an origin check.',
      path: '/inbox',
      inputs: [{ v: 'payload', from: 'body' }],
      body: [
        "if (event.origin !== 'https://app.example.com') {",
        '  return;',
        '}',
        "!const message = typeof payload === 'string' ? JSON.parse(payload) : payload;",
        'showMessage(message);',
      ],
    }),
  },
  {
    build: (fw) => ({
      doc: 'Operators chosen from a lookup table of functions.',
      pre: ['const OPERATIONS = {', '  add: (a, b) => a + b,', '  mul: (a, b) => a * b,', '};'],
      path: '/calc/:op',
      inputs: [{ v: 'op', from: 'params' }],
      body: [
        'if (!Object.hasOwn(OPERATIONS, op)) {',
        `  ${fw.fail(400, 'unknown operation')}`,
        '}',
        '!const result = OPERATIONS[op](6, 7);',
        fw.json('{ result }'),
      ],
    }),
  },
);
codeinj.vulnerable.push({
  only: BROWSER,
  build: () => ({
    doc: 'A postMessage listener that runs the code it is sent.',
    path: '/bridge',
    inputs: [{ v: 'script', from: 'body' }],
    body: ["if (event.data.type === 'run') {", '  // eslint-disable-next-line no-new-func', '  !new Function(script)();', '}'],
  }),
});

// ------------------------------------------------------------------ SQL injection

const sqlSinks: SinkSpec[] = [
  {
    doc: 'Customer search on MySQL (mysql2)',
    imports: [{ mod: 'mysql2/promise', def: 'mysql' }],
    pre: ["const pool = mysql.createPool({ host: 'db', user: 'crm', password: process.env.DB_PASSWORD, database: 'crm' });"],
    path: '/customers',
    input: { v: 'country', from: 'query' },
    payload: (x) => `"SELECT id, name FROM customers WHERE country = '" + ${x} + "'"`,
    sink: (p, fw) => [`!const [rows] = await pool.query(${p});`, json(fw, 'rows')],
    constant: "'NL'",
    allowed: ['NL', 'BE'],
  },
  {
    doc: 'Order listing on PostgreSQL (pg)',
    imports: [{ mod: 'pg', names: ['Pool'] }],
    pre: ['const pool = new Pool({ connectionString: process.env.DATABASE_URL });'],
    path: '/orders',
    input: { v: 'status', from: 'query' },
    payload: (x) => `"SELECT * FROM orders WHERE status = '" + ${x} + "' ORDER BY created_at DESC"`,
    sink: (p, fw) => [`!const result = await pool.query(${p});`, json(fw, 'result.rows')],
    constant: "'shipped'",
    allowed: ['shipped', 'pending'],
  },
  {
    doc: 'Posts by author through knex.raw',
    imports: [{ mod: 'knex', def: 'knex' }],
    pre: ["const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });"],
    path: '/posts',
    input: { v: 'author', from: 'query' },
    payload: (x) => `\`SELECT title, slug FROM posts WHERE author = '\${${x}}'\``,
    sink: (p, fw) => [`!const result = await db.raw(${p});`, json(fw, 'result.rows')],
    constant: "'editorial'",
    allowed: ['editorial', 'staff'],
  },
  {
    doc: 'User lookup through sequelize.query',
    imports: [{ mod: 'sequelize', names: ['Sequelize', 'QueryTypes'] }],
    pre: ['const sequelize = new Sequelize(process.env.DATABASE_URL);'],
    path: '/users/by-email',
    input: { v: 'email', from: 'query' },
    payload: (x) => `"SELECT id, email, role FROM users WHERE email = '" + ${x} + "'"`,
    sink: (p, fw) => [`!const users = await sequelize.query(${p}, { type: QueryTypes.SELECT });`, json(fw, 'users')],
    constant: "'admin@example.com'",
    allowed: ['admin@example.com', 'ops@example.com'],
  },
  {
    doc: 'Inventory on SQLite (sqlite3), sorted by a column',
    only: CALLBACK_FWS,
    imports: [{ mod: 'sqlite3', def: 'sqlite3' }],
    pre: ["const db = new sqlite3.Database('inventory.db');"],
    path: '/inventory',
    input: { v: 'sort', from: 'query' },
    payload: (x) => `'SELECT sku, qty FROM stock ORDER BY ' + ${x}`,
    sink: (p, fw) => [`!db.all(${p}, (err, rows) => {`, '  if (err) {', "    return res.status(500).json({ error: 'query failed' });", '  }', `  ${fw.json('rows')}`, '});'],
    constant: "'sku'",
    allowed: ['sku', 'qty'],
  },
];
const sqli = injectionScenarios(sqlSinks, []);
const paramQueries: Array<{ doc: string; spec: number; body: (fw: Framework) => string[] }> = [
  {
    doc: 'mysql2 placeholders',
    spec: 0,
    body: (fw) => ["!const [rows] = await pool.query('SELECT id, name FROM customers WHERE country = ?', [country]);", fw.json('rows')],
  },
  {
    doc: 'pg parameters',
    spec: 1,
    body: (fw) => ["!const result = await pool.query('SELECT * FROM orders WHERE status = $1 ORDER BY created_at DESC', [status]);", fw.json('result.rows')],
  },
  {
    doc: 'knex.raw with bindings',
    spec: 2,
    body: (fw) => ["!const result = await db.raw('SELECT title, slug FROM posts WHERE author = ?', [author]);", fw.json('result.rows')],
  },
  {
    doc: 'the knex query builder',
    spec: 2,
    body: (fw) => ["!const rows = await db('posts').select('title', 'slug').where({ author });", fw.json('rows')],
  },
  {
    doc: 'sequelize replacements',
    spec: 3,
    body: (fw) => [
      "!const users = await sequelize.query('SELECT id, email, role FROM users WHERE email = :email', { replacements: { email }, type: QueryTypes.SELECT });",
      fw.json('users'),
    ],
  },
];
for (const pq of paramQueries) {
  const spec = sqlSinks[pq.spec]!;
  sqli.safe.push({
    build: (fw) => ({
      doc: `${spec.doc}: ${pq.doc} keep the value out of the SQL text.`,
      imports: spec.imports,
      pre: spec.pre ?? [],
      path: spec.path,
      inputs: [spec.input],
      body: pq.body(fw),
    }),
  });
}
sqli.vulnerable.push({
  build: (fw) => ({
    doc: 'Product search: the LIKE pattern is built by hand, the limit is a parameter.',
    imports: [{ mod: 'pg', names: ['Pool'] }],
    pre: ['const pool = new Pool();'],
    path: '/products/search',
    inputs: [{ v: 'term', from: 'query' }],
    body: [
      "const sql = `SELECT sku, title FROM products WHERE title ILIKE '%${term}%' LIMIT $1`;",
      '!const { rows } = await pool.query(sql, [50]);',
      fw.json('rows'),
    ],
  }),
});

// ------------------------------------------------------------------ path traversal

const pathSinks: SinkSpec[] = [
  {
    doc: 'Download of an uploaded file',
    imports: [{ mod: 'fs', def: 'fs' }, { mod: 'path', def: 'path' }],
    pre: ["const UPLOADS = '/srv/app/uploads';"],
    path: '/files',
    input: { v: 'name', from: 'query' },
    payload: (x) => `path.join(UPLOADS, ${x})`,
    sink: (p, fw) => [`!const data = fs.readFileSync(${p}, 'utf8');`, fw.text('data')],
    constant: "'terms.txt'",
    allowed: ['terms.txt', 'privacy.txt'],
  },
  {
    doc: 'Monthly report reader',
    imports: [{ mod: 'fs/promises', names: ['readFile'] }],
    pre: ["const REPORTS = '/var/reports';"],
    path: '/reports/:month',
    input: { v: 'month', from: 'params' },
    payload: (x) => `REPORTS + '/' + ${x} + '.csv'`,
    sink: (p, fw) => [`!const csv = await readFile(${p}, 'utf8');`, fw.text('csv')],
    constant: "'2024-01'",
    allowed: ['2024-01', '2024-02'],
  },
  {
    doc: 'Static help pages',
    only: EXPRESS_FWS,
    imports: [{ mod: 'path', def: 'path' }],
    path: '/help',
    input: { v: 'page', from: 'query' },
    payload: (x) => `path.resolve('help', ${x} + '.html')`,
    sink: (p) => [`!res.sendFile(${p});`],
    constant: "'index'",
    allowed: ['index', 'faq'],
  },
  {
    doc: 'Note storage on disk',
    imports: [{ mod: 'node:fs', def: 'fs' }, { mod: 'node:path', def: 'path' }],
    pre: ["const NOTES = path.resolve('data', 'notes');"],
    method: 'post',
    path: '/notes',
    input: { v: 'title', from: 'body' },
    payload: (x) => `path.join(NOTES, ${x} + '.md')`,
    sink: (p, fw) => [`!await fs.promises.writeFile(${p}, '# new note\\n');`, fw.json('{ saved: true }')],
    constant: "'inbox'",
    allowed: ['inbox', 'todo'],
  },
  {
    doc: 'Streaming a log file',
    only: CALLBACK_FWS,
    imports: [{ mod: 'fs', names: ['createReadStream'] }],
    pre: ["const LOG_DIR = '/var/log/app/';"],
    path: '/logs',
    input: { v: 'file', from: 'query' },
    payload: (x) => `LOG_DIR + ${x}`,
    sink: (p) => [`!const stream = createReadStream(${p});`, "stream.on('error', () => res.status(404).end());", 'stream.pipe(res);'],
    constant: "'app.log'",
    allowed: ['app.log', 'error.log'],
  },
];
const pathtraver = injectionScenarios(pathSinks, [
  { sink: 0, san: { doc: 'path.basename keeps only the file name', lines: (x) => [`const clean = path.basename(${x});`] } },
  {
    sink: 3,
    san: { doc: 'path.basename of the title under the notes folder', lines: (x) => [`const clean = path.basename(String(${x}));`] },
  },
]);
pathtraver.safe.push({
  build: (fw) => ({
    doc: 'Download: the resolved path must stay inside the uploads folder.',
    imports: [{ mod: 'fs', def: 'fs' }, { mod: 'path', def: 'path' }],
    pre: ["const UPLOADS = path.resolve('/srv/app/uploads');"],
    path: '/files',
    inputs: [{ v: 'name', from: 'query' }],
    body: [
      'const target = path.resolve(UPLOADS, String(name));',
      'if (!target.startsWith(UPLOADS + path.sep)) {',
      `  ${fw.fail(403, 'forbidden')}`,
      '}',
      "!const data = fs.readFileSync(target, 'utf8');",
      fw.text('data'),
    ],
  }),
});
pathtraver.vulnerable.push(
  {
    build: (fw) => ({
      doc: 'Download: path.normalize does not stop ../ from leaving the folder.',
      imports: [{ mod: 'fs', def: 'fs' }, { mod: 'path', def: 'path' }],
      path: '/attachments',
      inputs: [{ v: 'file', from: 'query' }],
      body: ["const safe = path.normalize('attachments/' + file);", "!const data = fs.readFileSync(safe);", fw.text('data')],
    }),
  },
  {
    build: (fw) => ({
      doc: 'Avatar reader: removing the first ../ leaves ....// and later ones.',
      imports: [{ mod: 'fs/promises', ns: 'fsp' }],
      path: '/avatars',
      inputs: [{ v: 'img', from: 'query' }],
      body: ["const cleaned = String(img).replace('../', '');", "!const bytes = await fsp.readFile('/srv/avatars/' + cleaned);", fw.json("{ size: bytes.length }")],
    }),
  },
);

// ------------------------------------------------------------------ XSS

const xssSinks: SinkSpec[] = [
  {
    doc: 'Search results page',
    skip: ['react', 'react-ts'],
    imports: [],
    path: '/search',
    input: { v: 'q', from: 'query' },
    payload: (x) => `'<h1>Results for ' + ${x} + '</h1>'`,
    sink: (p, fw) => [M(fw.html(p))],
    constant: "'all products'",
    allowed: ['shoes', 'bags'],
  },
  {
    doc: 'Greeting written with res.write',
    only: CALLBACK_FWS,
    imports: [],
    path: '/hello',
    input: { v: 'name', from: 'query' },
    payload: (x) => `\`<p>Hello, \${${x}}!</p>\``,
    sink: (p) => ["res.setHeader('Content-Type', 'text/html');", `!res.write(${p});`, 'res.end();'],
    constant: "'guest'",
    allowed: ['guest', 'friend'],
  },
  {
    doc: 'Client-side greeting banner',
    only: BROWSER,
    imports: [],
    path: '/greeting',
    input: { v: 'user', from: 'query' },
    payload: (x) => `'<strong>Welcome back, ' + ${x} + '</strong>'`,
    sink: (p) => [`!document.querySelector('#greeting').innerHTML = ${p};`],
    constant: "'friend'",
    allowed: ['friend', 'guest'],
  },
  {
    doc: 'Legacy page writer',
    only: BROWSER,
    imports: [],
    path: '/legacy',
    input: { v: 'campaign', from: 'params' },
    payload: (x) => `'<div class="promo">' + ${x} + '</div>'`,
    sink: (p) => [`!document.write(${p});`],
    constant: "'spring-sale'",
    allowed: ['spring-sale', 'winter-sale'],
  },
  {
    doc: 'Product description rendered as HTML in React',
    only: ['react', 'react-ts'],
    imports: [],
    path: '/product-notes',
    input: { v: 'note', from: 'query' },
    payload: (x) => `'<em>' + ${x} + '</em>'`,
    sink: (p, fw) => [M(fw.html(p))],
    constant: "'No notes yet'",
    allowed: ['new', 'sale'],
  },
];
const xss = injectionScenarios(xssSinks, [
  {
    sink: 0,
    san: { doc: 'escape-html encodes the term', imports: [{ mod: 'escape-html', def: 'escapeHtml' }], lines: (x) => [`const clean = escapeHtml(${x});`] },
  },
  {
    sink: 2,
    san: { doc: 'DOMPurify cleans the markup', imports: [{ mod: 'dompurify', def: 'DOMPurify' }], lines: (x) => [`const clean = DOMPurify.sanitize(${x});`] },
  },
  {
    sink: 4,
    san: { doc: 'DOMPurify cleans the note', imports: [{ mod: 'dompurify', def: 'DOMPurify' }], lines: (x) => [`const clean = DOMPurify.sanitize(${x});`] },
  },
  { sink: 1, san: { doc: 'encodeURIComponent leaves no markup', lines: (x) => [`const clean = encodeURIComponent(${x});`] } },
]);
xss.safe.push(
  {
    only: BROWSER,
    build: () => ({
      doc: 'Client-side greeting written as text.',
      path: '/greeting',
      inputs: [{ v: 'user', from: 'query' }],
      body: ["!document.querySelector('#greeting').textContent = 'Welcome back, ' + user;"],
    }),
  },
  {
    only: ['react', 'react-ts'],
    build: (fw) => ({
      doc: 'Search term shown through JSX, which escapes it.',
      path: '/search-term',
      inputs: [{ v: 'q', from: 'query' }],
      body: [M(fw.text("'Results for ' + q"))],
    }),
  },
  {
    build: (fw) => ({
      doc: 'Search endpoint answering JSON, not HTML.',
      path: '/api/search',
      inputs: [{ v: 'q', from: 'query' }],
      body: [M(fw.json('{ query: q, results: [] }'))],
    }),
  },
);
xss.vulnerable.push(
  {
    only: BROWSER,
    build: () => ({
      doc: 'Chat widget inserting messages from the parent window.',
      path: '/chat',
      inputs: [{ v: 'text', from: 'body' }],
      body: ["const list = document.getElementById('messages');", "!list.insertAdjacentHTML('beforeend', '<li>' + text + '</li>');"],
    }),
  },
  {
    only: BROWSER,
    build: () => ({
      doc: 'Error banner replaced wholesale with the message from the address.',
      path: '/error',
      inputs: [{ v: 'message', from: 'query' }],
      body: ["const banner = document.getElementById('banner');", "!banner.outerHTML = '<div class=\"error\">' + message + '</div>';"],
    }),
  },
);

// ------------------------------------------------------------------ open redirect

const redirectSinks: SinkSpec[] = [
  {
    doc: 'Login follow-up redirect',
    skip: ['react', 'react-ts'],
    imports: [],
    path: '/login/done',
    input: { v: 'next', from: 'query' },
    payload: (x) => x,
    sink: (p, fw) => [M(fw.redirect(p))],
    constant: "'/dashboard'",
    allowed: ['/dashboard', '/settings'],
  },
  {
    doc: 'Tenant switcher',
    skip: ['browser', 'react', 'react-ts'],
    imports: [],
    path: '/switch',
    input: { v: 'tenant', from: 'query' },
    payload: (x) => `'https://' + ${x} + '.example.com/home'`,
    sink: (p, fw) => [M(fw.redirect(p))],
    constant: "'www'",
    allowed: ['eu', 'us'],
  },
  {
    doc: 'Logout redirect with a Location header',
    only: CALLBACK_FWS,
    imports: [],
    path: '/logout',
    input: { v: 'returnTo', from: 'query' },
    payload: (x) => x,
    sink: (p) => [`!res.writeHead(302, { Location: ${p} });`, 'res.end();'],
    constant: "'/'",
    allowed: ['/', '/goodbye'],
  },
  {
    doc: 'Client-side post-login navigation',
    only: BROWSER,
    imports: [],
    path: '/continue',
    input: { v: 'target', from: 'query' },
    payload: (x) => x,
    sink: (p) => [`!window.location.assign(${p});`],
    constant: "'/home'",
    allowed: ['/home', '/inbox'],
  },
];
const redirect = injectionScenarios(redirectSinks, [
  { sink: 0, san: { doc: 'the target is encoded into a fixed local path', lines: (x) => [`const clean = '/search?q=' + encodeURIComponent(${x});`] } },
]);
redirect.safe.push({
  build: (fw) => ({
    doc: 'Login follow-up: only same-origin paths are followed.',
    pre: ["const ORIGIN = 'https://shop.example.com';"],
    path: '/login/done',
    inputs: [{ v: 'next', from: 'query' }],
    body: [
      "const url = new URL(String(next || '/'), ORIGIN);",
      'if (url.origin !== ORIGIN) {',
      `  ${fw.fail(400, 'bad redirect')}`,
      '}',
      M(fw.redirect('url.pathname + url.search')),
    ],
  }),
});
redirect.vulnerable.push({
  build: (fw) => ({
    doc: 'Login follow-up: a leading-slash check still lets /\\evil.com through.',
    path: '/login/after',
    inputs: [{ v: 'next', from: 'query' }],
    body: [
      "if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//')) {",
      `  ${fw.fail(400, 'bad redirect')}`,
      '}',
      M(fw.redirect('next')),
    ],
  }),
});

// ------------------------------------------------------------------ SSRF

const ssrfSinks: SinkSpec[] = [
  {
    doc: 'Link preview fetcher',
    imports: [],
    path: '/preview',
    input: { v: 'url', from: 'query' },
    payload: (x) => x,
    sink: (p, fw) => [`!const response = await fetch(${p});`, 'const html = await response.text();', fw.json('{ length: html.length }')],
    constant: "'https://example.com/'",
    allowed: ['https://example.com/', 'https://example.org/'],
  },
  {
    doc: 'Service health probe',
    imports: [{ mod: 'axios', def: 'axios' }],
    path: '/health/upstream',
    input: { v: 'host', from: 'query' },
    unfit: { safe: [5] },
    payload: (x) => `'http://' + ${x} + ':8080/health'`,
    sink: (p, fw) => [`!const { data } = await axios.get(${p}, { timeout: 2000 });`, fw.json('data')],
    constant: "'orders.internal'",
    allowed: ['orders.internal', 'billing.internal'],
  },
  {
    doc: 'Webhook tester',
    imports: [{ mod: 'got', def: 'got' }],
    method: 'post',
    path: '/webhooks/test',
    input: { v: 'endpoint', from: 'body' },
    payload: (x) => x,
    sink: (p, fw) => [`!const reply = await got.post(${p}, { json: { ping: true } }).json();`, fw.json('reply')],
    constant: "'https://hooks.example.com/ping'",
    allowed: ['https://hooks.example.com/ping', 'https://hooks.example.com/test'],
  },
  {
    doc: 'Image proxy over http.get',
    only: CALLBACK_FWS,
    imports: [{ mod: 'http', def: 'http' }],
    path: '/img',
    input: { v: 'src', from: 'query' },
    unfit: { safe: [5] },
    payload: (x) => `'http://' + ${x}`,
    sink: (p) => [`!http.get(${p}, (upstream) => upstream.pipe(res));`],
    constant: "'cdn.example.com/logo.png'",
    allowed: ['cdn.example.com/logo.png', 'cdn.example.com/icon.png'],
  },
];
const ssrf = injectionScenarios(ssrfSinks, []);
ssrf.safe.push(
  {
    build: (fw) => ({
      doc: 'GitHub repositories of a user: fixed host, encoded path segment.',
      path: '/repos',
      inputs: [{ v: 'user', from: 'query' }],
      body: ['!const response = await fetch(`https://api.github.com/users/${encodeURIComponent(user)}/repos`);', fw.json('await response.json()')],
    }),
  },
  {
    build: (fw) => ({
      doc: 'Link preview restricted to an allow-list of hosts.',
      pre: ["const PREVIEW_HOSTS = new Set(['example.com', 'docs.example.com']);"],
      path: '/preview',
      inputs: [{ v: 'url', from: 'query' }],
      body: [
        'const parsed = new URL(String(url));',
        "if (parsed.protocol !== 'https:' || !PREVIEW_HOSTS.has(parsed.hostname)) {",
        `  ${fw.fail(400, 'host not allowed')}`,
        '}',
        "!const response = await fetch('https://' + parsed.hostname + parsed.pathname);",
        fw.json('{ status: response.status }'),
      ],
    }),
  },
);
ssrf.vulnerable.push({
  build: (fw) => ({
    doc: 'Avatar import: the URL is checked to be https but any host passes.',
    imports: [{ mod: 'axios', def: 'axios' }],
    method: 'post',
    path: '/avatar/import',
    inputs: [{ v: 'imageUrl', from: 'body' }],
    body: [
      "if (!String(imageUrl).startsWith('https://')) {",
      `  ${fw.fail(400, 'https only')}`,
      '}',
      "!const image = await axios.get(imageUrl, { responseType: 'arraybuffer' });",
      fw.json('{ bytes: image.data.length }'),
    ],
  }),
});

// ------------------------------------------------------------------ regex injection

const regexSinks: SinkSpec[] = [
  {
    doc: 'Product name filter',
    imports: [],
    pre: ["const PRODUCTS = ['red shoes', 'blue bag', 'green hat'];"],
    path: '/products/filter',
    input: { v: 'pattern', from: 'query' },
    payload: (x) => x,
    sink: (p, fw) => [`!const matcher = new RegExp(${p}, 'i');`, 'const hits = PRODUCTS.filter((name) => matcher.test(name));', fw.json('hits')],
    constant: "'shoes'",
    allowed: ['shoes', 'bag'],
  },
  {
    doc: 'Log grep',
    imports: [{ mod: 'fs', def: 'fs' }],
    path: '/logs/grep',
    input: { v: 'term', from: 'query' },
    payload: (x) => `'^.*' + ${x} + '.*$'`,
    sink: (p, fw) => [
      "const log = fs.readFileSync('/var/log/app.log', 'utf8');",
      `!const lines = log.match(new RegExp(${p}, 'gm')) || [];`,
      fw.json('{ count: lines.length }'),
    ],
    constant: "'ERROR'",
    allowed: ['ERROR', 'WARN'],
  },
  {
    doc: 'Username validation rule from the form',
    imports: [],
    method: 'post',
    path: '/validate',
    input: { v: 'rule', from: 'body' },
    payload: (x) => `'^(' + ${x} + ')$'`,
    sink: (p, fw) => [`!const ok = RegExp(${p}).test('alice_smith_2024');`, fw.json('{ ok }')],
    constant: "'[a-z_0-9]+'",
    allowed: ['[a-z]+', '[a-z0-9]+'],
  },
  {
    doc: 'Client-side list highlighting',
    only: BROWSER,
    imports: [],
    path: '/highlight',
    input: { v: 'word', from: 'query' },
    payload: (x) => x,
    sink: (p) => [
      `!const needle = new RegExp(${p}, 'g');`,
      "for (const item of document.querySelectorAll('li')) {",
      "  item.classList.toggle('hit', needle.test(item.textContent));",
      '}',
    ],
    constant: "'sale'",
    allowed: ['sale', 'new'],
  },
];
const regex = injectionScenarios(regexSinks, [
  {
    sink: 0,
    san: { doc: 'special characters are escaped first', lines: (x) => [`const clean = String(${x}).replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');`] },
  },
  {
    sink: 1,
    san: { doc: 'lodash escapeRegExp escapes the term', imports: [{ mod: 'lodash', def: '_' }], lines: (x) => [`const clean = _.escapeRegExp(${x});`] },
  },
]);
regex.safe.push({
  build: (fw) => ({
    doc: 'Product filter by substring, the regex is a constant.',
    pre: ["const PRODUCTS = ['red shoes', 'blue bag', 'green hat'];"],
    path: '/products/filter',
    inputs: [{ v: 'pattern', from: 'query' }],
    body: ["!const words = new RegExp('\\\\s+');", 'const hits = PRODUCTS.filter((name) => name.split(words).includes(String(pattern)));', fw.json('hits')],
  }),
});

// ------------------------------------------------------------------ prototype pollution

const protoSinks: SinkSpec[] = [
  {
    doc: 'Feature flag toggle per section',
    imports: [],
    pre: ['const flags = { search: {}, checkout: {}, beta: {} };'],
    method: 'post',
    path: '/flags/enable',
    input: { v: 'section', from: 'body' },
    payload: (x) => x,
    sink: (p, fw) => [`!flags[${p}].enabled = true;`, fw.json('flags')],
    constant: "'beta'",
    allowed: ['search', 'checkout'],
  },
  {
    doc: 'Per-language translation overrides',
    imports: [],
    pre: ["const translations = { en: { title: 'Shop' }, nl: { title: 'Winkel' } };"],
    method: 'put',
    path: '/i18n',
    input: { v: 'lang', from: 'body' },
    payload: (x) => x,
    sink: (p, fw) => [`const bucket = translations[${p}];`, "!bucket['title'] = 'Updated';", fw.json('{ ok: true }')],
    constant: "'en'",
    allowed: ['en', 'nl'],
  },
  {
    doc: 'User preference store keyed by user and setting',
    imports: [],
    pre: ['const preferences = {};'],
    method: 'post',
    path: '/prefs',
    input: { v: 'group', from: 'query' },
    payload: (x) => x,
    sink: (p, fw) => [`preferences[${p}] = preferences[${p}] || {};`, `!preferences[${p}]['updatedAt'] = Date.now();`, fw.json('{ saved: true }')],
    constant: "'display'",
    allowed: ['display', 'privacy'],
  },
  {
    doc: 'Client-side state restored from the fragment',
    only: BROWSER,
    imports: [],
    pre: ['const state = { filters: {}, sort: {} };'],
    path: '/restore',
    input: { v: 'panel', from: 'params' },
    payload: (x) => x,
    sink: (p) => [`!state[${p}].restored = true;`, 'render(state);'],
    constant: "'filters'",
    allowed: ['filters', 'sort'],
  },
];
const protopollution = injectionScenarios(protoSinks, [
  {
    sink: 0,
    san: {
      doc: 'prototype keys are refused',
      lines: (x) => [`if (${x} === '__proto__' || ${x} === 'constructor' || ${x} === 'prototype') {`, "  throw new Error('invalid section');", '}', `const clean = ${x};`],
    },
  },
  {
    sink: 1,
    san: {
      doc: 'only own keys of the table are accepted',
      lines: (x) => [`if (!Object.hasOwn(translations, ${x})) {`, "  throw new Error('unknown language');", '}', `const clean = ${x};`],
    },
  },
]);
protopollution.vulnerable.push(
  {
    build: (fw) => ({
      doc: 'Settings import with a recursive merge of the JSON body.',
      pre: [
        'const settings = { theme: { color: "blue" } };',
        '',
        'function merge(target, source) {',
        '  for (const key of Object.keys(source)) {',
        "    if (source[key] && typeof source[key] === 'object') {",
        '      if (!target[key]) target[key] = {};',
        '      merge(target[key], source[key]);',
        '    } else {',
        '      // expect: CWE-1321',
        '      target[key] = source[key];',
        '    }',
        '  }',
        '  return target;',
        '}',
      ],
      method: 'post',
      path: '/settings/import',
      inputs: [{ v: 'incoming', from: 'body', key: 'settings' }],
      body: ['merge(settings, incoming);', fw.json('settings')],
    }),
  },
  {
    build: (fw) => ({
      doc: 'Config editor setting a dotted path from the request.',
      pre: [
        'const config = { mail: { host: "smtp" }, cache: { ttl: 60 } };',
        '',
        'function setPath(obj, dotted, value) {',
        "  const parts = dotted.split('.');",
        '  let node = obj;',
        '  for (const part of parts.slice(0, -1)) {',
        '    node[part] = node[part] || {};',
        '    node = node[part];',
        '  }',
        '  // expect: CWE-1321',
        '  node[parts[parts.length - 1]] = value;',
        '}',
      ],
      method: 'post',
      path: '/config',
      inputs: [
        { v: 'key', from: 'body' },
        { v: 'value', from: 'body' },
      ],
      body: ['setPath(config, String(key), value);', fw.json('config')],
    }),
  },
);
protopollution.safe.push(
  {
    build: (fw) => ({
      doc: 'Preference store on a Map, which has no prototype keys to reach.',
      pre: ['const preferences = new Map();'],
      method: 'post',
      path: '/prefs',
      inputs: [{ v: 'group', from: 'query' }],
      body: ['const entry = preferences.get(group) ?? {};', "!entry['updatedAt'] = Date.now();", 'preferences.set(group, entry);', fw.json('{ saved: true }')],
    }),
  },
  {
    build: (fw) => ({
      doc: 'Flag table without a prototype: __proto__ is an ordinary missing key.',
      pre: ['const flags = Object.create(null);', "for (const name of ['search', 'checkout']) flags[name] = Object.create(null);"],
      method: 'post',
      path: '/flags/enable',
      inputs: [{ v: 'section', from: 'body' }],
      body: ['if (!(section in flags)) {', `  ${fw.fail(404, 'no such section')}`, '}', '!flags[section].enabled = true;', fw.json('{ ok: true }')],
    }),
  },
);

// ------------------------------------------------------------------ NoSQL injection

/** String conversion defeats operator injection, so the trimming pattern would be a safe file: those sinks concatenate. */
const nosqlSinks: SinkSpec[] = [
  {
    doc: 'Login against a mongoose model',
    imports: [{ mod: './models/user', def: 'User' }],
    method: 'post',
    path: '/login',
    input: { v: 'username', from: 'body' },
    unfit: { vulnerable: [1] },
    payload: (x) => x,
    sink: (p, fw) => [`!const user = await User.findOne({ username: ${p}, active: true });`, fw.json('{ found: Boolean(user) }')],
    constant: "'demo'",
    allowed: ['demo', 'guest'],
  },
  {
    doc: 'Order lookup with the MongoDB driver',
    imports: [{ mod: 'mongodb', names: ['MongoClient'] }],
    pre: ["const client = new MongoClient(process.env.MONGO_URL);", "const orders = client.db('shop').collection('orders');"],
    method: 'post',
    path: '/orders/find',
    input: { v: 'customerId', from: 'body' },
    unfit: { vulnerable: [1] },
    payload: (x) => x,
    sink: (p, fw) => [`!const found = await orders.find({ customerId: ${p} }).toArray();`, fw.json('found')],
    constant: "'c-1001'",
    allowed: ['c-1001', 'c-1002'],
  },
  {
    doc: 'Stock query with a $where expression',
    imports: [{ mod: './models/product', def: 'Product' }],
    path: '/stock',
    input: { v: 'category', from: 'query' },
    payload: (x) => `"this.category == '" + ${x} + "'"`,
    sink: (p, fw) => [`!const items = await Product.find({ $where: ${p} });`, fw.json('items')],
    constant: "'books'",
    allowed: ['books', 'games'],
  },
  {
    doc: 'Account removal by e-mail',
    imports: [{ mod: './models/user', def: 'User' }],
    method: 'delete',
    path: '/accounts',
    input: { v: 'email', from: 'body' },
    unfit: { vulnerable: [1] },
    payload: (x) => x,
    sink: (p, fw) => [`!const outcome = await User.deleteMany({ email: ${p} });`, fw.json('{ removed: outcome.deletedCount }')],
    constant: "'nobody@example.com'",
    allowed: ['test@example.com', 'demo@example.com'],
  },
];
const nosqli = injectionScenarios(nosqlSinks, [
  { sink: 0, san: { doc: 'the name is converted to a string', lines: (x) => [`const clean = String(${x});`] } },
  {
    sink: 1,
    san: { doc: 'mongo-sanitize strips operator keys', imports: [{ mod: 'mongo-sanitize', def: 'sanitize' }], lines: (x) => [`const clean = sanitize(${x});`] },
  },
  {
    sink: 3,
    san: {
      doc: 'anything but a string is refused',
      lines: (x) => [`if (typeof ${x} !== 'string') {`, "  throw new TypeError('email must be a string');", '}', `const clean = ${x};`],
    },
  },
]);
nosqli.vulnerable.push({
  build: (fw) => ({
    doc: 'Password reset: both fields go into the query as sent.',
    imports: [{ mod: './models/user', def: 'User' }],
    method: 'post',
    path: '/reset/confirm',
    inputs: [
      { v: 'email', from: 'body' },
      { v: 'resetToken', from: 'body' },
    ],
    body: ['!const account = await User.findOne({ email, resetToken });', 'if (!account) {', `  ${fw.fail(404, 'invalid token')}`, '}', fw.json('{ ok: true }')],
  }),
});

export const INJECTION: Category[] = [
  { name: 'cmdi', cwe: 78, ...cmdi },
  { name: 'codeinj', cwe: 95, ...codeinj },
  { name: 'sqli', cwe: 89, ...sqli },
  { name: 'pathtraver', cwe: 22, ...pathtraver },
  { name: 'xss', cwe: 79, ...xss },
  { name: 'redirect', cwe: 601, ...redirect },
  { name: 'ssrf', cwe: 918, ...ssrf },
  { name: 'regex', cwe: 1333, ...regex },
  { name: 'protopollution', cwe: 1321, ...protopollution },
  { name: 'nosqli', cwe: 943, ...nosqli },
];
