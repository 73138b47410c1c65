// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are generated JavaScript, whose template literals are meant
/**
 * The categories that are not flows from a request: weak randomness, weak
 * crypto, TLS verification, JWT verification, cookie flags, CORS and
 * hard-coded secrets. Each scenario is written once and rendered for two
 * frameworks (`copies` in gen.ts).
 */
import type { Category } from './cat-injection.js';
import type { Framework } from './frameworks.js';
import type { Scenario } from './render.js';

const EXPRESS = ['express', 'express-esm', 'express-ts', 'express-router'];
const CALLBACK = [...EXPRESS, 'next-pages', 'next-pages-ts'];
const s = (build: Scenario['build'], extra: Omit<Scenario, 'build'> = {}): Scenario => ({ ...extra, build });
const CRYPTO = { mod: 'crypto', def: 'crypto' };

// ------------------------------------------------------------------ weak randomness

const weakrand: Category = {
  name: 'weakrand',
  cwe: 330,
  vulnerable: [
    s((fw) => ({
      doc: 'Password reset: the token comes from Math.random.',
      imports: [{ mod: './store', names: ['saveResetToken'] }],
      method: 'post',
      path: '/password/forgot',
      inputs: [{ v: 'email', from: 'body' }],
      body: ['!const resetToken = Math.random().toString(36).slice(2);', 'await saveResetToken(email, resetToken);', fw.json('{ sent: true }')],
    })),
    s((fw) => ({
      doc: 'Session ids made from Math.random and the clock.',
      pre: ['function createSessionId() {', '  // expect: CWE-330', '  return Math.random().toString(16).substring(2) + Date.now().toString(16);', '}'],
      method: 'post',
      path: '/session',
      body: ['const sid = createSessionId();', fw.json('{ sid }')],
    })),
    s((fw) => ({
      doc: 'Temporary password generator for new accounts.',
      pre: [
        "const CHARSET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';",
        '',
        'function generatePassword(length) {',
        "  let out = '';",
        '  for (let i = 0; i < length; i++) {',
        '    // expect: CWE-330',
        '    out += CHARSET[Math.floor(Math.random() * CHARSET.length)];',
        '  }',
        '  return out;',
        '}',
      ],
      method: 'post',
      path: '/accounts',
      body: ['const temporaryPassword = generatePassword(12);', fw.json('{ temporaryPassword }')],
    })),
    s((fw) => ({
      doc: 'SMS login code drawn from Math.random.',
      imports: [{ mod: './sms', names: ['sendSms'] }],
      method: 'post',
      path: '/login/sms',
      inputs: [{ v: 'phone', from: 'body' }],
      body: ['!const otp = Math.floor(100000 + Math.random() * 900000);', 'await sendSms(phone, `Your code is ${otp}`);', fw.json('{ sent: true }')],
    })),
    s((fw) => ({
      doc: 'API key issued with hex digits from Math.random.',
      method: 'post',
      path: '/api-keys',
      body: ["!const apiKey = 'sk_' + Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');", fw.json('{ apiKey }')],
    })),
    s((fw) => ({
      doc: 'CSRF token for the form, from Math.random.',
      path: '/form',
      body: ['!const csrfToken = Math.random().toString(36).substr(2, 10);', fw.json('{ csrfToken }')],
    })),
    s((fw) => ({
      doc: 'Invitation codes from Math.random.',
      method: 'post',
      path: '/invites',
      body: ['!const inviteCode = Math.random().toString(36).substring(2, 10).toUpperCase();', fw.json('{ inviteCode }')],
    })),
    s((fw) => ({
      doc: 'Session token from a hand-rolled UUID built on Math.random.',
      pre: [
        'function uuidv4() {',
        "  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {",
        '    // expect: CWE-330',
        '    const r = (Math.random() * 16) | 0;',
        "    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);",
        '  });',
        '}',
      ],
      method: 'post',
      path: '/login',
      body: ['const sessionToken = uuidv4();', fw.json('{ sessionToken }')],
    })),
  ],
  safe: [
    s((fw) => ({
      doc: 'Password reset: the token comes from crypto.randomBytes.',
      imports: [CRYPTO, { mod: './store', names: ['saveResetToken'] }],
      method: 'post',
      path: '/password/forgot',
      inputs: [{ v: 'email', from: 'body' }],
      body: ["!const resetToken = crypto.randomBytes(32).toString('hex');", 'await saveResetToken(email, resetToken);', fw.json('{ sent: true }')],
    })),
    s((fw) => ({
      doc: 'Session ids from crypto.randomUUID.',
      imports: [{ mod: 'node:crypto', names: ['randomUUID'] }],
      method: 'post',
      path: '/session',
      body: ['!const sid = randomUUID();', fw.json('{ sid }')],
    })),
    s((fw) => ({
      doc: 'Temporary passwords with crypto.randomInt.',
      imports: [{ mod: 'crypto', names: ['randomInt'] }],
      pre: [
        "const CHARSET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';",
        '',
        'function generatePassword(length) {',
        "  let out = '';",
        '  for (let i = 0; i < length; i++) {',
        '    // ok: CWE-330',
        '    out += CHARSET[randomInt(CHARSET.length)];',
        '  }',
        '  return out;',
        '}',
      ],
      method: 'post',
      path: '/accounts',
      body: ['const temporaryPassword = generatePassword(12);', fw.json('{ temporaryPassword }')],
    })),
    s((fw) => ({
      doc: 'SMS login code from crypto.randomInt.',
      imports: [CRYPTO, { mod: './sms', names: ['sendSms'] }],
      method: 'post',
      path: '/login/sms',
      inputs: [{ v: 'phone', from: 'body' }],
      body: ['!const otp = crypto.randomInt(100000, 1000000);', 'await sendSms(phone, `Your code is ${otp}`);', fw.json('{ sent: true }')],
    })),
    s((fw) => ({
      doc: 'Retry with exponential backoff and random jitter.',
      imports: [{ mod: 'axios', def: 'axios' }],
      pre: [
        'async function fetchWithRetry(url, attempts = 4) {',
        '  for (let attempt = 0; ; attempt++) {',
        '    try {',
        '      return await axios.get(url, { timeout: 3000 });',
        '    } catch (err) {',
        '      if (attempt + 1 >= attempts) throw err;',
        '      // ok: CWE-330',
        '      const delay = 200 * 2 ** attempt + Math.floor(Math.random() * 100);',
        '      await new Promise((resolve) => setTimeout(resolve, delay));',
        '    }',
        '  }',
        '}',
      ],
      path: '/rates',
      body: ["const { data } = await fetchWithRetry('https://rates.example.com/latest');", fw.json('data')],
    })),
    s((fw) => ({
      doc: 'A/B test bucket chosen at random.',
      path: '/landing',
      body: ["!const variant = Math.random() < 0.5 ? 'A' : 'B';", fw.json('{ variant }')],
    })),
    s((fw) => ({
      doc: 'Quiz questions shuffled for display.',
      pre: ["const QUESTIONS = ['q1', 'q2', 'q3', 'q4', 'q5'];"],
      path: '/quiz',
      body: ['const order = [...QUESTIONS];', 'for (let i = order.length - 1; i > 0; i--) {', '  !const j = Math.floor(Math.random() * (i + 1));', '  [order[i], order[j]] = [order[j], order[i]];', '}', fw.json('order')],
    })),
    s((fw) => ({
      doc: 'Random avatar colour for new profiles.',
      pre: ["const COLORS = ['#e57373', '#64b5f6', '#81c784', '#ffd54f'];"],
      method: 'post',
      path: '/profiles',
      inputs: [{ v: 'displayName', from: 'body' }],
      body: ['!const color = COLORS[Math.floor(Math.random() * COLORS.length)];', fw.json('{ displayName, color }')],
    })),
  ],
};

