/**
 * What a check is: metadata (rendered as docs, SARIF rules and `pillar
 * explain`) plus a `create` function returning IR visitors, like an ESLint
 * rule. One check per file, under src/lang/<language>/checks/.
 */
import type { Scope, ScopeTree } from './scope.js';
import type { DataflowResult } from '../dataflow/types.js';
import type { Arg, CallExpr, Expr, LiteralValue, Module, Node, NodeKind, NodeOfKind, Range } from '../ir/types.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export type Confidence = 'high' | 'medium' | 'low';

export const SEVERITIES: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export interface CheckMeta {
  /** Kebab-case, unique across languages; used in suppressions and `# expect:` marks. */
  id: string;
  title: string;
  /** The most specific CWE that describes the defect; its pillar is derived from the catalog. */
  cwe: number;
  severity: Severity;
  confidence: Confidence;
  languages: readonly string[];
  /** What the check looks for. */
  description: string;
  /** Why it matters: the attack or failure it enables. */
  why: string;
  /** How to fix it. */
  fix: string;
  example: { bad: string; good: string };
  references: readonly string[];
  /**
   * How the check describes what it examined when it found nothing, e.g.
   * subject "subprocess call", clean "none runs a shell on a command built at run time".
   */
  evidence: { subject: string; clean: string };
  /**
   * Other tools' codes for the same defect, so that their suppression comments
   * (`# nosec B602`, `# noqa: S602`) silence this check too. Only where a code
   * really means the same thing; see docs/suppressions.md.
   */
  aliases?: { bandit?: readonly string[]; ruff?: readonly string[] };
}

export interface FlowStep {
  range: Range;
  note: string;
}

export interface Finding {
  checkId: string;
  cwe: number;
  pillar: number | null;
  severity: Severity;
  confidence: Confidence;
  path: string;
  range: Range;
  message: string;
  /** The source line(s) of the finding, for reports. */
  snippet: string;
  /** For dataflow findings: source → steps → sink. */
  flow?: FlowStep[];
  /** Where the finding sits in the code, for fingerprints (src/review/fingerprint.ts). */
  context: FindingContext;
  /** Set on suppressed findings only: the comment that silenced it (src/review/suppressions.ts). */
  suppression?: SuppressionInfo;
  /** Set by the model stage (--engine llm|hybrid): who found it, static engine, model or both (src/model/hybrid.ts). */
  origin?: 'static' | 'model' | 'both';
  /** Hybrid mode: the model's judgement of a static finding. A disputed finding stays in the review. */
  modelOpinion?: { verdict: 'confirmed' | 'disputed' | 'not-assessed'; reason: string };
}

export type DirectiveKind = 'pillar' | 'nosec' | 'noqa' | 'nosemgrep';

export interface SuppressionInfo {
  kind: DirectiveKind;
  /** The line of the comment. */
  line: number;
  /** The directive as written. */
  text: string;
  reason: string | null;
}

export interface FindingContext {
  /** The enclosing function, qualified through classes and outer functions (`Handler.post`); null at module level. */
  function: string | null;
}

export interface Observation {
  range: Range;
  /** How the site was found safe, e.g. "with-block"; groups observations in summaries. */
  detail?: string;
}

export interface ReportOptions {
  /** Override the check's default severity/confidence/CWE for this finding. */
  severity?: Severity;
  confidence?: Confidence;
  cwe?: number;
  flow?: FlowStep[];
}

export interface CheckContext {
  readonly module: Module;
  readonly source: string;
  readonly scopes: ScopeTree;
  /** Ancestors of the node being visited, outermost first. */
  readonly ancestors: readonly Node[];
  /** The innermost scope (module, function, lambda or class) being visited. */
  readonly scope: Scope;
  /** The API an expression denotes in the current scope: `subprocess.Popen`, `eval`, or null. */
  qualifiedName(expr: Expr): string | null;
  /** The constant value of an expression, or undefined when it is not constant. */
  constValue(expr: Expr): LiteralValue | undefined;
  report(at: { range: Range }, message: string, options?: ReportOptions): void;
  /** Records a site the check examined and found safe (per-pillar evidence). */
  examined(at: { range: Range }, detail?: string): void;
  /** Taint flows of the module: computed once, on first use, and shared by all checks. */
  dataflow(): DataflowResult;
}

export type Visitors = {
  [K in NodeKind]?: (node: NodeOfKind<K>) => void;
} & {
  [K in NodeKind as `${K}:exit`]?: (node: NodeOfKind<K>) => void;
} & {
  /** Called once after the whole module has been walked. */
  'module:exit'?: () => void;
};

export interface Check {
  meta: CheckMeta;
  create(ctx: CheckContext): Visitors;
}

export function defineCheck(check: Check): Check {
  return check;
}

// ------------------------------------------------------------ call helpers

/** The argument at `position` or passed by keyword `name`, or null. */
export function argument(call: CallExpr, position: number | null, name?: string): Expr | null {
  if (name !== undefined) {
    const kw = call.args.find((a) => a.name === name);
    if (kw) return kw.value;
  }
  if (position === null) return null;
  let i = 0;
  for (const a of call.args) {
    if (a.name !== null || a.spread === 'dict') continue;
    if (a.spread === 'list') return null; // position unknown past *args
    if (i === position) return a.value;
    i++;
  }
  return null;
}

/** True when the call has `**kwargs`, so any keyword may be set invisibly. */
export function hasKeywordSpread(call: CallExpr): boolean {
  return call.args.some((a: Arg) => a.spread === 'dict');
}
