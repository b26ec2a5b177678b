// An HTTP proxy on loopback that injects faults in front of a real service (the registry,
// moto's ECR server): it forwards every request unchanged until a rule matches, then
// answers with a status (5xx, 429, ThrottlingException...), holds the request (a stall),
// drops the connection, cuts every connection and comes back (a restart), or dies (stops listening and cuts every connection: the service is
// gone mid-operation). Requests and faults are recorded for the assertions.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type ProxyAction = 'kill' | 'reset' | 'stall' | 'drop' | { status: number; body?: string; headers?: Record<string, string> };

export interface ProxyRule {
  /** Tested against `${METHOD} ${path}` plus, for moto, ` ${x-amz-target}`; default every request. */
  match?: RegExp;
  action: ProxyAction;
  /** Matching requests let through before the rule acts (default 0). */
  after?: number;
  /** How many matching requests it acts on (default: all). */
  count?: number;
}

export interface ProxyRecord {
  method: string;
  url: string;
  /** x-amz-target's operation (ECR: DescribeImages, BatchDeleteImage...), when there is one. */
  target: string | null;
  status: number;
  fault?: string;
  at: number;
}

export interface FaultProxy {
  port: number;
  /** 127.0.0.1:<port> */
  host: string;
  url: string;
  requests(): ProxyRecord[];
  setRules(rules: ProxyRule[]): void;
  /** Resolves when a rule first acts (or at once if one has). */
  faulted(): Promise<void>;
  /** The service dies: no more listening, every connection cut. */
  kill(): void;
  close(): Promise<void>;
}

export async function startFaultProxy(target: string, rules: ProxyRule[] = []): Promise<FaultProxy> {
  const [targetHost, targetPort] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
  let active = rules.map((r) => ({ ...r, seen: 0, acted: 0 }));
  const log: ProxyRecord[] = [];
  const sockets = new Set<Socket>();
  const held = new Set<ServerResponse>();
  let dead = false;
  let onFault: (() => void) | null = null;
  let faultedOnce = false;
  const faultHappened = () => {
    faultedOnce = true;
    onFault?.();
  };

  const kill = () => {
    if (dead) return;
    dead = true;
    server.close();
    for (const s of sockets) s.destroy();
  };

  const forward = (req: IncomingMessage, res: ServerResponse, record: ProxyRecord) => {
    const up = httpRequest({ host: targetHost, port: targetPort, method: req.method, path: req.url, headers: req.headers }, (upRes) => {
      record.status = upRes.statusCode ?? 0;
      res.writeHead(upRes.statusCode ?? 502, upRes.headers);
      upRes.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  };

  const server = createServer((req, res) => {
    const target = typeof req.headers['x-amz-target'] === 'string' ? (req.headers['x-amz-target'].split('.').pop() ?? null) : null;
    const record: ProxyRecord = { method: req.method ?? 'GET', url: req.url ?? '/', target, status: 0, at: Date.now() };
    log.push(record);
    const key = `${record.method} ${record.url}${target ? ` ${target}` : ''}`;
    const rule = active.find((r) => (r.match ?? /./).test(key) && r.seen++ >= (r.after ?? 0) && r.acted < (r.count ?? Infinity));
    if (!rule) {
      forward(req, res, record);
      return;
    }
    rule.acted++;
    const a = rule.action;
    record.fault = typeof a === 'string' ? a : String(a.status);
    faultHappened();
    if (a === 'kill') {
      kill();
      return;
    }
    if (a === 'reset') {
      // the service restarts: every open connection is cut, new ones are served
      for (const s of sockets) s.destroy();
      return;
    }
    if (a === 'drop') {
      req.socket.destroy();
      return;
    }
    if (a === 'stall') {
      req.resume();
      held.add(res);
      return;
    }
    req.resume();
    req.on('end', () => {
      record.status = a.status;
      res.writeHead(a.status, { 'Content-Type': 'application/json', ...a.headers }).end(a.body ?? '');
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    requests: () => log.map((r) => ({ ...r })),
    setRules: (r) => void (active = r.map((x) => ({ ...x, seen: 0, acted: 0 }))),
    faulted: () => (faultedOnce ? Promise.resolve() : new Promise<void>((resolve) => (onFault = resolve))),
    kill,
    close: async () => {
      for (const r of held) r.destroy();
      kill();
      await new Promise((r) => setTimeout(r, 10));
    }
  };
}

/** ECR's throttling answer, as the AWS JSON protocol sends it (the SDK maps it to ThrottlingException). */
export const ECR_THROTTLE: ProxyAction = {
  status: 400,
  headers: { 'Content-Type': 'application/x-amz-json-1.1', 'x-amzn-ErrorType': 'ThrottlingException' },
  body: JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' })
};
