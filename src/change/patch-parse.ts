/**
 * Reads a patch: a plain unified diff, a `git diff`, or one or more
 * `git format-patch` mails (whose Subject and body are the commit message).
 *
 * Hunks are parsed by parse-diff. What parse-diff does not do is done here:
 * - CRLF: parse-diff splits on "\n" only, so in a patch saved with CRLF line
 *   endings its header patterns (`^new file mode (\d+)$`, the
 *   `\ No newline at end of file` marker) fail on the "\r" and the marker is
 *   taken for a context line. A patch whose diff structure lines end in "\r"
 *   is converted to LF first (the content lines are then matched against the
 *   files ignoring a trailing "\r", see patch-apply.ts).
 * - `\ No newline at end of file`: parse-diff records it as a copy of the
 *   change before it; here it becomes a flag on the hunk's side.
 * - Names: parse-diff splits `diff --git a/x b/y` on " b/", which breaks on
 *   names with spaces, does not read `rename from`/`rename to`, and leaves
 *   git's C quoting (`"a/caf\303\251.py"`) in place. For git patches the
 *   names come from the `rename`/`copy` lines and `---`/`+++` lines,
 *   unquoted, with the first path component removed as `git apply -p1` does.
 * - Hunk line counts are checked: a patch cut short is an error, not a
 *   shorter change.
 */
import parseDiff from 'parse-diff';
import type { ChangedFile } from '../review/types.js';
import { ChangeError } from './errors.js';
import { unquoteGitPath } from './quote.js';

export interface HunkLine {
  op: ' ' | '+' | '-';
  text: string;
}

export interface PatchHunk {
  /** The `@@ -a,b +c,d @@` line, for messages. */
  header: string;
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: HunkLine[];
  /** The old / new side's last line has no newline (`\ No newline at end of file`). */
  oldNoEol: boolean;
  newNoEol: boolean;
}

export interface FilePatch {
  /** Null for a file the patch creates. */
  oldPath: string | null;
  /** Null for a file the patch deletes. */
  newPath: string | null;
  status: Exclude<ChangedFile['status'], 'type-changed'>;
  kind: ChangedFile['kind'];
  hunks: PatchHunk[];
}

export interface PatchMail {
  /** The commit id of a `git format-patch` mail (its `From <sha>` line). */
  sha: string | null;
  subject: string;
  message: string;
  files: FilePatch[];
}

export interface ParsedPatch {
  /** One entry per mail or commit, oldest first (the order they apply in); a plain diff is one entry with an empty subject. */
  mails: PatchMail[];
  /** The patch had CRLF line endings (converted before parsing). */
  crlf: boolean;
  /** It was a mail (format-patch) or `git show`/`git log -p` output, so the entries carry commit messages. */
  isMail: boolean;
}

export function parsePatch(input: string): ParsedPatch {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Only structure lines decide: content lines of a CRLF file end in "\r" in any patch of it.
  const crlf = /^(diff --git |@@ -\d).*\r$/m.test(text);
  if (crlf) text = text.replace(/\r\n/g, '\n');
  const shown = parseShowOutput(text);
  const mailTexts = shown ? null : splitMails(text);
  const isMail = shown !== null || mailTexts !== null;
  const mails = shown ?? (mailTexts ?? [text]).map((m) => (mailTexts ? parseMail(m) : { sha: null, subject: '', message: '', files: parseFiles(m) }));
  const fileCount = mails.reduce((n, m) => n + m.files.length, 0);
  if (fileCount === 0) throw new ChangeError('the patch contains no diff (no "diff --git", "---"/"+++" or "@@" lines)');
  return { mails, crlf, isMail };
}

const MBOX_FROM = /^From [0-9a-f]{7,64} /m;

/**
 * `git show` or `git log -p` output: `commit <sha>` headers, the message
 * indented by four spaces, then the diff. git log lists the newest first;
 * returned oldest first. Null when the text does not start that way.
 */
function parseShowOutput(text: string): PatchMail[] | null {
  if (!/^commit [0-9a-f]{7,64}\b/.test(text)) return null;
  const starts: number[] = [];
  const re = /^commit [0-9a-f]{7,64}\b/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index);
  return starts
    .map((s, i) => {
      const lines = text.slice(s, starts[i + 1] ?? text.length).split('\n');
      const sha = /^commit ([0-9a-f]{7,64})/.exec(lines[0]!)![1]!;
      let k = 1;
      while (k < lines.length && lines[k] !== '') k++; // Author:, Date:, Merge:
      const message: string[] = [];
      for (k++; k < lines.length && (lines[k]!.startsWith('    ') || lines[k] === ''); k++) message.push(lines[k]!.slice(4));
      const full = message.join('\n').trim();
      const subject = full.split('\n\n', 1)[0]!.replace(/\n/g, ' ');
      return { sha, subject, message: full, files: parseFiles(lines.slice(k).join('\n')) };
    })
    .reverse();
}

