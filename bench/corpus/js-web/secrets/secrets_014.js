// Session middleware with a literal secret.
const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.json());

// expect: CWE-798
app.use(session({ secret: 'k3yb0ard-c4t-pr0d', resave: false, saveUninitialized: false, cookie: { secure: true } }));

app.listen(3000);
