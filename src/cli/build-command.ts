// `node dist/cli.js build`: the build action's core, run locally against the engine and
// the registry (127.0.0.1:5000 by default), with the timing breakdown in the terminal.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { executeBuild } from '../build-runner/execute.js';
import { defaultInputs } from '../inputs/inputs.js';
import { InputError } from '../common/errors.js';
import { planJson, renderPlanText } from '../plan/build-plan.js';
import { slug } from '../common/slug.js';
import { assertPushRegistriesReachable } from '../engine/registry.js';
import { BUILDX_FLAGS, cacheFlag, cacheRootOf, outcomeExit, stderrLogger } from './buildx-run.js';
import { defineCommand } from './command.js';
import { EXIT } from './exit.js';
import { localGitContext } from './git.js';
import { renderBuildResult } from './render.js';

export const BUILD_USAGE = `usage: node dist/cli.js build --context DIR [--file F] [--target T] [--tag REF]... [--image NAME]
       [--push] [--load] [--cache auto|registry|local|inline|none] [--cache-ref REF] [--cache-dir DIR]
       [--network host|none] [--build-arg K=V]... [--platform P] [--no-cache]
       [--report-json FILE] [--summary-md FILE] [--dry-run] [--json]
  Without --tag, tags are computed from the git context for --image
  (default: $BUILDSTAGE_REGISTRY or 127.0.0.1:5000, then the context directory name).`;

export const buildCommand = defineCommand({
  usage: BUILD_USAGE,
  options: {
    ...BUILDX_FLAGS,
    context: { type: 'string' },
    file: { type: 'string' },
    target: { type: 'string' },
    tag: { type: 'string', multiple: true },
    image: { type: 'string' },
    load: { type: 'boolean' },
    'cache-ref': { type: 'string' },
    'build-arg': { type: 'string', multiple: true },
    platform: { type: 'string', multiple: true },
    'no-cache': { type: 'boolean' }
  },
  run: async (args, io) => {
    if (!args.context) throw new InputError('--context', 'missing', 'pass --context DIR (the directory to build)');
    const cache = cacheFlag(args.cache);
    if (args.network && !['host', 'none', 'default'].includes(args.network))
      throw new InputError('--network', `"${args.network}" is not available here`, 'write host or none');
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
    const outcome = await executeBuild({
      inputs,
      ctx: await localGitContext(contextDir, io.env),
      env: io.env,
      tempDir: mkdtempSync(join(tmpdir(), 'buildstage-')),
      cacheRoot: cacheRootOf(io.env),
      cwd: io.cwd,
      log: stderrLogger(io),
      hooks: { prepareRegistries: assertPushRegistriesReachable }
    });
    if (outcome.dryRun) {
      io.stdout(args.json ? JSON.stringify(planJson(outcome.plan), null, 2) + '\n' : renderPlanText(outcome.plan) + '\n');
      return EXIT.OK;
    }
    io.stderr(`buildstage: buildx ${outcome.buildMs}ms, own work ${outcome.overheadMs}ms\n`);
    if (outcome.report) {
      // the renderers (and the timing model under them) load after the build, not before it; the Markdown one only when asked for
      const { renderTimingTerminal } = await import('../timing/render-terminal.js');
      io.stdout(renderTimingTerminal(outcome.report, { color: io.isTTY }) + '\n');
      if (args['report-json']) writeFileSync(resolve(io.cwd, args['report-json']), JSON.stringify(outcome.report, null, 2));
      if (args['summary-md']) {
        const { renderTimingMarkdown } = await import('../timing/render-markdown.js');
        writeFileSync(resolve(io.cwd, args['summary-md']), renderTimingMarkdown(outcome.report, {}));
      }
    }
    io.stdout(renderBuildResult(outcome.digest, outcome.plan.tags));
    return outcomeExit(io, outcome);
  }
});
