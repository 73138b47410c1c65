// express-session with a secure, HttpOnly cookie behind a proxy.
const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.json());

app.set('trust proxy', 1);
// ok: CWE-614
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: "lax" } }));

app.listen(3000);
