// express-session with an insecure cookie.
import express, { Request, Response } from 'express';
import session from 'express-session';

const app = express();
app.use(express.json());

// expect: CWE-614
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: false } }));

app.listen(3000);
