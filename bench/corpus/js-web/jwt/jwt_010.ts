// Auth middleware module with shared verify options.
import jwt from 'jsonwebtoken';
import fs from 'fs';

const CERT = fs.readFileSync('/etc/auth/signing-cert.pem', 'utf8');
const VERIFY_OPTIONS = { algorithms: ['RS256'], issuer: 'auth.example.com' };

export function requireUser(req: any, res: any, next: () => void) {
  const token = (req.headers.authorization || '').slice(7);
  try {
    // ok: CWE-347
    req.user = jwt.verify(token, CERT, VERIFY_OPTIONS);
    next();
  } catch {
    res.status(401).end();
  }
}
