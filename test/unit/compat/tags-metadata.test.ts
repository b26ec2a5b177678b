// Computed tags against docker/metadata-action's documented results. src/plan/tags.ts says
// our default set equals this metadata-action configuration:
//   tags: type=semver,pattern={{version}} / {{major}}.{{minor}} / {{major}}, type=ref,event=branch,
//         type=ref,event=pr, type=raw,value=latest,enable={{is_default_branch}}, type=sha
//         (+ type=ref,event=tag for git tags that are not semver)
//   flavor: latest=auto; with tag-prefix P: prefix=P,onlatest=true (and P on the sha-/pr- prefixes)
// Expected values come from metadata-action's README: the "Basic"/"Semver" tables, the
// type=semver pattern table, type=ref and type=sha sections, "Major version zero", "Latest tag",
// "Image name and tag sanitization" and the "priority attribute" table that orders the list.
import { gitContextFromEnv, type GitContext } from '../../../src/plan/git-context.js';
import { computeTagNames, computeTags, ociLabels } from '../../../src/plan/tags.js';

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
const SHORT = 'sha-860c190'; // type=sha: "Output Git short commit ... like sha-860c190", 7 characters

function ctx(event: string, ref: string, defaultBranch = 'master'): GitContext {
  const env: NodeJS.ProcessEnv = {
    GITHUB_EVENT_NAME: event,
    GITHUB_REF: ref,
    GITHUB_SHA: SHA,
    GITHUB_REPOSITORY: 'octocat/Hello-World',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_HEAD_REF: event.startsWith('pull_request') ? 'feature/x' : '',
    GITHUB_BASE_REF: event.startsWith('pull_request') ? 'master' : ''
  };
  return gitContextFromEnv(env, { repository: { default_branch: defaultBranch, private: false } });
}

const sorted = (xs: string[]) => [...xs].sort();

// [event, ref, tags from metadata-action's README for our configuration, README source]
const REFS: Array<[string, string, string[], string]> = [
  ['pull_request', 'refs/pull/2/merge', ['pr-2', SHORT], 'Basic table; type=ref,event=pr'],
  ['push', 'refs/heads/master', ['master', 'latest', SHORT], 'Basic table; latest via {{is_default_branch}}'],
  ['workflow_dispatch', 'refs/heads/master', ['master', 'latest', SHORT], 'Basic table, workflow_dispatch'],
  ['push', 'refs/heads/releases/v1', ['releases-v1', SHORT], 'Basic table: slash becomes -'],
  ['push', 'refs/heads/my/branch', ['my-branch', SHORT], 'type=ref table'],
  ['push', 'refs/heads/my/feature#1245', ['my-feature-1245', SHORT], 'sanitization: invalid sequences become -'],
  ['push', 'refs/heads/feat/über', ['feat-ber', SHORT], 'sanitization: a run of invalid characters becomes one -'],
  ['push', 'refs/tags/v1.2.3', ['1.2.3', '1.2', '1', 'latest', SHORT], 'Semver table + pattern table ({{major}} → 1)'],
  ['push', 'refs/tags/v0.1.2', ['0.1.2', '0.1', '0', 'latest', SHORT], 'Major version zero: 0 is generated unless disabled'],
  ['push', 'refs/tags/v2.0.0-rc.1', ['2.0.0-rc.1', SHORT], 'pre-release: only {{version}}, no latest'],
  ['push', 'refs/tags/v2.0.8-beta.67', ['2.0.8-beta.67', SHORT], 'Semver table: 2.0.8-beta.67 only'],
  ['push', 'refs/tags/v1.2.3+build.5', ['1.2.3', '1.2', '1', 'latest', SHORT], 'semver {{version}} has no build metadata'],
  ['push', 'refs/tags/release1', ['release1', 'latest', SHORT], 'type=ref,event=tag; Latest tag: latest=auto for type=ref,event=tag']
];

describe.each(REFS)('%s %s', (event, ref, expected, source) => {
  test(`the same tags as metadata-action (${source})`, () => {
    expect(sorted(computeTagNames(ctx(event, ref)).names)).toEqual(sorted(expected));
  });
});

