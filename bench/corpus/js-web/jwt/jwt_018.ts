// Auth middleware module verifying with a certificate and no algorithms.
import jwt from 'jsonwebtoken';
import fs from 'fs';

const CERT = fs.readFileSync('/etc/auth/signing-cert.pem', 'utf8');

export function requireUser(req: any, res: any, next: () => void) {
  const token = (req.headers.authorization || '').slice(7);
  try {
    // expect: CWE-347
    req.user = jwt.verify(token, CERT, { issuer: "auth.example.com" });
    next();
  } catch {
    res.status(401).end();
  }
}
