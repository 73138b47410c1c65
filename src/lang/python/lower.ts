/**
 * Lowers a tree-sitter-python syntax tree into the language-neutral IR.
 *
 * Unknown or erroneous syntax never throws: it becomes an `unknown` node that
 * keeps its range and its lowered children, so checks still see the calls
 * inside a statement the parser could only partly recover.
 */
import type {
  Arg,
  ComprehensionClause,
  DictEntry,
  ExceptHandler,
  Expr,
  IfStmt,
  ImportName,
  LiteralExpr,
  MatchCase,
  Module,
  Param,
  Range,
  Stmt,
  TemplateExpr,
  WithItem,
} from '../../ir/types.js';
import type { CstNode, ParsedFile } from '../../parse/cst.js';

export function lowerPython(path: string, parsed: ParsedFile): Module {
  const l = new Lowerer(parsed.source);
  const body = l.block(parsed.root);
  const lineCount = parsed.source.length === 0 ? 0 : parsed.root.range.endLine - (parsed.source.endsWith('\n') ? 1 : 0);
  return { path, language: 'python', body, lineCount, parseErrors: parsed.errors };
}

const STATEMENT_TYPES = new Set([
  'expression_statement',
  'import_statement',
  'import_from_statement',
  'future_import_statement',
  'return_statement',
  'raise_statement',
  'assert_statement',
  'pass_statement',
  'break_statement',
  'continue_statement',
  'delete_statement',
  'global_statement',
  'nonlocal_statement',
  'if_statement',
  'for_statement',
  'while_statement',
  'try_statement',
  'with_statement',
  'function_definition',
  'class_definition',
  'decorated_definition',
  'match_statement',
  'print_statement',
  'exec_statement',
  'type_alias_statement',
]);

// The helpers below run for most syntax nodes: indexed loops and no callbacks,
// because a for-of loop or a closure allocates until V8 optimises the caller.
function field(n: CstNode, name: string): CstNode | null {
  const children = n.children;
  for (let i = 0; i < children.length; i++) if (children[i]!.field === name) return children[i]!;
  return null;
}

function fieldAll(n: CstNode, name: string): CstNode[] {
  const out: CstNode[] = [];
  const children = n.children;
  for (let i = 0; i < children.length; i++) if (children[i]!.field === name) out.push(children[i]!);
  return out;
}

function named(n: CstNode): CstNode[] {
  const out: CstNode[] = [];
  for (let i = 0; i < n.children.length; i++) {
    const c = n.children[i]!;
    if (c.named && c.type !== 'comment') out.push(c);
  }
  return out;
}

function childOfType(n: CstNode, type: string): CstNode | null {
  const children = n.children;
  for (let i = 0; i < children.length; i++) if (children[i]!.type === type) return children[i]!;
  return null;
}

function hasToken(n: CstNode, type: string): boolean {
  const children = n.children;
  for (let i = 0; i < children.length; i++) if (!children[i]!.named && children[i]!.type === type) return true;
  return false;
}

class Lowerer {
  constructor(private readonly source: string) {}

  private text(n: CstNode): string {
    return this.source.slice(n.start, n.end);
  }

  // ------------------------------------------------------------ statements

  block(n: CstNode | null): Stmt[] {
    if (!n) return [];
    const out: Stmt[] = [];
    for (let cIndex = 0, cList = named(n); cIndex < cList.length; cIndex++) {
      const c = cList[cIndex]!;
      this.statementInto(c, out);
    }
    return out;
  }

  private statementInto(n: CstNode, out: Stmt[]): void {
    if (n.type === 'block' || n.type === 'module') {
      for (let cIndex = 0, cList = named(n); cIndex < cList.length; cIndex++) {
        const c = cList[cIndex]!;
        this.statementInto(c, out);
      }
      return;
    }
    if (n.type === 'ERROR') {
      // Keep what can be recovered inside a syntax error.
      for (let cIndex = 0, cList = named(n); cIndex < cList.length; cIndex++) {
        const c = cList[cIndex]!;
        if (STATEMENT_TYPES.has(c.type) || c.type === 'block') this.statementInto(c, out);
        else out.push({ kind: 'expr', expr: this.expr(c), range: c.range });
      }
      return;
    }
    const s = this.statement(n);
    if (s) out.push(s);
  }

