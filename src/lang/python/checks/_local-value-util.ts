/**
 * Following a value through one simple local binding is language-neutral and
 * lives in src/analyze/local-value.ts (shared with the JavaScript checks);
 * Python checks keep importing it from here.
 */
export * from '../../../analyze/local-value.js';
