// The ECR client code end to end against moto's ECR server on loopback (a Python test
// peer, installed by .ci/run): real SDK requests and responses for create, put/get
// lifecycle policy, put/describe/delete images. moto does not evaluate policies; ours does.
import { DescribeImagesCommand, PutImageCommand } from '@aws-sdk/client-ecr';
import { createHash } from 'node:crypto';
import { createEcrClient } from '../../src/aws/ecr-client.js';
import { applyPolicy } from '../../src/ecr/apply.js';
import { runCleanup } from '../../src/ecr/cleanup.js';
import { buildPolicy } from '../../src/ecr/policy-from-inputs.js';
import { startMoto, type Moto } from '../helpers/moto.js';

let moto: Moto;
Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_SESSION_TOKEN: 'testing' });
let client: ReturnType<typeof createEcrClient>;

beforeAll(async () => {
  moto = await startMoto();
  client = createEcrClient({ region: 'eu-west-1', endpoint: moto.endpoint });
}, 30_000);
afterAll(() => {
  (moto as Moto | undefined)?.stop(); // unset when the setup failed
});

function manifest(i: number): string {
  const digest = `sha256:${createHash('sha256').update(`config-${i}`).digest('hex')}`;
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: 100 + i, digest },
    layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: 1000 + i, digest }]
  });
}

const policy = buildPolicy({ keep: 'sha-*:5', untaggedDays: null, keepAny: null, protect: ['buildcache*', 'latest'] });

test('apply creates the repository, puts the policy, and is idempotent', async () => {
  const first = await applyPolicy(client, 'shop/api', policy, { create: true, dryRun: false });
  expect(first).toMatchObject({ created: true, changed: true });
  const again = await applyPolicy(client, 'shop/api', policy, { create: false, dryRun: false });
  expect(again).toMatchObject({ created: false, changed: false, diff: [] });
});

test('cleanup deletes what the policy expires, never the protected, and a re-run converges', async () => {
  for (let i = 0; i < 12; i++) {
    await client.send(new PutImageCommand({ repositoryName: 'shop/api', imageManifest: manifest(i), imageTag: `sha-${i}` }));
  }
  await client.send(new PutImageCommand({ repositoryName: 'shop/api', imageManifest: manifest(100), imageTag: 'buildcache' }));
  const opts = { include: ['shop/*'], exclude: [], policy, protectTags: ['sha-0'], protectDigests: [], dryRun: true, concurrency: 2, now: new Date() };
  const [preview] = await runCleanup(client, opts);
  // 12 sha-* images keep 5; sha-0 is protected
  expect(preview.images).toBe(13);
  expect(preview.expiring).toHaveLength(12 - 5 - 1);
  const [done] = await runCleanup(client, { ...opts, dryRun: false });
  expect(done.deleted).toHaveLength(preview.expiring.length);
  expect(done.failures).toEqual([]);
  const left = await client.send(new DescribeImagesCommand({ repositoryName: 'shop/api' }));
  const tags = (left.imageDetails ?? []).flatMap((d) => d.imageTags ?? []);
  expect(tags).toEqual(expect.arrayContaining(['buildcache', 'sha-0']));
  expect(tags).toHaveLength(13 - preview.expiring.length);
  const [rerun] = await runCleanup(client, { ...opts, dryRun: false });
  expect(rerun.expiring).toEqual([]);
  expect(rerun.failures).toEqual([]);
});
