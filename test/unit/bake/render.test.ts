// One job summary for a whole bake, from the captured stream of a real bake of examples/compose.
import { join } from 'node:path';
import { renderBakeMarkdown, renderBakeTerminal } from '../../../src/bake/render.js';
import { BakeSplitter } from '../../../src/bake/split.js';
import { readRawjsonFile } from '../../../src/timing/rawjson-parser.js';

const TARGETS = ['api', 'worker', 'storefront'];
const plan = {
  targets: TARGETS.map((name) => ({ name, tags: [`127.0.0.1:5000/shop/${name}:main`] })),
  skipped: [{ name: 'admin', reason: 'skipped: nothing it builds from changed since origin/main (admin/Dockerfile, admin/src)' }]
} as unknown as Parameters<typeof renderBakeMarkdown>[0]['plan'];

async function timing() {
  const s = new BakeSplitter(TARGETS);
  for await (const st of readRawjsonFile(join(process.cwd(), 'test/fixtures/bake/compose-cold-buildx-0.29.rawjson'))) s.add(st);
  return s.finish((t) => ({ meta: { target: t } }));
}

test('every target in one table, shared steps once with their targets, skipped targets with the reason, a section per target', async () => {
  const md = renderBakeMarkdown({ plan, timing: await timing(), digests: { api: 'sha256:8b9c0606f6ff99785323c75aca9e29c4', worker: null, storefront: null } });
  expect(md).toMatch(/^### ✅ Bake: 3 targets in one build · /);
  for (const t of TARGETS) expect(md).toContain(`| <code>${t}</code> | <code>127.0.0.1:5000/shop/${t}:main</code> |`);
  expect(md).toMatch(
    /\| <code>RUN --mount=type=cache,target=\/root\/.npm npm ci --omit=dev --no-audit --no-fund<\/code> \| once \| [\d.]+s \| <code>api<\/code>, <code>worker<\/code> \|/
  );
  expect(md.match(/npm ci --omit=dev --no-audit --no-fund<\/code> \| once/g)).toHaveLength(1);
  expect(md).toContain('| <code>admin</code> | – | – | – | – | skipped: nothing it builds from changed since origin/main');
  expect(md.match(/<details><summary>(api|worker|storefront): /g)).toHaveLength(3);
  expect(md).toContain('<code>sha256:8b9c0606f6ff…</code>');
});

test('a failed bake says so in the headline', async () => {
  const md = renderBakeMarkdown({ plan, timing: await timing(), digests: {}, error: 'buildx bake failed with: ERROR: failed to solve' });
  expect(md).toMatch(/^### ❌ Bake/);
  expect(md).toContain('**Error:** buildx bake failed with: ERROR: failed to solve');
});

test('terminal: a block per target, then the bake line and the shared steps', async () => {
  const text = renderBakeTerminal({ plan, timing: await timing(), digests: {} }, { color: false });
  expect(text).toMatch(/── api ─+/);
  expect(text).toMatch(/── bake: .* distinct steps/);
  expect(text).toMatch(/shared +[\d.]+s +RUN --mount=type=cache,target=\/root\/.npm npm ci .*\[api, worker\]/);
  expect(text).toContain('skip admin: skipped: nothing it builds');
});
