// What each GitHub event builds (issue 11, items 1 and 2): the environment and event payload
// of a real run → the git context → tags, registry cache refs, and the timing baseline role
// (save this build as a baseline, or compare it with the PR's base branch and comment).
//
// The pull_request_target and schedule runs are docker/metadata-action's own test fixtures
// (__tests__/fixtures/event_pull_request_target.{env,json}, event_schedule.{env,json}); the
// tags expected for them are metadata-action's results in __tests__/meta.test.ts for the
// configuration src/plan/tags.ts says ours equals:
//   pull_request_target: ref is replaced by refs/pull/<payload.number>/merge (src/context.ts),
//     so type=ref,event=pr gives pr-15 and there is no branch tag and no latest (pr09, pr10);
//     type=sha uses GITHUB_SHA, the base branch's last commit (sha-2665741, pr07), or the PR
//     head (sha-3370e22) with DOCKER_METADATA_PR_HEAD_SHA=true (pr07 of that describe).
//   schedule: {{is_default_branch}} is true on schedule events (schedule06: defbranch), the
//     branch tag is the ref's (master, schedule01); the payload is only {"schedule": ...}.
import { planCache, type CachePlanInput } from '../../../src/plan/cache.js';
import { gitContextFromEnv, type GitContext } from '../../../src/plan/git-context.js';
import { computeTagNames, ociLabels } from '../../../src/plan/tags.js';
import { timingRole } from '../../../src/compare/pr-flow.js';
import { prFlowContext } from '../../../src/actions/build/comparison-step.js';

const MD_SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
const PRT_BASE_SHA = '266574110acf203503badf966df2ea24b5d732d7';
const PRT_HEAD_SHA = '3370e228f2209994d57af4427fe64e71bb79ac96';
const REPO = { default_branch: 'master', private: false, html_url: 'https://github.com/docker/test-docker-action' };
const common = {
  GITHUB_REPOSITORY: 'docker/test-docker-action',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '2188688000',
  GITHUB_RUN_ATTEMPT: '1'
};

const prTargetEnv = {
  ...common,
  GITHUB_EVENT_NAME: 'pull_request_target',
  GITHUB_REF: 'refs/heads/master',
  GITHUB_SHA: PRT_BASE_SHA,
  GITHUB_BASE_REF: 'master',
  GITHUB_HEAD_REF: 'test-pr'
};
const prTargetPayload = {
  action: 'opened',
  number: 15,
  pull_request: { number: 15, base: { ref: 'master' }, head: { ref: 'test-pr', sha: PRT_HEAD_SHA } },
  repository: REPO
};

interface EventCase {
  name: string;
  env: NodeJS.ProcessEnv;
  payload: object;
  tags: string[];
  /** Registry cache with cache-write-on-pr: true (a PR then writes its own ref, never the default one). */
  cacheFrom: string[];
  cacheTo: string | null;
  role: ReturnType<typeof timingRole>;
}

const IMG = 'reg.example/app';
const own = (suffix: string) => `type=registry,ref=${IMG}:buildcache${suffix}`;
const to = (suffix: string) => `${own(suffix)},mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true`;

