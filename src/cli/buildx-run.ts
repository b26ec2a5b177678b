// What `build` and `bake` share: the flags they both take, their checks, the log on stderr,
// the local cache root, and how an outcome ends (the registry check before a push is
// src/engine/registry.ts's assertPushRegistriesReachable, the action's too).
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../common/log.js';
import { CACHE_BACKENDS, type CacheBackend } from '../inputs/inputs.js';
import { InputError } from '../common/errors.js';
import { EXIT, type ExitCode } from './exit.js';
import type { CliIO } from './io.js';

export const BUILDX_FLAGS = {
  push: { type: 'boolean' },
  cache: { type: 'string' },
  'cache-dir': { type: 'string' },
  network: { type: 'string' },
  'report-json': { type: 'string' },
  'summary-md': { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' }
} as const;

/** --cache: one of the cache backends (auto by default). */
export function cacheFlag(value: string | undefined): CacheBackend {
  const cache = value ?? 'auto';
  if (!(CACHE_BACKENDS as readonly string[]).includes(cache))
    throw new InputError('--cache', `unknown cache type "${value}"`, `write one of ${CACHE_BACKENDS.join(', ')}`);
  return cache as CacheBackend;
}

/** The build's log on stderr (stdout is the report). */
export function stderrLogger(io: CliIO): Logger {
  return {
    info: (l) => {
      io.stderr(l + '\n');
    },
    warning: (l) => {
      io.stderr(`warning: ${l}\n`);
    },
    group: async (name, fn) => {
      io.stderr(`== ${name}\n`);
      return fn();
    }
  };
}

/** Where the local cache lives between runs: $XDG_CACHE_HOME/buildstage or ~/.cache/buildstage. */
export function cacheRootOf(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'buildstage');
}

/** A build or bake that ran: OK, or FAILED with its error on stderr. */
export function outcomeExit(io: CliIO, outcome: { error: string | null; exitCode: number }): ExitCode {
  if (outcome.error) io.stderr(`error: ${outcome.error}\n`);
  return outcome.error || outcome.exitCode !== 0 ? EXIT.FAILED : EXIT.OK;
}
