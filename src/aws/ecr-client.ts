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
  return new ECRClient({
    region: o.region,
    ...(o.endpoint ? { endpoint: o.endpoint } : {}),
    customUserAgent: 'buildstage',
    maxAttempts: 1 // retries are ours (withRetry), so tests can count calls
  });
}

const RETRYABLE = new Set(['ThrottlingException', 'TooManyRequestsException', 'RequestLimitExceeded', 'ServiceUnavailableException', 'InternalServerError', 'ServerException']);

export function isRetryable(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number }; $retryable?: unknown };
  if (e?.name && RETRYABLE.has(e.name)) return true;
  const status = e?.$metadata?.httpStatusCode;
  return status === 429 || (typeof status === 'number' && status >= 500);
}

export interface RetryOptions {
  attempts?: number;
  baseMs?: number;
  maxMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
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
      await sleep(Math.floor(random() * Math.min(max, base * 2 ** (i - 1))));
    }
  }
}