  private statement(n: CstNode): Stmt | null {
    const range = n.range;
    switch (n.type) {
      case 'expression_statement': {
        const kids = named(n);
        if (kids.length === 1) {
          const only = kids[0]!;
          if (only.type === 'assignment' || only.type === 'augmented_assignment') return this.assignment(only, range);
          return { kind: 'expr', expr: this.expr(only), range };
        }
        return { kind: 'expr', expr: this.tuple(kids, range), range };
      }
      case 'import_statement':
        return { kind: 'import', from: null, level: 0, names: this.importNames(fieldAll(n, 'name')), star: false, range };
      case 'future_import_statement':
        return { kind: 'import', from: '__future__', level: 0, names: this.importNames(fieldAll(n, 'name')), star: false, range };
      case 'import_from_statement': {
        const mod = field(n, 'module_name');
        let from = '';
        let level = 0;
        if (mod?.type === 'relative_import') {
          const prefix = childOfType(mod, 'import_prefix');
          level = prefix ? this.text(prefix).length : 0;
          const dotted = childOfType(mod, 'dotted_name');
          from = dotted ? this.dotted(dotted) : '';
        } else if (mod) {
          from = this.dotted(mod);
        }
        return {
          kind: 'import',
          from,
          level,
          names: this.importNames(fieldAll(n, 'name')),
          star: childOfType(n, 'wildcard_import') !== null,
          range,
        };
      }
      case 'return_statement': {
        const kids = named(n);
        return { kind: 'return', value: kids.length ? this.exprList(kids, range) : null, range };
      }
      case 'raise_statement': {
        const cause = field(n, 'cause');
        const exc = named(n).find((c) => c !== cause) ?? null;
        return { kind: 'raise', exc: exc ? this.expr(exc) : null, cause: cause ? this.expr(cause) : null, range };
      }
      case 'assert_statement': {
        const kids = named(n);
        return {
          kind: 'assert',
          test: kids[0] ? this.expr(kids[0]) : unknown(range),
          msg: kids[1] ? this.expr(kids[1]) : null,
          range,
        };
      }
      case 'pass_statement':
        return { kind: 'pass', range };
      case 'break_statement':
        return { kind: 'break', range };
      case 'continue_statement':
        return { kind: 'continue', range };
      case 'delete_statement': {
        const kids = named(n);
        const targets = kids.length === 1 && kids[0]!.type === 'expression_list' ? named(kids[0]!) : kids;
        return { kind: 'delete', targets: targets.map((c) => this.expr(c)), range };
      }
      case 'global_statement':
      case 'nonlocal_statement':
        return {
          kind: n.type === 'global_statement' ? 'global' : 'nonlocal',
          names: named(n).map((c) => this.text(c)),
          range,
        };
      case 'if_statement':
        return this.ifStatement(n);
      case 'for_statement':
        return {
          kind: 'for',
          target: this.exprOr(field(n, 'left'), range),
          iter: this.exprOr(field(n, 'right'), range),
          body: this.block(field(n, 'body')),
          orelse: this.elseBody(field(n, 'alternative')),
          isAsync: hasToken(n, 'async'),
          range,
        };
      case 'while_statement':
        return {
          kind: 'while',
          test: this.exprOr(field(n, 'condition'), range),
          body: this.block(field(n, 'body')),
          orelse: this.elseBody(field(n, 'alternative')),
          range,
        };
      case 'try_statement':
        return this.tryStatement(n);
      case 'with_statement':
        return this.withStatement(n);
      case 'function_definition':
        return this.functionDef(n, []);
      case 'class_definition':
        return this.classDef(n, []);
      case 'decorated_definition': {
        const decorators = n.children
          .filter((c) => c.type === 'decorator')
          .map((d) => this.exprOr(named(d)[0] ?? null, d.range));
        const def = field(n, 'definition');
        if (def?.type === 'function_definition') return this.functionDef(def, decorators, range);
        if (def?.type === 'class_definition') return this.classDef(def, decorators, range);
        return null;
      }
      case 'match_statement':
        return this.matchStatement(n);
      case 'print_statement':
      case 'exec_statement': {
        // Python 2 statements: model them as the calls they became in Python 3.
        const callee = n.type === 'print_statement' ? 'print' : 'exec';
        const args: Arg[] = named(n).map((c) => ({ name: null, value: this.expr(c), spread: null, range: c.range }));
        return {
          kind: 'expr',
          expr: { kind: 'call', callee: { kind: 'name', id: callee, range }, args, range },
          range,
        };
      }
      case 'type_alias_statement':
        return null;
      default:
        // An expression where a statement was expected (error recovery).
        return { kind: 'expr', expr: this.expr(n), range };
    }
  }

