/** Reviews the corpus on the main thread, one file after another (for --cpu-prof). */
import { analyzeFile, warmUp } from '../src/engine/analyze-file.js';
import { corpusFiles, DEFAULT_CORPUS } from './stdlib-corpus.js';
const files = corpusFiles(process.argv[2] ?? DEFAULT_CORPUS);
await warmUp();
const t0 = performance.now();
let findings = 0;
for (const f of files) findings += (await analyzeFile(f.absPath, { maxFileBytes: 2 ** 21 }, f.path)).findings.length;
console.log(files.length, 'files', findings, 'findings', Math.round(performance.now() - t0), 'ms');