// ------------------------------------------------------------------ weak crypto

const weakcrypto: Category = {
  name: 'weakcrypto',
  cwe: 327,
  vulnerable: [
    s(
      (fw) => ({
        doc: 'Registration storing an MD5 of the password.',
        imports: [CRYPTO, { mod: './db', names: ['users'] }],
        method: 'post',
        path: '/register',
        inputs: [{ v: 'email', from: 'body' }, { v: 'password', from: 'body' }],
        body: ["!const hash = crypto.createHash('md5').update(password).digest('hex');", 'await users.insert({ email, hash });', fw.json('{ ok: true }')],
      }),
      { cwe: 328 },
    ),
    s(
      (fw) => ({
        doc: 'Login comparing a salted SHA-1 of the password.',
        imports: [{ mod: 'crypto', names: ['createHash'] }, { mod: './db', names: ['users'] }],
        method: 'post',
        path: '/login',
        inputs: [{ v: 'email', from: 'body' }, { v: 'password', from: 'body' }],
        body: [
          'const user = await users.findByEmail(email);',
          "!const digest = createHash('sha1').update(user.salt + password).digest('hex');",
          fw.json('{ ok: digest === user.passwordHash }'),
        ],
      }),
      { cwe: 328 },
    ),
    s((fw) => ({
      doc: 'Card numbers encrypted with createCipher (no IV, MD5 key derivation).',
      imports: [CRYPTO],
      pre: ['const KEY = process.env.CARD_KEY;'],
      method: 'post',
      path: '/cards',
      inputs: [{ v: 'number', from: 'body' }],
      body: ["!const cipher = crypto.createCipher('aes-256-cbc', KEY);", "const sealed = cipher.update(number, 'utf8', 'hex') + cipher.final('hex');", fw.json('{ sealed }')],
    })),
    s((fw) => ({
      doc: 'Legacy export encrypted with single DES.',
      imports: [CRYPTO],
      pre: ["const KEY = Buffer.from(process.env.EXPORT_KEY, 'hex');"],
      path: '/export',
      body: [
        'const iv = crypto.randomBytes(8);',
        "!const cipher = crypto.createCipheriv('des-cbc', KEY, iv);",
        "const data = Buffer.concat([cipher.update('id,total\\n1,20\\n'), cipher.final()]);",
        fw.json("{ iv: iv.toString('hex'), data: data.toString('base64') }"),
      ],
    })),
    s((fw) => ({
      doc: 'Tokens encrypted with AES in ECB mode.',
      imports: [{ mod: 'node:crypto', names: ['createCipheriv'] }],
      pre: ["const TOKEN_KEY = Buffer.from(process.env.TOKEN_KEY, 'base64');"],
      method: 'post',
      path: '/tokens/wrap',
      inputs: [{ v: 'userId', from: 'body' }],
      body: ["!const cipher = createCipheriv('aes-128-ecb', TOKEN_KEY, null);", "const wrapped = Buffer.concat([cipher.update(String(userId)), cipher.final()]).toString('hex');", fw.json('{ wrapped }')],
    })),
    s((fw) => ({
      doc: 'Stream obfuscation with RC4.',
      imports: [CRYPTO],
      pre: ['const STREAM_KEY = process.env.STREAM_KEY;'],
      path: '/feed',
      body: ["!const rc4 = crypto.createCipheriv('rc4', STREAM_KEY, '');", "const body = rc4.update('latest feed', 'utf8', 'base64');", fw.json('{ body }')],
    })),
    s(
      (fw) => ({
        doc: 'Webhook signature computed as MD5(secret + body).',
        imports: [CRYPTO],
        pre: ['const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET;'],
        method: 'post',
        path: '/webhooks/outgoing',
        inputs: [{ v: 'event', from: 'body' }],
        body: ['const payload = JSON.stringify(event);', "!const signature = crypto.createHash('md5').update(WEBHOOK_SECRET + payload).digest('hex');", fw.json('{ payload, signature }')],
      }),
      { cwe: 328 },
    ),
    s((fw) => ({
      doc: 'Remember-me cookie decrypted with createDecipher.',
      imports: [CRYPTO],
      pre: ['const REMEMBER_SECRET = process.env.REMEMBER_SECRET;'],
      path: '/me',
      inputs: [{ v: 'remember', from: 'cookie' }],
      body: ["!const decipher = crypto.createDecipher('aes192', REMEMBER_SECRET);", "const userId = decipher.update(remember, 'hex', 'utf8') + decipher.final('utf8');", fw.json('{ userId }')],
    })),
  ],
  safe: [
    s((fw) => ({
      doc: 'ETag for a static file from an MD5 of its bytes (not a security control).',
      imports: [CRYPTO, { mod: 'fs', def: 'fs' }],
      path: '/logo.svg',
      body: ["const file = fs.readFileSync('public/logo.svg');", "!const etag = crypto.createHash('md5').update(file).digest('hex');", fw.json('{ etag }')],
    })),
    s((fw) => ({
      doc: 'Registration hashing the password with scrypt and a random salt.',
      imports: [CRYPTO, { mod: './db', names: ['users'] }],
      method: 'post',
      path: '/register',
      inputs: [{ v: 'email', from: 'body' }, { v: 'password', from: 'body' }],
      body: ['const salt = crypto.randomBytes(16);', '!const hash = crypto.scryptSync(password, salt, 64);', "await users.insert({ email, salt: salt.toString('hex'), hash: hash.toString('hex') });", fw.json('{ ok: true }')],
    })),
    s((fw) => ({
      doc: 'Card numbers sealed with AES-256-GCM and a fresh IV.',
      imports: [CRYPTO],
      pre: ["const KEY = Buffer.from(process.env.CARD_KEY, 'hex');"],
      method: 'post',
      path: '/cards',
      inputs: [{ v: 'number', from: 'body' }],
      body: [
        'const iv = crypto.randomBytes(12);',
        "!const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);",
        'const sealed = Buffer.concat([cipher.update(String(number)), cipher.final()]);',
        "fw.json",
      ].map((l) => (l === 'fw.json' ? fw.json("{ iv: iv.toString('hex'), tag: cipher.getAuthTag().toString('hex'), sealed: sealed.toString('hex') }") : l)),
    })),
    s((fw) => ({
      doc: 'Content-addressed upload names from SHA-256.',
      imports: [{ mod: 'crypto', names: ['createHash'] }],
      method: 'post',
      path: '/uploads',
      inputs: [{ v: 'content', from: 'body' }],
      body: ["!const name = createHash('sha256').update(String(content)).digest('hex');", fw.json('{ name }')],
    })),
    s((fw) => ({
      doc: 'Cache key for a proxied URL from MD5 (not a security control).',
      imports: [CRYPTO],
      pre: ['const cache = new Map();'],
      path: '/proxy-cache',
      inputs: [{ v: 'url', from: 'query' }],
      body: ["!const cacheKey = crypto.createHash('md5').update(String(url)).digest('hex');", fw.json('{ hit: cache.has(cacheKey) }')],
    })),
    s((fw) => ({
      doc: 'Webhook signature with HMAC-SHA256.',
      imports: [CRYPTO],
      pre: ['const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET;'],
      method: 'post',
      path: '/webhooks/outgoing',
      inputs: [{ v: 'event', from: 'body' }],
      body: ['const payload = JSON.stringify(event);', "!const signature = crypto.createHmac('sha256', WEBHOOK_SECRET).update(payload).digest('hex');", fw.json('{ payload, signature }')],
    })),
    s((fw) => ({
      doc: 'Password check with PBKDF2 at a high iteration count.',
      imports: [{ mod: 'crypto', names: ['pbkdf2Sync', 'timingSafeEqual'] }, { mod: './db', names: ['users'] }],
      method: 'post',
      path: '/login',
      inputs: [{ v: 'email', from: 'body' }, { v: 'password', from: 'body' }],
      body: [
        'const user = await users.findByEmail(email);',
        "!const derived = pbkdf2Sync(password, user.salt, 310000, 32, 'sha256');",
        "fw.json",
      ].map((l) => (l === 'fw.json' ? fw.json("{ ok: timingSafeEqual(derived, Buffer.from(user.hash, 'hex')) }") : l)),
    })),
    s((fw) => ({
      doc: 'Feed encrypted with ChaCha20-Poly1305.',
      imports: [CRYPTO],
      pre: ["const STREAM_KEY = Buffer.from(process.env.STREAM_KEY, 'hex');"],
      path: '/feed',
      body: [
        'const nonce = crypto.randomBytes(12);',
        "!const cipher = crypto.createCipheriv('chacha20-poly1305', STREAM_KEY, nonce, { authTagLength: 16 });",
        "const body = Buffer.concat([cipher.update('latest feed'), cipher.final()]);",
        "fw.json",
      ].map((l) => (l === 'fw.json' ? fw.json("{ nonce: nonce.toString('hex'), body: body.toString('base64') }") : l)),
    })),
  ],
};

