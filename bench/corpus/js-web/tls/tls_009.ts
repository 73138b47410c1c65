// Inventory sync over https.request without verification.
import express, { Request, Response } from 'express';
import https from 'https';

const app = express();
app.use(express.json());

app.get('/inventory/sync', (req: Request, res: Response) => {
  // expect: CWE-295
  const upstream = https.request({ hostname: 'erp.internal', port: 443, path: '/api/stock', method: 'GET', rejectUnauthorized: false }, (reply) => reply.pipe(res));
  upstream.end();
});

app.listen(3000);
