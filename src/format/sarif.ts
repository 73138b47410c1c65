/**
 * `--format sarif`: the review as a SARIF 2.1.0 log for code-scanning tools.
 *
 * - One run. `tool.driver.rules` are the checks that ran; each rule relates
 *   to its CWE, and `run.taxonomies[0]` is the CWE catalog with every CWE on
 *   the way from a rule's CWE up to its pillar (each taxon relates to its
 *   parent), plus the pillars the review covers.
 * - Results carry the CWE and the pillar as `taxa`, `codeFlows` for
 *   dataflow findings, and `partialFingerprints["pillar/v1"]`: the shared
 *   finding fingerprint (src/review/fingerprint.ts: check, CWE, file, sink
 *   code, enclosing function; no line number) with its occurrence, so a
 *   finding keeps its identity across runs and when lines move above it.
 *   `primaryLocationLineHash` is not written: GitHub defines it by its own
 *   rolling hash of the line, and upload-sarif computes it from the checkout.
 *   Suppressed findings are results with an in-source suppression; other
 *   results have `suppressions: []` (not suppressed).
 * - Skipped and failed files, parse errors and checks that did not finish
 *   are `toolExecutionNotifications` of the one invocation.
 *
 * Columns are 1-based UTF-16 code units, end columns exclusive, as SARIF's
 * `utf16CodeUnits` column kind defines them.
 */
import { pathToFileURL } from 'node:url';
import type { CheckMeta, Confidence, Finding, Severity } from '../analyze/check.js';
import { CATALOG_TERMS, CATALOG_VERSION, cweChain, lookupCwe, PILLARS } from '../cwe/catalog.js';
import type { Range } from '../ir/types.js';
import { renderCheckHelp } from '../review/check-doc.js';
import { FINGERPRINT_VERSION, withOccurrences } from '../review/fingerprint.js';
import type { Review } from '../review/types.js';
import { skipText } from './text.js';

export interface SarifOptions {
  /** Absolute directory that relative paths in the review are relative to (SRCROOT). */
  root?: string;
}

type Json = Record<string, unknown>;
type Level = 'error' | 'warning' | 'note';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = 'SRCROOT';
const CWE_TAXONOMY = { name: 'CWE', index: 0 };
/** The `partialFingerprints` key; its version follows the fingerprint's. */
export const FINGERPRINT_KEY = `pillar/v${FINGERPRINT_VERSION}`;

/** GitHub code scanning's scale (0.0–10.0): ≥9 critical, ≥7 high, ≥4 medium, else low. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };
const LEVEL: Record<Severity, Level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
const PRECISION: Record<Confidence, string> = { high: 'high', medium: 'medium', low: 'low' };

/** Notification descriptors, referenced by index from toolExecutionNotifications. */
const NOTIFICATIONS = [
  { id: 'file-skipped', text: 'A file was not reviewed (binary, empty, not UTF-8, too large or unreadable).' },
  { id: 'file-failed', text: 'Reviewing a file failed; the rest of the review went on.' },
  { id: 'parse-error', text: 'Part of a file could not be parsed; the rest of the file was reviewed.' },
  { id: 'check-incomplete', text: 'A check or analysis did not finish on a file.' },
] as const;
type NotificationId = (typeof NOTIFICATIONS)[number]['id'];

export function formatSarif(review: Review, options: SarifOptions = {}): string {
  return `${JSON.stringify(buildSarif(review, options), null, 2)}\n`;
}

