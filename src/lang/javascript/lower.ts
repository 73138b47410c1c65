/**
 * Lowers tree-sitter-javascript, tree-sitter-typescript and TSX syntax trees
 * into the language-neutral IR (src/ir/types.ts).
 *
 * Decisions, so that the analyses written for the IR read JavaScript right:
 * - every JavaScript function (declaration, expression, arrow, method) is a
 *   `function` node; in expression position it is flagged `expression`;
 * - `new C(a)` is a call with `isNew`; a regex literal is `new RegExp(p, f)`;
 * - `a.b` and `a['b']` (a constant string key) are attributes, `a[k]` an index;
 * - destructuring becomes plain assignments (`const {a, b: c = 1} = o` is
 *   `a = o.a; c = o.b || 1`), through a temporary when `o` is not a path;
 * - `const x = require('m')`, `const {a} = require('m')`, `import ... from 'm'`
 *   become import statements, so scope resolution names `m.a`;
 * - `switch` becomes an if/else chain of `===` tests (so a constant subject
 *   prunes the dead cases and a case narrows the subject); C-style `for` a
 *   `while`; `do … while` a `while (true)` ending in `if (!cond) break`;
 * - JSX `<Tag a={x}>kids</Tag>` is a call of the name `<jsx>` with the tag as
 *   first argument (a string for intrinsic elements), the children after it,
 *   and each attribute as a keyword argument (spread attributes as `**`);
 * - TypeScript types are erased, except parameter and variable annotations
 *   that name a type (kept as `annotation` so entry points can match them);
 *   interfaces, type aliases and ambient declarations are dropped; an enum is
 *   an object of its constant members.
 *
 * Unknown or erroneous syntax never throws: it becomes an `unknown` node that
 * keeps its range and its lowered children.
 */
import type {
  Arg,
  DictEntry,
  ExceptHandler,
  Expr,
  FunctionDef,
  ImportName,
  Module,
  Param,
  Range,
  Stmt,
} from '../../ir/types.js';
import type { CstNode, ParsedFile } from '../../parse/cst.js';
import { childOfType, field, fieldAll, hasToken, named, nameExpr, strLit, unknown } from './cst-helpers.js';
import { decodeJsEscapes, parseJsNumber } from './literals.js';
import { lowerJsx } from './lower-jsx.js';

export { JSX_CALLEE } from './lower-jsx.js';

export function lowerJavaScript(path: string, parsed: ParsedFile, language = 'javascript'): Module {
  const l = new Lowerer(parsed.source);
  const body = l.program(parsed.root);
  const lineCount = parsed.source.length === 0 ? 0 : parsed.root.range.endLine - (parsed.source.endsWith('\n') ? 1 : 0);
  return { path, language, body, lineCount, parseErrors: parsed.errors };
}

export function lowerTypeScript(path: string, parsed: ParsedFile): Module {
  return lowerJavaScript(path, parsed, 'typescript');
}

/** TypeScript-only wrappers around an expression: erased. */
const TYPE_WRAPPERS = new Set(['as_expression', 'satisfies_expression', 'non_null_expression', 'type_assertion']);

/** Declarations with no runtime effect. */
const TYPE_ONLY_STATEMENTS = new Set([
  'interface_declaration',
  'type_alias_declaration',
  'ambient_declaration',
  'function_signature',
  'abstract_method_signature',
  'index_signature',
  'method_signature',
  'debugger_statement',
  'empty_statement',
  'hash_bang_line',
  'import_alias',
]);

const FUNCTION_TYPES = new Set([
  'function_declaration',
  'generator_function_declaration',
  'function_expression',
  'function',
  'generator_function',
  'arrow_function',
  'method_definition',
]);

const MODULE_LOADER = 'require';

class Lowerer {
  constructor(private readonly source: string) {}

  text(n: CstNode): string {
    return this.source.slice(n.start, n.end);
  }

  // ------------------------------------------------------------ statements

  program(root: CstNode): Stmt[] {
    return this.block(root);
  }

  /** A block, or a single statement where JavaScript allows one (`if (a) b();`). */
  block(n: CstNode | null): Stmt[] {
    const out: Stmt[] = [];
    if (n) this.statementInto(n, out);
    return out;
  }

