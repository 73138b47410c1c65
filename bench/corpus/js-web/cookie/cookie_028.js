// cookie-session with HttpOnly switched off.
const express = require('express');
const cookieSession = require('cookie-session');

const app = express();
app.use(express.json());

// expect: CWE-1004
app.use(cookieSession({ name: 'session', keys: [process.env.COOKIE_KEY], secure: true, httpOnly: false }));

app.listen(3000);
