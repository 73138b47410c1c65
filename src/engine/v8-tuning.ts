/**
 * How eagerly V8 optimises Pillar's code.
 *
 * A review is a short run of a lot of different code (the lowering, the
 * interpreter, seventy checks), in every worker at once. With V8's default
 * interrupt budget (how much bytecode a function runs before it is
 * considered for optimisation) most of that code is compiled by TurboFan
 * within the first second, then deoptimised and compiled again as new object
 * shapes turn up: on the standard-library benchmark the compiler threads
 * used about 3.4 s of CPU, more than half of what the analysis itself
 * used, on a 2-core machine where they compete with the workers. With a
 * budget about forty times the default, only code that stays hot is
 * optimised: the run takes about a third less CPU and wall time on both
 * benchmark corpora (docs/benchmark.md, "Where the time goes"), and long runs
 * still get their hot loops optimised. Measured on the standard library:
 * 500,000 and 1,000,000 were slower, 2,000,000 to 3,000,000 the fastest,
 * 6,000,000 slower again, and no optimising compiler at all a quarter slower.
 *
 * V8 flags are process-wide and read when code is compiled, so this runs at
 * the start of the command, before the worker threads exist; a budget given
 * on the command line (`node --interrupt-budget=N`) is left alone.
 */
import { setFlagsFromString } from 'node:v8';

export const INTERRUPT_BUDGET = 3_000_000;

let tuned = false;

export function tuneV8ForShortRuns(): void {
  if (tuned) return;
  tuned = true;
  if (process.execArgv.some((a) => a.startsWith('--interrupt-budget'))) return;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
