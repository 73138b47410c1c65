/**
 * The language-neutral intermediate representation (IR).
 *
 * Every language front end (src/lang/<name>/lower.ts) lowers its syntax tree
 * into these nodes, once per file. Checks, evidence collectors and the
 * dataflow engine all read the IR, never the tree-sitter tree, so a check
 * written against API names (for example `subprocess.Popen`) works for any
 * language whose front end produces the same shapes.
 *
 * Positions: lines are 1-based; columns are 1-based UTF-16 code units, which
 * is what SARIF assumes by default and what editors display.
 */

export interface Range {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

interface Base {
  range: Range;
}

// ---------------------------------------------------------------- expressions

export interface NameExpr extends Base {
  kind: 'name';
  id: string;
}

export interface AttributeExpr extends Base {
  kind: 'attribute';
  object: Expr;
  attr: string;
}

export interface IndexExpr extends Base {
  kind: 'index';
  object: Expr;
  index: Expr;
}

export interface SliceExpr extends Base {
  kind: 'slice';
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

export interface Arg extends Base {
  /** Keyword name, or null for a positional argument. */
  name: string | null;
  value: Expr;
  /** `*args` is 'list', `**kwargs` is 'dict'. */
  spread: 'list' | 'dict' | null;
}

export interface CallExpr extends Base {
  kind: 'call';
  callee: Expr;
  args: Arg[];
  /**
   * Written as a construction (`new C(...)` in JavaScript). Otherwise it is an ordinary call: analyses that
   * do not care how an object is made treat both alike (Python's `C(...)` has no flag).
   */
  isNew?: boolean;
}

export type LiteralValue = string | number | boolean | null;

export interface LiteralExpr extends Base {
  kind: 'literal';
  /** 'none' is Python's None / JavaScript's null. */
  type: 'str' | 'bytes' | 'int' | 'float' | 'bool' | 'none' | 'ellipsis';
  value: LiteralValue;
}

/** String building with holes: f-strings, template literals. */
export interface TemplateExpr extends Base {
  kind: 'template';
  /** Literal text and interpolated expressions, in source order. */
  parts: Array<string | Expr>;
}

export interface BinaryExpr extends Base {
  kind: 'binary';
  op: string;
  left: Expr;
  right: Expr;
}

export interface UnaryExpr extends Base {
  kind: 'unary';
  op: string;
  operand: Expr;
}

/** A chain `a < b <= c` keeps every operator; `left` is the first operand. */
export interface CompareExpr extends Base {
  kind: 'compare';
  left: Expr;
  ops: string[];
  comparators: Expr[];
}

export interface LogicalExpr extends Base {
  kind: 'logical';
  op: 'and' | 'or';
  values: Expr[];
}

export interface ConditionalExpr extends Base {
  kind: 'conditional';
  test: Expr;
  body: Expr;
  orelse: Expr;
}

export interface SequenceExpr extends Base {
  kind: 'sequence';
  type: 'list' | 'tuple' | 'set';
  elements: Expr[];
}

export interface DictEntry extends Base {
  /** null for a `**spread` entry. */
  key: Expr | null;
  value: Expr;
}

export interface DictExpr extends Base {
  kind: 'dict';
  entries: DictEntry[];
}

export interface Param extends Base {
  name: string;
  default: Expr | null;
  annotation: Expr | null;
  type: 'normal' | 'list' | 'dict';
  /** Parameter decorators (TypeScript: `@Query('q') q: string`); absent when the language has none. */
  decorators?: Expr[];
}

export interface LambdaExpr extends Base {
  kind: 'lambda';
  params: Param[];
  body: Expr;
}

export interface ComprehensionClause extends Base {
  target: Expr;
  iter: Expr;
  conditions: Expr[];
}

export interface ComprehensionExpr extends Base {
  kind: 'comprehension';
  type: 'list' | 'set' | 'dict' | 'generator';
  element: Expr;
  /** Only for dict comprehensions: the key expression. */
  key: Expr | null;
  clauses: ComprehensionClause[];
}

export interface StarredExpr extends Base {
  kind: 'starred';
  value: Expr;
}

export interface AwaitExpr extends Base {
  kind: 'await';
  value: Expr;
}

export interface YieldExpr extends Base {
  kind: 'yield';
  value: Expr | null;
}

export interface NamedExpr extends Base {
  kind: 'walrus';
  target: NameExpr;
  value: Expr;
}

/** Syntax the front end does not model; still carries its range. */
export interface UnknownExpr extends Base {
  kind: 'unknown';
  syntax: string;
  children: Expr[];
}

export type Expr =
  | NameExpr
  | AttributeExpr
  | IndexExpr
  | SliceExpr
  | CallExpr
  | LiteralExpr
  | TemplateExpr
  | BinaryExpr
  | UnaryExpr
  | CompareExpr
  | LogicalExpr
  | ConditionalExpr
  | SequenceExpr
  | DictExpr
  | LambdaExpr
  | ComprehensionExpr
  | StarredExpr
  | AwaitExpr
  | YieldExpr
  | NamedExpr
  | UnknownExpr
  /** A function written as an expression (JavaScript function expressions and arrows; `expression` is set). */
  | FunctionDef;

// ----------------------------------------------------------------- statements

export interface ExprStmt extends Base {
  kind: 'expr';
  expr: Expr;
}

export interface AssignStmt extends Base {
  kind: 'assign';
  /** `a = b = value` has two targets. A bare annotation has none. */
  targets: Expr[];
  value: Expr | null;
  /** Augmented assignment operator without '=', e.g. '+' for `+=`. */
  op: string | null;
  annotation: Expr | null;
}

export interface IfStmt extends Base {
  kind: 'if';
  test: Expr;
  body: Stmt[];
  /** `elif` chains lower to a nested IfStmt as the sole element. */
  orelse: Stmt[];
}

export interface WhileStmt extends Base {
  kind: 'while';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface ForStmt extends Base {
  kind: 'for';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  isAsync: boolean;
}

export interface ExceptHandler extends Base {
  /** null for a bare `except:`. */
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface TryStmt extends Base {
  kind: 'try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

export interface WithItem extends Base {
  context: Expr;
  target: Expr | null;
}

export interface WithStmt extends Base {
  kind: 'with';
  items: WithItem[];
  body: Stmt[];
  isAsync: boolean;
}

export interface FunctionDef extends Base {
  kind: 'function';
  /** '' for an anonymous function expression. */
  name: string;
  params: Param[];
  body: Stmt[];
  decorators: Expr[];
  isAsync: boolean;
  /**
   * A function written in expression position (a JavaScript function expression or arrow function) rather
   * than declared: it binds no name in the enclosing scope (a named function expression's name is visible
   * only inside it). Python's lambdas stay `lambda` expressions.
   */
  expression?: boolean;
}

export interface ClassDef extends Base {
  kind: 'class';
  name: string;
  bases: Arg[];
  body: Stmt[];
  decorators: Expr[];
}

export interface ReturnStmt extends Base {
  kind: 'return';
  value: Expr | null;
}

export interface RaiseStmt extends Base {
  kind: 'raise';
  exc: Expr | null;
  cause: Expr | null;
}

export interface ImportName extends Base {
  /** Dotted name as written: `os.path`, or for `from m import x`, `x`. */
  name: string;
  /** `as` alias, or null. */
  alias: string | null;
}

export interface ImportStmt extends Base {
  kind: 'import';
  /** For `from M import ...`, M (without leading dots); null for `import a, b`. */
  from: string | null;
  /** Number of leading dots of a relative import. */
  level: number;
  names: ImportName[];
  /** `from m import *` */
  star: boolean;
}

export interface AssertStmt extends Base {
  kind: 'assert';
  test: Expr;
  msg: Expr | null;
}

export interface SimpleStmt extends Base {
  kind: 'pass' | 'break' | 'continue';
}

export interface DeleteStmt extends Base {
  kind: 'delete';
  targets: Expr[];
}

export interface ScopeDeclStmt extends Base {
  kind: 'global' | 'nonlocal';
  names: string[];
}

export interface MatchCase extends Base {
  /** Patterns lowered as expressions: literals, names, sequences; '_' is a wildcard name. */
  patterns: Expr[];
  guard: Expr | null;
  body: Stmt[];
}

export interface MatchStmt extends Base {
  kind: 'match';
  subject: Expr;
  cases: MatchCase[];
}

export type Stmt =
  | ExprStmt
  | AssignStmt
  | IfStmt
  | WhileStmt
  | ForStmt
  | TryStmt
  | WithStmt
  | FunctionDef
  | ClassDef
  | ReturnStmt
  | RaiseStmt
  | ImportStmt
  | AssertStmt
  | SimpleStmt
  | DeleteStmt
  | ScopeDeclStmt
  | MatchStmt;

export type Node = Expr | Stmt;

export type NodeKind = Node['kind'];

export type NodeOfKind<K extends NodeKind> = Extract<Node, { kind: K }>;

/** One source file, lowered. */
export interface Module {
  path: string;
  language: string;
  body: Stmt[];
  /** Line count of the source. */
  lineCount: number;
  /** Ranges the parser could not parse; the rest of the file is still lowered. */
  parseErrors: Range[];
}
