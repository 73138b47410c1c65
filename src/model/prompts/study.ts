/**
 * The five prompt designs of the study whose review style Pillar's users know
 * (models asked to review files from OpenStack and Qt code reviews), in our own
 * words. The answers are prose; src/audit/parse-review.ts reads them.
 *
 * Differences from the study, on purpose: the code is shown with its line
 * numbers (so that cited lines can be checked), and inside markers that tell
 * the model where the code starts and ends.
 */
import { lookupCwe, PILLARS } from '../../cwe/catalog.js';
import type { PromptId } from '../types.js';
import { fencedCode } from './code-block.js';
import type { PromptInput, PromptPlan } from './types.js';

export const NO_DEFECT_SENTENCE = 'No security defects are detected in the code';

const SYSTEM = 'You are a security code reviewer.';

/** P1, the base every other design extends. */
function basicRequest(): string {
  return [
    'Check the code below for security defects.',
    'For every defect you find, give the line number, the type of defect, a description and a way to fix it.',
    `If you find none, say: "${NO_DEFECT_SENTENCE}".`,
  ].join(' ');
}

function codeSection(input: PromptInput): string {
  const part = input.chunk ? ` (part ${input.chunk.index} of ${input.chunk.count}: ${input.chunk.shownLines})` : '';
  return `File ${input.path}${part}, ${input.language}, each line prefixed by its line number:\n${fencedCode(input.numberedCode)}`;
}

function pillarList(): string {
  return PILLARS.map((p) => `CWE-${p.id} (${lookupCwe(p.id)?.name ?? p.short})`).join(', ');
}

export function studyPrompt(id: Exclude<PromptId, 'grounded'>, input: PromptInput): PromptPlan {
  const code = codeSection(input);
  switch (id) {
    case 'p1':
      return { id, expects: 'free-text', system: SYSTEM, turns: [`${basicRequest()}\n\n${code}`] };
    case 'p2': {
      const project = input.project ? `The code belongs to the project "${input.project}".` : 'The project is not named.';
      const about = `${project} This file is ${input.path}, written in ${input.language}.`;
      return { id, expects: 'free-text', system: SYSTEM, turns: [`${about}\n${basicRequest()}\n\n${code}`] };
    }
    case 'p3':
      return {
        id,
        expects: 'free-text',
        system: SYSTEM,
        turns: [`${basicRequest()} Name the CWE (Common Weakness Enumeration) entry of each defect.\n\n${code}`],
      };
    case 'p4':
      return {
        id,
        expects: 'free-text',
        system: SYSTEM,
        turns: [`${basicRequest()} Use these CWE categories as the types of defect: ${pillarList()}.\n\n${code}`],
      };
    case 'p5': {
      const message = input.commitMessage
        ? `The commit message of the change is:\n${input.commitMessage}`
        : 'No commit message is available; work from the code.';
      const explain = `${message}\n\nFirst, explain in a few sentences what this code does and what the change is for.\n\n${code}`;
      const review = `Now review the same code for security defects. Reason step by step before concluding. ${basicRequest()}`;
      return { id, expects: 'free-text', system: SYSTEM, turns: [explain, review] };
    }
  }
}
