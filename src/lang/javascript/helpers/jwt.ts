/** The JWT libraries the JWT checks know, by qualified name. */
export const JWT_VERIFY = new Set(['jsonwebtoken.verify']);
export const JWT_SIGN = new Set(['jsonwebtoken.sign']);
/** Calls that read a token's claims without checking its signature. */
export const JWT_DECODE = new Set(['jsonwebtoken.decode', 'jose.decodeJwt', 'jwt-decode.jwtDecode', 'jwt-decode.default', 'jwt-decode']);
/** Calls that check a token's signature (any of them in the function counts as verifying). */
export const JWT_VERIFIERS = new Set(['jsonwebtoken.verify', 'jose.jwtVerify', 'jose.compactVerify', 'jose.flattenedVerify', 'jose.generalVerify', 'jose.jwtDecrypt']);
