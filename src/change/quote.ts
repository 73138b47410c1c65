/**
 * Git's C-style quoting of path names in diff headers. With
 * `core.quotepath=off` git quotes a name only when it holds a double quote, a
 * backslash or a control character; the quoted form is the whole
 * `"a/name"` in double quotes, with `\t`-style and octal `\ooo` escapes.
 */

const NAMED_ESCAPES: Record<string, string> = { '\x07': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\v': 'v', '\f': 'f', '\r': 'r', '"': '"', '\\': '\\' };

function needsQuoting(name: string): boolean {
  return /["\\\x00-\x1f\x7f]/.test(name);
}

/** How git writes `name` in a `diff --git` header (quotepath off). */
export function quoteGitPath(name: string): string {
  if (!needsQuoting(name)) return name;
  let out = '"';
  for (const ch of name) {
    const named = NAMED_ESCAPES[ch];
    if (named) out += `\\${named}`;
    else if (ch < ' ' || ch === '\x7f') out += `\\${ch.charCodeAt(0).toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

const UNESCAPE: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * Reads a name as git writes it in a patch: a C-quoted name is unescaped
 * (octal escapes are bytes, decoded as UTF-8), anything else is returned as
 * is. Returns null for a quoted name that is not closed or has a bad escape.
 */
export function unquoteGitPath(text: string): string | null {
  if (!text.startsWith('"')) return text;
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  let i = 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') return i === text.length - 1 ? new TextDecoder().decode(new Uint8Array(bytes)) : null;
    if (ch !== '\\') {
      const cp = text.codePointAt(i)!;
      const s = String.fromCodePoint(cp);
      bytes.push(...encoder.encode(s));
      i += s.length;
      continue;
    }
    const next = text[i + 1];
    if (next === undefined) return null;
    if (/[0-7]/.test(next)) {
      const oct = /^[0-7]{1,3}/.exec(text.slice(i + 1))![0];
      bytes.push(Number.parseInt(oct, 8) & 0xff);
      i += 1 + oct.length;
    } else if (next in UNESCAPE) {
      bytes.push(UNESCAPE[next]!);
      i += 2;
    } else {
      return null;
    }
  }
  return null;
}
