// cookie-session with Secure and HttpOnly.
import express from 'express';
import cookieSession from 'cookie-session';

const app = express();
app.use(express.json());

// ok: CWE-1004
app.use(cookieSession({ name: 'session', keys: [process.env.COOKIE_KEY], secure: true, httpOnly: true, sameSite: 'strict' }));

app.listen(3000);
