// A local GitHub Actions cache service, protocol v2, for tests: the Twirp JSON API
// (CreateCacheEntry, FinalizeCacheEntryUpload, GetCacheEntryDownloadURL) plus the part
// of Azure Blob Storage the clients use on the signed URLs (Put Blob, Put Block,
// Put Block List, GET/HEAD with ranges). Shaped after what @actions/cache 6.x and
// BuildKit's gha client (tonistiigi/go-actions-cache) send; see /work/shared/runner-path.md.
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One access-control entry of the runtime token's `ac` claim (1 = read, 2 = write, 3 = both). */
export interface CacheScope {
  Scope: string;
  Permission: number;
}

export interface CacheEntryInfo {
  id: number;
  scope: string;
  key: string;
  version: string;
  /** Bytes committed to the blob (0 until an upload is committed). */
  size: number;
  finalized: boolean;
  /** Sequence number; larger is newer. */
  created: number;
}

export interface RequestRecord {
  method: string;
  /** Path and query as received (signatures included). */
  url: string;
  /** Twirp method name, or the blob operation. */
  op: 'CreateCacheEntry' | 'FinalizeCacheEntryUpload' | 'GetCacheEntryDownloadURL' | 'put-blob' | 'put-block' | 'put-block-list' | 'get' | 'head' | 'other';
  status: number;
  /** Set when a fault answered (or held) this request. */
  fault?: FaultKind;
}

export type FaultKind = '5xx' | '429' | 'stall' | 'drop';

export interface Fault {
  kind: FaultKind;
  /** Tested against `${METHOD} ${path and query}`, e.g. /CreateCacheEntry/ or /^GET /. Default: every request. */
  match?: RegExp;
  /** How many matching requests it affects; default: all of them until cleared. */
  count?: number;
  /** For '5xx': the status (default 500). */
  status?: number;
  /** For '429': the Retry-After header in seconds (default 1). */
  retryAfterSeconds?: number;
  /** For 'stall': answer normally after this long; without it the request is held until close(). */
  delayMs?: number;
}

export interface CacheServiceOptions {
  /** Lifetime of signed URLs (Azure `se`), default 3600 s. */
  urlTtlSeconds?: number;
  /** Clock in ms, for expiry tests; default Date.now. */
  now?: () => number;
}

export interface CacheService {
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** The environment a runner gives a step (default scopes: a push to main). */
  env(scopes?: CacheScope[]): Record<string, string>;
  /** A runtime token (JWT, HS256 with this server's key) with the given `ac` scopes. */
  token(scopes: CacheScope[], opts?: { ttlSeconds?: number }): string;
  entries(): CacheEntryInfo[];
  requests(): RequestRecord[];
  /** Replaces the active faults (null clears them). */
  setFault(fault: Fault | null): void;
  addFault(fault: Fault): void;
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';
const ACCOUNT_PATH = '/localcache/actions-cache/';
const AZURE_VERSION = '2025-01-05';

/** Scopes of a push to a branch: its own ref, read and write. */
export function pushScopes(branch = 'main'): CacheScope[] {
  return [{ Scope: `refs/heads/${branch}`, Permission: 3 }];
}

/** Scopes of a pull_request run: its merge ref read/write, then the base branch read-only. */
export function prScopes(pr: number, base = 'main'): CacheScope[] {
  return [
    { Scope: `refs/pull/${pr}/merge`, Permission: 3 },
    { Scope: `refs/heads/${base}`, Permission: 1 }
  ];
}

const b64url = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const hmac = (key: Buffer, data: string, enc: 'base64' | 'base64url') => createHmac('sha256', key).update(data).digest(enc);

interface Entry extends CacheEntryInfo {
  data: Buffer | null;
  blocks: Map<string, Buffer>;
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    msg: string
  ) {
    super(msg);
  }
}

class BlobError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    msg: string
  ) {
    super(msg);
  }
}