// ------------------------------------------------------------------ TLS verification

const tls: Category = {
  name: 'tls',
  cwe: 295,
  vulnerable: [
    s((fw) => ({
      doc: 'Partner API client with certificate checks turned off.',
      imports: [{ mod: 'https', def: 'https' }, { mod: 'axios', def: 'axios' }],
      pre: ['!const agent = new https.Agent({ rejectUnauthorized: false });'],
      path: '/partner/stock',
      body: ["const { data } = await axios.get('https://partner.example.net/stock', { httpsAgent: agent });", fw.json('data')],
    })),
    s((fw) => ({
      doc: 'Service that disables TLS verification for the whole process.',
      imports: [{ mod: 'axios', def: 'axios' }],
      pre: ["!process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';"],
      path: '/billing/status',
      body: ["const { data } = await axios.get('https://billing.internal/status');", fw.json('data')],
    })),
    s(
      () => ({
        doc: 'Inventory sync over https.request without verification.',
        imports: [{ mod: 'https', def: 'https' }],
        path: '/inventory/sync',
        body: [
          "!const upstream = https.request({ hostname: 'erp.internal', port: 443, path: '/api/stock', method: 'GET', rejectUnauthorized: false }, (reply) => reply.pipe(res));",
          'upstream.end();',
        ],
      }),
      { only: CALLBACK },
    ),
    s((fw) => ({
      doc: 'IMAP health check over tls.connect without verification.',
      app: false,
      imports: [{ mod: 'tls', def: 'tls' }],
      post: fw.esm ? [] : ['module.exports = { checkMailServer };'],
      pre: [
        `${fw.esm ? 'export ' : ''}function checkMailServer(host${fw.ts ? ': string' : ''})${fw.ts ? ': Promise<boolean>' : ''} {`,
        '  return new Promise((resolve, reject) => {',
        '    // expect: CWE-295',
        '    const socket = tls.connect({ host, port: 993, rejectUnauthorized: false }, () => {',
        '      resolve(socket.authorized);',
        '      socket.end();',
        '    });',
        "    socket.on('error', reject);",
        '  });',
        '}',
      ],
    })),
    s((fw) => ({
      doc: 'Scraper using got with certificate checks off.',
      imports: [{ mod: 'got', def: 'got' }],
      path: '/scrape',
      body: ["!const html = await got('https://legacy.example.org/prices', { https: { rejectUnauthorized: false } }).text();", fw.json('{ size: html.length }')],
    })),
    s(
      () => ({
        doc: 'Options object shared by the requests, verification off.',
        imports: [{ mod: 'https', def: 'https' }],
        pre: ["!const TLS_OPTIONS = { rejectUnauthorized: false, timeout: 5000 };"],
        path: '/reports/remote',
        body: ["https.get('https://reports.internal/daily.csv', TLS_OPTIONS, (reply) => reply.pipe(res));"],
      }),
      { only: CALLBACK },
    ),
    s((fw) => ({
      doc: 'Keep-alive agent for a metrics backend, verification off.',
      imports: [{ mod: 'node:https', names: ['Agent'] }],
      pre: ['!const metricsAgent = new Agent({ keepAlive: true, maxSockets: 10, rejectUnauthorized: false });'],
      method: 'post',
      path: '/metrics',
      inputs: [{ v: 'points', from: 'body' }],
      body: [
        "await fetch('https://metrics.internal/write', { method: 'POST', body: JSON.stringify(points), agent: metricsAgent });",
        fw.json('{ ok: true }'),
      ],
    })),
    s((fw) => ({
      doc: 'Verification flag held in a constant that is false.',
      imports: [{ mod: 'https', def: 'https' }, { mod: 'axios', def: 'axios' }],
      pre: ['const VERIFY_CERTIFICATES = false;', '!const client = axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: VERIFY_CERTIFICATES }) });'],
      path: '/crm/contacts',
      body: ["const { data } = await client.get('https://crm.internal/contacts');", fw.json('data')],
    })),
  ],
  safe: [
    s((fw) => ({
      doc: 'Partner API client trusting the partner CA.',
      imports: [{ mod: 'https', def: 'https' }, { mod: 'fs', def: 'fs' }, { mod: 'axios', def: 'axios' }],
      pre: ["!const agent = new https.Agent({ rejectUnauthorized: true, ca: fs.readFileSync('certs/partner-ca.pem') });"],
      path: '/partner/stock',
      body: ["const { data } = await axios.get('https://partner.example.net/stock', { httpsAgent: agent });", fw.json('data')],
    })),
    s((fw) => ({
      doc: 'IMAP health check over tls.connect with default verification.',
      app: false,
      imports: [{ mod: 'tls', def: 'tls' }],
      post: fw.esm ? [] : ['module.exports = { checkMailServer };'],
      pre: [
        `${fw.esm ? 'export ' : ''}function checkMailServer(host${fw.ts ? ': string' : ''})${fw.ts ? ': Promise<boolean>' : ''} {`,
        '  return new Promise((resolve, reject) => {',
        '    // ok: CWE-295',
        '    const socket = tls.connect({ host, port: 993, servername: host }, () => {',
        '      resolve(socket.authorized);',
        '      socket.end();',
        '    });',
        "    socket.on('error', reject);",
        '  });',
        '}',
      ],
    })),
    s(
      () => ({
        doc: 'Inventory sync over https.request with the internal CA.',
        imports: [{ mod: 'https', def: 'https' }, { mod: 'fs', def: 'fs' }],
        pre: ["const INTERNAL_CA = fs.readFileSync('/etc/ssl/internal-ca.pem');"],
        path: '/inventory/sync',
        body: [
          "!const upstream = https.request({ hostname: 'erp.internal', port: 443, path: '/api/stock', method: 'GET', ca: [INTERNAL_CA] }, (reply) => reply.pipe(res));",
          'upstream.end();',
        ],
      }),
      { only: CALLBACK },
    ),
    s((fw) => ({
      doc: 'Scraper using got with a custom certificate authority.',
      imports: [{ mod: 'got', def: 'got' }, { mod: 'fs', def: 'fs' }],
      path: '/scrape',
      body: [
        "!const html = await got('https://legacy.example.org/prices', { https: { certificateAuthority: fs.readFileSync('certs/legacy-ca.pem') } }).text();",
        fw.json('{ size: html.length }'),
      ],
    })),
    s(
      () => ({
        doc: 'Shared defaults switch verification off, but these options turn it back on.',
        imports: [{ mod: 'https', def: 'https' }],
        pre: ['const DEFAULTS = { rejectUnauthorized: false, timeout: 5000 };', '!const TLS_OPTIONS = { ...DEFAULTS, rejectUnauthorized: true };'],
        path: '/reports/remote',
        body: ["https.get('https://reports.internal/daily.csv', TLS_OPTIONS, (reply) => reply.pipe(res));"],
      }),
      { only: CALLBACK },
    ),
    s((fw) => ({
      doc: 'Keep-alive agent for a metrics backend with verification on.',
      imports: [{ mod: 'node:https', names: ['Agent'] }],
      pre: ['!const metricsAgent = new Agent({ keepAlive: true, maxSockets: 10 });'],
      method: 'post',
      path: '/metrics',
      inputs: [{ v: 'points', from: 'body' }],
      body: [
        "await fetch('https://metrics.internal/write', { method: 'POST', body: JSON.stringify(points), agent: metricsAgent });",
        fw.json('{ ok: true }'),
      ],
    })),
    s((fw) => ({
      doc: 'Verification flag held in a constant that is true.',
      imports: [{ mod: 'https', def: 'https' }, { mod: 'axios', def: 'axios' }],
      pre: ['const VERIFY_CERTIFICATES = true;', '!const client = axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: VERIFY_CERTIFICATES }) });'],
      path: '/crm/contacts',
      body: ["const { data } = await client.get('https://crm.internal/contacts');", fw.json('data')],
    })),
    s((fw) => ({
      doc: 'Pinned certificate check on top of normal verification.',
      imports: [{ mod: 'https', def: 'https' }, { mod: 'tls', def: 'tls' }, { mod: 'axios', def: 'axios' }],
      pre: [
        "const PINNED = 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01';",
        '!const agent = new https.Agent({',
        '  rejectUnauthorized: true,',
        '  checkServerIdentity(host, cert) {',
        '    const err = tls.checkServerIdentity(host, cert);',
        '    if (err) return err;',
        "    if (cert.fingerprint !== PINNED) return new Error('certificate pin mismatch');",
        '    return undefined;',
        '  },',
        '});',
      ],
      path: '/payments/health',
      body: ["const { data } = await axios.get('https://payments.example.com/health', { httpsAgent: agent });", fw.json('data')],
    })),
  ],
};

