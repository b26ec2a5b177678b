// The bad values every input of both actions is tried with (issue 12 item 2), shared by the
// unit test (test/unit/inputs/bad-inputs.test.ts: the InputError and that nothing ran) and the
// end-to-end test (test/e2e/faults-inputs.test.ts: the bundled actions, a recording docker and
// a recording ECR endpoint). README "Reliability" quotes the counts; a unit test checks them.

export interface BadInput {
  /** The input given the bad value. */
  input: string;
  value: string;
  /** The input the one-line error names (default `input`). */
  names?: string;
  /** Other inputs this case needs (they are valid). */
  with?: Record<string, string>;
  /** Files written into the workspace first (path → content). */
  files?: Record<string, string>;
}

const bools = (inputs: string[], values: string[]): BadInput[] => inputs.flatMap((input) => values.map((value) => ({ input, value })));

/** The build action (action.yml). Every case is refused before docker or a registry is asked anything. */
export const BUILD_BAD_INPUTS: BadInput[] = [
  ...bools(
    ['load', 'no-cache', 'pull', 'push', 'cache-write-on-pr', 'ecr-create-repository', 'dry-run', 'summary', 'advisor', 'fail-on-regression'],
    ['yes', '1']
  ),
  { input: 'cache', value: 'redis' },
  { input: 'cache', value: 'GHA' },
  { input: 'ecr-login', value: 'maybe' },
  { input: 'comment', value: 'sometimes' },
  { input: 'add-hosts', value: 'docker' },
  { input: 'add-hosts', value: 'docker:not-an-ip' },
  { input: 'add-hosts', value: ':10.0.0.1' },
  { input: 'allow', value: 'network-host' },
  { input: 'allow', value: 'root' },
  { input: 'annotations', value: 'no-equals-sign' },
  { input: 'attests', value: 'sbom' },
  { input: 'attests', value: 'generator=image' },
  { input: 'build-contexts', value: 'alpine' },
  { input: 'cache-from', value: 'type=redis,ref=x' },
  { input: 'cache-from', value: 'ref=user/app:cache' },
  { input: 'cache-to', value: 'type=s4,dest=x' },
  { input: 'cache-to', value: 'mode=max' },
  { input: 'cache-to', value: 'type=registry,ref=user/app:cache,mode=all' },
  { input: 'call', value: 'lint' },
  { input: 'network', value: 'bridge' },
  { input: 'network', value: 'my-net' },
  { input: 'outputs', value: 'type=s3,bucket=x' },
  { input: 'outputs', value: 'dest=./out' },
  { input: 'platforms', value: 'linux//amd64' },
  { input: 'platforms', value: 'x86' },
  { input: 'platforms', value: 'linux/amd64/v8/extra' },
  { input: 'platforms', value: 'linux amd64' },
  { input: 'provenance', value: 'yes' },
  { input: 'provenance', value: 'mode=full' },
  { input: 'sbom', value: 'yes' },
  { input: 'sbom', value: 'syft' },
  { input: 'shm-size', value: 'lots' },
  { input: 'shm-size', value: '2 gigs' },
  { input: 'shm-size', value: '-1g' },
  { input: 'ssh', value: '=key' },
  { input: 'ulimit', value: 'nofile' },
  { input: 'ulimit', value: 'nofile=lots' },
  { input: 'ulimit', value: 'files=1024' },
  { input: 'ulimit', value: 'nofile=2048:1024' },
  { input: 'tag-prefix', value: 'api/', with: { tags: '', images: '127.0.0.1:5000/bad-input' } },
  { input: 'tag-prefix', value: 'a b', with: { tags: '', images: '127.0.0.1:5000/bad-input' } },
  { input: 'tag-prefix', value: '.x', with: { tags: '', images: '127.0.0.1:5000/bad-input' } },
  { input: 'tag-prefix', value: '-x', with: { tags: '', images: '127.0.0.1:5000/bad-input' } },
  { input: 'cache-ref', value: 'Has/Upper:cache' },
  { input: 'cache-ref', value: 'user/app:cache,mode=min' },
  { input: 'cache-ref', value: 'a b' },
  { input: 'cache-scope', value: 'a,b' },
  { input: 'cache-scope', value: 'with"quote' },
  { input: 'cache-dir', value: '/tmp/a,b' },
  { input: 'aws-region', value: 'US-EAST-1' },
  { input: 'aws-region', value: 'useast1' },
  { input: 'aws-region', value: 'us east 1' },
  { input: 'advisor-skip', value: 'layer_order' },
  { input: 'advisor-skip', value: 'nope' },
  { input: 'baseline-branches', value: 'refs/heads/main' },
  { input: 'baseline-branches', value: 'main branch' },
  { input: 'baseline-branches', value: 'feature..x' },
  { input: 'regression-threshold', value: '10' },
  { input: 'regression-threshold', value: 'ten%' },
  { input: 'regression-threshold', value: '10%,5x' },
  { input: 'regression-threshold', value: '-5%' },
  { input: 'context', value: 'does-not-exist' },
  { input: 'file', value: 'Nope.Dockerfile' },
  { input: 'target', value: 'no-such-stage' },
  { input: 'tags', value: 'User/App:1' },
  { input: 'tags', value: 'user/app:-bad' },
  { input: 'tags', value: 'user//app:1' },
  { input: 'images', value: 'user/app:1', with: { tags: '' } },
  { input: 'images', value: 'user/my app', with: { tags: '' } },
  { input: 'push', value: 'true', names: 'tags', with: { tags: '' } }
];

