import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';
import type { Range } from '../ir/types.js';

/**
 * A plain-JavaScript snapshot of a tree-sitter tree.
 *
 * Reading a tree through web-tree-sitter crosses into WebAssembly for every
 * property, so the tree is copied once with a cursor (the cheapest way to read
 * it) and every later stage works on ordinary objects.
 */
export interface CstNode {
  type: string;
  /** The grammar field this node fills in its parent, if any. */
  field: string | null;
  named: boolean;
  /** UTF-16 offsets into the source. */
  start: number;
  end: number;
  range: Range;
  children: readonly CstNode[];
}

export interface ParsedFile {
  root: CstNode;
  source: string;
  /** ERROR and MISSING nodes: the parts of the file that did not parse. */
  errors: Range[];
  /**
   * Nodes nested deeper than MAX_CST_DEPTH: kept as leaves, their contents
   * dropped, so that every later (recursive) stage has a bounded depth.
   */
  tooDeep: Range[];
}

/**
 * How deep the snapshot goes. CPython itself refuses to compile nesting much
 * beyond this (200 brackets; about 3,000 chained operators or elifs), so real
 * code never reaches it; generated or hostile input may.
 */
export const MAX_CST_DEPTH = 3000;

const require = createRequire(import.meta.url);
let parserReady: Promise<void> | null = null;
/**
 * The Emscripten module web-tree-sitter builds: `Parser.init` turns the
 * options object it is given into the module, so after init this object also
 * holds the grammar-independent WebAssembly exports (see `RawCursorCalls`).
 */
const binding: Record<string, unknown> = {};
const languages = new Map<string, Promise<Language>>();

function initParser(): Promise<void> {
  if (!parserReady) {
    binding.locateFile = () => require.resolve('web-tree-sitter/tree-sitter.wasm');
    parserReady = Parser.init(binding);
  }
  return parserReady;
}

/** Loads a grammar from the .wasm file its own npm package ships. */
export async function loadGrammar(wasmModulePath: string): Promise<Language> {
  await initParser();
  let lang = languages.get(wasmModulePath);
  if (!lang) {
    lang = Language.load(require.resolve(wasmModulePath));
    languages.set(wasmModulePath, lang);
  }
  return lang;
}

/** A reusable parser bound to one grammar. Not safe to share across threads. */
export class GrammarParser {
  private readonly parser: Parser;
  private readonly language: Language;

  private constructor(language: Language) {
    this.parser = new Parser();
    this.parser.setLanguage(language);
    this.language = language;
  }

  static async create(wasmModulePath: string): Promise<GrammarParser> {
    return new GrammarParser(await loadGrammar(wasmModulePath));
  }

  parse(source: string): ParsedFile {
    const tree = this.parser.parse(source);
    if (!tree) throw new Error('tree-sitter returned no tree');
    try {
      const errors: Range[] = [];
      const tooDeep: Range[] = [];
      // Asked before the cursor exists: asking for a node overwrites the
      // buffer the direct cursor lives in.
      const hasError = tree.rootNode.hasError;
      const root = snapshot(openCursor(tree), this.language, source, hasError, errors, tooDeep);
      return { root, source, errors, tooDeep };
    } finally {
      tree.delete();
    }
  }
}

/** Offsets of each line start, to turn UTF-16 offsets into line/column in JS. */
export function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Converts a pair of offsets into a Range using the line-start table. */
export function offsetsToRange(starts: readonly number[], start: number, end: number): Range {
  const line = lineOf(starts, start);
  const endLine = end === start ? line : lineOf(starts, end);
  return { line: line + 1, col: start - starts[line]! + 1, endLine: endLine + 1, endCol: end - starts[endLine]! + 1 };
}

/**
 * The line (0-based) holding `offset`. Lookups come mostly in source order,
 * so the line found last is tried first (per table, one entry).
 */
function lineOf(starts: readonly number[], offset: number): number {
  const hint = lastLine.get(starts);
  if (hint !== undefined && starts[hint]! <= offset && (hint + 1 >= starts.length || offset < starts[hint + 1]!)) return hint;
  const line = searchLine(starts, offset);
  lastLine.set(starts, line);
  return line;
}
const lastLine = new WeakMap<readonly number[], number>();

