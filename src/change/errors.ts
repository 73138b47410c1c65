/**
 * A change that cannot be read: a revision that does not exist, a folder that
 * is not a git repository, git missing, a patch that does not apply or cannot
 * be read. The message is for the user (one or two lines, no stack); the CLI
 * prints it and exits with code 2, so a broken change never passes as clean.
 */
export class ChangeError extends Error {
  override name = 'ChangeError';
}
