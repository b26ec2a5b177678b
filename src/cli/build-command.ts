// `node dist/cli.js build`: the build action's core, run locally against the engine and
// the registry (127.0.0.1:5000 by default), with the timing breakdown in the terminal.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { executeBuild, type Logger } from '../build/execute.js';
import { CACHE_BACKENDS, defaultInputs, type CacheBackend } from '../inputs/inputs.js';
import { InputError } from '../inputs/list.js';
import { planJson, renderPlanText } from '../plan/build-plan.js';
import type { GitContext } from '../plan/git-context.js';
import { slug } from '../plan/image-ref.js';
import { assertRegistryReachable } from '../engine/registry.js';
import { renderTimingMarkdown } from '../timing/render-markdown.js';
import { renderTimingTerminal } from '../timing/render-terminal.js';
import type { CliIO } from './io.js';

export const BUILD_USAGE = `usage: node dist/cli.js build --context DIR [--file F] [--target T] [--tag REF]... [--image NAME]
       [--push] [--load] [--cache auto|registry|local|inline|none] [--cache-ref REF] [--cache-dir DIR]
       [--network host|none] [--build-arg K=V]... [--platform P] [--no-cache]
       [--report-json FILE] [--summary-md FILE] [--dry-run] [--json]
  Without --tag, tags are computed from the git context for --image
  (default: $BUILDSTAGE_REGISTRY or 127.0.0.1:5000, then the context directory name).`;

function git(cwd: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || null;
  } catch {
    return null;
  }
}

/** The git context of a local checkout (CLI): branch, commit, default branch. */
export function localGitContext(dir: string): GitContext {
  const sha = git(dir, ['rev-parse', 'HEAD']) ?? '';
  const branch = git(dir, ['symbolic-ref', '--short', '-q', 'HEAD']);
  const tag = git(dir, ['describe', '--tags', '--exact-match', 'HEAD']);
  const originHead = git(dir, ['symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD']);
  const defaultBranch = originHead ? originHead.replace(/^origin\//, '') : branch === 'main' || branch === 'master' ? branch : null;
  return {
    eventName: 'local',
    ref: branch ? `refs/heads/${branch}` : tag ? `refs/tags/${tag}` : '',
    sha,
    defaultBranch,
    baseRef: null,
    headRef: null,
    prNumber: null,
    serverUrl: 'https://github.com',
    repository: null,
    runId: null,
    runAttempt: null,
    repoPrivate: false
  };
}

export async function runBuildCommand(argv: string[], io: CliIO): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        context: { type: 'string' },
        file: { type: 'string' },
        target: { type: 'string' },
        tag: { type: 'string', multiple: true },
        image: { type: 'string' },
        push: { type: 'boolean' },
        load: { type: 'boolean' },
        cache: { type: 'string' },
        'cache-ref': { type: 'string' },
        'cache-dir': { type: 'string' },
        network: { type: 'string' },
        'build-arg': { type: 'string', multiple: true },
        platform: { type: 'string', multiple: true },
        'no-cache': { type: 'boolean' },
        'report-json': { type: 'string' },
        'summary-md': { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      },
      allowPositionals: false
    }).values;
  } catch (e) {
    io.stderr(`error: ${(e as Error).message}\n${BUILD_USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(BUILD_USAGE + '\n');
    return 0;
  }
  try {
    if (!args.context) throw new InputError('--context', 'missing', 'pass --context DIR (the directory to build)');
    const cache = (args.cache ?? 'auto') as CacheBackend;
    if (!(CACHE_BACKENDS as readonly string[]).includes(cache)) {
      throw new InputError('--cache', `unknown cache type "${args.cache}"`, `write one of ${CACHE_BACKENDS.join(', ')}`);
    }
    if (args.network && !['host', 'none', 'default'].includes(args.network)) {
      throw new InputError('--network', `"${args.network}" is not available here`, 'write host or none');
    }
    const contextDir = resolve(io.cwd, args.context);
    const registry = io.env.BUILDSTAGE_REGISTRY || '127.0.0.1:5000';
    const tags = args.tag ?? [];
    const image = args.image ?? (tags.length === 0 ? `${registry}/${slug(basename(contextDir).toLowerCase())}` : '');
    const inputs = defaultInputs({
      context: contextDir,
      file: args.file ? resolve(io.cwd, args.file) : '',
      target: args.target ?? '',
      tags,
      images: image ? [image] : [],
      push: Boolean(args.push),
      load: Boolean(args.load),
      cache,
      'cache-ref': args['cache-ref'] ?? '',
      'cache-dir': args['cache-dir'] ?? '',
      network: args.network ?? '',
      'build-args': args['build-arg'] ?? [],
      platforms: args.platform ?? [],
      'no-cache': Boolean(args['no-cache']),
      'dry-run': Boolean(args['dry-run'])
    });
    const tempDir = mkdtempSync(join(tmpdir(), 'buildstage-'));
    const log: Logger = {
      info: (l) => io.stderr(l + '\n'),
      warning: (l) => io.stderr(`warning: ${l}\n`),
      group: async (name, fn) => {
        io.stderr(`== ${name}\n`);
        return fn();
      }
    };
    const outcome = await executeBuild({
      inputs,
      ctx: localGitContext(contextDir),
      env: io.env,
      tempDir,
      cacheRoot: join(io.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'buildstage'),
      cwd: io.cwd,
      log,
      hooks: {
        prepareRegistries: async (plan) => {
          if (plan.push) for (const r of plan.registries) await assertRegistryReachable(r);
        }
      }
    });
    if (outcome.dryRun) {
      io.stdout(args.json ? JSON.stringify(planJson(outcome.plan), null, 2) + '\n' : renderPlanText(outcome.plan) + '\n');
      return 0;
    }
    io.stderr(`buildstage: buildx ${outcome.buildMs}ms, own work ${outcome.overheadMs}ms\n`);
    if (outcome.report) {
      io.stdout(renderTimingTerminal(outcome.report, { color: io.isTTY }) + '\n');
      if (args['report-json']) writeFileSync(resolve(io.cwd, args['report-json']), JSON.stringify(outcome.report, null, 2));
      if (args['summary-md']) writeFileSync(resolve(io.cwd, args['summary-md']), renderTimingMarkdown(outcome.report, {}));
    }
    if (outcome.digest) io.stdout(`digest: ${outcome.digest}\n`);
    if (outcome.plan.tags.length) io.stdout(`tags:\n${outcome.plan.tags.map((t) => `  ${t}`).join('\n')}\n`);
    if (outcome.error) {
      io.stderr(`error: ${outcome.error}\n`);
      return 1;
    }
    return outcome.exitCode === 0 ? 0 : 1;
  } catch (e) {
    io.stderr(`error: ${(e as Error).message}\n`);
    return 1;
  }
}