/** The mails of a format-patch mbox, or null when the text is not a mail. */
function splitMails(text: string): string[] | null {
  if (MBOX_FROM.test(text)) {
    const starts: number[] = [];
    const re = /^From [0-9a-f]{7,64} /gm;
    for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index);
    return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
  }
  // A single mail saved without its mbox line starts with mail headers.
  if (/^(From|Subject|Date): /.test(text.trimStart())) return [text.trimStart()];
  return null;
}

function parseMail(mail: string): PatchMail {
  const lines = mail.split('\n');
  const sha = /^From ([0-9a-f]{7,64}) /.exec(lines[0] ?? '')?.[1] ?? null;
  let i = sha ? 1 : 0;
  let subject = '';
  for (; i < lines.length && lines[i] !== ''; i++) {
    const line = lines[i]!;
    if (/^subject:/i.test(line)) {
      subject = line.replace(/^subject:\s*/i, '');
      // Folded header: continuation lines start with white space.
      while (i + 1 < lines.length && /^[ \t]/.test(lines[i + 1]!)) subject += ` ${lines[++i]!.trim()}`;
    }
  }
  subject = decodeMimeWords(subject)
    .replace(/^\s*\[[^\]]*\]\s*/, '')
    .trim();
  const bodyStart = i + 1;
  // The body ends at the "---" line before the diffstat, or at the diff itself.
  let end = bodyStart;
  while (end < lines.length && lines[end] !== '---' && !/^(diff |--- |Index: )/.test(lines[end]!)) end++;
  const body = lines.slice(bodyStart, end).join('\n').trim();
  const message = body ? `${subject}\n\n${body}` : subject;
  return { sha, subject, message, files: parseFiles(lines.slice(end).join('\n')) };
}

/** RFC 2047 encoded words (`=?UTF-8?q?caf=C3=A9?=`), which format-patch uses for non-ASCII subjects. */
export function decodeMimeWords(s: string): string {
  return s
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (whole, charset: string, enc: string, data: string) => {
      try {
        const bytes =
          enc.toLowerCase() === 'b'
            ? Buffer.from(data, 'base64')
            : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))), 'latin1');
        return new TextDecoder(charset.toLowerCase()).decode(bytes);
      } catch {
        return whole;
      }
    });
}

/** The file patches of a diff text (git style, or plain unified diff). */
function parseFiles(text: string): FilePatch[] {
  if (/^diff --git /m.test(text)) return splitGitSections(text).map(parseGitSection);
  return parseDiff(text).map((f, k) => {
    const oldPath = f.from && f.from !== '/dev/null' ? f.from : null;
    const newPath = f.to && f.to !== '/dev/null' ? f.to : null;
    const name = newPath ?? oldPath ?? `file ${k + 1}`;
    const status = oldPath === null ? 'added' : newPath === null ? 'deleted' : oldPath !== newPath ? 'renamed' : 'modified';
    return { oldPath, newPath, status, kind: 'file', hunks: f.chunks.map((c, i) => toHunk(c, name, i)) };
  });
}

function splitGitSections(text: string): string[] {
  const starts: number[] = [];
  const re = /^diff --git /gm;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index);
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
}