function searchLine(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

type Tree = NonNullable<ReturnType<Parser['parse']>>;

/** The cursor moves and reads the snapshot needs; each is one call into WebAssembly. */
export interface CursorOps {
  typeId(): number;
  fieldId(): number;
  startIndex(): number;
  endIndex(): number;
  isMissing(): boolean;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  delete(): void;
}

/** The WebAssembly exports behind web-tree-sitter's TreeCursor, taking the tree's address. */
interface RawCursorExports {
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_missing_wasm(tree: number): number;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_delete_wasm(tree: number): void;
}
const RAW_EXPORTS: readonly (keyof RawCursorExports)[] = [
  '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_current_field_id_wasm',
  '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm',
  '_ts_tree_cursor_current_node_is_missing_wasm',
  '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm',
  '_ts_tree_cursor_goto_parent_wasm',
  '_ts_tree_cursor_delete_wasm',
];

/** Set to false to read trees through web-tree-sitter's public TreeCursor only (tests compare the two). */
export const cursorMode = { direct: true };

/** Whether trees are read through the WebAssembly exports directly (after the first parser is created). */
export function directCursorAvailable(): boolean {
  return rawExports() !== null;
}

function rawExports(): RawCursorExports | null {
  return RAW_EXPORTS.every((name) => typeof binding[name] === 'function') ? (binding as unknown as RawCursorExports) : null;
}

/**
 * A cursor over the whole tree.
 *
 * web-tree-sitter keeps a cursor's state in JavaScript and copies it into a
 * shared transfer buffer before, and back out after, every call: eight
 * memory accesses around each call, for a walk that makes five or six calls
 * per node. The WebAssembly side only ever reads the cursor from that buffer
 * and writes it back there, so while nothing else uses the buffer the state
 * can simply stay in it. The direct cursor does exactly that: `tree.walk()`
 * leaves the new cursor in the buffer, and the walk then calls the exports
 * itself until it deletes the cursor, with nothing in between that touches
 * the buffer (the walk is synchronous and makes no other tree-sitter call).
 * It relies on internals of the exact web-tree-sitter version pinned in
 * package.json; when they are not there it falls back to the public cursor,
 * and a test checks that both read the same tree.
 */
function openCursor(tree: Tree): CursorOps {
  const raw = cursorMode.direct ? rawExports() : null;
  const address = (tree as unknown as { 0?: unknown })[0];
  const cursor = tree.walk();
  if (!raw || typeof address !== 'number') return publicCursor(cursor);
  const t = address;
  return {
    typeId: () => raw._ts_tree_cursor_current_node_type_id_wasm(t),
    fieldId: () => raw._ts_tree_cursor_current_field_id_wasm(t),
    startIndex: () => raw._ts_tree_cursor_start_index_wasm(t),
    endIndex: () => raw._ts_tree_cursor_end_index_wasm(t),
    isMissing: () => raw._ts_tree_cursor_current_node_is_missing_wasm(t) === 1,
    gotoFirstChild: () => raw._ts_tree_cursor_goto_first_child_wasm(t) === 1,
    gotoNextSibling: () => raw._ts_tree_cursor_goto_next_sibling_wasm(t) === 1,
    gotoParent: () => raw._ts_tree_cursor_goto_parent_wasm(t) === 1,
    // Deletes the cursor the buffer holds now: the JavaScript object's copy of
    // the state is stale (its stack may have been reallocated since). That
    // object is dropped without `delete()`; web-tree-sitter 0.25 registers no
    // finalizer that would free the cursor a second time.
    delete: () => raw._ts_tree_cursor_delete_wasm(t),
  };
}

function publicCursor(cursor: ReturnType<Tree['walk']>): CursorOps {
  return {
    typeId: () => cursor.nodeTypeId,
    fieldId: () => cursor.currentFieldId,
    startIndex: () => cursor.startIndex,
    endIndex: () => cursor.endIndex,
    isMissing: () => cursor.nodeIsMissing,
    gotoFirstChild: () => cursor.gotoFirstChild(),
    gotoNextSibling: () => cursor.gotoNextSibling(),
    gotoParent: () => cursor.gotoParent(),
    delete: () => cursor.delete(),
  };
}

interface GrammarTables {
  types: string[];
  named: boolean[];
  fields: (string | null)[];
  /** Anonymous node types that are literal tokens (no spaces: not an alias such as `not in`). */
  literal: boolean[];
}

const tablesCache = new WeakMap<Language, GrammarTables>();

function tablesFor(language: Language): GrammarTables {
  let t = tablesCache.get(language);
  if (!t) {
    const types = language.types.slice();
    const named = types.map((_, id) => language.nodeTypeIsNamed(id));
    const literal = types.map((type, id) => !named[id] && type.length > 0 && !/\s/.test(type));
    t = { types, named, fields: language.fields.slice(), literal };
    tablesCache.set(language, t);
  }
  return t;
}

const NO_CHILDREN: CstNode[] = Object.freeze([]) as unknown as CstNode[];

/**
 * A snapshot node. Its line/column range is worked out from the line-start
 * table the first time it is asked for: most tokens are never asked.
 */
class SnapshotNode implements CstNode {
  /** Leaves (most nodes) share one empty list; the walk gives a node its own list when it has children. */
  children: CstNode[] = NO_CHILDREN;
  private cachedRange: Range | null = null;

  constructor(
    readonly type: string,
    readonly field: string | null,
    readonly named: boolean,
    readonly start: number,
    readonly end: number,
    private readonly lines: readonly number[],
  ) {}

  get range(): Range {
    if (this.cachedRange === null) this.cachedRange = offsetsToRange(this.lines, this.start, this.end);
    return this.cachedRange;
  }
}

/**
 * Copies the tree with a cursor, reading only integers from WebAssembly:
 * type id, field id and offsets. Names come from per-grammar tables and
 * line/column from a line-start table, which is several times faster than
 * asking the cursor for positions and strings.
 *
 * Every cursor call crosses into WebAssembly, so calls whose answer is known
 * are skipped: in a tree without errors (hence without zero-width MISSING
 * tokens), an anonymous node whose type is a literal without spaces is that
 * literal token, so it has no children and ends after its text.
 */
function snapshot(cursor: CursorOps, language: Language, source: string, hasError: boolean, errors: Range[], tooDeep: Range[]): CstNode {
  try {
    return walk(cursor, tablesFor(language), lineStarts(source), hasError, errors, tooDeep);
  } finally {
    cursor.delete();
  }
}

function walk(cursor: CursorOps, tables: GrammarTables, starts: readonly number[], hasError: boolean, errors: Range[], tooDeep: Range[]): CstNode {
  const { types, named, fields, literal } = tables;
  /** Whether the node read last is a literal token (a leaf). */
  let leaf = false;
  const read = (fieldId: number): SnapshotNode => {
    const typeId = cursor.typeId();
    const start = cursor.startIndex();
    const type = types[typeId] ?? 'ERROR';
    leaf = !hasError && literal[typeId] === true;
    const end = leaf ? start + type.length : cursor.endIndex();
    const node = new SnapshotNode(type, fieldId ? (fields[fieldId] ?? null) : null, named[typeId] ?? true, start, end, starts);
    if (hasError && (type === 'ERROR' || (start === end && cursor.isMissing()))) errors.push(node.range);
    return node;
  };
  const root = read(0);
  // Iterative walk: deeply nested expressions must not overflow the JS stack.
  // Children collect in one list and each node gets an exact-size copy when
  // it is complete: arrays grown by push reserve room for 16 or more.
  const stack: SnapshotNode[] = [root];
  const firstChildAt: number[] = [0];
  const pending: CstNode[] = [];
  if (!cursor.gotoFirstChild()) return root;
  for (;;) {
    const child = read(cursor.fieldId());
    pending.push(child);
    if (!leaf && cursor.gotoFirstChild()) {
      if (stack.length < MAX_CST_DEPTH) {
        stack.push(child);
        firstChildAt.push(pending.length);
        continue;
      }
      cursor.gotoParent();
      tooDeep.push(child.range);
    }
    while (!cursor.gotoNextSibling()) {
      const complete = stack.pop()!;
      const from = firstChildAt.pop()!;
      complete.children = pending.slice(from);
      pending.length = from;
      if (stack.length === 0 || !cursor.gotoParent()) return root;
    }
  }
}
