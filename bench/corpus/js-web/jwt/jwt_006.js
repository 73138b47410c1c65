// Auth middleware module with shared verify options.
const jwt = require('jsonwebtoken');
const fs = require('fs');

const CERT = fs.readFileSync('/etc/auth/signing-cert.pem', 'utf8');
const VERIFY_OPTIONS = { algorithms: ['RS256'], issuer: 'auth.example.com' };

function requireUser(req, res, next) {
  const token = (req.headers.authorization || '').slice(7);
  try {
    // ok: CWE-347
    req.user = jwt.verify(token, CERT, VERIFY_OPTIONS);
    next();
  } catch {
    res.status(401).end();
  }
}

module.exports = { requireUser };
