// Shared defaults switch verification off, but these options turn it back on.
import express from 'express';
import https from 'https';

const app = express();
app.use(express.json());

const DEFAULTS = { rejectUnauthorized: false, timeout: 5000 };
// ok: CWE-295
const TLS_OPTIONS = { ...DEFAULTS, rejectUnauthorized: true };

app.get('/reports/remote', (req, res) => {
  https.get('https://reports.internal/daily.csv', TLS_OPTIONS, (reply) => reply.pipe(res));
});

app.listen(3000);
