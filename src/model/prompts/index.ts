/** The prompt registry: --prompt p1..p5 (the study's designs) or grounded (the default). */
import type { PromptId } from '../types.js';
import { groundedPrompt } from './grounded.js';
import { studyPrompt } from './study.js';
import type { PromptInput, PromptPlan } from './types.js';

export type { Candidate, PromptInput, PromptPlan } from './types.js';
export { conversation } from './types.js';

export function buildPrompt(id: PromptId, input: PromptInput): PromptPlan {
  return id === 'grounded' ? groundedPrompt(input) : studyPrompt(id, input);
}
