// The runner services a job sees, for scripts/act.sh: one ACTIONS_RESULTS_URL in front of
// the project's local cache service v2 (test/helpers/cache-service.ts) and artifact service
// (test/helpers/artifact-service.ts), as GitHub serves both from one results host.
// Optionally creates an ECR repository on moto (the build-push.yml ECR job pushes there).
//
//   node scripts/act/services.mjs <compiled helpers dir> <env file> [<moto endpoint> <repository>]
//
// Writes the runner's variables to <env file> (KEY=VALUE lines) once listening, then serves
// until SIGTERM. GET /_act/summary answers what the services saw (for act.sh's report).
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [helpers, envFile, motoEndpoint, ecrRepository] = process.argv.slice(2);
if (!helpers || !envFile) {
  console.error('usage: services.mjs <compiled helpers dir> <env file> [<moto endpoint> <repository>]');
  process.exit(2);
}
const { startCacheService, pushScopes } = await import(pathToFileURL(join(helpers, 'cache-service.js')).href);
const { startArtifactService } = await import(pathToFileURL(join(helpers, 'artifact-service.js')).href);

const ids = { run: randomUUID(), job: randomUUID() };
const cache = await startCacheService();
const artifacts = await startArtifactService(ids);

// One runtime token for every client, as a runner's: `ac` (the cache scopes BuildKit's gha
// client parses; a push to main), `scp` (the run and job ids @actions/artifact reads), nbf/exp.
const scopes = pushScopes('main');
const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const now = Math.floor(Date.now() / 1000);
const scp = `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${ids.run}:${ids.job}`;
const token = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ ac: JSON.stringify(scopes), scp, nbf: now - 60, iat: now, exp: now + 6 * 3600 })}.act`;

// The cache service checks its own signature: calls to it carry a token it signed for the
// same `ac` scopes. Signed blob URLs point at each service directly.
const CACHE = '/twirp/github.actions.results.api.v1.CacheService/';
const ARTIFACT = '/twirp/github.actions.results.api.v1.ArtifactService/';
const forward = (req, res, base, headers) => {
  const up = request(new URL(req.url, base), { method: req.method, headers: { ...req.headers, ...headers, host: new URL(base).host } }, (r) => {
    res.writeHead(r.statusCode ?? 502, r.headers);
    r.pipe(res);
  });
  up.on('error', (e) => {
    res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code: 'unavailable', msg: String(e) }));
  });
  req.pipe(up);
};

// BuildKit's gha entries are index-<scope>-… and buildkit-blob-…; the action's own are buildstage-…
const kindOf = (key) => (key.startsWith('index-') ? 'gha index' : key.startsWith('buildkit-blob') ? 'gha blob' : key.split('-').slice(0, 2).join('-'));
const counts = (list, key) => list.reduce((m, x) => ({ ...m, [x[key]]: (m[x[key]] ?? 0) + 1 }), {});
const front = createServer((req, res) => {
  const path = (req.url ?? '').split('?')[0];
  if (req.method === 'POST' && path.startsWith(CACHE)) return forward(req, res, cache.url, { authorization: `Bearer ${cache.token(scopes)}` });
  if (req.method === 'POST' && path.startsWith(ARTIFACT)) return forward(req, res, artifacts.url);
  if (req.method === 'GET' && path === '/_act/summary') {
    const entries = cache.entries();
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(
      JSON.stringify({
        cache: {
          entries: counts(
            entries.filter((e) => e.finalized).map((e) => ({ kind: kindOf(e.key) })),
            'kind'
          ),
          requests: counts(cache.requests(), 'op')
        },
        artifacts: artifacts.artifacts.map((a) => ({ name: a.name, size: a.size, finalized: a.finalized }))
      })
    );
  }
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ code: 'bad_route', msg: `no results service route for ${req.method} ${path}` }));
});
await new Promise((r) => front.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${front.address().port}/`;

if (motoEndpoint && ecrRepository) {
  const { ECRClient, CreateRepositoryCommand, RepositoryAlreadyExistsException } = await import('@aws-sdk/client-ecr');
  const ecr = new ECRClient({ region: 'us-east-1', endpoint: motoEndpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  try {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: ecrRepository }));
  } catch (e) {
    if (!(e instanceof RepositoryAlreadyExistsException)) throw e;
  }
}

const env = {
  ACTIONS_RESULTS_URL: url,
  ACTIONS_RUNTIME_URL: url,
  ACTIONS_CACHE_URL: url,
  ACTIONS_RUNTIME_TOKEN: token,
  ACTIONS_CACHE_SERVICE_V2: 'true',
  GITHUB_SERVER_URL: 'https://github.com'
};
writeFileSync(
  envFile,
  Object.entries(env)
    .map(([k, v]) => `${k}=${v}\n`)
    .join('')
);

const stop = async () => {
  front.closeAllConnections();
  front.close();
  await Promise.allSettled([cache.close(), artifacts.close()]);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
