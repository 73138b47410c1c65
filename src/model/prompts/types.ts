import type { ChatMessage, PromptId } from '../types.js';

/** A static-engine finding offered to the model in hybrid mode. */
export interface Candidate {
  /** S1, S2, …: how the model refers to it. */
  id: string;
  line: number;
  endLine: number;
  checkId: string;
  cwe: number;
  severity: string;
  message: string;
  /** The code on the line, as in the file. */
  code: string;
}

/** What a prompt is built from: one file, or one chunk of a large file. */
export interface PromptInput {
  path: string;
  language: string;
  /** The code as shown to the model, numbered as in the file (see numberedCode). */
  numberedCode: string;
  /** Set when the file was split: which piece this is and which file lines it shows. */
  chunk?: { index: number; count: number; shownLines: string };
  /** What is known about the project (P2): its folder name. */
  project?: string;
  /** The change's commit message, when reviewing a change (P5 step 1). */
  commitMessage?: string;
  /** Hybrid mode: the static engine's findings in this piece of code. */
  candidates?: readonly Candidate[];
  /** Hybrid mode: what the static engine examined and found safe, one line per pillar. */
  evidence?: readonly string[];
}

/**
 * A prompt ready to send: a system message, then one or more user turns sent
 * in order (P5 has two: the explanation, then the review); each turn's answer
 * is added to the conversation before the next. The last answer is the review.
 */
export interface PromptPlan {
  id: PromptId;
  /** 'json': parse with the answer schema; 'free-text': parse as a prose review (P1–P5). */
  expects: 'json' | 'free-text';
  system: string;
  turns: string[];
}

/** The messages of a plan up to turn `upTo` (inclusive), with the earlier answers in place. */
export function conversation(plan: PromptPlan, upTo: number, answers: readonly string[]): ChatMessage[] {
  const messages: ChatMessage[] = [{ role: 'system', content: plan.system }];
  for (let i = 0; i <= upTo; i++) {
    messages.push({ role: 'user', content: plan.turns[i]! });
    if (i < upTo) messages.push({ role: 'assistant', content: answers[i] ?? '' });
  }
  return messages;
}
