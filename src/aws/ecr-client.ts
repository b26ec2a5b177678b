// The one place ECR clients are made (region, optional endpoint, user agent) and the
// retry policy for throttling: exponential backoff with full jitter and an injectable
// sleep, so tests run instantly.
import { ECRClient } from '@aws-sdk/client-ecr';

export interface EcrClientOptions {
  region: string;
  /** e.g. http://127.0.0.1:5055 for moto's ECR server. */
  endpoint?: string;
}

export function createEcrClient(o: EcrClientOptions): ECRClient {
  const client = new ECRClient({
    region: o.region,
    ...(o.endpoint ? { endpoint: o.endpoint } : {}),
    customUserAgent: 'buildstage',
    maxAttempts: 1 // retries are ours (withRetry), so tests can count calls
  });
  // an error names the call it came from, for the retry log
  client.middlewareStack.add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (e) {
        if (e && typeof e === 'object') (e as { $command?: string }).$command = context.commandName?.replace(/Command$/, '');
        throw e;
      }
    },
    { step: 'initialize', name: 'buildstageCommandName' }
  );
  return client;
}

const RETRYABLE = new Set([
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'ServiceUnavailableException',
  'InternalServerError',
  'ServerException'
]);

export function isRetryable(err: unknown): boolean {
  // whatever was thrown: null too
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number }; $retryable?: unknown } | null | undefined;
  if (e?.name && RETRYABLE.has(e.name)) return true;
  const status = e?.$metadata?.httpStatusCode;
  return status === 429 || (typeof status === 'number' && status >= 500);
}

/** One retry, for the log: which call, why, which retry of the call, how long it waits. */
export interface RetryEvent {
  command: string;
  code: string;
  attempt: number;
  waitMs: number;
}

export interface RetryOptions {
  attempts?: number;
  baseMs?: number;
  maxMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Told of each retry (default: the process-wide observer, see observeRetries). */
  onRetry?: (e: RetryEvent) => void;
}

let retryObserver: ((e: RetryEvent) => void) | null = null;

/** Every retry of this process is told to `fn` (the actions and the CLI log them and count them). */
export function observeRetries(fn: ((e: RetryEvent) => void) | null): void {
  retryObserver = fn;
}

/** `DescribeImages ×3, BatchDeleteImage ×2`. */
export function retryCounts(events: RetryEvent[]): string {
  const by = new Map<string, number>();
  for (const e of events) by.set(e.command, (by.get(e.command) ?? 0) + 1);
  return [...by].map(([c, n]) => `${c} ×${n}`).join(', ');
}

export const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Runs fn, retrying throttling and 5xx with full-jitter backoff. */
export async function withRetry<T>(fn: () => Promise<T>, o: RetryOptions = {}): Promise<T> {
  const attempts = o.attempts ?? 6;
  const base = o.baseMs ?? 200;
  const max = o.maxMs ?? 10_000;
  const sleep = o.sleep ?? realSleep;
  const random = o.random ?? Math.random;
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (i >= attempts || !isRetryable(e)) throw e;
      const waitMs = Math.floor(random() * Math.min(max, base * 2 ** (i - 1)));
      const err = e as { name?: string; $command?: string; $metadata?: { httpStatusCode?: number } };
      (o.onRetry ?? retryObserver)?.({
        command: err.$command ?? 'ECR',
        code: err.name ?? String(err.$metadata?.httpStatusCode ?? 'error'),
        attempt: i,
        waitMs
      });
      await sleep(waitMs);
    }
  }
}
