// Session middleware with its secret from the environment.
import express, { Request, Response } from 'express';
import session from 'express-session';

const app = express();
app.use(express.json());

// ok: CWE-798
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true } }));

app.listen(3000);