export function buildSarif(review: Review, options: SarifOptions = {}): Json {
  // Rules: the checks that ran, plus (defensively) any check a finding names that is not among them.
  const metas: Array<CheckMeta | { id: string }> = [...review.checks];
  const ruleIndex = new Map(metas.map((m, i) => [m.id, i]));
  for (const f of [...review.findings, ...review.suppressed]) {
    if (!ruleIndex.has(f.checkId)) {
      ruleIndex.set(f.checkId, metas.length);
      metas.push({ id: f.checkId });
    }
  }

  // Taxa: each CWE on the chain from a rule's (or finding's) CWE to its pillar, and the covered pillars.
  const taxa: Json[] = [];
  const taxonIndex = new Map<number, number>();
  const addTaxon = (id: number): number | undefined => {
    const known = taxonIndex.get(id);
    if (known !== undefined) return known;
    const chain = cweChain(id);
    if (chain.length === 0) return undefined;
    // Parents first, so each taxon's relationship can name its parent's index.
    let parentIndex: number | undefined;
    let parentId: number | undefined;
    for (const e of [...chain].reverse()) {
      let index = taxonIndex.get(e.id);
      if (index === undefined) {
        index = taxa.length;
        taxonIndex.set(e.id, index);
        taxa.push({
          id: String(e.id),
          name: e.name,
          shortDescription: { text: `CWE-${e.id}: ${e.name}` },
          helpUri: cweUri(e.id),
          ...(parentId !== undefined
            ? { relationships: [{ target: { id: String(parentId), index: parentIndex, toolComponent: CWE_TAXONOMY }, kinds: ['subset'] }] }
            : {}),
          properties: { abstraction: e.abstraction, ...(e.abstraction === 'Pillar' ? { tags: ['pillar'] } : {}) },
        });
      }
      parentIndex = index;
      parentId = e.id;
    }
    return taxonIndex.get(id);
  };
  for (const p of review.pillars) addTaxon(p.id);
  for (const m of review.checks) addTaxon(m.cwe);
  for (const f of [...review.findings, ...review.suppressed]) addTaxon(f.cwe);
  const taxonRef = (id: number): Json | null => {
    const index = taxonIndex.get(id);
    return index === undefined ? null : { id: String(id), index, toolComponent: CWE_TAXONOMY };
  };

  const rules = metas.map((m) => ('title' in m ? rule(m, taxonRef(m.cwe)) : { id: m.id }));

  // Artifacts: every file the review names, reviewed or not.
  const artifacts: Json[] = [];
  const artifactIndex = new Map<string, number>();
  const addArtifact = (path: string, language: string | null) => {
    if (artifactIndex.has(path)) return;
    artifactIndex.set(path, artifacts.length);
    artifacts.push({ location: artifactLocation(path), ...(language ? { sourceLanguage: language } : {}) });
  };
  for (const f of review.files.reviewed) addArtifact(f.path, f.language);
  for (const f of review.files.skipped) addArtifact(f.path, null);
  for (const f of review.files.failed) addArtifact(f.path, null);
  for (const f of [...review.findings, ...review.suppressed]) addArtifact(f.path, null);
  const location = (path: string): Json => ({ ...artifactLocation(path), index: artifactIndex.get(path)! });

  const all = [...review.findings.map((f) => ({ f, suppressed: false })), ...review.suppressed.map((f) => ({ f, suppressed: true }))];
  // Suppressed findings count as occurrences too, so suppressing one does not renumber its twin.
  const fingerprint = withOccurrences(all.map(({ f }) => f));

  const results = all.map(({ f, suppressed }) => {
    const resultTaxa = [taxonRef(f.cwe), f.pillar !== null && f.pillar !== f.cwe ? taxonRef(f.pillar) : null].filter((t) => t !== null);
    return {
      ruleId: f.checkId,
      ruleIndex: ruleIndex.get(f.checkId)!,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: physicalLocation(f, location(f.path)) }],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint.get(f)! },
      ...(resultTaxa.length ? { taxa: resultTaxa } : {}),
      ...(f.flow?.length ? { codeFlows: [codeFlow(f, location(f.path))] } : {}),
      // The suppression comment's reason, when it gives one, is the justification code scanning shows.
      suppressions: suppressed ? [{ kind: 'inSource', ...(f.suppression?.reason ? { justification: f.suppression.reason } : {}) }] : [],
      properties: {
        pillar: f.pillar,
        cwe: f.cwe,
        severity: f.severity,
        confidence: f.confidence,
        'security-severity': SECURITY_SEVERITY[f.severity],
      },
    };
  });

  const notifications: Json[] = [];
  const notify = (id: NotificationId, level: Level, text: string, path: string, region?: Range, checkId?: string) => {
    const descriptor = NOTIFICATIONS.findIndex((n) => n.id === id);
    notifications.push({
      level,
      message: { text },
      descriptor: { id, index: descriptor },
      locations: [{ physicalLocation: { artifactLocation: location(path), ...(region ? { region: sarifRegion(region) } : {}) } }],
      ...(checkId && ruleIndex.has(checkId) ? { associatedRule: { id: checkId, index: ruleIndex.get(checkId)! } } : {}),
    });
  };
  for (const s of review.files.skipped) notify('file-skipped', 'note', `Skipped ${s.path}: ${skipText(s.reason)}.`, s.path);
  for (const f of review.files.failed) notify('file-failed', 'error', `Could not review ${f.path}: ${f.error}`, f.path);
  for (const f of review.files.reviewed) {
    for (const r of f.parseErrors) notify('parse-error', 'warning', `Could not parse ${f.path} at line ${r.line}; the rest of the file was reviewed.`, f.path, r);
    for (const i of f.incomplete) notify('check-incomplete', 'warning', `${i.checkId} did not finish on ${f.path}: ${i.message}`, f.path, undefined, i.checkId);
  }

  const usesRoot = options.root !== undefined && artifacts.some((a) => (a.location as Json).uriBaseId === SRCROOT);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: review.tool.name,
            version: review.tool.version,
            semanticVersion: review.tool.version,
            shortDescription: { text: 'Offline security review of source code, organised by the ten CWE-1000 pillars.' },
            rules,
            notifications: NOTIFICATIONS.map((n) => ({ id: n.id, shortDescription: { text: n.text } })),
            supportedTaxonomies: [CWE_TAXONOMY],
          },
        },
        taxonomies: [
          {
            name: 'CWE',
            version: CATALOG_VERSION,
            organization: 'MITRE',
            shortDescription: { text: 'The MITRE Common Weakness Enumeration' },
            fullDescription: { text: CATALOG_TERMS },
            informationUri: 'https://cwe.mitre.org/',
            isComprehensive: false,
            taxa,
          },
        ],
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        ...(usesRoot ? { originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.root!) } } } : {}),
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
        properties: {
          pillars: review.pillars.map((p) => p.id),
          reviewSchemaVersion: review.schemaVersion,
          verdict: review.verdict,
        },
      },
    ],
  };
}

