/** JavaScript literal syntax: numbers and string escapes, decoded as the language does. */

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

/**
 * Decodes JavaScript escape sequences (`\n`, `\x41`, `\u0041`, `\u{1F600}`, a line continuation);
 * any other escaped character stands for itself, as in JavaScript.
 */
export function decodeJsEscapes(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (m, esc: string) => {
    if (esc.startsWith('u{')) {
      const code = Number.parseInt(esc.slice(2, -1), 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    if ((esc[0] === 'u' || esc[0] === 'x') && esc.length > 1) return String.fromCharCode(Number.parseInt(esc.slice(1), 16));
    if (esc === '\n' || esc === '\r\n' || esc === '\r' || esc === '\u2028' || esc === '\u2029') return '';
    return SIMPLE_ESCAPES[esc] ?? esc;
  });
}

/** The value of a numeric literal: decimal, hex, octal, binary, separators, BigInt suffix. */
export function parseJsNumber(text: string): number {
  const clean = text.replace(/_/g, '').replace(/n$/, '');
  let v: number;
  if (/^0[0-7]+$/.test(clean)) v = Number.parseInt(clean, 8); // legacy octal
  else v = Number(clean);
  return Number.isNaN(v) ? 0 : v;
}
