/** The mark grammar lives in src/benchmark/marks.ts; the fixture harness uses it from here. */
export { type Marks, parseMarks } from '../../src/benchmark/marks.js';