  private statementInto(n: CstNode, out: Stmt[]): void {
    const range = n.range;
    switch (n.type) {
      case 'statement_block':
      case 'program':
        for (const c of named(n)) this.statementInto(c, out);
        return;
      case 'ERROR':
        for (const c of named(n)) {
          if (isStatementType(c.type)) this.statementInto(c, out);
          else out.push({ kind: 'expr', expr: this.expr(c), range: c.range });
        }
        return;
      case 'expression_statement': {
        const kids = named(n);
        for (const k of kids) this.expressionStatementInto(k, out);
        return;
      }
      case 'lexical_declaration':
      case 'variable_declaration':
        for (const d of named(n)) if (d.type === 'variable_declarator') this.declaratorInto(d, out);
        return;
      case 'function_declaration':
      case 'generator_function_declaration':
        out.push(this.functionDef(n, false));
        return;
      case 'class_declaration':
      case 'abstract_class_declaration':
        out.push(this.classDef(n, null));
        return;
      case 'if_statement': {
        const alt = field(n, 'alternative');
        const altBody = alt ? (named(alt)[0] ?? null) : null;
        out.push({
          kind: 'if',
          test: this.condition(field(n, 'condition'), range),
          body: this.block(field(n, 'consequence')),
          orelse: altBody ? this.block(altBody) : [],
          range,
        });
        return;
      }
      case 'for_statement':
        this.forStatementInto(n, out);
        return;
      case 'for_in_statement':
        out.push(this.forIn(n));
        return;
      case 'while_statement':
        out.push({ kind: 'while', test: this.condition(field(n, 'condition'), range), body: this.block(field(n, 'body')), orelse: [], range });
        return;
      case 'do_statement': {
        // Runs at least once: `while (true) { body; if (!cond) break; }`.
        const cond = field(n, 'condition');
        const test = this.condition(cond, range);
        const body = this.block(field(n, 'body'));
        const r = cond?.range ?? range;
        body.push({ kind: 'if', test: { kind: 'unary', op: '!', operand: test, range: r }, body: [{ kind: 'break', range: r }], orelse: [], range: r });
        out.push({ kind: 'while', test: { kind: 'literal', type: 'bool', value: true, range }, body, orelse: [], range });
        return;
      }
      case 'try_statement':
        out.push(this.tryStatement(n));
        return;
      case 'switch_statement':
        this.switchInto(n, out);
        return;
      case 'return_statement': {
        const kids = named(n);
        out.push({ kind: 'return', value: kids.length ? this.exprList(kids, range) : null, range });
        return;
      }
      case 'throw_statement': {
        const kids = named(n);
        out.push({ kind: 'raise', exc: kids.length ? this.exprList(kids, range) : null, cause: null, range });
        return;
      }
      case 'break_statement':
        out.push({ kind: 'break', range });
        return;
      case 'continue_statement':
        out.push({ kind: 'continue', range });
        return;
      case 'labeled_statement':
        this.statementInto(field(n, 'body') ?? named(n)[named(n).length - 1] ?? n, out);
        return;
      case 'with_statement':
        out.push(...this.block(field(n, 'body')));
        return;
      case 'import_statement':
        this.importInto(n, out);
        return;
      case 'export_statement':
        this.exportInto(n, out);
        return;
      case 'enum_declaration':
        out.push(this.enumDecl(n));
        return;
      case 'internal_module':
      case 'module': {
        // `namespace N { ... }`: its statements, in place (names are not qualified by N).
        const body = field(n, 'body');
        if (body) out.push(...this.block(body));
        return;
      }
      default:
        if (TYPE_ONLY_STATEMENTS.has(n.type)) return;
        // An expression where a statement was expected (error recovery).
        this.expressionStatementInto(n, out);
    }
  }

  /** An expression used as a statement: assignments, updates and sequences become statements. */
  private expressionStatementInto(n: CstNode, out: Stmt[]): void {
    const range = n.range;
    switch (n.type) {
      case 'assignment_expression':
        this.assignmentInto(n, out);
        return;
      case 'augmented_assignment_expression': {
        const opNode = n.children.find((c) => c.field === 'operator');
        const op = opNode ? this.text(opNode).replace(/=$/, '') : '+';
        out.push({
          kind: 'assign',
          targets: [this.target(field(n, 'left'), range)],
          value: this.exprOr(field(n, 'right'), range),
          op,
          annotation: null,
          range,
        });
        return;
      }
      case 'update_expression': {
        const arg = field(n, 'argument');
        const op = this.text(n).includes('--') ? '-' : '+';
        out.push({ kind: 'assign', targets: [this.target(arg, range)], value: { kind: 'literal', type: 'int', value: 1, range }, op, annotation: null, range });
        return;
      }
      case 'sequence_expression':
        for (const c of named(n)) this.expressionStatementInto(c, out);
        return;
      case 'parenthesized_expression': {
        const inner = named(n);
        if (inner.length === 1 && (inner[0]!.type === 'assignment_expression' || inner[0]!.type === 'sequence_expression')) {
          this.expressionStatementInto(inner[0]!, out);
          return;
        }
        break;
      }
      case 'unary_expression': {
        const opNode = n.children.find((c) => c.field === 'operator');
        if (opNode && this.text(opNode) === 'delete') {
          out.push({ kind: 'delete', targets: [this.exprOr(field(n, 'argument'), range)], range });
          return;
        }
        break;
      }
      default:
        break;
    }
    out.push({ kind: 'expr', expr: this.expr(n), range });
  }

  private assignmentInto(n: CstNode, out: Stmt[]): void {
    const range = n.range;
    // `a = b = value` nests assignments on the right.
    const lefts: CstNode[] = [];
    let cur: CstNode | null = n;
    let valueNode: CstNode | null = null;
    while (cur) {
      const left = field(cur, 'left');
      if (left) lefts.push(left);
      const right = field(cur, 'right');
      if (right?.type === 'assignment_expression') {
        cur = right;
        continue;
      }
      valueNode = right;
      cur = null;
    }
    const value = this.exprOr(valueNode, range);
    if (lefts.every((l) => !isPattern(l))) {
      out.push({ kind: 'assign', targets: lefts.map((l) => this.target(l, range)), value, op: null, annotation: null, range });
      return;
    }
    // Destructuring: through a temporary when the value is not a path or more than one target takes it.
    const base = lefts.length === 1 ? this.pathOrTemp(value, range, out) : this.temp(value, range, out);
    for (const l of lefts) this.patternInto(l, base, range, out);
  }

  private declaratorInto(d: CstNode, out: Stmt[]): void {
    const range = d.range;
    const nameNode = field(d, 'name');
    const valueNode = field(d, 'value');
    if (!nameNode) return;
    if (valueNode && this.requireImportInto(nameNode, valueNode, range, out)) return;
    if (valueNode?.type === 'class' && nameNode.type === 'identifier') {
      out.push(this.classDef(valueNode, this.text(nameNode), range));
      return;
    }
    const typeNode = field(d, 'type');
    const annotation = typeNode ? this.typeExpr(typeNode) : null;
    // `let x;` is `let x = undefined`: a strong update.
    const value = valueNode ? this.expr(valueNode) : ({ kind: 'literal', type: 'none', value: null, range } as Expr);
    if (!isPattern(nameNode)) {
      out.push({ kind: 'assign', targets: [this.target(nameNode, range)], value, op: null, annotation, range });
      return;
    }
    this.patternInto(nameNode, this.pathOrTemp(value, range, out), range, out);
  }

