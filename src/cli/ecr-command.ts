// `node dist/cli.js ecr validate|evaluate|apply|cleanup ...`
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createEcrClient, observeRetries } from '../aws/ecr-client.js';
import { applyPolicy } from '../ecr/apply.js';
import { runCleanup } from '../ecr/cleanup.js';
import { evaluatePolicy } from '../ecr/evaluate.js';
import { cleanupOptions, policyFromInputs, readEcrInputs } from '../ecr/inputs.js';
import { parsePolicyText } from '../ecr/policy.js';
import { parseDescribeImages } from '../schemas/ecr.js';
import { renderApplyMarkdown, renderCleanupMarkdown } from '../ecr/render-summary.js';
import { validatePolicy } from '../ecr/validate.js';
import type { CliIO } from './io.js';

const USAGE = `usage: node dist/cli.js ecr <validate|evaluate|apply|cleanup> [options]
  validate --policy FILE
  evaluate --policy FILE --images FILE [--now ISO] [--protect-tags T,..] [--json]
           (FILE: \`aws ecr describe-images\` output or its imageDetails, with childDigests on image indexes)
  apply    --repository R (--policy FILE | --keep "v*:10,latest:1" [--untagged-days N] [--keep-any N]) [--create] [--dry-run]
  cleanup  (--repository R | --include PAT [--exclude PAT]) [--policy FILE | --keep ...] [--protect-tags T,..] [--dry-run]
  apply/cleanup take --region (or AWS_REGION) and --endpoint URL (e.g. moto's server).`;

function readJson(io: CliIO, flag: string, path: string | undefined): unknown {
  if (!path) throw new Error(`--${flag} is required`);
  const p = resolve(io.cwd, path);
  if (!existsSync(p)) throw new Error(`--${flag} ${path}: no such file`);
  return parsePolicyText(readFileSync(p, 'utf8'), `--${flag} ${path}`);
}

export async function runEcrCommand(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  try {
    const { values: v } = parseArgs({
      args: rest,
      options: {
        policy: { type: 'string' },
        images: { type: 'string' },
        now: { type: 'string' },
        json: { type: 'boolean' },
        repository: { type: 'string', multiple: true },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        keep: { type: 'string' },
        'untagged-days': { type: 'string' },
        'keep-any': { type: 'string' },
        'protect-tags': { type: 'string' },
        'protect-digests': { type: 'string' },
        create: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        region: { type: 'string' },
        endpoint: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    });
    if (v.help || !sub || sub === '--help' || sub === '-h') {
      io.stdout(USAGE + '\n');
      return sub ? 0 : 2;
    }
    if (sub === 'validate') {
      const r = validatePolicy(readJson(io, 'policy', v.policy));
      if (r.ok) io.stdout(`valid: ${r.policy?.rules.length} rules, ${r.text.length} characters\n`);
      else io.stderr(`invalid policy:\n${r.errors.map((e) => `  ${e}`).join('\n')}\n`);
      return r.ok ? 0 : 1;
    }
    if (sub === 'evaluate') {
      const r = validatePolicy(readJson(io, 'policy', v.policy));
      if (!r.ok || !r.policy) throw new Error(`--policy: invalid policy:\n  ${r.errors.join('\n  ')}`);
      const images = parseDescribeImages(readJson(io, 'images', v.images), `--images ${v.images}`);
      const now = v.now ? new Date(v.now) : new Date();
      if (Number.isNaN(now.getTime())) throw new Error(`--now ${v.now}: not an ISO date`);
      const ev = evaluatePolicy(r.policy, images, { now, protectTags: v['protect-tags']?.split(',').map((s) => s.trim()) ?? [] });
      if (v.json) io.stdout(JSON.stringify(ev, null, 2) + '\n');
      else io.stdout(`${ev.expired.length} of ${images.length} images expire (${ev.bytesFreed} bytes)\n${ev.expired.map((e) => `  ${e.imageDigest} ${e.imageTags.join(',') || '(untagged)'} rule ${e.rulePriority}`).join('\n')}\n`);
      return 0;
    }
    if (sub === 'apply' || sub === 'cleanup') {
      const inputs = readEcrInputs((name) => {
        const map: Record<string, string | undefined> = {
          mode: sub,
          repositories: (v.repository ?? []).join('\n'),
          include: (v.include ?? []).join('\n'),
          exclude: (v.exclude ?? []).join('\n'),
          'policy-file': v.policy,
          keep: v.keep,
          'untagged-days': v['untagged-days'],
          'keep-any': v['keep-any'],
          'protect-tags': v['protect-tags'],
          'protect-digests': v['protect-digests'],
          'dry-run': v['dry-run'] ? 'true' : 'false',
          'create-repository': v.create ? 'true' : 'false'
        };
        return map[name] ?? '';
      });
      const policy = policyFromInputs(inputs, io.cwd);
      const region = v.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
      if (!region) throw new Error('--region is required (or AWS_REGION)');
      const client = createEcrClient({ region, endpoint: v.endpoint ?? io.env.BUILDSTAGE_ECR_ENDPOINT });
      let retried = 0;
      observeRetries((e) => {
        retried++;
        io.stderr(`ECR ${e.command}: ${e.code}; retry ${e.attempt} in ${e.waitMs} ms\n`);
      });
      if (sub === 'apply') {
        if (!policy) throw new Error('--policy or --keep/--untagged-days/--keep-any is required');
        if (!inputs.repositories.length) throw new Error('--repository is required');
        const results = [];
        for (const r of inputs.repositories) results.push(await applyPolicy(client, r, policy, { create: inputs['create-repository'], dryRun: inputs['dry-run'] }));
        io.stdout(v.json ? JSON.stringify(results, null, 2) + '\n' : renderApplyMarkdown(results));
        return 0;
      }
      const results = await runCleanup(client, cleanupOptions(inputs, policy, v.now ? new Date(v.now) : new Date()));
      if (retried) io.stderr(`ECR: ${retried} calls retried with jittered backoff\n`);
      io.stdout(v.json ? JSON.stringify(results, null, 2) + '\n' : renderCleanupMarkdown(results));
      return results.some((r) => r.failures.length || r.note?.startsWith('error:')) ? 1 : 0;
    }
    throw new Error(`unknown ecr command "${sub}"`);
  } catch (e) {
    io.stderr(`error: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
}