// ------------------------------------------------------------------ JWT

const JWT = { mod: 'jsonwebtoken', def: 'jwt' };
const jwtCat: Category = {
  name: 'jwt',
  cwe: 347,
  vulnerable: [
    s((fw) => ({
      doc: 'Bearer check verifying with the public key but accepting any algorithm.',
      imports: [JWT, { mod: 'fs', def: 'fs' }],
      pre: ["const PUBLIC_KEY = fs.readFileSync('keys/auth-public.pem');"],
      path: '/account',
      inputs: [{ v: 'authorization', from: 'header', key: 'Authorization' }],
      body: ["const token = String(authorization).replace('Bearer ', '');", '!const claims = jwt.verify(token, PUBLIC_KEY);', fw.json('{ user: claims.sub }')],
    })),
    s((fw) => ({
      doc: 'Admin gate that decodes the token without verifying it.',
      imports: [JWT],
      path: '/admin/stats',
      inputs: [{ v: 'token', from: 'cookie' }],
      body: ['!const claims = jwt.decode(token);', "if (!claims || claims.role !== 'admin') {", `  ${fw.fail(403, 'forbidden')}`, '}', fw.json('{ users: 1200 }')],
    })),
    s((fw) => ({
      doc: "Verification that lists 'none' among the accepted algorithms.",
      imports: [JWT],
      pre: ['const SECRET = process.env.JWT_SECRET;'],
      path: '/profile',
      inputs: [{ v: 'token', from: 'header', key: 'X-Auth-Token' }],
      body: ["!const claims = jwt.verify(token, SECRET, { algorithms: ['HS256', 'none'] });", fw.json('{ id: claims.sub }')],
    })),
    s((fw) => ({
      doc: 'Service tokens issued unsigned.',
      imports: [JWT],
      method: 'post',
      path: '/service-token',
      inputs: [{ v: 'service', from: 'body' }],
      body: ["!const token = jwt.sign({ sub: service, scope: 'internal' }, '', { algorithm: 'none' });", fw.json('{ token }')],
    })),
    s((fw) => ({
      doc: 'OIDC id token decoded with jose, never verified.',
      imports: [{ mod: 'jose', ns: 'jose' }],
      method: 'post',
      path: '/oidc/callback',
      inputs: [{ v: 'idToken', from: 'body', key: 'id_token' }],
      body: ['!const claims = jose.decodeJwt(idToken);', fw.json('{ email: claims.email }')],
    })),
    s(
      () => ({
        doc: 'Key lookup through JWKS with a callback, no algorithm list.',
        imports: [JWT, { mod: 'jwks-rsa', def: 'jwksClient' }],
        pre: [
          "const client = jwksClient({ jwksUri: 'https://auth.example.com/.well-known/jwks.json' });",
          'function getKey(header, callback) {',
          '  client.getSigningKey(header.kid, (err, key) => callback(err, key && key.getPublicKey()));',
          '}',
        ],
        path: '/orders',
        inputs: [{ v: 'authorization', from: 'header', key: 'Authorization' }],
        body: [
          "const token = String(authorization).split(' ')[1];",
          '!jwt.verify(token, getKey, (err, claims) => {',
          "  if (err) return res.status(401).json({ error: 'invalid token' });",
          '  res.json({ orders: [], user: claims.sub });',
          '});',
        ],
      }),
      { only: CALLBACK },
    ),
    s((fw) => ({
      doc: 'Auth middleware module verifying with a certificate and no algorithms.',
      app: false,
      post: fw.esm ? [] : ['module.exports = { requireUser };'],
      imports: [JWT, { mod: 'fs', def: 'fs' }],
      pre: [
        "const CERT = fs.readFileSync('/etc/auth/signing-cert.pem', 'utf8');",
        '',
        `${fw.esm ? 'export ' : ''}function requireUser(req${fw.ts ? ': any' : ''}, res${fw.ts ? ': any' : ''}, next${fw.ts ? ': () => void' : ''}) {`,
        "  const token = (req.headers.authorization || '').slice(7);",
        '  try {',
        '    // expect: CWE-347',
        '    req.user = jwt.verify(token, CERT, { issuer: "auth.example.com" });',
        '    next();',
        '  } catch {',
        "    res.status(401).end();",
        '  }',
        '}',
      ],
    })),
    s((fw) => ({
      doc: 'Refresh endpoint trusting the decoded payload for the new token.',
      imports: [JWT],
      pre: ['const SIGNING_KEY = process.env.SIGNING_KEY;'],
      method: 'post',
      path: '/token/refresh',
      inputs: [{ v: 'refreshToken', from: 'body' }],
      body: [
        '!const old = jwt.decode(refreshToken);',
        "const fresh = jwt.sign({ sub: old.sub, role: old.role }, SIGNING_KEY, { algorithm: 'HS256', expiresIn: '15m' });",
        fw.json('{ token: fresh }'),
      ],
    })),
  ],
  safe: [
    s((fw) => ({
      doc: 'Bearer check pinned to RS256.',
      imports: [JWT, { mod: 'fs', def: 'fs' }],
      pre: ["const PUBLIC_KEY = fs.readFileSync('keys/auth-public.pem');"],
      path: '/account',
      inputs: [{ v: 'authorization', from: 'header', key: 'Authorization' }],
      body: ["const token = String(authorization).replace('Bearer ', '');", "!const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });", fw.json('{ user: claims.sub }')],
    })),
    s((fw) => ({
      doc: 'Admin gate verifying the HS256 signature and issuer.',
      imports: [JWT],
      pre: ['const SECRET = process.env.JWT_SECRET;'],
      path: '/admin/stats',
      inputs: [{ v: 'token', from: 'cookie' }],
      body: [
        "!const claims = jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: 'auth.example.com' });",
        "if (claims.role !== 'admin') {",
        `  ${fw.fail(403, 'forbidden')}`,
        '}',
        fw.json('{ users: 1200 }'),
      ],
    })),
    s((fw) => ({
      doc: 'Key id read from the header, then a pinned verification.',
      imports: [JWT, { mod: './keys', names: ['publicKeyFor'] }],
      path: '/profile',
      inputs: [{ v: 'token', from: 'header', key: 'X-Auth-Token' }],
      body: [
        'const { header } = jwt.decode(token, { complete: true }) || {};',
        "!const claims = jwt.verify(token, publicKeyFor(header?.kid), { algorithms: ['ES256'] });",
        fw.json('{ id: claims.sub }'),
      ],
    })),
    s((fw) => ({
      doc: 'Service tokens signed with RS256.',
      imports: [JWT, { mod: 'fs', def: 'fs' }],
      pre: ["const PRIVATE_KEY = fs.readFileSync('/run/secrets/jwt-private.pem');"],
      method: 'post',
      path: '/service-token',
      inputs: [{ v: 'service', from: 'body' }],
      body: ["!const token = jwt.sign({ sub: service, scope: 'internal' }, PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '10m' });", fw.json('{ token }')],
    })),
    s((fw) => ({
      doc: 'OIDC id token verified with jose against the provider keys.',
      imports: [{ mod: 'jose', ns: 'jose' }],
      pre: ["const JWKS = jose.createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));"],
      method: 'post',
      path: '/oidc/callback',
      inputs: [{ v: 'idToken', from: 'body', key: 'id_token' }],
      body: ["!const { payload } = await jose.jwtVerify(idToken, JWKS, { algorithms: ['RS256'], audience: 'shop-web' });", fw.json('{ email: payload.email }')],
    })),
    s(
      () => ({
        doc: 'JWKS key lookup with a callback and a pinned algorithm.',
        imports: [JWT, { mod: 'jwks-rsa', def: 'jwksClient' }],
        pre: [
          "const client = jwksClient({ jwksUri: 'https://auth.example.com/.well-known/jwks.json' });",
          'function getKey(header, callback) {',
          '  client.getSigningKey(header.kid, (err, key) => callback(err, key && key.getPublicKey()));',
          '}',
        ],
        path: '/orders',
        inputs: [{ v: 'authorization', from: 'header', key: 'Authorization' }],
        body: [
          "const token = String(authorization).split(' ')[1];",
          "!jwt.verify(token, getKey, { algorithms: ['RS256'] }, (err, claims) => {",
          "  if (err) return res.status(401).json({ error: 'invalid token' });",
          '  res.json({ orders: [], user: claims.sub });',
          '});',
        ],
      }),
      { only: CALLBACK },
    ),
    s((fw) => ({
      doc: 'Auth middleware module with shared verify options.',
      app: false,
      post: fw.esm ? [] : ['module.exports = { requireUser };'],
      imports: [JWT, { mod: 'fs', def: 'fs' }],
      pre: [
        "const CERT = fs.readFileSync('/etc/auth/signing-cert.pem', 'utf8');",
        "const VERIFY_OPTIONS = { algorithms: ['RS256'], issuer: 'auth.example.com' };",
        '',
        `${fw.esm ? 'export ' : ''}function requireUser(req${fw.ts ? ': any' : ''}, res${fw.ts ? ': any' : ''}, next${fw.ts ? ': () => void' : ''}) {`,
        "  const token = (req.headers.authorization || '').slice(7);",
        '  try {',
        '    // ok: CWE-347',
        '    req.user = jwt.verify(token, CERT, VERIFY_OPTIONS);',
        '    next();',
        '  } catch {',
        "    res.status(401).end();",
        '  }',
        '}',
      ],
    })),
    s((fw) => ({
      doc: 'Refresh endpoint verifying the refresh token before reissuing.',
      imports: [JWT],
      pre: ['const SIGNING_KEY = process.env.SIGNING_KEY;'],
      method: 'post',
      path: '/token/refresh',
      inputs: [{ v: 'refreshToken', from: 'body' }],
      body: [
        "!const old = jwt.verify(refreshToken, SIGNING_KEY, { algorithms: ['HS256'] });",
        "const fresh = jwt.sign({ sub: old.sub, role: old.role }, SIGNING_KEY, { algorithm: 'HS256', expiresIn: '15m' });",
        fw.json('{ token: fresh }'),
      ],
    })),
  ],
};