  /**
   * `const x = require('m')`, `const {a, b: c} = require('m')`, `const y = require('m').y`: imports.
   * Returns false when the declaration is something else.
   */
  private requireImportInto(nameNode: CstNode, valueNode: CstNode, range: Range, out: Stmt[]): boolean {
    let call = valueNode;
    let member: string | null = null;
    if (call.type === 'member_expression') {
      const prop = field(call, 'property');
      const obj = field(call, 'object');
      if (!prop || !obj) return false;
      member = this.text(prop);
      call = obj;
    }
    const mod = this.requiredModule(call);
    if (mod === null) return false;
    const names: ImportName[] = [];
    if (nameNode.type === 'identifier') {
      if (member === null) {
        out.push({ kind: 'import', from: null, level: 0, names: [{ name: mod, alias: this.text(nameNode), range: nameNode.range }], star: false, range });
      } else {
        out.push({ kind: 'import', from: mod, level: 0, names: [{ name: member, alias: this.text(nameNode), range: nameNode.range }], star: false, range });
      }
      return true;
    }
    if (nameNode.type !== 'object_pattern' || member !== null) return false;
    for (const p of named(nameNode)) {
      if (p.type === 'shorthand_property_identifier_pattern') {
        names.push({ name: this.text(p), alias: null, range: p.range });
      } else if (p.type === 'pair_pattern') {
        const key = field(p, 'key');
        const value = field(p, 'value');
        if (!key || !value || value.type !== 'identifier' || (key.type !== 'property_identifier' && key.type !== 'string')) return false;
        const keyText = key.type === 'string' ? this.stringValue(key) : this.text(key);
        names.push({ name: keyText, alias: this.text(value), range: p.range });
      } else {
        return false; // defaults, rest or nested patterns: lowered as plain destructuring
      }
    }
    out.push({ kind: 'import', from: mod, level: 0, names, star: false, range });
    return true;
  }

  /** The module named by `require('m')` (without a `node:` prefix), or null. */
  private requiredModule(n: CstNode): string | null {
    if (n.type !== 'call_expression') return null;
    const fn = field(n, 'function');
    const args = field(n, 'arguments');
    if (fn?.type !== 'identifier' || this.text(fn) !== MODULE_LOADER || !args) return null;
    const list = named(args);
    if (list.length !== 1 || list[0]!.type !== 'string') return null;
    return moduleName(this.stringValue(list[0]!));
  }

  /** An expression usable as a repeated base: a path as is, anything else stored in a temporary first. */
  private pathOrTemp(value: Expr, range: Range, out: Stmt[]): Expr {
    return isPath(value) ? value : this.temp(value, range, out);
  }

  private temp(value: Expr, range: Range, out: Stmt[]): Expr {
    const id = `destructured@${range.line}:${range.col}`;
    out.push({ kind: 'assign', targets: [nameExpr(id, range)], value, op: null, annotation: null, range });
    return nameExpr(id, range);
  }

  /** Assigns the parts of `base` to the names of a destructuring pattern. */
  private patternInto(p: CstNode, base: Expr, range: Range, out: Stmt[]): void {
    const assign = (target: Expr, value: Expr) => out.push({ kind: 'assign', targets: [target], value, op: null, annotation: null, range });
    switch (p.type) {
      case 'object_pattern':
        for (const c of named(p)) {
          if (c.type === 'shorthand_property_identifier_pattern') {
            assign(nameExpr(this.text(c), c.range), { kind: 'attribute', object: base, attr: this.text(c), range: c.range });
          } else if (c.type === 'object_assignment_pattern') {
            const left = field(c, 'left');
            const right = field(c, 'right');
            if (!left) continue;
            const inner = isPattern(left) ? null : this.text(left);
            const read: Expr = inner === null ? base : { kind: 'attribute', object: base, attr: inner, range: left.range };
            const withDefault = right ? this.orDefault(read, this.expr(right), c.range) : read;
            if (inner !== null) assign(nameExpr(inner, left.range), withDefault);
            else this.patternInto(left, this.pathOrTemp(withDefault, c.range, out), c.range, out);
          } else if (c.type === 'pair_pattern') {
            const key = field(c, 'key');
            const value = field(c, 'value');
            if (!value) continue;
            const read = key ? this.member(base, key, c.range) : unknown(c.range, 'pattern', [base]);
            this.patternElementInto(value, read, c.range, out);
          } else if (c.type === 'rest_pattern') {
            const inner = named(c)[0];
            // The rest of an object: approximated by the whole object.
            if (inner) this.patternElementInto(inner, base, c.range, out);
          }
        }
        return;
      case 'array_pattern': {
        let i = 0;
        for (const c of p.children) {
          if (!c.named) {
            if (c.type === ',') i++;
            continue;
          }
          if (c.type === 'comment') continue;
          if (c.type === 'rest_pattern') {
            const inner = named(c)[0];
            if (inner) this.patternElementInto(inner, base, c.range, out);
            continue;
          }
          const read: Expr = { kind: 'index', object: base, index: { kind: 'literal', type: 'int', value: i, range: c.range }, range: c.range };
          this.patternElementInto(c, read, c.range, out);
        }
        return;
      }
      default:
        this.patternElementInto(p, base, range, out);
    }
  }

  /** One element of a pattern: a target, a default (`x = 1`) or a nested pattern. */
  private patternElementInto(el: CstNode, value: Expr, range: Range, out: Stmt[]): void {
    if (el.type === 'assignment_pattern') {
      const left = field(el, 'left');
      const right = field(el, 'right');
      const v = right ? this.orDefault(value, this.expr(right), el.range) : value;
      if (left) this.patternElementInto(left, v, range, out);
      return;
    }
    if (el.type === 'object_pattern' || el.type === 'array_pattern') {
      this.patternInto(el, this.pathOrTemp(value, el.range, out), el.range, out);
      return;
    }
    out.push({ kind: 'assign', targets: [this.target(el, range)], value, op: null, annotation: null, range });
  }

