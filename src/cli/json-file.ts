// The one way a CLI command reads a JSON file the user names with a flag: the path resolved
// against the working directory, then read, parsed and (optionally) checked against its
// schema (src/schemas/). Every problem is bad input (exit 2) in one line that names the flag,
// the file and the fix.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseJsonText } from '../schemas/check.js';
import { BadInputError, messageOf, UsageError } from './exit.js';
import type { CliIO } from './io.js';

export interface JsonFileSpec<T> {
  /** The flag that names the file, e.g. `--base`. */
  flag: string;
  /** What the file must be, as the fix: `a JSON timing report (from build --report-json)`. */
  what: string;
  /** Text to data; JSON by default (an ECR policy may be YAML too). Throws on bad text. */
  parseText?: (text: string, source: string) => unknown;
  /** Data to T (a schema check from src/schemas/); throws on the wrong shape. */
  check?: (data: unknown, source: string) => T;
}

/** The absolute path of a file flag that must name an existing file. */
export function existingFile(io: CliIO, flag: string, path: string | undefined, what: string): string {
  if (!path) throw new UsageError(`${flag} is required: ${what}`);
  const abs = resolve(io.cwd, path);
  const stat = statSync(abs, { throwIfNoEntry: false });
  if (!stat) throw new BadInputError(`${flag} ${path}: no such file${abs === path ? '' : ` (resolved to ${abs})`}; pass ${what}`);
  if (!stat.isFile()) throw new BadInputError(`${flag} ${path}: not a file; pass ${what}`);
  return abs;
}

/** Reads, parses and checks the file a flag names (see JsonFileSpec). */
export function readJsonFile<T = unknown>(io: CliIO, path: string | undefined, spec: JsonFileSpec<T>): T {
  const abs = existingFile(io, spec.flag, path, spec.what);
  const source = `${spec.flag} ${path}`;
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    throw new BadInputError(`${source}: cannot be read (${(e as Error).message}); pass ${spec.what}`);
  }
  let data: unknown;
  try {
    data = (spec.parseText ?? parseJsonText)(text, source);
  } catch (e) {
    throw new BadInputError(`${prefixed(source, e)}; pass ${spec.what}`);
  }
  if (!spec.check) return data as T;
  try {
    return spec.check(data, source);
  } catch (e) {
    throw new BadInputError(prefixed(source, e));
  }
}

/** The message of a parse or check error on one line, starting with the source once. */
function prefixed(source: string, e: unknown): string {
  const m = messageOf(e).replace(/\s*\n\s*/g, ' ');
  return m.startsWith(source) ? m : `${source}: ${m}`;
}
