#!/usr/bin/env node
/**
 * The `pillar` command line. Exit codes: 0 no finding at or above --fail-on,
 * 1 such findings exist, 2 usage or internal error (never a stack trace).
 */
import { Command, CommanderError, Option } from 'commander';
import { runBench } from '../benchmark/command.js';
import { TOOL_VERSION } from '../version.js';
import { runCwe } from './cwe-command.js';
import { UsageError } from './errors.js';
import { runExplain, runListChecks } from './explain-command.js';
import { runReview } from './review-command.js';

export async function main(argv: string[]): Promise<number> {
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
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('-o, --output <file>', 'write the review to a file instead of stdout')
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .choices(['info', 'low', 'medium', 'high', 'critical', 'none'])
        .default('medium'),
    )
    .option('--pillars <ids>', 'review only these pillars, e.g. 284,707')
    .option('--exclude <pattern>', 'exclude paths (gitignore syntax); repeatable', collect, [])
    .option('--max-file-size <size>', 'skip files larger than this', '2MB')
    .option('-j, --jobs <n>', 'worker threads (0 = one per core)', '0')
    .option('--file-timeout <seconds>', 'give up on a file whose analysis takes longer than this', '60')
    .option('--time-budget <seconds>', 'per-file budget for dataflow; past it the file is reported as partially analysed', '5')
    .option('--threats <models>', 'untrusted sources the dataflow counts: remote, local, environment, file', 'remote,local')
    .option('--no-color', 'never colour the text output')
    .action(async (paths: string[], opts) => {
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
      exitCode = await runBench(corpus, opts);
    });

  program
    .command('cwe')
    .description('print the chain from a CWE up to its pillar in CWE-1000')
    .argument('<id>', 'CWE id, e.g. 89 or CWE-89')
    .action((id: string) => {
      exitCode = runCwe(id);
    });

  program
    .command('explain')
    .description("print a check's documentation")
    .argument('<check-id>', 'check id, e.g. eval-used')
    .action(async (id: string) => {
      exitCode = await runExplain(id);
    });

  program
    .command('checks')
    .description('list every check with its CWE and pillar')
    .action(async () => {
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
    if (err instanceof UsageError) {
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