  /** `value ?? fallback`, the meaning of a default in a pattern (approximated as `or`). */
  private orDefault(value: Expr, fallback: Expr, range: Range): Expr {
    return { kind: 'logical', op: 'or', values: [value, fallback], range };
  }

  private condition(n: CstNode | null, range: Range): Expr {
    if (!n) return { kind: 'literal', type: 'bool', value: true, range };
    if (n.type === 'parenthesized_expression') {
      const kids = named(n);
      return kids.length === 1 ? this.expr(kids[0]!) : this.exprList(kids, n.range);
    }
    return this.expr(n);
  }

  private forStatementInto(n: CstNode, out: Stmt[]): void {
    const range = n.range;
    const init = field(n, 'initializer');
    if (init) {
      if (init.type === 'lexical_declaration' || init.type === 'variable_declaration' || init.type === 'expression_statement') this.statementInto(init, out);
      else if (init.type !== 'empty_statement') this.expressionStatementInto(init, out);
    }
    const condNode = fieldAll(n, 'condition').find((c) => c.type !== 'empty_statement') ?? null;
    const condExpr = condNode?.type === 'expression_statement' ? (named(condNode)[0] ?? null) : condNode;
    const test: Expr = condExpr ? this.expr(condExpr) : { kind: 'literal', type: 'bool', value: true, range };
    const body = this.block(field(n, 'body'));
    const inc = field(n, 'increment');
    if (inc) this.expressionStatementInto(inc, body);
    out.push({ kind: 'while', test, body, orelse: [], range });
  }

  private forIn(n: CstNode): Stmt {
    const range = n.range;
    const left = field(n, 'left');
    const right = field(n, 'right');
    const body: Stmt[] = [];
    let target: Expr;
    if (left && isPattern(left)) {
      target = nameExpr(`destructured@${left.range.line}:${left.range.col}`, left.range);
      this.patternInto(left, target, left.range, body);
    } else {
      target = this.target(left, range);
    }
    body.push(...this.block(field(n, 'body')));
    // for…in iterates keys, for…of values: both carry the object's taint; keys and values are not told apart.
    return { kind: 'for', target, iter: this.exprOr(right, range), body, orelse: [], isAsync: hasToken(n, 'await'), range };
  }

  private tryStatement(n: CstNode): Stmt {
    const handlers: ExceptHandler[] = [];
    const handler = field(n, 'handler');
    if (handler) {
      const param = field(handler, 'parameter');
      const body: Stmt[] = [];
      let name: string | null = null;
      if (param && isPattern(param)) {
        name = `destructured@${param.range.line}:${param.range.col}`;
        this.patternInto(param, nameExpr(name, param.range), param.range, body);
      } else if (param) {
        name = this.text(param);
      }
      body.push(...this.block(field(handler, 'body')));
      handlers.push({ type: null, name, body, range: handler.range });
    }
    const fin = field(n, 'finalizer');
    return {
      kind: 'try',
      body: this.block(field(n, 'body')),
      handlers,
      orelse: [],
      finalbody: fin ? this.block(field(fin, 'body')) : [],
      range: n.range,
    };
  }

  /**
   * `switch (s) { case a: case b: X; break; default: Y }` as `if (s === a || s === b) { X } else { Y }`.
   * Empty cases fall through to the next one; a non-empty case that falls through is treated as ending.
   */
  private switchInto(n: CstNode, out: Stmt[]): void {
    const range = n.range;
    const valueNode = field(n, 'value');
    let subject = this.condition(valueNode, range);
    if (!isPath(subject) && subject.kind !== 'literal') subject = this.temp(subject, range, out);
    const body = field(n, 'body');
    interface Group {
      tests: Expr[];
      isDefault: boolean;
      body: Stmt[];
      range: Range;
    }
    const groups: Group[] = [];
    let pending: Group | null = null;
    for (const c of body ? named(body) : []) {
      if (c.type !== 'switch_case' && c.type !== 'switch_default') continue;
      const g: Group = pending ?? { tests: [], isDefault: false, body: [], range: c.range };
      if (c.type === 'switch_default') g.isDefault = true;
      else {
        const v = field(c, 'value');
        if (v) g.tests.push({ kind: 'compare', left: subject, ops: ['==='], comparators: [this.expr(v)], range: v.range });
      }
      const stmts: Stmt[] = [];
      for (const s of fieldAll(c, 'body')) this.statementInto(s, stmts);
      if (stmts.length === 0) {
        pending = g;
        continue;
      }
      pending = null;
      if (stmts[stmts.length - 1]!.kind === 'break') stmts.pop();
      g.body = stmts;
      groups.push(g);
    }
    if (pending) groups.push(pending);
    // A default that shares its body with cases (`case 1: default:`) is simply the default.
    const dflt = groups.find((g) => g.isDefault) ?? null;
    let orelse: Stmt[] = dflt ? dflt.body : [];
    for (let i = groups.length - 1; i >= 0; i--) {
      const g = groups[i]!;
      if (g === dflt || g.tests.length === 0) continue;
      const test: Expr = g.tests.length === 1 ? g.tests[0]! : { kind: 'logical', op: 'or', values: g.tests, range: g.range };
      orelse = [{ kind: 'if', test, body: g.body, orelse, range: g.range }];
    }
    out.push(...orelse);
  }

