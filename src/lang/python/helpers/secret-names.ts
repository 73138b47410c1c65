/**
 * The secret-name logic is language-neutral and lives in
 * src/analyze/secret-names.ts (shared with the JavaScript checks); Python
 * checks keep importing it from here.
 */
export * from '../../../analyze/secret-names.js';
