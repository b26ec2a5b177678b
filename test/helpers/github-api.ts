// A local stand-in for the GitHub REST endpoints the PR comment flow calls through
// @actions/github's Octokit (src/compare/pr-comment.ts): list, create, get, update and
// delete issue comments. Bodies and headers follow GitHub's (test/fixtures/github/).
// Point Octokit at it with GITHUB_API_URL=<url> set before @actions/github is first
// imported (it reads the variable at import), or getOctokit(token, { baseUrl: url }).
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GithubUser {
  login: string;
  id: number;
  node_id?: string;
  type: 'User' | 'Bot';
  [k: string]: unknown;
}

export interface GithubComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  body: string;
  user: GithubUser;
  created_at: string;
  updated_at: string;
  issue_url: string;
  author_association: string;
  [k: string]: unknown;
}

export interface GithubRequestRecord {
  method: string;
  /** Path and query as received. */
  url: string;
  status: number;
  /** How the request authenticated: `token X`, `Bearer X`, or not at all. */
  auth: 'token' | 'bearer' | null;
  body: unknown;
  fault?: GithubFaultKind;
}

export type GithubFaultKind = 'rate-limit' | '5xx' | 'forbidden';

export interface GithubFault {
  /** rate-limit: 403 with x-ratelimit-remaining: 0; 5xx: 500 (or `status`); forbidden: the 403 a fork's token gets. */
  kind: GithubFaultKind;
  /** Tested against `${METHOD} ${path and query}`; default: every request. */
  match?: RegExp;
  /** How many matching requests it affects; default: all until cleared. */
  count?: number;
  status?: number;
}

export interface GithubApiOptions {
  /** Accepted tokens; default: any non-empty token. Others get 401 Bad credentials. */
  tokens?: string[];
  /** Tokens that may read but not write (a fork's pull_request token): writes get 403. */
  readOnlyTokens?: string[];
  /** The author of comments created through the stub (default github-actions[bot]). */
  user?: GithubUser;
}

export interface GithubApi {
  /** http://127.0.0.1:<port> (no trailing slash, as Octokit's baseUrl) */
  url: string;
  env(): { GITHUB_API_URL: string };
  /** Comments on issue/PR `number`, oldest first; `repo` = "owner/name" narrows to one repository. */
  comments(number: number, repo?: string): GithubComment[];
  /** Puts existing comments (e.g. test/fixtures/github/list-comments.json) on a PR. */
  seed(repo: string, number: number, comments: Array<Partial<GithubComment> & { body: string }>): void;
  requests(): GithubRequestRecord[];
  setFault(fault: GithubFault | null): void;
  close(): Promise<void>;
}

const BOT: GithubUser = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  type: 'Bot',
  site_admin: false,
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4'
};
const DOCS = 'https://docs.github.com/rest';
const timestamp = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

interface Stored {
  repo: string;
  issue: number;
  comment: GithubComment;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly documentationUrl = DOCS,
    readonly headers: Record<string, string> = {}
  ) {
    super(message);
  }
}