  private importInto(n: CstNode, out: Stmt[]): void {
    const range = n.range;
    // `import type {...}` has no runtime effect, but its names still say what annotations denote.
    const req = childOfType(n, 'import_require_clause');
    if (req) {
      const id = childOfType(req, 'identifier');
      const src = field(req, 'source');
      if (id && src) out.push({ kind: 'import', from: null, level: 0, names: [{ name: moduleName(this.stringValue(src)), alias: this.text(id), range: req.range }], star: false, range });
      return;
    }
    const src = field(n, 'source');
    if (!src) return;
    const mod = moduleName(this.stringValue(src));
    const clause = childOfType(n, 'import_clause');
    if (!clause) {
      // `import 'polyfill'`: run for its effects; binds nothing.
      out.push({ kind: 'import', from: mod, level: 0, names: [], star: false, range });
      return;
    }
    const fromNames: ImportName[] = [];
    for (const c of named(clause)) {
      if (c.type === 'identifier') {
        // The default export: the module itself as far as names go (`import fs from 'fs'`).
        out.push({ kind: 'import', from: null, level: 0, names: [{ name: mod, alias: this.text(c), range: c.range }], star: false, range });
      } else if (c.type === 'namespace_import') {
        const id = childOfType(c, 'identifier');
        if (id) out.push({ kind: 'import', from: null, level: 0, names: [{ name: mod, alias: this.text(id), range: c.range }], star: false, range });
      } else if (c.type === 'named_imports') {
        for (const s of named(c)) {
          if (s.type !== 'import_specifier') continue;
          const name = field(s, 'name');
          const alias = field(s, 'alias');
          if (!name) continue;
          const nameText = name.type === 'string' ? this.stringValue(name) : this.text(name);
          fromNames.push({ name: nameText, alias: alias ? this.text(alias) : null, range: s.range });
        }
      }
    }
    if (fromNames.length) out.push({ kind: 'import', from: mod, level: 0, names: fromNames, star: false, range });
  }

  private exportInto(n: CstNode, out: Stmt[]): void {
    const decl = field(n, 'declaration');
    if (decl) {
      this.statementInto(decl, out);
      return;
    }
    const value = field(n, 'value');
    if (!value) return; // `export { a }`, `export * from 'm'`: nothing runs here
    if (FUNCTION_TYPES.has(value.type)) {
      // `export default function (req, res) {}`: a declaration named `default`.
      const fn = this.functionDef(value, false);
      if (!fn.name) fn.name = 'default';
      out.push(fn);
      return;
    }
    if (value.type === 'class') {
      out.push(this.classDef(value, 'default'));
      return;
    }
    out.push({ kind: 'expr', expr: this.expr(value), range: n.range });
  }

  private enumDecl(n: CstNode): Stmt {
    const name = field(n, 'name');
    const body = field(n, 'body');
    const entries: DictEntry[] = [];
    let next = 0;
    for (const m of body ? named(body) : []) {
      const key = m.type === 'enum_assignment' ? field(m, 'name') : m;
      const valueNode = m.type === 'enum_assignment' ? field(m, 'value') : null;
      if (!key) continue;
      const keyText = key.type === 'string' ? this.stringValue(key) : this.text(key);
      let value: Expr;
      if (valueNode) {
        value = this.expr(valueNode);
        if (value.kind === 'literal' && typeof value.value === 'number') next = value.value + 1;
      } else {
        value = { kind: 'literal', type: 'int', value: next++, range: m.range };
      }
      entries.push({ key: strLit(keyText, key.range), value, range: m.range });
    }
    return {
      kind: 'assign',
      targets: [nameExpr(name ? this.text(name) : '', name?.range ?? n.range)],
      value: { kind: 'dict', entries, range: n.range },
      op: null,
      annotation: null,
      range: n.range,
    };
  }

  // ------------------------------------------------------------ functions and classes

  functionDef(n: CstNode, expression: boolean, decorators: Expr[] = []): FunctionDef {
    const range = n.range;
    const nameNode = field(n, 'name');
    const prologue: Stmt[] = [];
    const params = this.params(n, prologue);
    const bodyNode = field(n, 'body');
    let body: Stmt[];
    if (!bodyNode) body = [];
    else if (bodyNode.type === 'statement_block') body = this.block(bodyNode);
    else {
      // An arrow's expression body: `(x) => x.y = v` is a statement, anything else a return.
      const stmts: Stmt[] = [];
      if (bodyNode.type === 'assignment_expression' || bodyNode.type === 'augmented_assignment_expression' || bodyNode.type === 'update_expression') {
        this.expressionStatementInto(bodyNode, stmts);
      } else {
        stmts.push({ kind: 'return', value: this.expr(bodyNode), range: bodyNode.range });
      }
      body = stmts;
    }
    let name = nameNode ? this.text(nameNode) : '';
    if (nameNode?.type === 'computed_property_name') name = '';
    if (nameNode?.type === 'string') name = this.stringValue(nameNode);
    const fn: FunctionDef = {
      kind: 'function',
      name,
      params,
      body: prologue.length ? [...prologue, ...body] : body,
      decorators,
      isAsync: hasToken(n, 'async'),
      range,
    };
    if (expression) fn.expression = true;
    return fn;
  }

  private params(fn: CstNode, prologue: Stmt[]): Param[] {
    const single = field(fn, 'parameter');
    if (single) return [this.param(single, prologue)];
    const list = field(fn, 'parameters');
    if (!list) return [];
    return named(list).map((p) => this.param(p, prologue));
  }

