// A local stand-in for GitHub's artifact service, as @actions/artifact v6 talks to it:
// the results API's Twirp JSON endpoints (POST /twirp/github.actions.results.api.v1.
// ArtifactService/<Method>, snake_case fields, int64 as strings) and the Azure block blob
// storage its signed upload URL points at (PUT ?comp=block per chunk, then PUT
// ?comp=blocklist with the XML list of block ids; 201 with x-ms-request-id). It keeps
// every call and the bytes that arrived, for tests to assert on.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

export interface StoredArtifact {
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  mimeType: string | null;
  /** RFC 3339, from the retention days; null for the repository's default. */
  expiresAt: string | null;
  /** What FinalizeArtifact reported. */
  size: number | null;
  hash: string | null;
  finalized: boolean;
  /** The committed blob: what a download would return. */
  content: Buffer | null;
}

export interface TwirpCall {
  method: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
}

export interface ArtifactService {
  /** ACTIONS_RESULTS_URL */
  url: string;
  /** ACTIONS_RUNTIME_TOKEN: a JWT whose scp claim names the run and job backend ids. */
  token: string;
  /** The two variables @actions/artifact reads. */
  env: { ACTIONS_RUNTIME_TOKEN: string; ACTIONS_RESULTS_URL: string };
  artifacts: StoredArtifact[];
  calls: TwirpCall[];
  /** Blob requests (method, ?comp=), in order. */
  blobRequests: string[];
  /** Anything else (the Actions cache's calls, v1 or v2), answered 404 with a JSON body: not retried. */
  otherRequests: string[];
  close(): Promise<void>;
}

const b64url = (s: string) => Buffer.from(s).toString('base64url');

/** An unsigned JWT carrying `scp: Actions.Results:<run>:<job>`, which is all @actions/artifact reads of it. */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const payload = {
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runBackendId}:${jobBackendId}`,
    exp: Math.floor(Date.now() / 1000) + 3600
  };
  return `${b64url(JSON.stringify({ typ: 'JWT', alg: 'none' }))}.${b64url(JSON.stringify(payload))}.sig`;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function blobHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { 'x-ms-request-id': randomUUID(), 'x-ms-version': '2025-01-05', date: new Date().toUTCString(), 'content-length': '0', ...extra };
}

export async function startArtifactService(ids: { run: string; job: string } = { run: randomUUID(), job: randomUUID() }): Promise<ArtifactService> {
  const artifacts: StoredArtifact[] = [];
  const calls: TwirpCall[] = [];
  const blobRequests: string[] = [];
  const otherRequests: string[] = [];
  /** blob path → staged blocks by id */
  const staged = new Map<string, Map<string, Buffer>>();
  let base = '';

  const find = (b: Record<string, unknown>) =>
    artifacts.find(
      (a) => a.name === b.name && a.workflowRunBackendId === b.workflow_run_backend_id && a.workflowJobRunBackendId === b.workflow_job_run_backend_id
    );

  const twirp = (method: string, b: Record<string, unknown>, res: ServerResponse) => {
    switch (method) {
      case 'CreateArtifact': {
        if (find(b)) {
          json(res, 409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' });
          return;
        }
        const a: StoredArtifact = {
          id: artifacts.length + 1,
          name: String(b.name),
          workflowRunBackendId: String(b.workflow_run_backend_id),
          workflowJobRunBackendId: String(b.workflow_job_run_backend_id),
          mimeType: typeof b.mime_type === 'string' ? b.mime_type : null,
          expiresAt: typeof b.expires_at === 'string' ? b.expires_at : null,
          size: null,
          hash: null,
          finalized: false,
          content: null
        };
        artifacts.push(a);
        json(res, 200, {
          ok: true,
          signed_upload_url: `${base}/devstoreaccount1/actions-results/${a.id}/${encodeURIComponent(a.name)}?sig=stub-signature&se=2099-01-01`
        });
        return;
      }
      case 'FinalizeArtifact': {
        const a = find(b);
        if (!a) {
          json(res, 404, { code: 'not_found', msg: 'no such artifact' });
          return;
        }
        a.size = Number(b.size ?? 0);
        a.hash = typeof b.hash === 'string' ? b.hash : null;
        a.finalized = true;
        json(res, 200, { ok: true, artifact_id: String(a.id) });
        return;
      }
      case 'ListArtifacts': {
        const name = typeof b.name_filter === 'string' ? b.name_filter : null;
        const id = b.id_filter !== undefined ? Number(b.id_filter) : null;
        const list = artifacts.filter((a) => a.finalized && (name === null || a.name === name) && (id === null || a.id === id));
        json(res, 200, {
          artifacts: list.map((a) => ({
            workflow_run_backend_id: a.workflowRunBackendId,
            workflow_job_run_backend_id: a.workflowJobRunBackendId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size ?? 0),
            ...(a.hash ? { digest: a.hash } : {})
          }))
        });
        return;
      }
      default:
        json(res, 404, { code: 'bad_route', msg: `no handler for ${method}` });
    }
  };

  const blob = (req: IncomingMessage, body: Buffer, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', base);
    const comp = url.searchParams.get('comp');
    blobRequests.push(`${req.method} ${comp ?? 'blob'}`);
    const id = Number(url.pathname.split('/')[3]);
    const a = artifacts.find((x) => x.id === id);
    if (req.method !== 'PUT' || !a || url.searchParams.get('sig') !== 'stub-signature') {
      res.writeHead(403, blobHeaders({ 'x-ms-error-code': 'AuthenticationFailed' }));
      res.end();
      return;
    }
    const blocks = staged.get(url.pathname) ?? new Map<string, Buffer>();
    staged.set(url.pathname, blocks);
    if (comp === 'block') {
      blocks.set(url.searchParams.get('blockid') ?? '', body);
      res.writeHead(201, blobHeaders({ 'x-ms-request-server-encrypted': 'true' }));
      res.end();
      return;
    }
    if (comp === 'blocklist') {
      const order = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]);
      const missing = order.filter((b) => !blocks.has(b));
      if (missing.length) {
        res.writeHead(400, blobHeaders({ 'x-ms-error-code': 'InvalidBlockList' }));
        res.end();
        return;
      }
      a.content = Buffer.concat(order.map((b) => blocks.get(b) as Buffer));
    } else {
      a.content = body; // a single-shot Put Blob
    }
    res.writeHead(
      201,
      blobHeaders({ etag: `"0x${Date.now().toString(16).toUpperCase()}"`, 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' })
    );
    res.end();
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const body = await readBody(req);
      const path = (req.url ?? '').split('?')[0];
      if (req.method === 'POST' && path.startsWith(SERVICE)) {
        const method = path.slice(SERVICE.length);
        const parsed = body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
        calls.push({ method, body: parsed, authorization: req.headers.authorization });
        twirp(method, parsed, res);
        return;
      }
      if (path.startsWith('/devstoreaccount1/')) {
        blob(req, body, res);
        return;
      }
      otherRequests.push(`${req.method} ${path}`);
      json(res, 404, { code: 'bad_route', msg: `this stand-in only serves the artifact service, not ${path}` });
    } catch (e) {
      json(res, 500, { code: 'internal', msg: (e as Error).message });
    }
  };
  // handle answers every request itself, failures included: nothing to wait for
  const server = createServer((req, res) => {
    void handle(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = runtimeToken(ids.run, ids.job);
  return {
    url: `${base}/`,
    token,
    env: { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: `${base}/` },
    artifacts,
    calls,
    blobRequests,
    otherRequests,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => {
          r();
        });
      })
  };
}