function parseGitSection(section: string): FilePatch {
  const lines = section.split('\n');
  const firstHunk = lines.findIndex((l) => l.startsWith('@@ '));
  const header = firstHunk < 0 ? lines : lines.slice(0, firstHunk);
  let oldPath: string | null | undefined;
  let newPath: string | null | undefined;
  let renameFrom: string | null = null;
  let renameTo: string | null = null;
  let copied = false;
  let created = false;
  let deleted = false;
  let mode = '';
  let binary = false;
  const name = (raw: string) => unquoteGitPath(raw.replace(/\t.*$/, ''));
  for (const line of header) {
    const field = /^(new file mode|deleted file mode|new mode|index \S+|rename from|copy from|rename to|copy to) (.*)$/.exec(line);
    const key = field?.[1] ?? '';
    const value = field?.[2] ?? '';
    if (key === 'new file mode') created = true;
    if (key === 'deleted file mode') deleted = true;
    if (key === 'new file mode' || key === 'deleted file mode' || key === 'new mode') mode = value;
    else if (key.startsWith('index ') && /^\d+$/.test(value)) mode = value;
    else if (key === 'rename from' || key === 'copy from') {
      renameFrom = name(value);
      copied = key === 'copy from';
    } else if (key === 'rename to' || key === 'copy to') renameTo = name(value);
    else if (line.startsWith('--- ')) oldPath = patchPath(name(line.slice(4)));
    else if (line.startsWith('+++ ')) newPath = patchPath(name(line.slice(4)));
    else if (/^(Binary files .* differ|GIT binary patch)$/.test(line)) binary = true;
  }
  if (renameFrom !== null) oldPath = renameFrom;
  if (renameTo !== null) newPath = renameTo;
  if (oldPath === undefined || newPath === undefined) {
    // No ---/+++ lines (mode change, binary, rename without edits): the names are in the diff --git line.
    const both = namesFromDiffLine(lines[0]!);
    if (!both) throw new ChangeError(`cannot read the file names in the patch line "${lines[0]}"`);
    if (oldPath === undefined) oldPath = created ? null : both[0];
    if (newPath === undefined) newPath = deleted ? null : both[1];
  }
  const shown = newPath ?? oldPath ?? '?';
  const parsed = firstHunk < 0 ? [] : parseDiff(lines.slice(firstHunk).join('\n'));
  const hunks = (parsed[0]?.chunks ?? []).map((c, i) => toHunk(c, shown, i));
  const submodule = mode === '160000' || hunks.some((h) => h.lines.some((l) => l.text.startsWith('Subproject commit ')) && h.lines.length <= 2);
  const kind = submodule ? 'submodule' : mode === '120000' ? 'symlink' : binary ? 'binary' : 'file';
  const status = oldPath === null ? 'added' : newPath === null ? 'deleted' : copied ? 'copied' : oldPath !== newPath ? 'renamed' : 'modified';
  return { oldPath, newPath, status, kind, hunks };
}

/** `a/src/x.py` → `src/x.py`, as `git apply -p1` reads it; /dev/null → null. */
function patchPath(raw: string | null): string | null {
  if (raw === null) throw new ChangeError('a file name in the patch has a bad quoted form');
  if (raw === '/dev/null') return null;
  const slash = raw.indexOf('/');
  return slash < 0 ? raw : raw.slice(slash + 1);
}

/** The two names of `diff --git a/x b/x` when they can be told apart (quoted, or the same name twice). */
function namesFromDiffLine(line: string): [string, string] | null {
  const rest = line.slice('diff --git '.length);
  if (rest.startsWith('"')) {
    const end = closingQuote(rest);
    if (end < 0) return null;
    const second = rest.slice(end + 2);
    const a = patchPath(unquoteGitPath(rest.slice(0, end + 1)));
    const b = patchPath(unquoteGitPath(second));
    return a !== null && b !== null ? [a, b] : null;
  }
  const mid = (rest.length - 1) / 2;
  if (Number.isInteger(mid) && rest[mid] === ' ') {
    const a = patchPath(rest.slice(0, mid));
    const b = patchPath(rest.slice(mid + 1));
    if (a !== null && a === b) return [a, b];
  }
  return null;
}

function closingQuote(s: string): number {
  for (let i = 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return -1;
}

function toHunk(chunk: parseDiff.Chunk, file: string, index: number): PatchHunk {
  const lines: HunkLine[] = [];
  let oldNoEol = false;
  let newNoEol = false;
  for (const c of chunk.changes) {
    if (c.content.startsWith('\\')) {
      // "\ No newline at end of file" after a line: that line ends its side(s) without a newline.
      const prev = lines.at(-1);
      if (prev?.op !== '+') oldNoEol = true;
      if (prev?.op !== '-') newNoEol = true;
      continue;
    }
    const op = c.type === 'add' ? '+' : c.type === 'del' ? '-' : ' ';
    lines.push({ op, text: c.content.slice(1) });
  }
  const oldCount = lines.filter((l) => l.op !== '+').length;
  const newCount = lines.filter((l) => l.op !== '-').length;
  const header = chunk.content.replace(/^(@@[^@]*@@).*$/, '$1');
  if (oldCount !== chunk.oldLines || newCount !== chunk.newLines) {
    throw new ChangeError(
      `the patch is cut short or malformed: ${file}, hunk ${index + 1} (${header}) announces ${chunk.oldLines} old and ${chunk.newLines} new lines but has ${oldCount} and ${newCount}`,
    );
  }
  return { header, oldStart: chunk.oldStart, oldLines: chunk.oldLines, newStart: chunk.newStart, newLines: chunk.newLines, lines, oldNoEol, newNoEol };
}
