#!/usr/bin/env node
/**
 * The `pillar` command line. Exit codes: 0 no finding at or above --fail-on,
 * 1 such findings exist, 2 usage or internal error (never a stack trace).
 */
import { Command, CommanderError, Option } from 'commander';
import { tuneV8ForShortRuns } from '../engine/v8-tuning.js';
import { TOOL_VERSION } from '../version.js';
import { ChangeError } from '../change/errors.js';
import { UsageError } from './errors.js';

// Each command's module is loaded when that command runs: `pillar --help` need
// not load the model client, and a review starts its workers sooner.

export async function main(argv: string[]): Promise<number> {
  tuneV8ForShortRuns();
  let exitCode = 0;
  const program = new Command('pillar')
    .description('Offline security review of source code, organised by the ten CWE-1000 pillars.')
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('review')
    .description('review files or directories and print a per-pillar security review')
    .argument('[paths...]', 'files or directories to review (default: .)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif', 'markdown', 'gerrit', 'github', 'gitlab']).default('text'))
    .option('-o, --output <file>', 'write the review to a file instead of stdout')
    .addOption(
      // No commander default: an unset flag leaves the configuration's value (docs/configuration.md), else medium.
      new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity (default: medium)').choices([
        'info',
        'low',
        'medium',
        'high',
        'critical',
        'none',
      ]),
    )
    .addOption(new Option('--min-severity <severity>', 'do not report findings below this severity').choices(['info', 'low', 'medium', 'high', 'critical']))
    .option('--pillars <ids>', 'review only these pillars, e.g. 284,707')
    .option('--exclude <pattern>', 'exclude paths (gitignore syntax); repeatable', collect, [])
    .option('--max-file-size <size>', 'skip files larger than this (default: 2MB)')
    // Configuration, suppressions and baselines (src/config, src/review/suppressions.ts, src/review/baseline.ts).
    .option('--config <file>', 'read settings from this file instead of pillar.config.yaml at the repository root')
    .option('--baseline <file>', 'report only findings that are not in this baseline (see `pillar baseline create`)')
    .option('--no-baseline', "ignore the configuration's baseline")
    .option('--show-suppressed', 'list suppressed findings with the comment that silenced each')
    .option('--foreign-suppressions', 'honour nosec, noqa: S… and nosemgrep comments (the default)')
    .option('--no-foreign-suppressions', 'ignore nosec, noqa and nosemgrep comments; only pillar: ignore counts')
    .option('-j, --jobs <n>', 'worker threads (0 = one per core)', '0')
    .option('--file-timeout <seconds>', 'give up on a file whose analysis takes longer than this', '60')
    .option('--time-budget <seconds>', 'per-file budget for dataflow; past it the file is reported as partially analysed', '5')
    .option('--threats <models>', 'untrusted sources the dataflow counts: remote, local, environment, file', 'remote,local')
    .option('--no-color', 'never colour the text output')
    // Change review (src/change, docs/change-review.md): whole files reviewed, findings on changed lines only.
    .option('--diff <range>', 'review the change in a revision range: origin/main...HEAD (from the merge base) or A..B')
    .option('--staged', 'review the staged change (the index against HEAD)')
    .option('--commit <rev>', 'review one commit (against its first parent)')
    .option('--patch <file>', "review a patch (unified diff or git format-patch mail; '-' reads standard input)")
    // The model stage (src/model, docs/model-engine.md): nothing is sent anywhere unless --engine llm|hybrid.
    .addOption(new Option('--engine <engine>', 'static (default), llm (the model reviews), hybrid (the model judges the static findings and adds its own)').choices(['static', 'llm', 'hybrid']))
    .option('--model <name>', 'llm/hybrid: the model, e.g. gpt-4o-mini or llama3.1')
    .option('--base-url <url>', 'llm/hybrid: OpenAI-compatible server (default https://api.openai.com/v1; Ollama: http://localhost:11434/v1); key from PILLAR_API_KEY or OPENAI_API_KEY')
    .option('--prompt <id>', 'llm/hybrid: grounded (default) or the study designs p1..p5')
    .option('--max-concurrency <n>', 'llm/hybrid: requests in flight at once (4)')
    .option('--request-timeout <seconds>', 'llm/hybrid: give up on a request after this long (120)')
    .option('--context-tokens <n>', "llm/hybrid: the model's context window; larger files are reviewed in pieces (8192)")
    .option('--cache-dir <dir>', 'llm/hybrid: where answers are cached (default $XDG_CACHE_HOME/pillar/model)')
    .option('--no-cache', 'llm/hybrid: neither read nor write the answer cache')
    .option('--price-per-1k <usd>', 'llm/hybrid: price per 1,000 tokens for the cost estimate, e.g. 0.002 or 0.0025,0.01 (input,output)')
    .option('--dry-run', 'llm/hybrid: print the prompts and send nothing')
    .option('--allow-partial', 'llm/hybrid: do not exit 2 when some files were not reviewed by the model')
    .option('--link-base <url>', 'markdown: URL that file paths are appended to for line links (default: the GitHub Actions commit)')
    .option('--gerrit-label <name>', 'gerrit: vote on this label, -1 when findings reach --fail-on, else 0')
    .addOption(new Option('--gerrit-comments <kind>', 'gerrit: robot_comments, or ordinary comments (Gerrit 3.13+)').choices(['robot', 'human']).default('robot'))
    .action(async (paths: string[], opts) => {
      const { runReview } = await import('./review-command.js');
      exitCode = await runReview(paths, opts);
    });

  program
    .command('bench')
    .description('review a labelled corpus and score the findings against its labels (see docs/benchmark.md)')
    .argument('<corpus-dir>', 'the corpus folder')
    .option('--expected <file>', 'expected-results CSV (default: every expected.csv in the corpus)')
    .option('-f, --format <format>', 'output format: text or json', 'text')
    .option('--categories <names>', 'score only these categories (names or CWE ids), e.g. sqli,CWE-79')
    .option('--min-score <score>', 'exit 1 when the average score is below this (-1..1, or a percentage)')
    .option('--max-file-size <size>', 'skip files larger than this', '2MB')
    .option('-j, --jobs <n>', 'worker threads (0 = one per core)', '0')
    .option('--file-timeout <seconds>', 'give up on a file whose analysis takes longer than this', '60')
    .option('--time-budget <seconds>', 'per-file budget for dataflow; past it the file is reported as partially analysed', '5')
    .option('--threats <models>', 'untrusted sources the dataflow counts: remote, local, environment, file', 'remote,local')
    .action(async (corpus: string, opts) => {
      const { runBench } = await import('../benchmark/command.js');
      exitCode = await runBench(corpus, opts);
    });

  program
    .command('audit')
    .description('check a written security review against the code it reviews (see docs/audit.md)')
    .option('--review <file>', 'the review to audit (free text or Markdown)')
    .option('--code <file>', 'the code the review is about (in --batch: for reviews the manifest gives none)')
    .option('--truth <file>', 'truth.json with the expected defect, to grade the review')
    .option('--batch <folder>', 'audit every review in a folder (manifest.json maps reviews to code and truth)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write the audit to a file instead of stdout')
    .option('--fail-on <conditions>', 'exit 1 when a review is misleading|uncertain or has a wrong-ref|contradiction (comma-separated)', 'none')
    .action(async (opts) => {
      const { runAudit } = await import('./audit-command.js');
      exitCode = await runAudit(opts);
    });

  program
    .command('baseline')
    .description('record the current findings, so that `pillar review --baseline FILE` reports only new ones (docs/baseline.md)')
    .command('create')
    .description('review the paths and write every reported finding to a baseline file')
    .argument('[paths...]', 'files or directories to review (default: .)')
    .option('-o, --output <file>', "the baseline file (default: the configuration's `baseline`, else .pillar-baseline.json)")
    .option('--config <file>', 'read settings from this file instead of pillar.config.yaml at the repository root')
    .option('--pillars <ids>', 'record only these pillars, e.g. 284,707')
    .option('--exclude <pattern>', 'exclude paths (gitignore syntax); repeatable', collect, [])
    .option('--max-file-size <size>', 'skip files larger than this (default: 2MB)')
    .option('-j, --jobs <n>', 'worker threads (0 = one per core)', '0')
    .option('--file-timeout <seconds>', 'give up on a file whose analysis takes longer than this', '60')
    .option('--time-budget <seconds>', 'per-file budget for dataflow; past it the file is reported as partially analysed', '5')
    .option('--threats <models>', 'untrusted sources the dataflow counts: remote, local, environment, file', 'remote,local')
    .option('--foreign-suppressions', 'honour nosec, noqa: S… and nosemgrep comments (the default)')
    .option('--no-foreign-suppressions', 'ignore nosec, noqa and nosemgrep comments; only pillar: ignore counts')
    .action(async (paths: string[], opts) => {
      const { runBaselineCreate } = await import('./baseline-command.js');
      exitCode = await runBaselineCreate(paths, opts);
    });

  program
    .command('cwe')
    .description('print the chain from a CWE up to its pillar in CWE-1000')
    .argument('<id>', 'CWE id, e.g. 89 or CWE-89')
    .action(async (id: string) => {
      const { runCwe } = await import('./cwe-command.js');
      exitCode = runCwe(id);
    });

  program
    .command('explain')
    .description("print a check's documentation")
    .argument('<check-id>', 'check id, e.g. eval-used')
    .action(async (id: string) => {
      const { runExplain } = await import('./explain-command.js');
      exitCode = await runExplain(id);
    });

  program
    .command('checks')
    .description('list every check with its CWE and pillar')
    .action(async () => {
      const { runListChecks } = await import('./explain-command.js');
      exitCode = await runListChecks();
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof UsageError || err instanceof ChangeError) {
      process.stderr.write(`pillar: ${err.message}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`pillar: internal error: ${message}\n`);
    return 2;
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
