/** Output formats. A new format is a module here and an entry in FORMATS. */
import type { Severity } from '../analyze/check.js';
import type { Review } from '../review/types.js';
import { formatGerrit, type GerritCommentKind } from './gerrit.js';
import { formatGitlab } from './gitlab.js';
import { appendStepSummary, formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown, resolveLinkBase } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export interface FormatContext {
  color: boolean;
  /** Absolute directory the review's relative paths are relative to (the working directory). */
  root?: string;
  /** `--fail-on`: findings at or above it fail the review; null for `none`. Default medium. */
  failOn?: Severity | null;
  /** `--link-base`: URL that repository paths are appended to in Markdown links. */
  linkBase?: string;
  /** `--gerrit-label`: the label the Gerrit review votes on. */
  gerritLabel?: string;
  /** `--gerrit-comments`: robot comments (default) or ordinary ones. */
  gerritComments?: GerritCommentKind;
  /** `--show-suppressed`: the text review lists suppressed findings with their comments. */
  showSuppressed?: boolean;
  /** Environment for CI detection (GitHub Actions); default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

export const FORMATS: Record<string, (review: Review, ctx: FormatContext) => string> = {
  text: (review, ctx) => formatText(review, { color: ctx.color, showSuppressed: ctx.showSuppressed === true }),
  json: (review) => formatJson(review),
  sarif: (review, ctx) => formatSarif(review, { root: ctx.root }),
  markdown: (review, ctx) => formatMarkdown(review, markdownOptions(ctx)),
  gerrit: (review, ctx) =>
    formatGerrit(review, { root: ctx.root, failOn: ctx.failOn, label: ctx.gerritLabel, commentKind: ctx.gerritComments }),
  github: (review, ctx) => {
    const env = ctx.env ?? process.env;
    appendStepSummary(review, env, markdownOptions(ctx));
    return formatGithub(review, { root: ctx.root, repoRoot: env.GITHUB_WORKSPACE });
  },
  gitlab: (review, ctx) => formatGitlab(review, { root: ctx.root, repoRoot: (ctx.env ?? process.env).CI_PROJECT_DIR }),
};

function markdownOptions(ctx: FormatContext) {
  return { root: ctx.root, failOn: ctx.failOn, linkBase: resolveLinkBase(ctx.linkBase, ctx.env ?? process.env) };
}
