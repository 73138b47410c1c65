// Session middleware with its secret from the environment.
const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.json());

// ok: CWE-798
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true } }));

app.listen(3000);