  private assignment(n: CstNode, range: Range): Stmt {
    if (n.type === 'augmented_assignment') {
      const opNode = field(n, 'operator');
      const op = opNode ? this.text(opNode).replace(/=$/, '') : '+';
      return {
        kind: 'assign',
        targets: [this.exprOr(field(n, 'left'), range)],
        value: this.exprOr(field(n, 'right'), range),
        op,
        annotation: null,
        range,
      };
    }
    // `a = b = value` nests assignments on the right.
    const targets: Expr[] = [];
    let annotation: Expr | null = null;
    let cur: CstNode | null = n;
    let value: Expr | null = null;
    while (cur) {
      const left = field(cur, 'left');
      if (left) targets.push(this.expr(left));
      const type = field(cur, 'type');
      if (type && !annotation) annotation = this.expr(type);
      const right = field(cur, 'right');
      if (right?.type === 'assignment') {
        cur = right;
        continue;
      }
      value = right ? this.expr(right) : null;
      cur = null;
    }
    return { kind: 'assign', targets, value, op: null, annotation, range };
  }

  private ifStatement(n: CstNode): IfStmt {
    const alternatives = fieldAll(n, 'alternative');
    // Build the elif chain from the end so each elif nests in the previous orelse.
    let orelse: Stmt[] = [];
    for (let i = alternatives.length - 1; i >= 0; i--) {
      const alt = alternatives[i]!;
      if (alt.type === 'else_clause') {
        orelse = this.block(field(alt, 'body'));
      } else {
        orelse = [
          {
            kind: 'if',
            test: this.exprOr(field(alt, 'condition'), alt.range),
            body: this.block(field(alt, 'consequence')),
            orelse,
            range: alt.range,
          },
        ];
      }
    }
    return {
      kind: 'if',
      test: this.exprOr(field(n, 'condition'), n.range),
      body: this.block(field(n, 'consequence')),
      orelse,
      range: n.range,
    };
  }

  private elseBody(alt: CstNode | null): Stmt[] {
    return alt ? this.block(field(alt, 'body') ?? childOfType(alt, 'block')) : [];
  }

  private tryStatement(n: CstNode): Stmt {
    const handlers: ExceptHandler[] = [];
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    for (let cIndex = 0, cList = n.children; cIndex < cList.length; cIndex++) {
      const c = cList[cIndex]!;
      if (c.type === 'except_clause' || c.type === 'except_group_clause') {
        const values = fieldAll(c, 'value');
        const alias = field(c, 'alias');
        // Older grammars put `E as e` in one as_pattern; accept both shapes.
        let type: Expr | null = null;
        let name: string | null = alias ? this.text(alias) : null;
        const first = values[0] ?? named(c).find((k) => k.type !== 'block') ?? null;
        if (first?.type === 'as_pattern') {
          const target = field(first, 'alias');
          name = target ? this.text(target) : name;
          type = this.exprOr(named(first)[0] ?? null, first.range);
        } else if (values.length > 1) {
          type = this.tuple(values, c.range);
        } else if (first) {
          type = this.expr(first);
        }
        handlers.push({ type, name, body: this.block(childOfType(c, 'block')), range: c.range });
      } else if (c.type === 'else_clause') {
        orelse = this.elseBody(c);
      } else if (c.type === 'finally_clause') {
        finalbody = this.block(childOfType(c, 'block'));
      }
    }
    return { kind: 'try', body: this.block(field(n, 'body')), handlers, orelse, finalbody, range: n.range };
  }

  private withStatement(n: CstNode): Stmt {
    const items: WithItem[] = [];
    const clause = childOfType(n, 'with_clause');
    for (const item of clause ? named(clause) : []) {
      if (item.type !== 'with_item') continue;
      const value = field(item, 'value');
      if (value?.type === 'as_pattern') {
        const target = field(value, 'alias');
        items.push({
          context: this.exprOr(named(value)[0] ?? null, item.range),
          target: target ? this.exprOr(named(target)[0] ?? target, target.range) : null,
          range: item.range,
        });
      } else {
        items.push({ context: this.exprOr(value, item.range), target: null, range: item.range });
      }
    }
    return { kind: 'with', items, body: this.block(field(n, 'body')), isAsync: hasToken(n, 'async'), range: n.range };
  }