  private param(p: CstNode, prologue: Stmt[]): Param {
    const range = p.range;
    let node = p;
    let annotation: Expr | null = null;
    let def: Expr | null = null;
    let decorators: Expr[] = [];
    if (p.type === 'required_parameter' || p.type === 'optional_parameter') {
      decorators = p.children.filter((c) => c.type === 'decorator').map((d) => this.decorator(d));
      const typeNode = field(p, 'type');
      annotation = typeNode ? this.typeExpr(typeNode) : null;
      const value = field(p, 'value');
      def = value ? this.expr(value) : null;
      node = field(p, 'pattern') ?? named(p).find((c) => c.type !== 'decorator' && c.type !== 'accessibility_modifier' && c.type !== 'override_modifier') ?? p;
    }
    if (node.type === 'assignment_pattern') {
      const right = field(node, 'right');
      def = right ? this.expr(right) : def;
      node = field(node, 'left') ?? node;
    }
    let type: Param['type'] = 'normal';
    if (node.type === 'rest_pattern') {
      type = 'list';
      node = named(node)[0] ?? node;
    }
    const withDecorators = (param: Param): Param => (decorators.length ? { ...param, decorators } : param);
    if (node.type === 'identifier' || node.type === 'this') return withDecorators({ name: this.text(node), default: def, annotation, type, range });
    // A destructured parameter: a synthetic name, taken apart at the start of the body.
    const name = `destructured@${node.range.line}:${node.range.col}`;
    this.patternInto(node, nameExpr(name, node.range), node.range, prologue);
    return withDecorators({ name, default: def, annotation, type, range });
  }

  private classDef(n: CstNode, nameOverride: string | null, range: Range = n.range): Stmt {
    const nameNode = field(n, 'name');
    const bases: Arg[] = [];
    const heritage = childOfType(n, 'class_heritage');
    if (heritage) {
      // JavaScript: `extends Expr`; TypeScript wraps it in extends_clause (implements clauses are types).
      const ext = childOfType(heritage, 'extends_clause');
      const values = ext ? named(ext).filter((c) => c.type !== 'type_arguments') : named(heritage).filter((c) => c.type !== 'implements_clause');
      for (const v of values) bases.push({ name: null, value: this.expr(v), spread: null, range: v.range });
    }
    const decorators = n.children.filter((c) => c.type === 'decorator').map((d) => this.decorator(d));
    const bodyNode = field(n, 'body');
    const body: Stmt[] = [];
    let pendingDecorators: Expr[] = [];
    for (const m of bodyNode ? named(bodyNode) : []) {
      if (m.type === 'decorator') {
        pendingDecorators.push(this.decorator(m));
        continue;
      }
      if (m.type === 'method_definition') {
        const fn = this.functionDef(m, false, pendingDecorators);
        body.push(fn);
      } else if (m.type === 'field_definition' || m.type === 'public_field_definition') {
        const prop = field(m, 'property') ?? field(m, 'name');
        const value = field(m, 'value');
        if (prop) {
          const propName = prop.type === 'string' ? this.stringValue(prop) : this.text(prop);
          body.push({
            kind: 'assign',
            targets: [nameExpr(propName, prop.range)],
            value: value ? this.expr(value) : null,
            op: null,
            annotation: null,
            range: m.range,
          });
        }
      } else if (m.type === 'class_static_block') {
        body.push(...this.block(field(m, 'body')));
      }
      pendingDecorators = [];
    }
    return {
      kind: 'class',
      name: nameOverride ?? (nameNode ? this.text(nameNode) : ''),
      bases,
      body,
      decorators,
      range,
    };
  }

  private decorator(d: CstNode): Expr {
    return this.exprOr(named(d)[0] ?? null, d.range);
  }

  // ----------------------------------------------------------- expressions

  exprOr(n: CstNode | null, range: Range): Expr {
    return n ? this.expr(n) : unknown(range);
  }

  /** Comma-separated expressions: the last is the value, the others still run. */
  private exprList(nodes: CstNode[], range: Range): Expr {
    if (nodes.length === 1) return this.expr(nodes[0]!);
    return unknown(range, 'sequence_expression', nodes.map((c) => this.expr(c)));
  }

  /** An assignment target: a name, member, or index (patterns are handled by the callers). */
  private target(n: CstNode | null, range: Range): Expr {
    if (!n) return unknown(range);
    if (n.type === 'identifier' || n.type === 'shorthand_property_identifier_pattern') return nameExpr(this.text(n), n.range);
    return this.expr(n);
  }

