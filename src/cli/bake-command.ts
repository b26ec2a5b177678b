// `node dist/cli.js bake`: many images in one `docker buildx bake` (compose files and/or
// docker-bake.hcl/.json), each with its own tags and cache, one report split per target.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Logger } from '../build/execute.js';
import { bakePlanJson, parseImagesMapping } from '../bake/plan.js';
import { renderBakeMarkdown, renderBakeTerminal } from '../bake/render.js';
import { executeBake, targetsOutput } from '../bake/run.js';
import { assertRegistryReachable } from '../engine/registry.js';
import { CACHE_BACKENDS, type CacheBackend } from '../inputs/inputs.js';
import { InputError } from '../inputs/list.js';
import { localGitContext } from './build-command.js';
import type { CliIO } from './io.js';

export const BAKE_USAGE = `usage: node dist/cli.js bake --file F [--file F]... [--targets a,b | --targets changed --base REF]
       [--image target=NAME]... [--push] [--cache auto|registry|local|inline|none] [--cache-dir DIR]
       [--network host|none] [--builder NAME] [--report-json DIR] [--summary-md FILE] [--dry-run] [--json]
  Files are compose files and/or docker-bake.hcl/.json, merged in order by buildx.
  Targets default to every service/target with a build section; tags are computed from the
  git context for each target's image (compose \`image:\`, bake \`tags\`, or --image).`;

export async function runBakeCommand(argv: string[], io: CliIO): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        file: { type: 'string', short: 'f', multiple: true },
        targets: { type: 'string' },
        base: { type: 'string' },
        image: { type: 'string', multiple: true },
        push: { type: 'boolean' },
        cache: { type: 'string' },
        'cache-dir': { type: 'string' },
        network: { type: 'string' },
        builder: { type: 'string' },
        'report-json': { type: 'string' },
        'summary-md': { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      },
      allowPositionals: false
    }).values;
  } catch (e) {
    io.stderr(`error: ${(e as Error).message}\n${BAKE_USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(BAKE_USAGE + '\n');
    return 0;
  }
  try {
    const files = args.file ?? [];
    if (files.length === 0) throw new InputError('--file', 'missing', 'pass --file compose.yml (or docker-bake.hcl), several allowed');
    const cache = (args.cache ?? 'auto') as CacheBackend;
    if (!(CACHE_BACKENDS as readonly string[]).includes(cache)) throw new InputError('--cache', `unknown cache type "${args.cache}"`, `write one of ${CACHE_BACKENDS.join(', ')}`);
    const targets = (args.targets ?? '').split(/[,\s]+/).filter(Boolean);
    const log: Logger = {
      info: (l) => io.stderr(l + '\n'),
      warning: (l) => io.stderr(`warning: ${l}\n`),
      group: async (name, fn) => {
        io.stderr(`== ${name}\n`);
        return fn();
      }
    };
    const outcome = await executeBake({
      files,
      targets,
      baseRef: args.base ?? null,
      images: parseImagesMapping(args.image ?? [], '--image'),
      tagPrefix: '',
      push: Boolean(args.push),
      cache,
      cacheWriteOnPr: false,
      cacheDir: args['cache-dir'] ?? '',
      network: args.network ?? '',
      builder: args.builder ?? '',
      dryRun: Boolean(args['dry-run']),
      ctx: localGitContext(io.cwd),
      env: io.env,
      tempDir: mkdtempSync(join(tmpdir(), 'buildstage-bake-')),
      cacheRoot: join(io.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'buildstage'),
      cwd: io.cwd,
      log,
      prepareRegistries: async (_access, plan) => {
        if (plan.push) for (const r of plan.registries) await assertRegistryReachable(r);
      }
    });
    if (outcome.dryRun) {
      io.stdout(JSON.stringify(bakePlanJson(outcome.plan), null, 2) + '\n');
      return 0;
    }
    if (outcome.plan.targets.length === 0) {
      io.stdout(`nothing to build:\n${outcome.plan.skipped.map((s) => `  ${s.name}: ${s.reason}`).join('\n')}\n`);
      if (args.json) io.stdout(JSON.stringify({ targets: targetsOutput(outcome) }) + '\n');
      return 0;
    }
    io.stderr(`buildstage: bake ${outcome.buildMs}ms, own work ${outcome.overheadMs}ms\n`);
    const digests = Object.fromEntries(Object.entries(outcome.results).map(([k, v]) => [k, v.digest]));
    const render = { plan: outcome.plan, timing: outcome.timing, digests, error: outcome.error };
    io.stdout(renderBakeTerminal(render, { color: io.isTTY }) + '\n');
    if (args['report-json'] && outcome.timing) {
      const dir = resolve(io.cwd, args['report-json']);
      mkdirSync(dir, { recursive: true });
      for (const [name, r] of Object.entries(outcome.timing.targets)) writeFileSync(join(dir, `${name}.json`), JSON.stringify(r, null, 2));
      const { targets: _t, ...rest } = outcome.timing;
      writeFileSync(join(dir, 'bake-timing.json'), JSON.stringify({ ...rest, results: targetsOutput(outcome) }, null, 2));
    }
    if (args['summary-md']) writeFileSync(resolve(io.cwd, args['summary-md']), renderBakeMarkdown(render));
    if (args.json) io.stdout(JSON.stringify({ targets: targetsOutput(outcome) }) + '\n');
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
