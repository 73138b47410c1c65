// Auth middleware module verifying with a certificate and no algorithms.
const jwt = require('jsonwebtoken');
const fs = require('fs');

const CERT = fs.readFileSync('/etc/auth/signing-cert.pem', 'utf8');

function requireUser(req, res, next) {
  const token = (req.headers.authorization || '').slice(7);
  try {
    // expect: CWE-347
    req.user = jwt.verify(token, CERT, { issuer: "auth.example.com" });
    next();
  } catch {
    res.status(401).end();
  }
}

module.exports = { requireUser };