  expr(n: CstNode): Expr {
    const range = n.range;
    switch (n.type) {
      case 'identifier':
      case 'shorthand_property_identifier':
      case 'shorthand_property_identifier_pattern':
      case 'property_identifier':
      case 'statement_identifier':
        if (this.text(n) === 'undefined') return { kind: 'literal', type: 'none', value: null, range };
        return nameExpr(this.text(n), range);
      case 'this':
      case 'super':
        return nameExpr(n.type, range);
      case 'import':
        return nameExpr('import', range);
      case 'member_expression': {
        const prop = field(n, 'property');
        return { kind: 'attribute', object: this.exprOr(field(n, 'object'), range), attr: prop ? this.text(prop) : '', range };
      }
      case 'subscript_expression': {
        const object = this.exprOr(field(n, 'object'), range);
        const idx = field(n, 'index');
        if (!idx) return { kind: 'index', object, index: unknown(range), range };
        const key = this.expr(idx);
        if (key.kind === 'literal' && key.type === 'str' && typeof key.value === 'string') return { kind: 'attribute', object, attr: key.value, range };
        return { kind: 'index', object, index: key, range };
      }
      case 'call_expression':
        return this.call(n);
      case 'new_expression': {
        const ctor = field(n, 'constructor');
        const args = field(n, 'arguments');
        return { kind: 'call', callee: this.exprOr(ctor, range), args: args ? this.args(args) : [], range, isNew: true };
      }
      case 'string':
        return strLit(this.stringValue(n), range);
      case 'template_string':
        return this.template(n);
      case 'number': {
        const v = parseJsNumber(this.text(n));
        return { kind: 'literal', type: Number.isInteger(v) ? 'int' : 'float', value: v, range };
      }
      case 'true':
      case 'false':
        return { kind: 'literal', type: 'bool', value: n.type === 'true', range };
      case 'null':
      case 'undefined':
        return { kind: 'literal', type: 'none', value: null, range };
      case 'regex': {
        // A regex literal constructs a RegExp: `new RegExp(pattern, flags)`.
        const pattern = field(n, 'pattern');
        const flags = field(n, 'flags');
        const args: Arg[] = [];
        if (pattern) args.push({ name: null, value: strLit(this.text(pattern), pattern.range), spread: null, range: pattern.range });
        else args.push({ name: null, value: strLit('', range), spread: null, range });
        if (flags) args.push({ name: null, value: strLit(this.text(flags), flags.range), spread: null, range: flags.range });
        return { kind: 'call', callee: nameExpr('RegExp', range), args, range, isNew: true };
      }
      case 'binary_expression':
        return this.binary(n);
      case 'unary_expression': {
        const opNode = n.children.find((c) => c.field === 'operator');
        const op = opNode ? this.text(opNode) : '-';
        return { kind: 'unary', op, operand: this.exprOr(field(n, 'argument'), range), range };
      }
      case 'update_expression':
        return unknown(range, 'update_expression', [this.exprOr(field(n, 'argument'), range)]);
      case 'ternary_expression':
        return {
          kind: 'conditional',
          test: this.exprOr(field(n, 'condition'), range),
          body: this.exprOr(field(n, 'consequence'), range),
          orelse: this.exprOr(field(n, 'alternative'), range),
          range,
        };
      case 'parenthesized_expression': {
        const kids = named(n);
        return kids.length ? this.exprList(kids, range) : unknown(range);
      }
      case 'sequence_expression':
        return unknown(range, 'sequence_expression', named(n).map((c) => this.expr(c)));
      case 'assignment_expression': {
        // In expression position: a name target is a walrus; anything else keeps its parts.
        const left = field(n, 'left');
        const right = this.exprOr(field(n, 'right'), range);
        if (left?.type === 'identifier') return { kind: 'walrus', target: { kind: 'name', id: this.text(left), range: left.range }, value: right, range };
        return unknown(range, 'assignment_expression', [this.target(left, range), right]);
      }
      case 'augmented_assignment_expression':
        return unknown(range, n.type, named(n).map((c) => this.expr(c)));
      case 'array':
        return { kind: 'sequence', type: 'list', elements: named(n).map((c) => this.expr(c)), range };
      case 'object':
        return this.object(n);
      case 'spread_element':
        return { kind: 'starred', value: this.exprOr(named(n)[0] ?? null, range), range };
      case 'await_expression':
        return { kind: 'await', value: this.exprOr(named(n)[0] ?? null, range), range };
      case 'yield_expression': {
        const inner = named(n)[0];
        return { kind: 'yield', value: inner ? this.expr(inner) : null, range };
      }
      case 'function_expression':
      case 'function':
      case 'generator_function':
      case 'arrow_function':
        return this.functionDef(n, true);
      case 'class':
        return unknown(range, 'class', []);
      case 'jsx_element':
      case 'jsx_self_closing_element':
      case 'jsx_fragment':
        return lowerJsx(n, this);
      case 'jsx_expression': {
        const inner = named(n)[0];
        return inner ? this.expr(inner) : unknown(range, 'jsx_expression');
      }
      case 'jsx_text':
        return strLit(this.text(n), range);
      case 'computed_property_name': {
        const inner = named(n)[0];
        return inner ? this.expr(inner) : unknown(range);
      }
      case 'private_property_identifier':
        return nameExpr(this.text(n), range);
      default:
        if (TYPE_WRAPPERS.has(n.type)) {
          const inner = named(n).find((c) => !isTypeNode(c.type));
          return inner ? this.expr(inner) : unknown(range);
        }
        return unknown(range, n.type, named(n).filter((c) => !isTypeNode(c.type)).map((c) => this.expr(c)));
    }
  }

  private call(n: CstNode): Expr {
    const range = n.range;
    const callee = this.exprOr(field(n, 'function'), range);
    const argsNode = field(n, 'arguments');
    if (argsNode?.type === 'template_string') {
      // A tagged template calls the tag with the literal parts, then each substituted value.
      const strings: Expr[] = [];
      const values: Arg[] = [];
      let current = '';
      for (const c of argsNode.children) {
        if (c.type === 'string_fragment') current += this.text(c);
        else if (c.type === 'escape_sequence') current += decodeJsEscapes(this.text(c));
        else if (c.type === 'template_substitution') {
          strings.push(strLit(current, c.range));
          current = '';
          const inner = named(c)[0];
          values.push({ name: null, value: this.exprOr(inner ?? null, c.range), spread: null, range: c.range });
        }
      }
      strings.push(strLit(current, argsNode.range));
      const first: Arg = { name: null, value: { kind: 'sequence', type: 'list', elements: strings, range: argsNode.range }, spread: null, range: argsNode.range };
      return { kind: 'call', callee, args: [first, ...values], range };
    }
    return { kind: 'call', callee, args: argsNode ? this.args(argsNode) : [], range };
  }

  private args(list: CstNode): Arg[] {
    const out: Arg[] = [];
    for (const c of named(list)) {
      if (c.type === 'spread_element') out.push({ name: null, value: this.exprOr(named(c)[0] ?? null, c.range), spread: 'list', range: c.range });
      else out.push({ name: null, value: this.expr(c), spread: null, range: c.range });
    }
    return out;
  }