const CASES: EventCase[] = [
  {
    name: 'push to the default branch',
    env: { ...common, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/master', GITHUB_SHA: MD_SHA },
    payload: { repository: REPO },
    tags: ['master', 'latest', 'sha-860c190'],
    cacheFrom: [own('')],
    cacheTo: to(''),
    role: { kind: 'save', branch: 'master' }
  },
  {
    name: 'pull_request',
    env: {
      ...common,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/15/merge',
      GITHUB_SHA: MD_SHA,
      GITHUB_BASE_REF: 'master',
      GITHUB_HEAD_REF: 'test-pr'
    },
    payload: prTargetPayload,
    tags: ['pr-15', 'sha-860c190'],
    cacheFrom: [own('-test-pr'), own('')],
    cacheTo: to('-test-pr'),
    role: { kind: 'compare', baseBranch: 'master', prNumber: 15 }
  },
  {
    name: 'pull_request_target (GITHUB_REF is the base branch)',
    env: prTargetEnv,
    payload: prTargetPayload,
    tags: ['pr-15', 'sha-2665741'],
    cacheFrom: [own('-test-pr'), own('')],
    cacheTo: to('-test-pr'),
    role: { kind: 'compare', baseBranch: 'master', prNumber: 15 }
  },
  {
    name: 'pull_request_target with DOCKER_METADATA_PR_HEAD_SHA=true',
    env: { ...prTargetEnv, DOCKER_METADATA_PR_HEAD_SHA: 'true' },
    payload: prTargetPayload,
    tags: ['pr-15', 'sha-3370e22'],
    cacheFrom: [own('-test-pr'), own('')],
    cacheTo: to('-test-pr'),
    role: { kind: 'compare', baseBranch: 'master', prNumber: 15 }
  },
  {
    name: 'schedule (the payload has no repository; GitHub runs it on the default branch)',
    env: { ...common, GITHUB_EVENT_NAME: 'schedule', GITHUB_REF: 'refs/heads/master', GITHUB_SHA: MD_SHA },
    payload: { schedule: '*/10 * * * *' },
    tags: ['master', 'latest', 'sha-860c190'],
    cacheFrom: [own('')],
    cacheTo: to(''),
    role: { kind: 'save', branch: 'master' }
  },
  {
    name: 'workflow_dispatch on another branch',
    env: { ...common, GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/heads/dev', GITHUB_SHA: MD_SHA },
    payload: { inputs: {}, ref: 'refs/heads/dev', repository: REPO },
    tags: ['dev', 'sha-860c190'],
    cacheFrom: [own('-dev'), own('')],
    cacheTo: to('-dev'),
    role: { kind: 'none' }
  }
];

function cacheInput(ctx: GitContext): CachePlanInput {
  return {
    backend: 'registry',
    explicitFrom: [],
    explicitTo: [],
    images: [IMG],
    tags: [],
    platforms: [],
    target: '',
    push: true,
    ctx,
    cacheRef: '',
    cacheScope: '',
    writeOnPr: true,
    cacheDir: '',
    tempDir: '/t',
    env: {}
  };
}

describe.each(CASES)('$name', (c) => {
  const ctx = () => gitContextFromEnv(c.env, c.payload);

  test('tags are metadata-action’s', () => {
    expect(computeTagNames(ctx()).names).toEqual(c.tags);
  });

  test('registry cache: reads and writes the refs of this branch or PR', () => {
    const plan = planCache(cacheInput(ctx()));
    expect(plan.cacheFrom).toEqual(c.cacheFrom);
    expect(plan.cacheTo).toEqual(c.cacheTo ? [c.cacheTo] : []);
  });

  test('timing: saved as a baseline on the default branch, compared with the base branch on a PR', () => {
    const role = timingRole(prFlowContext(ctx()), []);
    expect(role.kind).toBe(c.role.kind);
    if (c.role.kind !== 'none') expect(role).toEqual(c.role);
  });
});

test('pull_request_target builds what GITHUB_SHA names (the base commit); only the tags and the revision label follow DOCKER_METADATA_PR_HEAD_SHA', () => {
  const plain = gitContextFromEnv(prTargetEnv, prTargetPayload);
  const headSha = gitContextFromEnv({ ...prTargetEnv, DOCKER_METADATA_PR_HEAD_SHA: 'true' }, prTargetPayload);
  expect(plain.sha).toBe(PRT_BASE_SHA);
  expect(headSha.sha).toBe(PRT_BASE_SHA);
  expect(ociLabels(plain, null, new Date(0))).toContain(`org.opencontainers.image.revision=${PRT_BASE_SHA}`);
  expect(ociLabels(headSha, null, new Date(0))).toContain(`org.opencontainers.image.revision=${PRT_HEAD_SHA}`);
});

test('the PR number of pull_request_target comes from the payload (pull_request.number, else number)', () => {
  expect(gitContextFromEnv(prTargetEnv, { pull_request: { number: 21, base: { ref: 'master' } }, repository: REPO }).prNumber).toBe(21);
  expect(gitContextFromEnv(prTargetEnv, { number: 22, repository: REPO }).prNumber).toBe(22);
});

test('a payload that names the default branch wins over the event rule', () => {
  const ctx = gitContextFromEnv(
    { ...common, GITHUB_EVENT_NAME: 'schedule', GITHUB_REF: 'refs/heads/master', GITHUB_SHA: MD_SHA },
    { repository: { default_branch: 'main' } }
  );
  expect(ctx.defaultBranch).toBe('main');
});

test('without a payload (a local run) the default branch stays unknown: no latest', () => {
  const ctx = gitContextFromEnv({ ...common, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/master', GITHUB_SHA: MD_SHA }, {});
  expect(ctx.defaultBranch).toBeNull();
  expect(computeTagNames(ctx).names).toEqual(['master', 'sha-860c190']);
});

test.each([
  ['issues', 'refs/heads/master', {}, true],
  ['discussion', 'refs/heads/master', {}, true],
  // the deliberate difference (README "Differences"): metadata-action's {{is_default_branch}} is true on every create event
  ['create', 'refs/heads/dev', { ref: 'dev', ref_type: 'branch', repository: REPO }, false],
  ['create', 'refs/heads/dev', { ref: 'dev', ref_type: 'branch' }, false]
])('%s on %s (payload %j): latest %p', (event, ref, payload, latest) => {
  const ctx = gitContextFromEnv(
    { ...common, GITHUB_EVENT_NAME: event, GITHUB_REF: ref, GITHUB_SHA: MD_SHA },
    payload as Parameters<typeof gitContextFromEnv>[1]
  );
  expect(computeTagNames(ctx).names.includes('latest')).toBe(latest);
});
