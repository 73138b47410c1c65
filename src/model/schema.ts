/**
 * The JSON answer the grounded prompt asks for: a zod schema to validate it,
 * and the same shape as a JSON Schema for servers that accept
 * `response_format: { type: 'json_schema' }` (OpenAI's strict mode wants every
 * property required and no additional properties, hence no optional fields).
 */
import { z } from 'zod';
import type { Severity } from '../analyze/check.js';
import type { CandidateVerdict, ModelClaim } from './types.js';

const SEVERITY_VALUES = ['critical', 'high', 'medium', 'low', 'info'] as const;

/** Models write CWE ids as 89, "89" or "CWE-89"; 0 or null means none. */
const cweId = z.preprocess((v) => {
  if (typeof v === 'string') {
    const m = /^\s*(?:CWE-)?(\d+)\s*$/i.exec(v);
    return m ? Number(m[1]) : v;
  }
  return v;
}, z.number().int().min(0).nullable());

const lineNumber = z.number().int().min(1);

const answerFinding = z.object({
  line: lineNumber,
  endLine: lineNumber.nullable().optional(),
  quote: z.string(),
  cwe: cweId,
  severity: z.preprocess((v) => (typeof v === 'string' ? v.toLowerCase() : v), z.enum(SEVERITY_VALUES)),
  title: z.string().min(1),
  description: z.string(),
  fix: z.string(),
});

const answerCandidate = z.object({
  id: z.string().min(1),
  verdict: z.enum(['confirmed', 'rejected']),
  reason: z.string().min(1),
});

export const ModelAnswerSchema = z.object({
  findings: z.array(answerFinding),
  // Absent outside hybrid mode; an empty list then.
  candidates: z.array(answerCandidate).default([]),
});

export interface ModelAnswer {
  findings: ModelClaim[];
  candidates: CandidateVerdict[];
}

/** The JSON Schema sent as response_format (kept in step with ModelAnswerSchema by test/model-schema.test.ts). */
export const ANSWER_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['findings', 'candidates'],
  properties: {
    findings: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['line', 'endLine', 'quote', 'cwe', 'severity', 'title', 'description', 'fix'],
        properties: {
          line: { type: 'integer', description: 'first line of the defect, as numbered in the code' },
          endLine: { type: 'integer', description: 'last line of the defect (same as line for one line)' },
          quote: { type: 'string', description: 'the code on the cited line(s), copied exactly' },
          cwe: { type: 'integer', description: 'the most specific CWE id' },
          severity: { type: 'string', enum: [...SEVERITY_VALUES] },
          title: { type: 'string' },
          description: { type: 'string' },
          fix: { type: 'string' },
        },
      },
    },
    candidates: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'verdict', 'reason'],
        properties: {
          id: { type: 'string', description: 'the candidate id, e.g. S1' },
          verdict: { type: 'string', enum: ['confirmed', 'rejected'] },
          reason: { type: 'string' },
        },
      },
    },
  },
} as const;

export const RESPONSE_FORMAT = {
  type: 'json_schema',
  json_schema: { name: 'pillar_review', strict: true, schema: ANSWER_JSON_SCHEMA },
} as const;

export type ParsedAnswer = { ok: true; answer: ModelAnswer } | { ok: false; error: string };

/**
 * Parses a model's text as the JSON answer. Tolerates what servers without
 * structured output add around it (a ```json fence, a sentence before the
 * object); anything else is an error naming the first problem.
 */
export function parseModelAnswer(text: string): ParsedAnswer {
  const json = extractJsonObject(text);
  if (json === null) return { ok: false, error: 'the answer is not JSON' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return { ok: false, error: `the answer is not valid JSON (${(err as Error).message})` };
  }
  const result = ModelAnswerSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { ok: false, error: `the answer does not match the schema: ${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  const findings: ModelClaim[] = result.data.findings.map((f) => ({
    line: f.line,
    endLine: Math.max(f.line, f.endLine ?? f.line),
    quote: f.quote,
    cwe: f.cwe === 0 ? null : f.cwe,
    severity: f.severity as Severity,
    title: f.title,
    description: f.description,
    fix: f.fix,
  }));
  return { ok: true, answer: { findings, candidates: result.data.candidates } };
}

/** The outermost {...} of the text, after removing a Markdown code fence; null when there is none. */
function extractJsonObject(text: string): string | null {
  const fenced = /```(?:json)?\s*\n([\s\S]*?)```/i.exec(text);
  const body = (fenced ? fenced[1]! : text).trim();
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  if (start === -1 || end < start) return null;
  return body.slice(start, end + 1);
}