// ------------------------------------------------------------------ cookies

const cookieOn = (fw: Framework, name: string, value: string, opts: string | null): string => {
  if (fw.id === 'koa') return `ctx.cookies.set('${name}', ${value}${opts ? `, ${opts}` : ''});`;
  if (fw.id.startsWith('fastify')) return `reply.setCookie('${name}', ${value}${opts ? `, ${opts}` : ''});`;
  return `res.cookie('${name}', ${value}${opts ? `, ${opts}` : ''});`;
};
const COOKIE_FWS = ['express', 'koa', 'fastify', 'express-ts', 'express-esm', 'fastify-ts', 'express-router'];
const answerOk = (fw: Framework) => (fw.id === 'koa' ? "ctx.body = { ok: true };" : fw.id.startsWith('fastify') ? 'return { ok: true };' : "res.json({ ok: true });");
/**
 * Koa's cookies are HttpOnly by default and Secure whenever the connection is
 * HTTPS, so a Koa cookie that relies on the defaults is not labelled
 * vulnerable: only scenarios that switch a flag off explicitly use Koa.
 */
const cookieScenario = (doc: string, name: string, opts: string | null, cwe: number, pre: string[] = [], koaFits = true): Scenario =>
  s(
    (fw) => ({
      doc,
      imports: [CRYPTO],
      pre,
      method: 'post',
      path: '/login',
      body: ["const value = crypto.randomBytes(24).toString('base64url');", `!${cookieOn(fw, name, 'value', opts)}`, answerOk(fw)],
    }),
    { only: koaFits ? COOKIE_FWS : COOKIE_FWS.filter((f) => f !== 'koa'), cwe },
  );
