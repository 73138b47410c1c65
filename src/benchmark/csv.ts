/**
 * The expected-results CSV of a corpus: one row per test file with the
 * columns `test name, category, vulnerable, CWE` (further columns are
 * ignored). A header row is optional and recognised by its third field not
 * being a boolean. Blank lines and lines starting with `#` are skipped; fields may be quoted (`""`
 * escapes a quote) and padded with spaces; CRLF and a BOM are accepted.
 */
export class LabelError extends Error {
  override name = 'LabelError';
}

export interface CsvRow {
  /** 1-based line of the row in the file. */
  line: number;
  testName: string;
  category: string;
  vulnerable: boolean;
  cwe: number;
}

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/** Parses the CSV text; `name` (the file's name) prefixes error messages. Throws LabelError. */
export function parseExpectedCsv(text: string, name: string): CsvRow[] {
  const rows: CsvRow[] = [];
  const seen = new Map<string, number>();
  const records = splitRecords(text.replace(/^\uFEFF/, ''), name);
  records.forEach(({ line, fields }, index) => {
    const where = `${name} line ${line}`;
    if (fields[0]!.startsWith('#')) return; // a comment, or a header written as one
    if (index === 0 && fields.length >= 3 && parseBool(fields[2]!) === null) return; // header
    if (fields.length < 4) {
      throw new LabelError(`${where}: expected 4 columns (test name, category, vulnerable, CWE), found ${fields.length}`);
    }
    const [testName, category, vulnerable, cwe] = fields as [string, string, string, string];
    if (!testName) throw new LabelError(`${where}: the test name is empty`);
    if (!category) throw new LabelError(`${where}: the category is empty`);
    const vuln = parseBool(vulnerable);
    if (vuln === null) throw new LabelError(`${where}: vulnerable must be true or false, not "${vulnerable}"`);
    const id = parseCweField(cwe);
    if (id === null) throw new LabelError(`${where}: CWE must be a number such as 89 or CWE-89, not "${cwe}"`);
    const key = testName.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) throw new LabelError(`${where}: test "${testName}" is already listed on line ${first}`);
    seen.set(key, line);
    rows.push({ line, testName, category, vulnerable: vuln, cwe: id });
  });
  return rows;
}

function parseBool(value: string): boolean | null {
  const v = value.toLowerCase();
  return TRUE.has(v) ? true : FALSE.has(v) ? false : null;
}

export function parseCweField(value: string): number | null {
  const m = /^(?:CWE[-_ ]?)?(\d+)$/i.exec(value.trim());
  return m ? Number(m[1]) : null;
}

interface CsvRecord {
  line: number;
  fields: string[];
}

/** Splits CSV text into records of trimmed fields; a quoted field may span lines. */
function splitRecords(text: string, name: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false; // inside quotes
  let wasQuoted = false; // the current field had quotes (keep its inner spaces)
  let line = 1;
  let start = 1;
  const endField = () => {
    fields.push(wasQuoted ? field : field.trim());
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (fields.length > 1 || fields[0] !== '') records.push({ line: start, fields });
    fields = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field.trim() === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      field = '';
    } else if (c === '"') {
      throw new LabelError(`${name} line ${line}: stray quote in field "${field.trim()}"`);
    } else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else if (wasQuoted) {
      if (c !== ' ' && c !== '\t') throw new LabelError(`${name} line ${line}: text after a closing quote`);
    } else field += c;
  }
  if (quoted) throw new LabelError(`${name} line ${start}: a quoted field is not closed`);
  endRecord();
  return records;
}