export async function startGithubApi(opts: GithubApiOptions = {}): Promise<GithubApi> {
  const store: Stored[] = [];
  const log: GithubRequestRecord[] = [];
  let fault: (GithubFault & { left: number }) | null = null;
  let nextId = 2000000001;
  let remaining = 5000;
  const resetAt = Math.floor(Date.now() / 1000) + 3600;
  let base = '';

  const makeComment = (repo: string, issue: number, c: Partial<GithubComment> & { body: string }): GithubComment => {
    const id = c.id ?? nextId++;
    const now = timestamp();
    return {
      id,
      node_id: `IC_kwDO${Buffer.from(String(id)).toString('base64url')}`,
      url: `${base}/repos/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${base}/repos/${repo}/issues/${issue}`,
      user: opts.user ?? BOT,
      created_at: now,
      updated_at: now,
      author_association: 'NONE',
      performed_via_github_app: null,
      ...c
    };
  };

  const rateHeaders = () => ({
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String(resetAt),
    'x-ratelimit-used': String(5000 - remaining),
    'x-ratelimit-resource': 'core'
  });

  const authOf = (req: IncomingMessage): { kind: 'token' | 'bearer'; token: string } | null => {
    const m = /^(token|bearer) +(\S+)$/i.exec(req.headers.authorization ?? '');
    return m ? { kind: m[1].toLowerCase() as 'token' | 'bearer', token: m[2] } : null;
  };

  const route = (method: string, u: URL, body: unknown, auth: { token: string }): [number, unknown, Record<string, string>?] => {
    const write = method !== 'GET';
    if (write && opts.readOnlyTokens?.includes(auth.token))
      throw new HttpError(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/issues/comments');
    let m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(u.pathname);
    if (m) {
      const [repo, issue] = [m[1], Number(m[2])];
      if (method === 'GET') return listPage(u, repo, issue);
      if (method === 'POST') {
        const text = (body as { body?: unknown } | null)?.body;
        if (typeof text !== 'string')
          throw new HttpError(422, 'Invalid request.\n\n"body" wasn\'t supplied.', 'https://docs.github.com/rest/issues/comments#create-an-issue-comment');
        const comment = makeComment(repo, issue, { body: text });
        store.push({ repo, issue, comment });
        return [201, comment, { Location: comment.url }];
      }
    }
    m = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(u.pathname);
    if (m) {
      const [repo, id] = [m[1], Number(m[2])];
      const i = store.findIndex((s) => s.repo === repo && s.comment.id === id);
      if (i < 0) throw new HttpError(404, 'Not Found', 'https://docs.github.com/rest/issues/comments');
      const found = store[i].comment;
      if (method === 'GET') return [200, found];
      if (method === 'PATCH') {
        const text = (body as { body?: unknown } | null)?.body;
        if (typeof text !== 'string')
          throw new HttpError(422, 'Invalid request.\n\n"body" wasn\'t supplied.', 'https://docs.github.com/rest/issues/comments#update-an-issue-comment');
        Object.assign(found, { body: text, updated_at: timestamp() });
        return [200, found];
      }
      if (method === 'DELETE') {
        store.splice(i, 1);
        return [204, null];
      }
    }
    throw new HttpError(404, 'Not Found');
  };

  // GitHub's paging: per_page (default 30, at most 100) and page, with a Link header
  // carrying first/prev/next/last whenever there is more than one page.
  const listPage = (u: URL, repo: string, issue: number): [number, unknown, Record<string, string>] => {
    const all = store.filter((s) => s.repo === repo && s.issue === issue).map((s) => s.comment);
    const perPage = Math.min(100, Math.max(1, Number(u.searchParams.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(u.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string) => {
      const q = new URLSearchParams(u.searchParams);
      q.set('per_page', String(perPage));
      q.set('page', String(p));
      return `<${base}${u.pathname}?${q.toString()}>; rel="${rel}"`;
    };
    const links = [
      page > 1 && link(page - 1, 'prev'),
      page < last && link(page + 1, 'next'),
      page < last && link(last, 'last'),
      page > 1 && link(1, 'first')
    ].filter(Boolean);
    return [200, all.slice((page - 1) * perPage, page * perPage), links.length ? { Link: links.join(', ') } : {}];
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'x-github-request-id': randomUUID().toUpperCase(),
      'x-github-api-version-selected': '2022-11-28',
      ...rateHeaders(),
      ...headers
    });
    res.end(status === 204 ? undefined : JSON.stringify(body));
  };

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const method = req.method ?? 'GET';
    const u = new URL(req.url ?? '/', 'http://x');
    const auth = authOf(req);
    let body: unknown;
    const record: GithubRequestRecord = { method, url: req.url ?? '/', status: 0, auth: auth?.kind ?? null, body: null };
    log.push(record);
    try {
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        throw new HttpError(400, 'Problems parsing JSON');
      }
      record.body = body;
      if (!auth) throw new HttpError(401, 'Requires authentication');
      if (opts.tokens && !opts.tokens.includes(auth.token)) throw new HttpError(401, 'Bad credentials');
      if (fault && fault.left > 0 && (fault.match ?? /./).test(`${method} ${req.url}`)) {
        fault.left--;
        record.fault = fault.kind;
        if (fault.kind === 'rate-limit') {
          throw new HttpError(
            403,
            'API rate limit exceeded for installation ID 1234567. If you reach out to GitHub Support for help, please include the request ID.',
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
            {
              'x-ratelimit-remaining': '0',
              'x-ratelimit-used': '5000'
            }
          );
        }
        if (fault.kind === 'forbidden')
          throw new HttpError(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/issues/comments#create-an-issue-comment');
        throw new HttpError(fault.status ?? 500, 'Server Error');
      }
      remaining = Math.max(0, remaining - 1);
      const [status, out, headers] = route(method, u, body, auth);
      send(res, status, out, headers);
      record.status = status;
    } catch (err) {
      const e = err instanceof HttpError ? err : new HttpError(500, String(err));
      send(res, e.status, { message: e.message, documentation_url: e.documentationUrl, status: String(e.status) }, e.headers);
      record.status = e.status;
    }
  };

  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c));
    req.on('end', () => {
      handle(req, res, raw);
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    env: () => ({ GITHUB_API_URL: base }),
    comments: (number, repo) => store.filter((s) => s.issue === number && (!repo || s.repo === repo)).map((s) => structuredClone(s.comment)),
    seed: (repo, number, comments) => {
      for (const c of comments) store.push({ repo, issue: number, comment: makeComment(repo, number, c) });
    },
    requests: () => log.map((r) => ({ ...r })),
    setFault: (f) => void (fault = f ? { ...f, left: f.count ?? Infinity } : null),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    }
  };
}
