// Which environment facts the plan reads (issue 16): the shell asks only those before the
// build. Asking less than the plan reads would change the argv; these pin the cases.
import { defaultInputs, type Inputs } from '../../../src/inputs/inputs.js';
import { factsNeeded, planBuild } from '../../../src/plan/build-plan.js';
import type { GitContext } from '../../../src/plan/git-context.js';
import { gitContext } from '../../helpers/git-context.js';

const ctx: GitContext = gitContext({ repository: null, runId: null, runAttempt: null });
const GHA_ENV = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/', ACTIONS_CACHE_SERVICE_V2: 'true' };
const noProvenance = { provenance: 'false' };

describe('factsNeeded', () => {
  const cases: Array<[string, Partial<Inputs>, NodeJS.ProcessEnv, { builder: boolean; imageStore: boolean }]> = [
    ['the default provenance reads the BuildKit version', { cache: 'none' }, {}, { builder: true, imageStore: false }],
    ['--load: no default provenance, no cache: the version alone', { cache: 'none', load: true }, {}, { builder: false, imageStore: false }],
    ['provenance given', { cache: 'none', ...noProvenance }, {}, { builder: false, imageStore: false }],
    ['an attest of type provenance', { cache: 'none', attests: ['type=provenance,mode=min'] }, {}, { builder: false, imageStore: false }],
    ['BUILDX_NO_DEFAULT_ATTESTATIONS', { cache: 'none' }, { BUILDX_NO_DEFAULT_ATTESTATIONS: '1' }, { builder: false, imageStore: false }],
    ['a docker output', { cache: 'none', outputs: ['type=docker'] }, {}, { builder: false, imageStore: false }],
    ['inline cache: the docker driver exports it', { cache: 'inline', load: true }, {}, { builder: false, imageStore: false }],
    ['registry cache: the driver and the image store', { cache: 'registry', load: true, images: ['r.example/app'] }, {}, { builder: true, imageStore: true }],
    ['local cache', { cache: 'local', load: true }, {}, { builder: true, imageStore: true }],
    ['auto on a runner: gha', { cache: 'auto', load: true }, GHA_ENV, { builder: true, imageStore: true }],
    ['explicit gha entry read only', { cache: 'none', load: true, 'cache-from': ['type=gha,scope=x'] }, {}, { builder: true, imageStore: false }],
    ['explicit inline cache-to', { cache: 'none', load: true, 'cache-to': ['type=inline'] }, {}, { builder: false, imageStore: false }],
    ['an explicit builder is checked before anything runs', { cache: 'none', load: true, builder: 'b1' }, {}, { builder: true, imageStore: false }]
  ];
  test.each(cases)('%s', (_name, inputs, env, want) => {
    expect(factsNeeded(defaultInputs(inputs), env)).toEqual(want);
  });

  // what factsNeeded leaves out does not change the plan: unknown builder facts give the same argv and checks
  test.each(cases.filter(([, , , w]) => !w.builder))('%s: the plan is the same without the builder facts', (_name, inputs, env) => {
    const i = defaultInputs({ ...inputs, images: inputs.images ?? ['r.example/app'], context: '.' });
    const plan = (buildx: { version: string; buildkitVersion: string | null; driver: string | null; containerdStore: boolean }) =>
      planBuild({ inputs: i, ctx, buildx, env, now: new Date(0), tempDir: '/t', fileExists: () => true }).plan;
    for (const builder of [
      { buildkitVersion: 'v0.13.2-moby', driver: 'docker', containerdStore: false },
      { buildkitVersion: 'v0.29.0', driver: 'docker-container', containerdStore: false },
      { buildkitVersion: 'v0.0.0+unknown', driver: 'docker', containerdStore: true }
    ]) {
      expect(plan({ version: '0.29.1', ...builder })).toEqual(plan({ version: '0.29.1', buildkitVersion: null, driver: null, containerdStore: false }));
    }
  });
});