  private binary(n: CstNode): Expr {
    const range = n.range;
    const opNode = n.children.find((c) => c.field === 'operator');
    const op = opNode ? this.text(opNode) : '?';
    const left = this.exprOr(field(n, 'left'), range);
    const right = this.exprOr(field(n, 'right'), range);
    switch (op) {
      case '&&':
      case '||':
      case '??': {
        // `??` is approximated as `||` (they differ only on falsy non-null values).
        const lop = op === '&&' ? 'and' : 'or';
        const values: Expr[] = [];
        for (const side of [left, right]) {
          if (side.kind === 'logical' && side.op === lop) values.push(...side.values);
          else values.push(side);
        }
        return { kind: 'logical', op: lop, values, range };
      }
      case '==':
      case '!=':
      case '===':
      case '!==':
      case '<':
      case '<=':
      case '>':
      case '>=':
      case 'instanceof':
        return { kind: 'compare', left, ops: [op], comparators: [right], range };
      case 'in':
        // `k in obj` tests for a key (inherited ones too): not a membership test in an allow-list.
        return { kind: 'compare', left, ops: ['key in'], comparators: [right], range };
      default:
        return { kind: 'binary', op, left, right, range };
    }
  }

  private object(n: CstNode): Expr {
    const entries: DictEntry[] = [];
    for (const c of named(n)) {
      switch (c.type) {
        case 'pair': {
          const key = field(c, 'key');
          entries.push({ key: key ? this.propertyKey(key) : unknown(c.range), value: this.exprOr(field(c, 'value'), c.range), range: c.range });
          break;
        }
        case 'shorthand_property_identifier':
          entries.push({ key: strLit(this.text(c), c.range), value: nameExpr(this.text(c), c.range), range: c.range });
          break;
        case 'spread_element':
          entries.push({ key: null, value: this.exprOr(named(c)[0] ?? null, c.range), range: c.range });
          break;
        case 'method_definition': {
          const fn = this.functionDef(c, true);
          const key = field(c, 'name');
          entries.push({ key: key ? this.propertyKey(key) : unknown(c.range), value: fn, range: c.range });
          break;
        }
        default:
          break;
      }
    }
    return { kind: 'dict', entries, range: n.range };
  }

  /** An object key: a constant string for `a`, `'a'` and `1`; the expression for `[k]`. */
  private propertyKey(k: CstNode): Expr {
    if (k.type === 'property_identifier' || k.type === 'private_property_identifier') return strLit(this.text(k), k.range);
    if (k.type === 'string') return strLit(this.stringValue(k), k.range);
    if (k.type === 'number') return strLit(String(parseJsNumber(this.text(k))), k.range);
    return this.expr(k);
  }

  private template(n: CstNode): Expr {
    const parts: Array<string | Expr> = [];
    let holes = false;
    const push = (s: string) => {
      const last = parts[parts.length - 1];
      if (typeof last === 'string') parts[parts.length - 1] = last + s;
      else parts.push(s);
    };
    for (const c of n.children) {
      if (c.type === 'string_fragment') push(this.text(c));
      else if (c.type === 'escape_sequence') push(decodeJsEscapes(this.text(c)));
      else if (c.type === 'template_substitution') {
        const inner = named(c);
        parts.push(inner.length ? this.exprList(inner, c.range) : unknown(c.range));
        holes = true;
      }
    }
    if (!holes) return strLit(parts.join(''), n.range);
    return { kind: 'template', parts, range: n.range };
  }

  /** The value of a string literal node (escapes decoded). */
  private stringValue(n: CstNode): string {
    let s = '';
    for (const c of n.children) {
      if (c.type === 'string_fragment' || c.type === 'unescaped_double_string_fragment' || c.type === 'unescaped_single_string_fragment') s += this.text(c);
      else if (c.type === 'escape_sequence') s += decodeJsEscapes(this.text(c));
      else if (c.type === 'html_character_reference') s += this.text(c);
    }
    return s;
  }

  /** Member access `base.key` for a pattern key: attribute for a constant key, index otherwise. */
  private member(base: Expr, key: CstNode, range: Range): Expr {
    const k = this.propertyKey(key);
    if (k.kind === 'literal' && typeof k.value === 'string') return { kind: 'attribute', object: base, attr: k.value, range };
    return { kind: 'index', object: base, index: k, range };
  }

  /** A type annotation that names a type (`Request`, `express.Request`, `Request<P>`), else null. */
  private typeExpr(n: CstNode): Expr | null {
    let t: CstNode | null = n.type === 'type_annotation' ? (named(n)[0] ?? null) : n;
    if (t?.type === 'generic_type') t = field(t, 'name') ?? named(t)[0] ?? null;
    if (!t) return null;
    if (t.type === 'type_identifier' || t.type === 'identifier' || t.type === 'predefined_type') return nameExpr(this.text(t), t.range);
    if (t.type === 'nested_type_identifier' || t.type === 'nested_identifier' || t.type === 'member_expression') {
      const parts = this.text(t).split('.').map((s) => s.trim());
      let e: Expr = nameExpr(parts[0]!, t.range);
      for (const p of parts.slice(1)) e = { kind: 'attribute', object: e, attr: p, range: t.range };
      return e;
    }
    return null;
  }

}

function isPattern(n: CstNode): boolean {
  return n.type === 'object_pattern' || n.type === 'array_pattern' || n.type === 'assignment_pattern';
}

/** A name or an attribute chain on a name: safe to evaluate more than once. */
function isPath(e: Expr): boolean {
  if (e.kind === 'name') return true;
  if (e.kind === 'attribute') return isPath(e.object);
  return false;
}

function isTypeNode(type: string): boolean {
  return (
    type.endsWith('_type') ||
    type === 'type_identifier' ||
    type === 'type_arguments' ||
    type === 'type_annotation' ||
    type === 'predefined_type' ||
    type === 'nested_type_identifier' ||
    type === 'generic_type'
  );
}

function isStatementType(type: string): boolean {
  return type.endsWith('_statement') || type.endsWith('_declaration') || type === 'statement_block';
}

/** Module specifiers name Node's built-ins with or without `node:`. */
function moduleName(spec: string): string {
  return spec.startsWith('node:') ? spec.slice(5) : spec;
}
