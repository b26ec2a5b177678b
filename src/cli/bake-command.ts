// `node dist/cli.js bake`: many images in one `docker buildx bake` (compose files and/or
// docker-bake.hcl/.json), each with its own tags and cache, one report split per target.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bakePlanJson, parseImagesMapping } from '../bake/plan.js';
import { renderBakeMarkdown, renderBakeTerminal } from '../bake/render.js';
import { executeBake, targetsOutput } from '../bake/run.js';
import { InputError } from '../common/errors.js';
import { assertPushRegistriesReachable } from '../engine/registry.js';
import { BUILDX_FLAGS, cacheFlag, cacheRootOf, outcomeExit, stderrLogger } from './buildx-run.js';
import { defineCommand } from './command.js';
import { EXIT } from './exit.js';
import { localGitContext } from './git.js';
import { renderNothingToBuild } from './render.js';

export const BAKE_USAGE = `usage: node dist/cli.js bake --file F [--file F]... [--targets a,b | --targets changed --base REF]
       [--image target=NAME]... [--push] [--cache auto|registry|local|inline|none] [--cache-dir DIR]
       [--network host|none] [--builder NAME] [--report-json DIR] [--summary-md FILE] [--dry-run] [--json]
  Files are compose files and/or docker-bake.hcl/.json, merged in order by buildx.
  Targets default to every service/target with a build section; tags are computed from the
  git context for each target's image (compose \`image:\`, bake \`tags\`, or --image).`;

export const bakeCommand = defineCommand({
  usage: BAKE_USAGE,
  options: {
    ...BUILDX_FLAGS,
    file: { type: 'string', short: 'f', multiple: true },
    targets: { type: 'string' },
    base: { type: 'string' },
    image: { type: 'string', multiple: true },
    builder: { type: 'string' }
  },
  run: async (args, io) => {
    const files = args.file ?? [];
    if (files.length === 0) throw new InputError('--file', 'missing', 'pass --file compose.yml (or docker-bake.hcl), several allowed');
    const outcome = await executeBake({
      files,
      targets: (args.targets ?? '').split(/[,\s]+/).filter(Boolean),
      baseRef: args.base ?? null,
      images: parseImagesMapping(args.image ?? [], '--image'),
      tagPrefix: '',
      push: Boolean(args.push),
      cache: cacheFlag(args.cache),
      cacheWriteOnPr: false,
      cacheDir: args['cache-dir'] ?? '',
      network: args.network ?? '',
      builder: args.builder ?? '',
      dryRun: Boolean(args['dry-run']),
      ctx: await localGitContext(io.cwd, io.env),
      env: io.env,
      tempDir: mkdtempSync(join(tmpdir(), 'buildstage-bake-')),
      cacheRoot: cacheRootOf(io.env),
      cwd: io.cwd,
      log: stderrLogger(io),
      prepareRegistries: (_access, plan) => assertPushRegistriesReachable(plan)
    });
    if (outcome.dryRun) {
      io.stdout(JSON.stringify(bakePlanJson(outcome.plan), null, 2) + '\n');
      return EXIT.OK;
    }
    if (outcome.plan.targets.length === 0) {
      io.stdout(renderNothingToBuild(outcome.plan.skipped));
      if (args.json) io.stdout(JSON.stringify({ targets: targetsOutput(outcome) }) + '\n');
      return EXIT.OK;
    }
    io.stderr(`buildstage: bake ${outcome.buildMs}ms, own work ${outcome.overheadMs}ms\n`);
    const digests = Object.fromEntries(Object.entries(outcome.results).map(([k, v]) => [k, v.digest]));
    const render = { plan: outcome.plan, timing: outcome.timing, digests, error: outcome.error };
    io.stdout(renderBakeTerminal(render, { color: io.isTTY }) + '\n');
    if (args['report-json'] && outcome.timing) {
      const dir = resolve(io.cwd, args['report-json']);
      mkdirSync(dir, { recursive: true });
      for (const [name, r] of Object.entries(outcome.timing.targets)) writeFileSync(join(dir, `${name}.json`), JSON.stringify(r, null, 2));
      // the per-target reports are the files above; bake-timing.json has the rest and the results
      writeFileSync(join(dir, 'bake-timing.json'), JSON.stringify({ ...outcome.timing, targets: undefined, results: targetsOutput(outcome) }, null, 2));
    }
    if (args['summary-md']) writeFileSync(resolve(io.cwd, args['summary-md']), renderBakeMarkdown(render));
    if (args.json) io.stdout(JSON.stringify({ targets: targetsOutput(outcome) }) + '\n');
    return outcomeExit(io, outcome);
  }
});
