/**
 * Shared shapes of the model stage: what is sent (a request built from a
 * prompt), what comes back (an answer), and what the stage reports.
 */
import type { Severity } from '../analyze/check.js';

export type Engine = 'static' | 'llm' | 'hybrid';
export const ENGINES: readonly Engine[] = ['static', 'llm', 'hybrid'];

export type PromptId = 'p1' | 'p2' | 'p3' | 'p4' | 'p5' | 'grounded';
export const PROMPT_IDS: readonly PromptId[] = ['p1', 'p2', 'p3', 'p4', 'p5', 'grounded'];

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A finding as the model states it, before its citation is checked. */
export interface ModelClaim {
  line: number;
  endLine: number;
  /** The code the model says is on the cited line(s); checked against the file. */
  quote: string;
  cwe: number | null;
  severity: Severity;
  title: string;
  description: string;
  fix: string;
}

/** The model's judgement of one static-engine candidate (hybrid mode). */
export interface CandidateVerdict {
  id: string;
  verdict: 'confirmed' | 'rejected';
  reason: string;
}

/** A model claim that failed verification, with the reason shown in the report. */
export interface DroppedClaim {
  path: string;
  line: number;
  reason: string;
}

export interface TokenUsage {
  requests: number;
  /** Answers served from the disk cache (no request, no cost). */
  cachedResponses: number;
  promptTokens: number;
  completionTokens: number;
  /** US dollars; null when the price of the model is unknown (see --price-per-1k). */
  estimatedCostUsd: number | null;
}
