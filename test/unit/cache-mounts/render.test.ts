// The "Cache mounts" section of the job summary, and the report field it renders from
// against the published JSON Schema.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { renderCacheMountsMarkdown } from '../../../src/cache-mounts/render.js';
import type { CacheMountsReport } from '../../../src/timing/types.js';

const report: CacheMountsReport = {
  storage: 'gha',
  restoreMs: 5100,
  saveMs: 3800,
  maxSizeBytes: 2 * 1024 ** 3,
  mounts: [
    {
      id: '/root/.npm',
      target: '/root/.npm',
      uses: [
        { stage: 'deps', line: 21 },
        { stage: 'prod-deps', line: 29 }
      ],
      key: 'buildstage-mount-shop-api-root-npm-linux-amd64-0123456789abcdef',
      restored: true,
      restoredFrom: 'previous',
      restoredBytes: 95_900_000,
      restoreMs: 5000,
      stepRan: true,
      saved: true,
      savedBytes: 110_100_000,
      saveMs: 3700,
      note: null
    },
    {
      id: 'pnpm',
      target: '/pnpm/store',
      uses: [{ stage: 'web', line: 8 }],
      key: 'buildstage-mount-shop-api-pnpm-linux-amd64-fedcba9876543210',
      restored: false,
      restoredFrom: 'exact',
      restoredBytes: null,
      restoreMs: 40,
      stepRan: false,
      saved: false,
      savedBytes: null,
      saveMs: 0,
      note: 'saved with these lockfiles: its step is expected from the build cache, so not restored'
    },
    {
      id: '/var/cache/apt',
      target: '/var/cache/apt',
      uses: [{ stage: 'runtime', line: 40 }],
      key: null,
      restored: false,
      restoredFrom: null,
      restoredBytes: null,
      restoreMs: 0,
      stepRan: false,
      saved: false,
      savedBytes: null,
      saveMs: 0,
      note: 'from=base: BuildKit keys this cache by a snapshot | of that source'
    }
  ]
};

test('one row per mount: restored or not and from what, size, restore and save time, whether its step ran, why not', () => {
  const md = renderCacheMountsMarkdown(report, (line) => `https://github.com/acme/shop/blob/abc/Dockerfile#L${line}`);
  expect(md).toContain('### Cache mounts');
  expect(md).toContain('carried across runners in the GitHub Actions cache: 1 of 3 restored in 5.1s, 1 saved in 3.8s (at most 2.00 GB each)');
  const rows = md.split('\n').filter((l) => l.startsWith('| <code>'));
  expect(rows).toHaveLength(3);
  expect(rows[0]).toBe(
    '| <code>/root/.npm</code> | [deps L21](https://github.com/acme/shop/blob/abc/Dockerfile#L21), [prod-deps L29](https://github.com/acme/shop/blob/abc/Dockerfile#L29) | ✅ earlier lockfiles | 105.0 MB | 5.0s | 3.7s | yes → saved |  |'
  );
  expect(rows[1]).toContain(
    '| <code>pnpm</code> (/pnpm/store) | [web L8](https://github.com/acme/shop/blob/abc/Dockerfile#L8) | — (same lockfiles: not needed) | — | 0.04s | — | no (cached) | saved with these lockfiles'
  );
  // a note with a pipe does not break the table
  expect(rows[2]).toContain('snapshot &#124; of that source');
});

test('nothing to show: no section', () => {
  expect(renderCacheMountsMarkdown(undefined)).toBe('');
  expect(renderCacheMountsMarkdown({ ...report, mounts: [] })).toBe('');
});

test('a report carrying cacheMounts validates against the published schema', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync('schemas/timing-report.schema.json', 'utf8')));
  const doc = { schemaVersion: 1, durationMs: 10, steps: [{ name: '[deps 2/2] RUN npm ci', cached: false, durationMs: 10 }], cacheMounts: report };
  expect(validate(doc) ? [] : validate.errors).toEqual([]);
  expect(validate({ ...doc, cacheMounts: { ...report, storage: 's3' } })).toBe(false);
});
