// express-session with a secure, HttpOnly cookie behind a proxy.
import express, { Request, Response } from 'express';
import session from 'express-session';

const app = express();
app.use(express.json());

app.set('trust proxy', 1);
// ok: CWE-614
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: "lax" } }));

app.listen(3000);