  private functionDef(n: CstNode, decorators: Expr[], range: Range = n.range): Stmt {
    const name = field(n, 'name');
    return {
      kind: 'function',
      name: name ? this.text(name) : '<anonymous>',
      params: this.params(field(n, 'parameters')),
      body: this.block(field(n, 'body')),
      decorators,
      isAsync: hasToken(n, 'async'),
      range,
    };
  }

  private classDef(n: CstNode, decorators: Expr[], range: Range = n.range): Stmt {
    const name = field(n, 'name');
    const supers = field(n, 'superclasses');
    return {
      kind: 'class',
      name: name ? this.text(name) : '<anonymous>',
      bases: supers ? this.args(supers) : [],
      body: this.block(field(n, 'body')),
      decorators,
      range,
    };
  }

  private matchStatement(n: CstNode): Stmt {
    const subjects = fieldAll(n, 'subject');
    const cases: MatchCase[] = [];
    const body = field(n, 'body');
    for (const c of body ? named(body) : []) {
      if (c.type !== 'case_clause') continue;
      const guard = field(c, 'guard');
      cases.push({
        patterns: c.children.filter((k) => k.type === 'case_pattern').map((p) => this.pattern(p)),
        guard: guard ? this.exprOr(named(guard)[0] ?? null, guard.range) : null,
        body: this.block(field(c, 'consequence')),
        range: c.range,
      });
    }
    return { kind: 'match', subject: this.exprList(subjects, n.range), cases, range: n.range };
  }

  private pattern(p: CstNode): Expr {
    const inner = named(p)[0];
    if (!inner) return { kind: 'name', id: '_', range: p.range };
    if (inner.type === 'dotted_name') return this.dottedExpr(inner);
    return this.expr(inner);
  }

  private importNames(nodes: CstNode[]): ImportName[] {
    return nodes.map((c) => {
      if (c.type === 'aliased_import') {
        const name = field(c, 'name');
        const alias = field(c, 'alias');
        return { name: name ? this.dotted(name) : '', alias: alias ? this.text(alias) : null, range: c.range };
      }
      return { name: this.dotted(c), alias: null, range: c.range };
    });
  }

  private dotted(n: CstNode): string {
    return this.text(n).replace(/\s+/g, '');
  }

  private dottedExpr(n: CstNode): Expr {
    const parts = named(n);
    let e: Expr = { kind: 'name', id: parts[0] ? this.text(parts[0]) : '', range: parts[0]?.range ?? n.range };
    for (let i = 1; i < parts.length; i++) {
      const end = parts[i]!.range;
      e = { kind: 'attribute', object: e, attr: this.text(parts[i]!), range: { ...n.range, endLine: end.endLine, endCol: end.endCol } };
    }
    return e;
  }

  private params(n: CstNode | null): Param[] {
    if (!n) return [];
    const out: Param[] = [];
    for (let cIndex = 0, cList = named(n); cIndex < cList.length; cIndex++) {
      const c = cList[cIndex]!;
      const range = c.range;
      switch (c.type) {
        case 'identifier':
          out.push({ name: this.text(c), default: null, annotation: null, type: 'normal', range });
          break;
        case 'default_parameter':
        case 'typed_default_parameter': {
          const name = field(c, 'name');
          const value = field(c, 'value');
          const type = field(c, 'type');
          out.push({
            name: name ? this.text(name) : '',
            default: value ? this.expr(value) : null,
            annotation: type ? this.expr(type) : null,
            type: 'normal',
            range,
          });
          break;
        }
        case 'typed_parameter': {
          const inner = named(c).find((k) => k.field !== 'type');
          const type = field(c, 'type');
          const splat = inner?.type === 'list_splat_pattern' ? 'list' : inner?.type === 'dictionary_splat_pattern' ? 'dict' : 'normal';
          const ident = inner && splat !== 'normal' ? named(inner)[0] : inner;
          out.push({
            name: ident ? this.text(ident) : '',
            default: null,
            annotation: type ? this.expr(type) : null,
            type: splat,
            range,
          });
          break;
        }
        case 'list_splat_pattern':
        case 'dictionary_splat_pattern': {
          const ident = named(c)[0];
          out.push({
            name: ident ? this.text(ident) : '',
            default: null,
            annotation: null,
            type: c.type === 'list_splat_pattern' ? 'list' : 'dict',
            range,
          });
          break;
        }
        default:
          // Separators (`/`, `*`) and Python 2 tuple parameters carry no binding we track.
          break;
      }
    }
    return out;
  }