const cookie: Category = {
  name: 'cookie',
  cwe: 614,
  vulnerable: [
    cookieScenario('Session cookie set with no options at all.', 'session', null, 614, [], false),
    cookieScenario('Auth cookie that is HttpOnly but not Secure.', 'auth', '{ httpOnly: true, sameSite: "lax" }', 614, [], false),
    cookieScenario('Session id readable by scripts (no HttpOnly).', 'sid', '{ secure: true, httpOnly: false }', 1004),
    cookieScenario('Refresh token cookie with only a path and an age.', 'refresh_token', '{ path: "/auth", maxAge: 7 * 24 * 3600 * 1000 }', 614, [], false),
    cookieScenario('Remember-me cookie from shared options that turn HttpOnly off.', 'remember_me', 'COOKIE_OPTIONS', 1004, ['const COOKIE_OPTIONS = { secure: true, httpOnly: false, sameSite: "strict" };']),
    s(
      () => ({
        doc: 'express-session with an insecure cookie.',
        imports: [{ mod: 'express-session', def: 'session' }],
        pre: ['!app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: false } }));'],
      }),
      { only: ['express', 'express-esm', 'express-ts'], cwe: 614 },
    ),
    s(
      () => ({
        doc: 'cookie-session with HttpOnly switched off.',
        imports: [{ mod: 'cookie-session', def: 'cookieSession' }],
        pre: ["!app.use(cookieSession({ name: 'session', keys: [process.env.COOKIE_KEY], secure: true, httpOnly: false }));"],
      }),
      { only: ['express', 'express-esm', 'express-ts'], cwe: 1004 },
    ),
    s(
      () => ({
        doc: 'Session cookie written by hand without attributes.',
        imports: [CRYPTO],
        method: 'post',
        path: '/login',
        body: ["const sid = crypto.randomUUID();", "!res.setHeader('Set-Cookie', `session=${sid}; Path=/`);", "res.json({ ok: true });"],
      }),
      { only: CALLBACK, cwe: 614 },
    ),
  ],
  safe: [
    cookieScenario('Session cookie with Secure, HttpOnly and SameSite.', 'session', '{ httpOnly: true, secure: true, sameSite: "lax" }', 614),
    cookieScenario('Auth cookie marked Secure and HttpOnly.', 'auth', '{ httpOnly: true, secure: true, maxAge: 3600 * 1000 }', 1004),
    cookieScenario('Remember-me cookie from shared hardened options.', 'remember_me', 'COOKIE_OPTIONS', 614, ['const COOKIE_OPTIONS = { secure: true, httpOnly: true, sameSite: "strict" };']),
    cookieScenario('Session flag values come from constants that are true.', 'sid', '{ secure: SECURE_COOKIES, httpOnly: SECURE_COOKIES }', 1004, ['const SECURE_COOKIES = true;']),
    s(
      (fw) => ({
        doc: 'Theme preference cookie: not a secret, readable by the page on purpose.',
        method: 'post',
        path: '/theme',
        inputs: [{ v: 'theme', from: 'body' }],
        body: [`!${cookieOn(fw, 'theme', "theme === 'dark' ? 'dark' : 'light'", '{ maxAge: 365 * 24 * 3600 * 1000, sameSite: "lax" }')}`, answerOk(fw)],
      }),
      { only: COOKIE_FWS, cwe: 614 },
    ),
    s(
      () => ({
        doc: 'express-session with a secure, HttpOnly cookie behind a proxy.',
        imports: [{ mod: 'express-session', def: 'session' }],
        pre: [
          "app.set('trust proxy', 1);",
          '!app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: "lax" } }));',
        ],
      }),
      { only: ['express', 'express-esm', 'express-ts'], cwe: 614 },
    ),
    s(
      () => ({
        doc: 'cookie-session with Secure and HttpOnly.',
        imports: [{ mod: 'cookie-session', def: 'cookieSession' }],
        pre: ["!app.use(cookieSession({ name: 'session', keys: [process.env.COOKIE_KEY], secure: true, httpOnly: true, sameSite: 'strict' }));"],
      }),
      { only: ['express', 'express-esm', 'express-ts'], cwe: 1004 },
    ),
    s(
      () => ({
        doc: 'Session cookie written by hand with every attribute.',
        imports: [CRYPTO],
        method: 'post',
        path: '/login',
        body: ["const sid = crypto.randomUUID();", "!res.setHeader('Set-Cookie', `session=${sid}; Path=/; HttpOnly; Secure; SameSite=Strict`);", "res.json({ ok: true });"],
      }),
      { only: CALLBACK, cwe: 614 },
    ),
  ],
};