function rule(m: CheckMeta, cwe: Json | null): Json {
  const chain = cweChain(m.cwe);
  const pillar = chain.at(-1)?.abstraction === 'Pillar' ? chain.at(-1)!.id : null;
  const tags = ['security', `external/cwe/cwe-${m.cwe}`];
  if (pillar !== null && pillar !== m.cwe) tags.push(`external/cwe/cwe-${pillar}`);
  const pillarShort = PILLARS.find((p) => p.id === pillar)?.short;
  if (pillarShort) tags.push(`pillar/${pillarShort.toLowerCase().replace(/\s+/g, '-')}`);
  return {
    id: m.id,
    name: pascalCase(m.id),
    shortDescription: { text: m.title },
    fullDescription: { text: m.description },
    help: { text: `${m.why}\n\nHow to fix it: ${m.fix}`, markdown: renderCheckHelp(m) },
    defaultConfiguration: { level: LEVEL[m.severity] },
    ...(cwe ? { relationships: [{ target: cwe, kinds: ['subset'] }] } : {}),
    properties: {
      tags,
      'security-severity': SECURITY_SEVERITY[m.severity],
      precision: PRECISION[m.confidence],
      severity: m.severity,
      cwe: m.cwe,
      cweName: lookupCwe(m.cwe)?.name ?? null,
      pillar,
      languages: [...m.languages],
    },
  };
}

function physicalLocation(f: Finding, artifact: Json): Json {
  const region: Json = sarifRegion(f.range);
  const lines = f.snippet.split('\n');
  const covered = f.range.endLine - f.range.line + 1 <= lines.length;
  if (covered) {
    const text = regionText(lines, f.range);
    region.snippet = { text };
    const whole = lines.slice(0, f.range.endLine - f.range.line + 1).join('\n');
    // contextRegion must be a proper superset of region: only when the region is not whole lines.
    if (whole !== text) {
      return {
        artifactLocation: artifact,
        region,
        contextRegion: { startLine: f.range.line, endLine: f.range.endLine, snippet: { text: whole } },
      };
    }
  }
  return { artifactLocation: artifact, region };
}

function codeFlow(f: Finding, artifact: Json): Json {
  const steps = f.flow!.map((s) => ({
    location: { physicalLocation: { artifactLocation: artifact, region: sarifRegion(s.range) }, message: { text: s.note } },
  }));
  const last = f.flow!.at(-1)!.range;
  if (last.line !== f.range.line || last.col !== f.range.col) {
    steps.push({ location: { physicalLocation: { artifactLocation: artifact, region: sarifRegion(f.range) }, message: { text: f.message } } });
  }
  return { message: { text: f.message }, threadFlows: [{ locations: steps }] };
}

function sarifRegion(r: Range): Json {
  return { startLine: r.line, startColumn: r.col, endLine: r.endLine, endColumn: r.endCol };
}

function regionText(lines: readonly string[], r: Range): string {
  const n = r.endLine - r.line;
  if (n === 0) return lines[0]!.slice(r.col - 1, r.endCol - 1);
  const parts = lines.slice(0, n + 1);
  parts[0] = parts[0]!.slice(r.col - 1);
  parts[n] = parts[n]!.slice(0, r.endCol - 1);
  return parts.join('\n');
}



function artifactLocation(path: string): Json {
  if (isAbsolutePath(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function cweUri(id: number): string {
  return `https://cwe.mitre.org/data/definitions/${id}.html`;
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}