  // ----------------------------------------------------------- expressions

  private exprOr(n: CstNode | null, range: Range): Expr {
    return n ? this.expr(n) : unknown(range);
  }

  /** Several comma-separated expressions form a tuple; one stays itself. */
  private exprList(nodes: CstNode[], range: Range): Expr {
    if (nodes.length === 1) {
      const only = nodes[0]!;
      if (only.type === 'expression_list') return this.tuple(named(only), only.range);
      return this.expr(only);
    }
    return this.tuple(nodes, range);
  }

  private tuple(nodes: CstNode[], range: Range): Expr {
    return { kind: 'sequence', type: 'tuple', elements: nodes.map((c) => this.expr(c)), range };
  }

  expr(n: CstNode): Expr {
    const range = n.range;
    switch (n.type) {
      case 'identifier':
      case 'keyword_identifier':
        return { kind: 'name', id: this.text(n), range };
      case 'attribute': {
        const attr = field(n, 'attribute');
        return {
          kind: 'attribute',
          object: this.exprOr(field(n, 'object'), range),
          attr: attr ? this.text(attr) : '',
          range,
        };
      }
      case 'subscript': {
        const subs = fieldAll(n, 'subscript');
        return {
          kind: 'index',
          object: this.exprOr(field(n, 'value'), range),
          index: subs.length === 1 ? this.expr(subs[0]!) : this.tuple(subs, range),
          range,
        };
      }
      case 'slice': {
        // Positions of the optional parts are told apart by the ':' tokens.
        const parts: Array<Expr | null> = [null, null, null];
        let slot = 0;
        for (let cIndex = 0, cList = n.children; cIndex < cList.length; cIndex++) {
          const c = cList[cIndex]!;
          if (!c.named && c.type === ':') slot++;
          else if (c.named && c.type !== 'comment') parts[slot] = this.expr(c);
        }
        return { kind: 'slice', lower: parts[0] ?? null, upper: parts[1] ?? null, step: parts[2] ?? null, range };
      }
      case 'call': {
        const args = field(n, 'arguments');
        return {
          kind: 'call',
          callee: this.exprOr(field(n, 'function'), range),
          args: !args
            ? []
            : args.type === 'generator_expression'
              ? [{ name: null, value: this.expr(args), spread: null, range: args.range }]
              : this.args(args),
          range,
        };
      }
      case 'string':
        return this.string(n);
      case 'concatenated_string':
        return this.concatenated(n);
      case 'integer':
      case 'float':
        return this.number(n);
      case 'true':
      case 'false':
        return { kind: 'literal', type: 'bool', value: n.type === 'true', range };
      case 'none':
        return { kind: 'literal', type: 'none', value: null, range };
      case 'ellipsis':
        return { kind: 'literal', type: 'ellipsis', value: null, range };
      case 'binary_operator': {
        const op = field(n, 'operator');
        return {
          kind: 'binary',
          op: op ? this.text(op) : '?',
          left: this.exprOr(field(n, 'left'), range),
          right: this.exprOr(field(n, 'right'), range),
          range,
        };
      }
      case 'unary_operator': {
        const op = field(n, 'operator');
        return { kind: 'unary', op: op ? this.text(op) : '-', operand: this.exprOr(field(n, 'argument'), range), range };
      }
      case 'not_operator':
        return { kind: 'unary', op: 'not', operand: this.exprOr(field(n, 'argument'), range), range };
      case 'boolean_operator': {
        const opNode = field(n, 'operator');
        const op = opNode && this.text(opNode) === 'or' ? 'or' : 'and';
        const values: Expr[] = [];
        for (const side of [field(n, 'left'), field(n, 'right')]) {
          const e = this.exprOr(side, range);
          // Flatten `a and b and c` into one node.
          if (e.kind === 'logical' && e.op === op && side?.type === 'boolean_operator') values.push(...e.values);
          else values.push(e);
        }
        return { kind: 'logical', op, values, range };
      }
      case 'comparison_operator': {
        const operands = named(n);
        const ops = n.children.filter((c) => c.field === 'operators').map((c) => this.text(c).replace(/\s+/g, ' '));
        return {
          kind: 'compare',
          left: this.exprOr(operands[0] ?? null, range),
          ops,
          comparators: operands.slice(1).map((c) => this.expr(c)),
          range,
        };
      }
      case 'conditional_expression': {
        const [body, test, orelse] = named(n);
        return {
          kind: 'conditional',
          test: this.exprOr(test ?? null, range),
          body: this.exprOr(body ?? null, range),
          orelse: this.exprOr(orelse ?? null, range),
          range,
        };
      }
      case 'list':
      case 'tuple':
      case 'set':
      case 'expression_list':
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern': {
        const type = n.type === 'list' || n.type === 'list_pattern' ? 'list' : n.type === 'set' ? 'set' : 'tuple';
        return { kind: 'sequence', type, elements: named(n).map((c) => this.expr(c)), range };
      }
      case 'dictionary': {
        const entries: DictEntry[] = [];
        for (let cIndex = 0, cList = named(n); cIndex < cList.length; cIndex++) {
          const c = cList[cIndex]!;
          if (c.type === 'pair') {
            entries.push({ key: this.exprOr(field(c, 'key'), c.range), value: this.exprOr(field(c, 'value'), c.range), range: c.range });
          } else if (c.type === 'dictionary_splat') {
            entries.push({ key: null, value: this.exprOr(named(c)[0] ?? null, c.range), range: c.range });
          }
        }
        return { kind: 'dict', entries, range };
      }
      case 'parenthesized_expression': {
        const inner = named(n)[0];
        return inner ? this.expr(inner) : unknown(range);
      }
      case 'lambda':
        return { kind: 'lambda', params: this.params(field(n, 'parameters')), body: this.exprOr(field(n, 'body'), range), range };
      case 'list_comprehension':
      case 'set_comprehension':
      case 'generator_expression':
      case 'dictionary_comprehension':
        return this.comprehension(n);
      case 'await':
        return { kind: 'await', value: this.exprOr(named(n)[0] ?? null, range), range };
      case 'yield': {
        const inner = named(n)[0];
        return { kind: 'yield', value: inner ? this.expr(inner) : null, range };
      }
      case 'named_expression': {
        const name = field(n, 'name');
        return {
          kind: 'walrus',
          target: { kind: 'name', id: name ? this.text(name) : '', range: name?.range ?? range },
          value: this.exprOr(field(n, 'value'), range),
          range,
        };
      }
      case 'list_splat':
      case 'dictionary_splat':
      case 'parenthesized_list_splat':
      case 'list_splat_pattern':
      case 'dictionary_splat_pattern':
        return { kind: 'starred', value: this.exprOr(named(n)[0] ?? null, range), range };
      case 'type':
      case 'case_pattern':
      case 'as_pattern_target': {
        const inner = named(n)[0];
        return inner ? this.expr(inner) : unknown(range);
      }
      case 'dotted_name':
        return this.dottedExpr(n);
      default:
        return { kind: 'unknown', syntax: n.type, children: named(n).map((c) => this.expr(c)), range };
    }
  }

  private args(list: CstNode): Arg[] {
    const out: Arg[] = [];
    for (let cIndex = 0, cList = named(list); cIndex < cList.length; cIndex++) {
      const c = cList[cIndex]!;
      if (c.type === 'keyword_argument') {
        const name = field(c, 'name');
        out.push({ name: name ? this.text(name) : '', value: this.exprOr(field(c, 'value'), c.range), spread: null, range: c.range });
      } else if (c.type === 'list_splat') {
        out.push({ name: null, value: this.exprOr(named(c)[0] ?? null, c.range), spread: 'list', range: c.range });
      } else if (c.type === 'dictionary_splat') {
        out.push({ name: null, value: this.exprOr(named(c)[0] ?? null, c.range), spread: 'dict', range: c.range });
      } else {
        out.push({ name: null, value: this.expr(c), spread: null, range: c.range });
      }
    }
    return out;
  }

  private comprehension(n: CstNode): Expr {
    const body = field(n, 'body');
    const clauses: ComprehensionClause[] = [];
    for (let cIndex = 0, cList = named(n); cIndex < cList.length; cIndex++) {
      const c = cList[cIndex]!;
      if (c.type === 'for_in_clause') {
        const rights = fieldAll(c, 'right');
        clauses.push({
          target: this.exprOr(field(c, 'left'), c.range),
          iter: rights.length === 1 ? this.expr(rights[0]!) : this.tuple(rights, c.range),
          conditions: [],
          range: c.range,
        });
      } else if (c.type === 'if_clause') {
        const last = clauses[clauses.length - 1];
        const cond = named(c)[0];
        if (last && cond) last.conditions.push(this.expr(cond));
      }
    }
    const type =
      n.type === 'list_comprehension'
        ? 'list'
        : n.type === 'set_comprehension'
          ? 'set'
          : n.type === 'dictionary_comprehension'
            ? 'dict'
            : 'generator';
    if (type === 'dict' && body?.type === 'pair') {
      return {
        kind: 'comprehension',
        type,
        key: this.exprOr(field(body, 'key'), body.range),
        element: this.exprOr(field(body, 'value'), body.range),
        clauses,
        range: n.range,
      };
    }
    return { kind: 'comprehension', type, key: null, element: this.exprOr(body, n.range), clauses, range: n.range };
  }

  private number(n: CstNode): LiteralExpr {
    const raw = this.text(n).replace(/_/g, '');
    const isComplex = /[jJ]$/.test(raw);
    const clean = raw.replace(/[lLjJ]$/, '');
    let value = Number(/^0[0-7]+$/.test(clean) ? Number.parseInt(clean, 8) : clean);
    if (Number.isNaN(value)) value = 0;
    const type = n.type === 'float' || isComplex ? 'float' : 'int';
    return { kind: 'literal', type, value, range: n.range };
  }

  private string(n: CstNode): Expr {
    const start = childOfType(n, 'string_start');
    const prefix = start ? this.text(start).replace(/["']+$/, '').toLowerCase() : '';
    const isBytes = prefix.includes('b');
    const isRaw = prefix.includes('r');
    const parts: Array<string | Expr> = [];
    let hasHoles = false;
    for (let cIndex = 0, cList = n.children; cIndex < cList.length; cIndex++) {
      const c = cList[cIndex]!;
      if (c.type === 'string_content') {
        const raw = this.text(c);
        parts.push(isRaw ? raw : decodeEscapes(raw));
      } else if (c.type === 'interpolation') {
        const e = field(c, 'expression');
        parts.push(this.exprOr(e, c.range));
        hasHoles = true;
      }
    }
    if (hasHoles) return mergeTemplate(parts, n.range);
    return {
      kind: 'literal',
      type: isBytes ? 'bytes' : 'str',
      value: parts.join(''),
      range: n.range,
    };
  }

  private concatenated(n: CstNode): Expr {
    const parts: Array<string | Expr> = [];
    let bytes = false;
    let holes = false;
    for (let cIndex = 0, cList = named(n); cIndex < cList.length; cIndex++) {
      const c = cList[cIndex]!;
      const e = this.string(c);
      if (e.kind === 'literal') {
        parts.push(String(e.value));
        bytes ||= e.type === 'bytes';
      } else if (e.kind === 'template') {
        parts.push(...e.parts);
        holes = true;
      }
    }
    if (holes) return mergeTemplate(parts, n.range);
    return { kind: 'literal', type: bytes ? 'bytes' : 'str', value: parts.join(''), range: n.range };
  }
}

function mergeTemplate(parts: Array<string | Expr>, range: Range): TemplateExpr {
  const merged: Array<string | Expr> = [];
  for (let pIndex = 0, pList = parts; pIndex < pList.length; pIndex++) {
    const p = pList[pIndex]!;
    const last = merged[merged.length - 1];
    if (typeof p === 'string' && typeof last === 'string') merged[merged.length - 1] = last + p;
    else merged.push(p);
  }
  return { kind: 'template', parts: merged, range };
}

function unknown(range: Range): Expr {
  return { kind: 'unknown', syntax: 'missing', children: [], range };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\n': '',
};

/** Decodes the common Python escape sequences; unknown ones stay as written. */
function decodeEscapes(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.|\n)/g, (m, esc: string) => {
    const c = esc[0]!;
    if ((c === 'x' || c === 'u' || c === 'U') && esc.length > 1) {
      // `\U` can name a value past U+10FFFF, which Python rejects: keep it as written.
      const code = Number.parseInt(esc.slice(1), 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    // A `\u` or `\x` without its hex digits is not an escape (Python calls it an error): keep it.
    if (c === 'x' || c === 'u' || c === 'U') return m;
    if (/[0-7]/.test(c)) return String.fromCharCode(Number.parseInt(esc, 8));
    return SIMPLE_ESCAPES[esc] ?? m;
  });
}
