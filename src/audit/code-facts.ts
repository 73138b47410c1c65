/**
 * The facts about a source file that line references are checked against:
 * for each claim kind, the lines where the code has what that kind needs.
 *
 * For a language Pillar lowers to the IR (Python today) the facts come from
 * the IR: compare nodes, calls by name, loops, try/raise, with-blocks,
 * function definitions and string literals bound to credential-like names.
 * For any other file they come from the text of each line (a lexical
 * fallback, marked as such in the report).
 */
import { forEachChild } from '../ir/walk.js';
import type { Expr, Module, Node } from '../ir/types.js';
import { languageForPath } from '../lang/registry.js';
import { GrammarParser } from '../parse/cst.js';
import type { ClaimKind } from './claims.js';

export type CheckableKind = Exclude<ClaimKind, 'unverifiable'>;

export interface CodeFact {
  kind: CheckableKind;
  line: number;
  endLine: number;
  /** What was found, e.g. "call self.addCleanup" or "comparison ==". */
  what: string;
}

export interface CodeFacts {
  lineCount: number;
  method: 'ir' | 'text';
  facts: CodeFact[];
  /** The parsed module when the IR was used (for the engine run and reports). */
  module: Module | null;
}

const parsers = new Map<string, Promise<GrammarParser>>();

/** `a.b.c` for a callee made of names and attributes; the last part alone for anything else. */
export function dottedName(e: Expr): string | null {
  if (e.kind === 'name') return e.id;
  if (e.kind === 'attribute') {
    const base = dottedName(e.object);
    return base ? `${base}.${e.attr}` : e.attr;
  }
  if (e.kind === 'call') return dottedName(e.callee);
  return null;
}

const CLEANUP_CALL = /^(?:close|closeall|cleanup|clean_up|cleanUp|addCleanup|addClassCleanup|add_cleanup|doCleanups|tearDown|teardown|tear_down|release|dispose|shutdown|shut_down|terminate|stop|reset|destroy|free|disconnect|unlink|rmtree|remove|cleanup_\w+|\w*_cleanup|\w*[Cc]leanup\w*|\w*[Tt]eardown\w*|__exit__|aclose)$/;
const CLEANUP_DEF = /^(?:tearDown\w*|teardown\w*|_*clean_?up\w*|_*cleanUp\w*|\w*_clean_?up|close|__exit__|__aexit__|__del__|dispose|release|shutdown)$/;
const COMPARING_ASSERT = /^(?:assert(?:Equal|Equals|NotEqual|NotEquals|In|NotIn|Is|IsNot|IsNone|IsNotNone|Greater|GreaterEqual|Less|LessEqual|AlmostEqual|NotAlmostEqual|CountEqual|ItemsEqual|DictEqual|ListEqual|SequenceEqual|SetEqual|TupleEqual|MultiLineEqual|DictContainsSubset|Regex|RegexpMatches)|compare_digest|assert_equal|assert_called_once_with|assert_called_with|assert_has_calls|assert_any_call)$/;
const SLEEP_CALL = /(?:^|_)(?:sleep|wait|poll|retry|retries|backoff)(?:_|$)|^(?:sleep|wait\w*|poll\w*|retry\w*|_wait\w*|_poll\w*)$/i;
const STUB_CALL = /stub|mock|patch|fake|fixture|monkeypatch/i;
const FAILURE_CALL = /^(?:fail|failIf|failUnless|failureException|assertRaises|assertRaisesRegex|assertRaisesRegexp|assertWarns|raises|exit|abort|_exit|expectFailure|raise_for_status|\w*_raises?)$/;
const CREDENTIAL_NAME = /(?:^|_|\b)(?:pass(?:word|wd|phrase)?|pwd|secret|token|api_?key|apikey|access_?key|private_?key|auth(?:_?token)?|credentials?|client_secret|session_key)(?:$|_|\b)/i;
const KEY_SHAPED = /^(?:AKIA[0-9A-Z]{16}|-----BEGIN (?:RSA |EC |DSA |OPENSSH )?PRIVATE KEY-----[\s\S]*|gh[pousr]_[A-Za-z0-9]{30,}|xox[abpr]-[A-Za-z0-9-]{10,}|sk-[A-Za-z0-9]{20,})$/;