export async function startCacheService(opts: CacheServiceOptions = {}): Promise<CacheService> {
  const now = opts.now ?? Date.now;
  const urlTtl = opts.urlTtlSeconds ?? 3600;
  const key = randomBytes(32);
  const entries: Entry[] = [];
  const log: RequestRecord[] = [];
  let faults: Array<Fault & { left: number }> = [];
  let seq = 0;
  let base = '';
  const held = new Set<ServerResponse>();

  const token = (scopes: CacheScope[], t: { ttlSeconds?: number } = {}) => {
    const iat = Math.floor(now() / 1000);
    const head = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ ac: JSON.stringify(scopes), nbf: iat - 60, iat, exp: iat + (t.ttlSeconds ?? 6 * 3600) })}`;
    return `${head}.${hmac(key, head, 'base64url')}`;
  };

  // The token's scopes, or a Twirp `unauthenticated` error.
  const scopesOf = (req: IncomingMessage): CacheScope[] => {
    const m = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '');
    const parts = m ? m[1].split('.') : [];
    if (parts.length !== 3 || hmac(key, `${parts[0]}.${parts[1]}`, 'base64url') !== parts[2])
      throw new TwirpError(401, 'unauthenticated', 'invalid or missing runtime token');
    let claims: { ac: CacheScope[]; nbf: number; exp: number };
    try {
      const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString());
      claims = { ...payload, ac: JSON.parse(payload.ac) };
    } catch {
      throw new TwirpError(401, 'unauthenticated', 'the runtime token has no readable `ac` claim');
    }
    const t = now() / 1000;
    if (!(t >= claims.nbf && t < claims.exp)) throw new TwirpError(401, 'unauthenticated', 'runtime token expired or not yet valid');
    return claims.ac;
  };

  // Signed URLs: /localcache/actions-cache/<id>?sv&sr&sp&se&sig, sig = HMAC over id, permissions and expiry.
  const signedUrl = (id: number, perms: 'r' | 'cw') => {
    const se = new Date(now() + urlTtl * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
    const sig = hmac(key, `${id}\n${perms}\n${se}`, 'base64');
    const q = new URLSearchParams({ sv: AZURE_VERSION, sr: 'b', sp: perms, se, sig });
    return `${base.replace(/\/$/, '')}${ACCOUNT_PATH}${id}?${q.toString()}`;
  };

  const checkSignature = (id: number, q: URLSearchParams, need: 'r' | 'w') => {
    const sp = q.get('sp') ?? '';
    const se = q.get('se') ?? '';
    const ok = q.get('sig') === hmac(key, `${id}\n${sp}\n${se}`, 'base64') && sp.includes(need);
    if (!ok)
      throw new BlobError(
        403,
        'AuthenticationFailed',
        'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.'
      );
    if (now() > Date.parse(se)) throw new BlobError(403, 'AuthenticationFailed', `Signed expiry time [${se}] has to be after signed start time`);
  };

  const find = (scope: string, k: string, version: string) => entries.find((e) => e.scope === scope && e.key === k && e.version === version);

  // Exact key, then the newest entry whose key starts with the key, then each restore key as a
  // prefix (newest first); one scope after another in the order the token lists them.
  const lookup = (scopes: string[], k: string, restoreKeys: string[], version: string): Entry | undefined => {
    for (const scope of scopes) {
      const ready = entries.filter((e) => e.scope === scope && e.finalized && e.version === version).sort((a, b) => b.created - a.created);
      const hit = ready.find((e) => e.key === k) ?? [k, ...restoreKeys].map((p) => ready.find((e) => e.key.startsWith(p))).find(Boolean);
      if (hit) return hit;
    }
    return undefined;
  };

  const rpc: Record<string, (body: Record<string, unknown>, scopes: CacheScope[]) => unknown> = {
    CreateCacheEntry(body, scopes) {
      const { key: k, version } = requireKeyVersion(body);
      const writable = scopes.find((s) => s.Permission & 2);
      if (!writable) return { ok: false, message: 'cache write denied: the token has no writable cache scope' };
      if (find(writable.Scope, k, version)) throw new TwirpError(409, 'already_exists', `cache entry with key ${k} and version ${version} already exists`);
      const e: Entry = {
        id: entries.length + 1,
        scope: writable.Scope,
        key: k,
        version,
        size: 0,
        finalized: false,
        created: ++seq,
        data: null,
        blocks: new Map()
      };
      entries.push(e);
      return { ok: true, signed_upload_url: signedUrl(e.id, 'cw') };
    },
    FinalizeCacheEntryUpload(body, scopes) {
      const { key: k, version } = requireKeyVersion(body);
      const writable = scopes.find((s) => s.Permission & 2);
      const e = writable && find(writable.Scope, k, version);
      if (!e || e.finalized) throw new TwirpError(404, 'not_found', `no pending cache entry with key ${k}`);
      if (!e.data) return { ok: false, message: `cache entry ${k} has no uploaded blob` };
      const size = Number(body.size_bytes ?? 0);
      if (size !== e.data.length) return { ok: false, message: `size_bytes ${size} does not match the uploaded ${e.data.length} bytes` };
      e.finalized = true;
      e.created = ++seq;
      return { ok: true, entry_id: String(e.id) };
    },
    GetCacheEntryDownloadURL(body, scopes) {
      const { key: k, version } = requireKeyVersion(body);
      const readable = scopes.filter((s) => s.Permission & 1).map((s) => s.Scope);
      if (readable.length === 0) throw new TwirpError(403, 'permission_denied', 'cache read denied: the token has no readable cache scope');
      const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : [];
      const hit = lookup(readable, k, restoreKeys, version);
      return hit ? { ok: true, signed_download_url: signedUrl(hit.id, 'r'), matched_key: hit.key } : { ok: false, signed_download_url: '', matched_key: '' };
    }
  };

  const handleTwirp = (req: IncomingMessage, body: Buffer, method: string): [number, unknown] => {
    const fn = rpc[method] as (typeof rpc)[string] | undefined; // a method the stand-in does not serve
    if (req.method !== 'POST' || !fn) throw new TwirpError(404, 'bad_route', `no handler for ${req.method} ${req.url}`);
    if (!String(req.headers['content-type']).startsWith('application/json')) throw new TwirpError(404, 'bad_route', 'only application/json is served');
    const scopes = scopesOf(req);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw new TwirpError(400, 'malformed', 'the request body is not JSON');
    }
    return [200, fn(parsed as Record<string, unknown>, scopes)];
  };

  const handleBlob = (req: IncomingMessage, res: ServerResponse, body: Buffer, id: number, q: URLSearchParams): number => {
    const e = entries.find((x) => x.id === id);
    const method = req.method ?? '';
    if (method === 'PUT') {
      checkSignature(id, q, 'w');
      if (!e || e.finalized) throw new BlobError(409, 'BlobImmutableDueToPolicy', 'This operation is not permitted as the blob is immutable.');
      const comp = q.get('comp');
      if (comp === 'block') {
        const blockId = q.get('blockid');
        if (!blockId) throw new BlobError(400, 'MissingRequiredQueryParameter', 'blockid is required');
        e.blocks.set(blockId, body);
      } else if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map((m) => m[2]);
        const parts = ids.map((b) => e.blocks.get(b));
        if (parts.some((p) => !p)) throw new BlobError(400, 'InvalidBlockList', 'The specified block list is invalid.');
        e.data = Buffer.concat(parts as Buffer[]);
        e.blocks.clear();
      } else if (comp === null) {
        if (req.headers['x-ms-blob-type'] !== 'BlockBlob') throw new BlobError(400, 'MissingRequiredHeader', 'x-ms-blob-type: BlockBlob is required');
        e.data = body;
      } else throw new BlobError(400, 'InvalidQueryParameterValue', `comp=${comp} is not supported`);
      if (comp !== 'block') e.size = e.data?.length ?? 0;
      res.writeHead(201, { ...blobHeaders(), 'Content-Length': '0', ETag: etag(e), 'x-ms-request-server-encrypted': 'true' }).end();
      return 201;
    }
    if (method === 'GET' || method === 'HEAD') {
      checkSignature(id, q, 'r');
      if (!e?.finalized || !e.data) throw new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.');
      const total = e.data.length;
      const range = String(req.headers['x-ms-range'] ?? req.headers.range ?? '');
      const m = /^bytes=(\d+)-(\d*)$/.exec(range);
      let [start, end, status] = [0, total - 1, 200];
      if (range) {
        if (!m || Number(m[1]) >= total) {
          res.writeHead(416, { ...blobHeaders(), 'Content-Range': `bytes */${total}`, 'x-ms-error-code': 'InvalidRange' }).end();
          return 416;
        }
        [start, end, status] = [Number(m[1]), m[2] ? Math.min(Number(m[2]), total - 1) : total - 1, 206];
      }
      const headers: Record<string, string> = {
        ...blobHeaders(),
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(end - start + 1),
        'Accept-Ranges': 'bytes',
        'x-ms-blob-type': 'BlockBlob',
        ETag: etag(e)
      };
      if (status === 206) headers['Content-Range'] = `bytes ${start}-${end}/${total}`;
      res.writeHead(status, headers);
      res.end(method === 'GET' ? e.data.subarray(start, end + 1) : undefined);
      return status;
    }
    throw new BlobError(405, 'UnsupportedHttpVerb', `${method} is not supported`);
  };

  const opOf = (method: string, path: string, q: URLSearchParams): RequestRecord['op'] => {
    if (path.startsWith(SERVICE)) return (path.slice(SERVICE.length) || 'other') as RequestRecord['op'];
    if (!path.startsWith(ACCOUNT_PATH)) return 'other';
    if (method === 'PUT') return q.get('comp') === 'block' ? 'put-block' : q.get('comp') === 'blocklist' ? 'put-block-list' : 'put-blob';
    return method === 'GET' ? 'get' : method === 'HEAD' ? 'head' : 'other';
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => void respond(req, res, Buffer.concat(chunks)));
  });

  const respond = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    const record: RequestRecord = { method, url: req.url ?? '/', op: opOf(method, u.pathname, u.searchParams), status: 0 };
    log.push(record);
    const fault = faults.find((f) => f.left > 0 && (f.match ?? /./).test(`${method} ${req.url}`));
    if (fault) {
      fault.left--;
      record.fault = fault.kind;
      const twirp = u.pathname.startsWith(SERVICE);
      if (fault.kind === 'drop') {
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'stall') {
        if (fault.delayMs === undefined) return void held.add(res);
        await new Promise((r) => setTimeout(r, fault.delayMs));
      } else {
        const status = fault.kind === '429' ? 429 : (fault.status ?? 500);
        const extra: Record<string, string> = fault.kind === '429' ? { 'Retry-After': String(fault.retryAfterSeconds ?? 1) } : {};
        if (twirp) sendTwirpError(res, new TwirpError(status, fault.kind === '429' ? 'resource_exhausted' : 'internal', `injected ${status}`), extra);
        else sendBlobError(res, new BlobError(status, fault.kind === '429' ? 'ServerBusy' : 'InternalError', `injected ${status}`), extra);
        record.status = status;
        return;
      }
    }
    try {
      if (u.pathname.startsWith(SERVICE)) {
        const [status, out] = handleTwirp(req, body, u.pathname.slice(SERVICE.length));
        res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(out));
        record.status = status;
      } else if (u.pathname.startsWith(ACCOUNT_PATH) && /^\d+$/.test(u.pathname.slice(ACCOUNT_PATH.length))) {
        record.status = handleBlob(req, res, body, Number(u.pathname.slice(ACCOUNT_PATH.length)), u.searchParams);
      } else {
        throw new TwirpError(404, 'bad_route', `no route for ${method} ${u.pathname}`);
      }
    } catch (err) {
      if (err instanceof BlobError) sendBlobError(res, err);
      else sendTwirpError(res, err instanceof TwirpError ? err : new TwirpError(500, 'internal', String(err)));
      record.status = res.statusCode;
    }
  };

  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    url: base,
    env: (scopes = pushScopes()) => ({
      ACTIONS_RUNTIME_TOKEN: token(scopes),
      ACTIONS_RESULTS_URL: base,
      ACTIONS_CACHE_URL: base,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      GITHUB_SERVER_URL: 'https://github.com'
    }),
    token,
    entries: () =>
      entries.map((e): CacheEntryInfo => ({
        id: e.id,
        scope: e.scope,
        key: e.key,
        version: e.version,
        size: e.size,
        finalized: e.finalized,
        created: e.created
      })),
    requests: () => log.map((r) => ({ ...r })),
    setFault: (f) => void (faults = f ? [{ ...f, left: f.count ?? Infinity }] : []),
    addFault: (f) => void faults.push({ ...f, left: f.count ?? Infinity }),
    close: async () => {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    }
  };
}

function requireKeyVersion(body: Record<string, unknown>): { key: string; version: string } {
  const key = typeof body.key === 'string' ? body.key : '';
  const version = typeof body.version === 'string' ? body.version : '';
  if (!key || key.length > 512) throw new TwirpError(400, 'invalid_argument', 'key is required (at most 512 characters)');
  if (!version) throw new TwirpError(400, 'invalid_argument', 'version is required');
  return { key, version };
}

const etag = (e: Entry) => `"0x8DD${e.id.toString(16).toUpperCase().padStart(12, '0')}"`;

function blobHeaders(): Record<string, string> {
  return { 'x-ms-request-id': randomUUID(), 'x-ms-version': AZURE_VERSION, Date: new Date().toUTCString(), 'Last-Modified': new Date().toUTCString() };
}

// Twirp errors carry `code` and `msg` only: go-actions-cache reads a `message` field as a v1
// error and would then miss the `already_exists` code.
function sendTwirpError(res: ServerResponse, err: TwirpError, extra: Record<string, string> = {}) {
  res.writeHead(err.status, { 'Content-Type': 'application/json', ...extra }).end(JSON.stringify({ code: err.code, msg: err.message }));
}

function sendBlobError(res: ServerResponse, err: BlobError, extra: Record<string, string> = {}) {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${err.code}</Code><Message>${err.message}</Message></Error>`;
  res.writeHead(err.status, { ...blobHeaders(), 'Content-Type': 'application/xml', 'x-ms-error-code': err.code, ...extra }).end(xml);
}