const POLICY_TOO_SHORT = JSON.stringify({
  rules: [{ rulePriority: 1, selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 0 }, action: { type: 'expire' } }]
});

/** The ECR lifecycle action (ecr-lifecycle/action.yml). Every case is refused before any ECR API call. */
export const ECR_BAD_INPUTS: BadInput[] = [
  ...bools(['dry-run', 'create-repository', 'summary'], ['yes', '1']),
  { input: 'mode', value: 'clean' },
  { input: 'mode', value: 'delete' },
  { input: 'repositories', value: 'Shop/API' },
  { input: 'repositories', value: 'shop//api' },
  { input: 'repositories', value: 'a' },
  { input: 'include', value: 'Shop/*', with: { repositories: '' } },
  { input: 'include', value: 'shop/[a-z]', with: { repositories: '' } },
  { input: 'exclude', value: 'shop/ legacy', with: { repositories: '', include: 'shop/*' } },
  { input: 'policy-file', value: 'missing.json' },
  { input: 'policy-file', value: 'broken.json', files: { 'broken.json': '{"rules": [' } },
  { input: 'policy-file', value: 'policy.json', files: { 'policy.json': POLICY_TOO_SHORT } },
  {
    input: 'policy-file',
    value: 'policy.yml',
    files: {
      'policy.yml':
        'rules:\n  - rulePriority: 1\n    selection: { tagStatus: tagged, countType: imageCountMoreThan, countNumber: 5 }\n    action: { type: expire }\n'
    }
  },
  { input: 'keep', value: 'v*' },
  { input: 'keep', value: 'v*:0' },
  { input: 'keep', value: 'v*:ten' },
  { input: 'keep', value: '*a*b*c*d*e*:1' },
  { input: 'untagged-days', value: '0' },
  { input: 'untagged-days', value: '1.5' },
  { input: 'untagged-days', value: 'thirty' },
  { input: 'untagged-days', value: '-3' },
  { input: 'keep-any', value: '0' },
  { input: 'keep-any', value: 'many' },
  { input: 'protect', value: 'bad tag' },
  { input: 'protect', value: '*a*b*c*d*e' },
  { input: 'protect-tags', value: 'has space' },
  { input: 'protect-tags', value: '-lead' },
  { input: 'protect-digests', value: 'abc' },
  { input: 'protect-digests', value: 'sha256:xyz' },
  { input: 'aws-region', value: 'US-EAST-1' },
  { input: 'aws-region', value: 'eu west 1' },
  { input: 'price-per-gb-month', value: '-1' },
  { input: 'price-per-gb-month', value: 'cheap' },
  { input: 'concurrency', value: '0' },
  { input: 'concurrency', value: '2.5' },
  { input: 'concurrency', value: '1000' },
  { input: 'concurrency', value: 'many' },
  { input: 'mode', value: 'validate', names: 'policy-file', with: { keep: '' } }
];

/** Valid inputs each ECR case starts from: they would apply a policy and clean up (API calls). */
export const ECR_VALID: Record<string, string> = { mode: 'apply-and-cleanup', repositories: 'shop/api', keep: 'v*:3', 'aws-region': 'us-east-1' };