describe('order: metadata-action sorts by priority (semver 900, ref 600, raw 200, sha 100), flavor latest last', () => {
  test.each([
    ['push', 'refs/tags/v1.2.3', ['1.2.3', '1.2', '1', SHORT, 'latest']],
    ['pull_request', 'refs/pull/2/merge', ['pr-2', SHORT]],
    ['push', 'refs/heads/master', ['master', 'latest', SHORT]]
  ])('%s %s', (event, ref, expected) => {
    expect(computeTagNames(ctx(event, ref)).names).toEqual(expected);
  });
});

describe('the version (first tag, metadata-action version.main and the version label; 1.2 is not semver: type=ref,event=tag)', () => {
  test.each([
    ['push', 'refs/tags/v1.2.3', '1.2.3'],
    ['push', 'refs/tags/v2.0.0-rc.1', '2.0.0-rc.1'],
    ['push', 'refs/tags/release1', 'release1'],
    ['push', 'refs/tags/1.2', '1.2'],
    ['push', 'refs/tags/nightly/2026-01-10', 'nightly-2026-01-10'],
    ['push', 'refs/heads/master', 'master'],
    ['push', 'refs/heads/my/branch', 'my-branch'],
    ['pull_request', 'refs/pull/2/merge', 'pr-2']
  ])('%s %s → %s', (event, ref, version) => {
    expect(computeTagNames(ctx(event, ref)).version).toBe(version);
  });
});

describe('default branch', () => {
  test('latest only on the repository default branch', () => {
    expect(computeTagNames(ctx('push', 'refs/heads/main', 'main')).names).toContain('latest');
    expect(computeTagNames(ctx('push', 'refs/heads/master', 'main')).names).not.toContain('latest');
  });
  test('a pull request into the default branch gets no latest', () => {
    expect(computeTagNames(ctx('pull_request', 'refs/pull/2/merge', 'master')).names).not.toContain('latest');
  });
});

describe('tag-prefix = flavor prefix=P,onlatest=true (and P before sha- and pr-)', () => {
  test.each([
    ['push', 'refs/tags/v1.2.3', ['api-1.2.3', 'api-1.2', 'api-1', 'api-latest', `api-${SHORT}`]],
    ['pull_request', 'refs/pull/2/merge', ['api-pr-2', `api-${SHORT}`]],
    ['push', 'refs/heads/master', ['api-master', 'api-latest', `api-${SHORT}`]],
    ['push', 'refs/heads/my/branch', ['api-my-branch', `api-${SHORT}`]]
  ])('%s %s', (event, ref, expected) => {
    expect(sorted(computeTagNames(ctx(event, ref), 'api-').names)).toEqual(sorted(expected));
  });
});

describe("sanitization beyond metadata-action: docker's own tag rules (tags.ts header)", () => {
  test('no leading . or - (docker rejects them; metadata-action would keep them)', () => {
    expect(computeTagNames(ctx('push', 'refs/heads/.hidden/-x')).names[0]).toBe('hidden--x');
  });
  test('at most 128 characters', () => {
    const name = computeTagNames(ctx('push', `refs/heads/${'a'.repeat(300)}`)).names[0];
    expect(name).toBe('a'.repeat(128));
  });
  test('a trailing invalid character becomes - as in metadata-action (feature/foo! → feature-foo-)', () => {
    expect(computeTagNames(ctx('push', 'refs/heads/feature/foo!')).names[0]).toBe('feature-foo-');
  });
});

test('every image gets every tag, image by image (metadata-action getTags)', () => {
  const c = ctx('push', 'refs/tags/v1.2.3');
  const names = computeTagNames(c).names;
  const images = ['org/app', 'ghcr.io/user/app'];
  expect(computeTags(images, c).tags).toEqual(images.flatMap((i) => names.map((n) => `${i}:${n}`)));
});

test('OCI labels equal metadata-action labels for the same context (minus description and licenses, which need the GitHub API)', () => {
  const now = new Date('2020-01-10T00:30:00.000Z');
  const c = ctx('push', 'refs/tags/v1.2.3');
  // metadata-action getOCIAnnotationsWithCustoms, for octocat/Hello-World, sorted by key
  expect(ociLabels(c, '1.2.3', now)).toEqual([
    'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
    `org.opencontainers.image.revision=${SHA}`,
    'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
    'org.opencontainers.image.title=Hello-World',
    'org.opencontainers.image.url=https://github.com/octocat/Hello-World',
    'org.opencontainers.image.version=1.2.3'
  ]);
});
