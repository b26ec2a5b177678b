// The CLI's exit codes, the same for every command (stated in `--help` and the README):
//   0  it ran and did its job
//   1  it ran and the job failed (a build, a bake, a cleanup; advise --fail-on's finding)
//   2  bad usage or input: an unknown or missing flag, a bad value, a file that is missing
//      or is not what the flag takes. Nothing ran.
// Commands return OK or FAILED and throw for bad usage or input; src/cli/main.ts maps what
// they throw to a code (exitCodeOf) in one place.
import { InputError } from '../common/errors.js';
import { SchemaError } from '../common/errors.js';

export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODES_HELP = 'exit codes: 0 ok, 1 the job failed (build, bake, cleanup, advise --fail-on), 2 bad usage or input (nothing ran)';

/** Bad usage (an unknown, missing or malformed flag): exit 2, with the command's usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Input given to the CLI that cannot be used (a missing or malformed file): exit 2, one line. */
export class BadInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadInputError';
  }
}

/** node:util parseArgs' own errors (unknown option, missing value, positional), told by their code (Node's errors may come from another realm). */
function isParseArgsError(e: unknown): boolean {
  const code = e && typeof e === 'object' ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/** What an error says: its message (an Error from any realm), else the value as text. */
export function messageOf(e: unknown): string {
  const m = e && typeof e === 'object' ? (e as { message?: unknown }).message : undefined;
  return typeof m === 'string' ? m : String(e);
}

/** True for an error that is the user's usage (print the usage with it). */
export function isUsageError(e: unknown): boolean {
  return e instanceof UsageError || isParseArgsError(e);
}

/** The exit code of what a command threw: bad usage or input is 2, anything else (the job failed) 1. */
export function exitCodeOf(e: unknown): ExitCode {
  return isUsageError(e) || e instanceof BadInputError || e instanceof InputError || e instanceof SchemaError ? EXIT.USAGE : EXIT.FAILED;
}
