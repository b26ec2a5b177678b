// `node dist/cli.js ecr validate|evaluate|apply|cleanup ...`
import { createEcrClient, observeRetries } from '../aws/ecr-client.js';
import { applyPolicy } from '../ecr/apply.js';
import { runCleanup } from '../ecr/cleanup.js';
import { evaluatePolicy } from '../ecr/evaluate.js';
import { cleanupOptions, policyFromInputs, readEcrInputs } from '../ecr/inputs.js';
import { parsePolicyText, type LifecyclePolicy } from '../ecr/policy.js';
import { parseDescribeImages } from '../schemas/ecr.js';
import { renderApplyMarkdown, renderCleanupMarkdown } from '../ecr/render-summary.js';
import { validatePolicy } from '../ecr/validate.js';
import { defineCommand } from './command.js';
import { BadInputError, EXIT, UsageError } from './exit.js';
import type { CliIO } from './io.js';
import { readJsonFile } from './json-file.js';
import { renderEvaluationText } from './render.js';

const USAGE = `usage: node dist/cli.js ecr <validate|evaluate|apply|cleanup> [options]
  validate --policy FILE
  evaluate --policy FILE --images FILE [--now ISO] [--protect-tags T,..] [--json]
           (FILE: \`aws ecr describe-images\` output or its imageDetails, with childDigests on image indexes)
  apply    --repository R (--policy FILE | --keep "v*:10,latest:1" [--untagged-days N] [--keep-any N]) [--create] [--dry-run]
  cleanup  (--repository R | --include PAT [--exclude PAT]) [--policy FILE | --keep ...] [--protect-tags T,..] [--dry-run]
  apply/cleanup take --region (or AWS_REGION) and --endpoint URL (e.g. moto's server).`;

const POLICY = 'an ECR lifecycle policy (JSON or YAML)';

const readPolicy = (io: CliIO, path: string | undefined) => readJsonFile(io, path, { flag: '--policy', what: POLICY, parseText: parsePolicyText });

/** --policy read and valid (`ecr validate` lists what is wrong; the other commands stop at it). */
function loadPolicy(io: CliIO, path: string | undefined): LifecyclePolicy {
  const r = validatePolicy(readPolicy(io, path));
  if (!r.ok || !r.policy)
    throw new BadInputError(`--policy ${path}: invalid policy (${r.errors.join('; ')}); fix the rules listed (ecr validate --policy FILE lists them)`);
  return r.policy;
}

export const ecrCommand = defineCommand({
  usage: USAGE,
  positionals: true,
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
    endpoint: { type: 'string' }
  },
  run: async (v, io, positionals) => {
    const [sub, ...extra] = positionals;
    if (!sub) throw new UsageError('name what to do: validate, evaluate, apply or cleanup');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const now = v.now ? new Date(v.now) : new Date();
    if (Number.isNaN(now.getTime())) throw new UsageError(`--now ${v.now}: not an ISO date`);
    if (sub === 'validate') {
      const r = validatePolicy(readPolicy(io, v.policy));
      if (r.ok) io.stdout(`valid: ${r.policy?.rules.length} rules, ${r.text.length} characters\n`);
      else io.stderr(`invalid policy:\n${r.errors.map((e) => `  ${e}`).join('\n')}\n`);
      return r.ok ? EXIT.OK : EXIT.FAILED;
    }
    if (sub === 'evaluate') {
      const policy = loadPolicy(io, v.policy);
      const images = readJsonFile(io, v.images, {
        flag: '--images',
        what: '`aws ecr describe-images` output (or its imageDetails)',
        check: parseDescribeImages
      });
      const ev = evaluatePolicy(policy, images, { now, protectTags: v['protect-tags']?.split(',').map((s) => s.trim()) ?? [] });
      io.stdout(v.json ? JSON.stringify(ev, null, 2) + '\n' : renderEvaluationText(ev, images.length));
      return EXIT.OK;
    }
    if (sub !== 'apply' && sub !== 'cleanup') throw new UsageError(`unknown ecr command "${sub}": write validate, evaluate, apply or cleanup`);
    const inputs = readEcrInputs((name) => {
      const map: Record<string, string | undefined> = {
        mode: sub,
        repositories: (v.repository ?? []).join('\n'),
        include: (v.include ?? []).join('\n'),
        exclude: (v.exclude ?? []).join('\n'),
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
    // a policy file is read here, the same as evaluate's; policyFromInputs builds one from --keep and friends
    const policy = v.policy ? loadPolicy(io, v.policy) : policyFromInputs(inputs, io.cwd);
    const region = v.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
    if (!region) throw new UsageError('--region is required (or AWS_REGION)');
    const client = createEcrClient({ region, endpoint: v.endpoint ?? io.env.BUILDSTAGE_ECR_ENDPOINT });
    let retried = 0;
    observeRetries((e) => {
      retried++;
      io.stderr(`ECR ${e.command}: ${e.code}; retry ${e.attempt} in ${e.waitMs} ms\n`);
    });
    if (sub === 'apply') {
      if (!policy) throw new UsageError('--policy or --keep/--untagged-days/--keep-any is required');
      if (!inputs.repositories.length) throw new UsageError('--repository is required');
      const results = [];
      for (const r of inputs.repositories)
        results.push(await applyPolicy(client, r, policy, { create: inputs['create-repository'], dryRun: inputs['dry-run'] }));
      io.stdout(v.json ? JSON.stringify(results, null, 2) + '\n' : renderApplyMarkdown(results));
      return EXIT.OK;
    }
    const results = await runCleanup(client, cleanupOptions(inputs, policy, now));
    if (retried) io.stderr(`ECR: ${retried} calls retried with jittered backoff\n`);
    io.stdout(v.json ? JSON.stringify(results, null, 2) + '\n' : renderCleanupMarkdown(results));
    return results.some((r) => r.failures.length || r.note?.startsWith('error:')) ? EXIT.FAILED : EXIT.OK;
  }
});