// ------------------------------------------------------------------ CORS

const expressCors = (doc: string, opts: string, extraPre: string[] = []): Scenario =>
  s(
    (fw) => ({
      doc,
      imports: [{ mod: 'cors', def: 'cors' }],
      pre: [...extraPre, `!app.use(cors(${opts}));`],
      path: '/api/me',
      body: [fw.json("{ id: 42, name: 'Ada' }")],
    }),
    { only: ['express', 'express-esm', 'express-ts'] },
  );
const koaCors = (doc: string, opts: string): Scenario =>
  s(
    () => ({
      doc,
      imports: [{ mod: '@koa/cors', def: 'cors' }],
      pre: [`!app.use(cors(${opts}));`],
      path: '/api/cart',
      body: ["ctx.body = { items: [] };"],
    }),
    { only: ['koa'] },
  );
const fastifyCors = (doc: string, opts: string): Scenario =>
  s(
    () => ({
      doc,
      imports: [{ mod: '@fastify/cors', def: 'cors' }],
      pre: [`!await app.register(cors, ${opts});`],
      path: '/api/orders',
      body: ['return { orders: [] };'],
    }),
    { only: ['fastify', 'fastify-ts'] },
  );
const cors: Category = {
  name: 'cors',
  cwe: 942,
  vulnerable: [
    expressCors('Any origin allowed together with credentials.', "{ origin: '*', credentials: true }"),
    expressCors('Every origin reflected, with credentials.', '{ origin: true, credentials: true }'),
    expressCors('An origin callback that accepts everything, with credentials.', '{ origin: (origin, callback) => callback(null, true), credentials: true }'),
    expressCors('An unanchored origin pattern (example.com.evil.net matches), with credentials.', '{ origin: /example\\.com/, credentials: true }'),
    koaCors('Koa CORS echoing the request origin with credentials.', "{ origin: (ctx) => ctx.get('Origin'), credentials: true }"),
    fastifyCors('Fastify CORS reflecting every origin with credentials.', '{ origin: true, credentials: true }'),
    s(
      (fw) => ({
        doc: 'CORS headers set by hand from the Origin header, with credentials.',
        path: '/api/account',
        body: [
          `const origin = ${fw.req}.headers.origin;`,
          "!res.setHeader('Access-Control-Allow-Origin', origin);",
          "res.setHeader('Access-Control-Allow-Credentials', 'true');",
          fw.json('{ balance: 120 }'),
        ],
      }),
      { only: CALLBACK },
    ),
    s(
      (fw) => ({
        doc: 'CORS headers set by hand: origin or wildcard, with credentials.',
        path: '/api/notifications',
        body: [
          "!res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');",
          "res.setHeader('Access-Control-Allow-Credentials', 'true');",
          fw.json('{ unread: 3 }'),
        ],
      }),
      { only: CALLBACK },
    ),
  ],
  safe: [
    expressCors('Credentials allowed for one trusted origin.', "{ origin: ['https://app.example.com'], credentials: true }"),
    expressCors('Public read-only API open to every origin, without credentials.', '{}'),
    expressCors(
      'An origin callback checking an allow-list, with credentials.',
      '{ origin: (origin, callback) => callback(null, !origin || TRUSTED.has(origin)), credentials: true }',
      ["const TRUSTED = new Set(['https://app.example.com', 'https://admin.example.com']);"],
    ),
    expressCors('An anchored origin pattern for the company subdomains, with credentials.', '{ origin: /^https:\\/\\/([a-z0-9-]+\\.)?example\\.com$/, credentials: true }'),
    koaCors('Koa CORS fixed to the storefront origin with credentials.', "{ origin: 'https://shop.example.com', credentials: true }"),
    fastifyCors('Fastify CORS for the admin console only.', "{ origin: 'https://admin.example.com', credentials: true }"),
    s(
      (fw) => ({
        doc: 'CORS headers set by hand after an allow-list check.',
        pre: ["const ALLOWED_ORIGINS = ['https://app.example.com', 'https://m.example.com'];"],
        path: '/api/account',
        body: [
          `const origin = ${fw.req}.headers.origin;`,
          'if (ALLOWED_ORIGINS.includes(origin)) {',
          "  !res.setHeader('Access-Control-Allow-Origin', origin);",
          "  res.setHeader('Access-Control-Allow-Credentials', 'true');",
          "  res.setHeader('Vary', 'Origin');",
          '}',
          fw.json('{ balance: 120 }'),
        ],
      }),
      { only: CALLBACK },
    ),
    expressCors('Wildcard origin for a public font CDN, no credentials.', "{ origin: '*', methods: ['GET'] }"),
  ],
};

// ------------------------------------------------------------------ hard-coded secrets

