// Jest glue for the v2 cache service stand-in, kept apart from it so that cache-service.ts
// stays free of test-framework globals (the benchmarks compile and run it outside jest).
import { startCacheService, type CacheService } from './cache-service.js';

/**
 * A cache service for the whole test file: started before its first test, stopped after
 * its last, with process.env (which the tests point at it) restored. Read it through the
 * returned function once the tests run.
 */
export function cacheServiceForFile(): () => CacheService {
  let svc: CacheService | null = null;
  const saved = { ...process.env };
  beforeAll(async () => {
    svc = await startCacheService();
  });
  afterAll(async () => {
    process.env = saved;
    await svc?.close();
  });
  return () => {
    if (!svc) throw new Error('the cache service runs only while the tests run');
    return svc;
  };
}