function lastPart(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

function isNonEmptyString(e: Expr | null): e is Expr & { kind: 'literal'; value: string } {
  return !!e && e.kind === 'literal' && (e.type === 'str' || e.type === 'bytes') && typeof e.value === 'string' && e.value.length > 0;
}

function targetName(e: Expr): string | null {
  if (e.kind === 'name') return e.id;
  if (e.kind === 'attribute') return e.attr;
  if (e.kind === 'index' && e.index.kind === 'literal' && typeof e.index.value === 'string') return e.index.value;
  return null;
}

/** Walks the IR once and records, for every claim kind, the lines that support it. */
export function factsFromModule(module: Module): CodeFact[] {
  const facts: CodeFact[] = [];
  const add = (kind: CheckableKind, node: { range: { line: number; endLine: number } }, what: string, headerOnly = false) =>
    facts.push({ kind, line: node.range.line, endLine: headerOnly ? node.range.line : node.range.endLine, what });
  const credential = (name: string | null, value: Expr | null, at: { range: { line: number; endLine: number } }) => {
    if (name && CREDENTIAL_NAME.test(name) && isNonEmptyString(value)) add('credentials', at, `string literal bound to ${name}`);
  };
  const visit = (node: Node): void => {
    switch (node.kind) {
      case 'compare':
        add('comparison', node, `comparison ${node.ops.join(' ')}`);
        break;
      case 'call': {
        const name = dottedName(node.callee);
        if (name) {
          const last = lastPart(name);
          if (CLEANUP_CALL.test(last)) add('cleanup', node, `call ${name}`);
          if (COMPARING_ASSERT.test(last)) add('comparison', node, `call ${name}`);
          if (SLEEP_CALL.test(last)) add('sleep-polling', node, `call ${name}`);
          if (STUB_CALL.test(name)) add('stubbing', node, `call ${name}`);
          if (FAILURE_CALL.test(last)) add('exception-handling', node, `call ${name}`);
        }
        for (const a of node.args) credential(a.name, a.value, a.value);
        break;
      }
      case 'with':
        add('cleanup', node, 'with-block (context manager)', true);
        break;
      case 'while':
      case 'for':
        add('sleep-polling', node, `${node.kind} loop`, true);
        break;
      case 'try':
        add('exception-handling', node, node.finalbody.length ? 'try … finally' : 'try', true);
        for (const h of node.handlers) add('exception-handling', h, 'except handler', true);
        if (node.finalbody.length) add('cleanup', node.finalbody[0], 'finally block', true);
        break;
      case 'raise':
        add('exception-handling', node, 'raise');
        break;
      case 'function':
        if (CLEANUP_DEF.test(node.name)) add('cleanup', node, `definition of ${node.name}`, true);
        if (STUB_CALL.test(node.name)) add('stubbing', node, `definition of ${node.name}`, true);
        for (const d of node.decorators) {
          const name = dottedName(d);
          if (name && STUB_CALL.test(name)) add('stubbing', d, `decorator ${name}`);
        }
        for (const p of node.params) credential(p.name, p.default, p);
        break;
      case 'assign':
        for (const t of node.targets) credential(targetName(t), node.value, node);
        break;
      case 'dict':
        for (const e of node.entries) if (e.key && isNonEmptyString(e.key)) credential(e.key.value, e.value, e.value);
        break;
      case 'literal':
        if (typeof node.value === 'string' && KEY_SHAPED.test(node.value)) add('credentials', node, 'key-shaped string literal');
        break;
      default:
        break;
    }
    forEachChild(node, visit);
  };
  for (const s of module.body) visit(s);
  return facts;
}

/** Per-line text cues, for files without an IR front end. Deliberately narrow. */
const TEXT_CUES: Array<{ kind: CheckableKind; re: RegExp; what: string }> = [
  { kind: 'cleanup', re: /\b(?:close|cleanup|addCleanup|tearDown|teardown|release|dispose|shutdown|destroy|free)\s*\(|\bfinally\b|\bwith\b.*:\s*$|\busing\s*\(/, what: 'cleanup call' },
  { kind: 'comparison', re: /[=!]==?|<=|>=|[^<-]<[^<=]|[^>-]>[^>=]|\bassert\w*Equal\w*\s*\(|\.equals\s*\(|\bcompare\w*\s*\(/, what: 'comparison' },
  { kind: 'sleep-polling', re: /\b(?:sleep|wait\w*|poll\w*|retry\w*)\s*\(|\b(?:while|for)\b/, what: 'sleep, wait or loop' },
  { kind: 'stubbing', re: /stub|mock|patch|fake|fixture/i, what: 'stub, mock or fixture' },
  { kind: 'exception-handling', re: /\b(?:try|except|catch|raise|throw|throws|finally)\b|\b(?:fail|assertRaises)\s*\(/, what: 'exception handling' },
  {
    kind: 'credentials',
    re: /(?:pass(?:word|wd)?|secret|token|api_?key|private_?key|credential)\w*["']?\s*[:=]\s*["'][^"']+["']/i,
    what: 'credential-like literal',
  },
];

export function factsFromText(source: string): CodeFact[] {
  const facts: CodeFact[] = [];
  source.split('\n').forEach((text, i) => {
    for (const cue of TEXT_CUES) if (cue.re.test(text)) facts.push({ kind: cue.kind, line: i + 1, endLine: i + 1, what: cue.what });
  });
  return facts;
}

export function countLines(source: string): number {
  if (source.length === 0) return 0;
  const lines = source.split('\n').length;
  return source.endsWith('\n') ? lines - 1 : lines;
}

/** Lowers the file when Pillar has a front end for its language, else falls back to the text. */
export async function codeFactsFor(path: string, source: string): Promise<CodeFacts> {
  const lang = languageForPath(path);
  if (lang) {
    try {
      let parser = parsers.get(lang.id);
      if (!parser) {
        parser = GrammarParser.create(lang.grammar);
        parsers.set(lang.id, parser);
      }
      const module = lang.lower(path, (await parser).parse(source));
      return { lineCount: countLines(source), method: 'ir', facts: factsFromModule(module), module };
    } catch {
      // A file the front end cannot lower is still audited, on its text.
    }
  }
  return { lineCount: countLines(source), method: 'text', facts: factsFromText(source), module: null };
}