const secrets: Category = {
  name: 'secrets',
  cwe: 798,
  vulnerable: [
    s((fw) => ({
      doc: 'Login issuing tokens signed with a key written in the source.',
      imports: [JWT],
      pre: ["!const JWT_SECRET = 'sup3r-s3cr3t-signing-key-2024';"],
      method: 'post',
      path: '/login',
      inputs: [{ v: 'userId', from: 'body' }],
      body: ["const token = jwt.sign({ sub: userId }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '1h' });", fw.json('{ token }')],
    })),
    s((fw) => ({
      doc: 'MySQL pool with the database password in the source.',
      imports: [{ mod: 'mysql2/promise', def: 'mysql' }],
      pre: ["!const pool = mysql.createPool({ host: 'db.internal', user: 'shop', password: 'Tr0ub4dor&3x', database: 'shop' });"],
      path: '/products',
      body: ["const [rows] = await pool.query('SELECT sku, title FROM products LIMIT 50');", fw.json('rows')],
    })),
    s(
      () => ({
        doc: 'Session middleware with a literal secret.',
        imports: [{ mod: 'express-session', def: 'session' }],
        pre: ["!app.use(session({ secret: 'k3yb0ard-c4t-pr0d', resave: false, saveUninitialized: false, cookie: { secure: true } }));"],
      }),
      { only: ['express', 'express-esm', 'express-ts'] },
    ),
    s((fw) => ({
      doc: 'Payments client created with a live secret key in the source.',
      imports: [{ mod: 'stripe', def: 'Stripe' }],
      pre: ["!const stripe = new Stripe('sk_live_51Hq8ZpLk3vT9wQ2mXr7YcB4nD6fJ1aS');"],
      method: 'post',
      path: '/checkout',
      inputs: [{ v: 'amount', from: 'body' }],
      body: ["const intent = await stripe.paymentIntents.create({ amount: Number(amount), currency: 'eur' });", fw.json('{ clientSecret: intent.client_secret }')],
    })),
    s((fw) => ({
      doc: 'S3 client with an access key pair in the source.',
      imports: [{ mod: '@aws-sdk/client-s3', names: ['S3Client', 'ListObjectsV2Command'] }],
      pre: [
        'const s3 = new S3Client({',
        "  region: 'eu-west-1',",
        '  credentials: {',
        '    // expect: CWE-798',
        "    accessKeyId: 'AKIAQ3EGRT5VNX2LJ7PD',",
        '    // expect: CWE-798',
        "    secretAccessKey: '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',",
        '  },',
        '});',
      ],
      path: '/backups',
      body: ["const out = await s3.send(new ListObjectsV2Command({ Bucket: 'shop-backups' }));", fw.json('out.Contents || []')],
    })),
    s((fw) => ({
      doc: 'Mongo connection string carrying the admin password.',
      imports: [{ mod: 'mongoose', def: 'mongoose' }],
      pre: ["!await mongoose.connect('mongodb://admin:hunter2-prod@mongo.internal:27017/shop?authSource=admin');"],
      path: '/health',
      body: [fw.json('{ db: mongoose.connection.readyState }')],
    })),
    s((fw) => ({
      doc: 'Webhook verification with a literal HMAC key.',
      imports: [CRYPTO],
      method: 'post',
      path: '/webhooks/github',
      inputs: [{ v: 'signature', from: 'header', key: 'X-Hub-Signature-256' }],
      body: [
        `!const expected = 'sha256=' + crypto.createHmac('sha256', 'gh-webhook-9f8e7d6c5b4a').update(JSON.stringify(${fw.req}.body)).digest('hex');`,
        fw.json('{ valid: expected === signature }'),
      ],
    })),
    s((fw) => ({
      doc: 'Upstream API called with a key constant.',
      imports: [{ mod: 'axios', def: 'axios' }],
      pre: ["!const WEATHER_API_KEY = '6f1c9e2a7b3d4f5e8a9b0c1d2e3f4a5b';"],
      path: '/weather',
      inputs: [{ v: 'city', from: 'query' }],
      body: [
        "const { data } = await axios.get('https://api.weather.example.com/v1/current', { params: { q: city, key: WEATHER_API_KEY } });",
        fw.json('data'),
      ],
    })),
  ],
  safe: [
    s((fw) => ({
      doc: 'Login issuing tokens signed with a key from the environment.',
      imports: [JWT],
      pre: ['!const JWT_SECRET = process.env.JWT_SECRET;'],
      method: 'post',
      path: '/login',
      inputs: [{ v: 'userId', from: 'body' }],
      body: ["const token = jwt.sign({ sub: userId }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '1h' });", fw.json('{ token }')],
    })),
    s((fw) => ({
      doc: 'MySQL pool configured from the environment.',
      imports: [{ mod: 'mysql2/promise', def: 'mysql' }],
      pre: ["!const pool = mysql.createPool({ host: process.env.DB_HOST, user: 'shop', password: process.env.DB_PASSWORD, database: 'shop' });"],
      path: '/products',
      body: ["const [rows] = await pool.query('SELECT sku, title FROM products LIMIT 50');", fw.json('rows')],
    })),
    s(
      () => ({
        doc: 'Session middleware with its secret from the environment.',
        imports: [{ mod: 'express-session', def: 'session' }],
        pre: ['!app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true } }));'],
      }),
      { only: ['express', 'express-esm', 'express-ts'] },
    ),
    s((fw) => ({
      doc: 'Payments client created with a key from the environment.',
      imports: [{ mod: 'stripe', def: 'Stripe' }],
      pre: ['!const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);'],
      method: 'post',
      path: '/checkout',
      inputs: [{ v: 'amount', from: 'body' }],
      body: ["const intent = await stripe.paymentIntents.create({ amount: Number(amount), currency: 'eur' });", fw.json('{ clientSecret: intent.client_secret }')],
    })),
    s((fw) => ({
      doc: 'Login form handler: constants name the fields, they are not secrets.',
      pre: ["!const PASSWORD_FIELD = 'password';", "const TOKEN_HEADER = 'x-auth-token';"],
      method: 'post',
      path: '/login/form',
      body: [`const supplied = ${fw.req}.body?.[PASSWORD_FIELD];`, fw.json('{ hasPassword: Boolean(supplied), header: TOKEN_HEADER }')],
    })),
    s((fw) => ({
      doc: 'Mongo connection string from the environment.',
      imports: [{ mod: 'mongoose', def: 'mongoose' }],
      pre: ['!await mongoose.connect(process.env.MONGO_URL);'],
      path: '/health',
      body: [fw.json('{ db: mongoose.connection.readyState }')],
    })),
    s((fw) => ({
      doc: 'Webhook verification with a key from the secret store.',
      imports: [CRYPTO, { mod: './secrets', names: ['getSecret'] }],
      method: 'post',
      path: '/webhooks/github',
      inputs: [{ v: 'signature', from: 'header', key: 'X-Hub-Signature-256' }],
      body: [
        "const webhookKey = await getSecret('github-webhook');",
        `!const expected = 'sha256=' + crypto.createHmac('sha256', webhookKey).update(JSON.stringify(${fw.req}.body)).digest('hex');`,
        fw.json('{ valid: crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(String(signature))) }'),
      ],
    })),
    s((fw) => ({
      doc: 'Upstream API key read from a mounted secret file.',
      imports: [{ mod: 'axios', def: 'axios' }, { mod: 'fs', def: 'fs' }],
      pre: ["!const WEATHER_API_KEY = fs.readFileSync('/run/secrets/weather_api_key', 'utf8').trim();"],
      path: '/weather',
      inputs: [{ v: 'city', from: 'query' }],
      body: [
        "const { data } = await axios.get('https://api.weather.example.com/v1/current', { params: { q: city, key: WEATHER_API_KEY } });",
        fw.json('data'),
      ],
    })),
  ],
};

export const NON_FLOW: Category[] = [weakrand, weakcrypto, tls, jwtCat, cookie, cors, secrets];
