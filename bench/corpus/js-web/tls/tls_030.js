// Options object shared by the requests, verification off.
const express = require('express');
const https = require('https');

const app = express();
app.use(express.json());

// expect: CWE-295
const TLS_OPTIONS = { rejectUnauthorized: false, timeout: 5000 };

app.get('/reports/remote', (req, res) => {
  https.get('https://reports.internal/daily.csv', TLS_OPTIONS, (reply) => reply.pipe(res));
});

app.listen(3000);
