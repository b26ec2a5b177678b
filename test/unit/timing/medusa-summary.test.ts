// Issue 17: the job summary as people read it on GitHub, on real Medusa-style builds from
// both engine paths (test/fixtures/rawjson/medusa/README.md): cold, after a source change,
// and warm, each on buildx 0.13 (docker driver) and buildx 0.29 (docker-container builder).
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { attachCosts } from '../../../src/advisor/costs.js';
import type { Finding } from '../../../src/advisor/types.js';
import { TIMING_REPORT_SCHEMA } from '../../../src/schemas/timing-report.js';
import { ganttAxis, renderGantt, renderTimingMarkdown } from '../../../src/timing/render-markdown.js';
import { renderTimingTerminal } from '../../../src/timing/render-terminal.js';
import { shortInstruction, imageLabel } from '../../../src/common/format.js';
import { slowestRows } from '../../../src/timing/model.js';
import { reportFromRawjsonFile } from '../../../src/timing/report-from-file.js';
import type { TimingReport } from '../../../src/timing/types.js';
import { naiveVertexes } from './reference.js';

const M = 'test/fixtures/rawjson/medusa';
const DOCKERFILE = readFileSync(`${M}/Dockerfile`, 'utf8');
const ENGINES = ['docker-0.13', 'runner-0.29'] as const;
const BUILDS = ['cold', 'changed', 'warm'] as const;
type Engine = (typeof ENGINES)[number];
type Build = (typeof BUILDS)[number];

const META: Record<Engine, Record<string, string>> = {
  'docker-0.13': { driver: 'docker', builder: 'default', cacheBackend: 'registry', cacheRef: '127.0.0.1:5000/demo-medusa:buildcache', commit: '1a2b3c4d5e6f' },
  'runner-0.29': {
    driver: 'docker-container',
    builder: 'builder-3f1c',
    cacheBackend: 'registry',
    cacheRef: '127.0.0.1:5000/demo-medusa:buildcache',
    commit: '1a2b3c4d5e6f'
  }
};

const cache = new Map<string, Promise<TimingReport>>();
function loadMedusa(engine: Engine, build: Build): Promise<TimingReport> {
  const k = `${engine}-${build}`;
  if (!cache.has(k)) {
    cache.set(
      k,
      reportFromRawjsonFile(`${M}/${k}.rawjson`, {
        dockerfileText: DOCKERFILE,
        metadata: JSON.parse(readFileSync(`${M}/${k}.metadata.json`, 'utf8')),
        meta: META[engine]
      })
    );
  }
  return cache.get(k) as Promise<TimingReport>;
}

const section = (md: string, heading: string) => md.split(heading)[1]?.split('\n\n')[1] ?? '';

describe.each(ENGINES)('%s', (engine) => {
  describe('1. the critical path is made of steps that ran', () => {
    test('after a source change: context → COPY src → yarn build → the runtime copies → export, no cached step', async () => {
      const r = await loadMedusa(engine, 'changed');
      const steps = r.criticalPath.map((n) => r.steps.find((s) => s.name === n)).filter((s) => s !== undefined);
      expect(steps.map((s) => s.instruction)).toEqual(['COPY src ./src', 'RUN yarn build', 'COPY --from=build /app/dist ./dist', 'COPY package.json ./']);
      expect(steps.every((s) => !s.cached)).toBe(true);
      expect(r.criticalPath[0]).toBe('[internal] load build context');
      expect(r.criticalPath.slice(steps.length + 1)[0]).toBe('exporting to image');
      // what ran, not what was looked up: the steps' own times plus the export and after
      expect(r.criticalPathMs).toBeGreaterThanOrEqual(steps.reduce((n, s) => n + s.durationMs, 0));
      expect(r.criticalPathMs).toBeLessThanOrEqual(r.durationMs);
    });

    test('cold: a chain of the build graph (each step built on the one before it) through the heaviest work', async () => {
      const r = await loadMedusa(engine, 'cold');
      const steps = r.criticalPath.map((n) => r.steps.find((s) => s.name === n)).filter((s) => s !== undefined);
      for (let i = 1; i < steps.length; i++) expect(steps[i].dependsOn).toContain(steps[i - 1].key);
      // the heaviest chain: no other chain of steps that ran weighs more (checked against every step's ancestry)
      const byKey = new Map(r.steps.map((s) => [s.key, s]));
      const weight = (s: (typeof r.steps)[number]): number =>
        (s.cached ? 0 : s.durationMs) + Math.max(0, ...(s.dependsOn ?? []).map((k) => weight(byKey.get(k)!)));
      expect(steps.reduce((n, s) => n + s.durationMs, 0)).toBe(Math.max(...r.steps.map(weight)));
    });
  });

  describe('2. export, cache import/export and push are rows beside the steps', () => {
    test('cold: the image export is among the slowest rows of the summary and the terminal', async () => {
      const r = await loadMedusa(engine, 'cold');
      const rows = slowestRows(r, 5);
      expect(rows.some((x) => x.kind === 'phase' && x.phase.key === 'imageExportMs')).toBe(true);
      const table = section(renderTimingMarkdown(r), '#### Where the time went');
      expect(table).toMatch(/\| <i>image export<\/i> \|\s+\| \d/);
      expect(renderTimingMarkdown(r)).toMatch(
        /Outside the Dockerfile steps: context transfer [\d.]+s · cache import [\d.]+s · image export \d+m\d+s · cache export [\d.]+s · push [\d.]+s/
      );
      expect(renderTimingTerminal(r, { color: false })).toMatch(/\(image export\)/);
    });

    test('the export is its own time, without the push it contains (runner path) or is followed by (docker driver)', async () => {
      const r = await loadMedusa(engine, 'cold');
      const ref = [...naiveVertexes(`${M}/${engine}-cold.rawjson`).values()].find((v) => v.name === 'exporting to image')!;
      const span = Math.max(...ref.ends) - Math.min(...ref.starts);
      expect(r.phases.imageExportMs).toBeLessThan(span);
      expect(r.phases.pushMs).toBeGreaterThan(0);
      expect(r.phases.imageExportMs + r.phases.pushMs).toBeGreaterThanOrEqual(span);
    });
  });

  describe('5. short labels drop --mount, --network and --security; the folded table keeps the full text', () => {
    test('cold', async () => {
      const r = await loadMedusa(engine, 'cold');
      const md = renderTimingMarkdown(r);
      const top = section(md, '#### Where the time went');
      expect(top).not.toContain('--mount');
      expect(top).toContain('<code>RUN rm -f /etc/apt/apt.conf.d/docker-clean &amp;&amp; apt-get update -qq');
      expect(top).toContain('<code>RUN yarn install --frozen-lockfile --production --non-interactive</code> | deps L14 |');
      expect(md.split('Critical path')[1].split('</details>')[0]).not.toContain('--mount');
      const folded = md.split('<summary>All ')[1];
      expect(folded).toContain(
        'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn,sharing=locked yarn install --frozen-lockfile --production --non-interactive'
      );
      expect(folded).toContain('<summary><code>RUN yarn install --frozen-lockfile --production --non-interactive</code></summary>');
    });
  });

  describe('6. numbers and links that read right on GitHub', () => {
    test('`yarn@1.22.22` is never an address GitHub would autolink (a joiner right after the @)', async () => {
      const md = renderTimingMarkdown(await loadMedusa(engine, 'cold'));
      expect(md).toContain('yarn@&#8205;1.22.22');
      // outside the mermaid block, no text a mailto autolinker would take: word@word.word
      const text = md.replace(/```mermaid[\s\S]*?```/g, '');
      expect(text).not.toMatch(/[\w.+-]@[\w-]+\.[\w.-]+/);
    });

    test('the gantt chart: the export at its real start, the axis from the first vertex, ticks for its length', async () => {
      const r = await loadMedusa(engine, 'changed');
      const block = renderGantt(r);
      const tasks = [...block.matchAll(/^ {2}(.+?) :(?:crit, )?([te]\d+), (\d+), (\d+)$/gm)].map((m) => ({
        name: m[1],
        id: m[2],
        a: Number(m[3]),
        b: Number(m[4])
      }));
      const origin = Math.min(
        ...[
          ...Object.values(r.phaseWindows ?? {}).map((w) => w.startMs),
          ...r.steps.filter((s) => !s.cached && s.durationMs > 0).map((s) => s.startMs as number)
        ]
      );
      expect(Math.min(...tasks.map((t) => t.a))).toBe(0);
      // the context transfer is drawn, and it is the first thing drawn (no blank start)
      expect(tasks.find((t) => t.name === 'context transfer')?.a).toBe(Math.round((r.phaseWindows?.contextTransfer?.startMs as number) - origin));
      const exp = tasks.find((t) => t.name === 'image export')!;
      expect(exp.a).toBe(Math.round((r.phaseWindows?.imageExport?.startMs as number) - origin));
      const lastStepEnd = Math.max(...r.steps.filter((s) => !s.cached && s.durationMs > 0).map((s) => (s.startMs as number) + s.durationMs));
      expect(exp.a).toBeGreaterThanOrEqual(Math.round(lastStepEnd - origin) - 1);
      const span = Math.max(...tasks.map((t) => t.b));
      const tick = /tickInterval (\d+)(second|minute|hour)/.exec(block)!;
      const tickMs = Number(tick[1]) * { second: 1000, minute: 60_000, hour: 3_600_000 }[tick[2] as 'second'];
      expect(span / tickMs).toBeLessThanOrEqual(10);
      expect(span / tickMs).toBeGreaterThan(2);
      // critical path bars are marked
      expect(block).toMatch(/RUN yarn build :crit, t\d+/);
    });
  });

  describe('7. stages: the same in every build, in Dockerfile order, cached ones say so', () => {
    test('the COPY that deps and build share is deps line 13 in every build, whichever stage BuildKit named it after', async () => {
      for (const b of BUILDS) {
        const r = await loadMedusa(engine, b);
        const shared = r.steps.filter((s) => s.instruction === 'COPY package.json yarn.lock ./');
        expect(shared.map((s) => [s.stage, s.line, s.key, s.sharedWith])).toEqual([
          ['deps', 13, 'deps:13 COPY package.json yarn.lock ./', [{ stage: 'build', line: 19 }]]
        ]);
      }
    });

    test('the advisor still finds the step of a line the shared step stands for (build line 19 is deps line 13)', async () => {
      const r = await loadMedusa(engine, 'cold');
      const finding = { id: 'layer-order', severity: 'info', file: 'Dockerfile', line: 19, message: '', fix: '', costLine: 19 } as Finding;
      expect(attachCosts([finding], r)[0].cost?.step).toBe(r.steps.find((s) => s.line === 13)?.name);
    });

    test('stages in Dockerfile order with the same step counts in every build; steps in Dockerfile order', async () => {
      for (const b of BUILDS) {
        const r = await loadMedusa(engine, b);
        expect(r.stages.map((s) => [s.name, s.steps])).toEqual([
          ['base', 2],
          ['deps', 2],
          ['build', 4],
          ['runtime', 6]
        ]);
        expect(r.steps.map((s) => s.line)).toEqual([6, 7, 9, 13, 14, 20, 22, 23, 24, 27, 35, 36, 37, 38, 39]);
      }
    });

    test('the folded list counts what the headline counts, FROM apart', async () => {
      const md = renderTimingMarkdown(await loadMedusa(engine, 'cold'));
      expect(md.split('\n')[0]).toContain('(0/14 steps)');
      expect(md).toContain('<summary>All 14 steps and 1 base image (FROM), in Dockerfile order</summary>');
    });

    test('a stage whose steps all came from cache says cached, not 0.00s', async () => {
      const changed = renderTimingMarkdown(await loadMedusa(engine, 'changed'));
      expect(changed).toMatch(/^\| <code>deps<\/code> \| cached \| 2 \| 2 \|$/m);
      const warm = await loadMedusa(engine, 'warm');
      const md = renderTimingMarkdown(warm);
      // on the docker driver, base's WORKDIR is a vertex another build in the daemon shared (not cached)
      for (const st of warm.stages) expect(md).toMatch(new RegExp(`^\\| <code>${st.name}</code> \\| ${st.cachedSteps === st.steps ? 'cached' : '\\d'}`, 'm'));
      expect(warm.stages.filter((s) => s.cachedSteps === s.steps).map((s) => s.name)).toEqual(
        engine === 'runner-0.29' ? ['base', 'deps', 'build', 'runtime'] : ['deps', 'build', 'runtime']
      );
      expect(md).not.toMatch(/\| 0\.00s \|/);
    });
  });

  describe('8. the headline leads with the image, then its facts', () => {
    test('repository and tag, an em dash, the total; commit, digest, builder and driver, cache ref', async () => {
      const r = await loadMedusa(engine, 'cold');
      const md = renderTimingMarkdown(r, { links: { buildRecordUrl: './123/artifacts/456', commitUrl: 'https://github.com/o/r/commit/1a2b3c4d5e6f' } });
      const [headline, , facts] = md.split('\n');
      expect(headline).toMatch(/^### ✅ demo-medusa:cold — \d+m\d\ds · cache 0% \(0\/14 steps\) · image unknown$/);
      expect(headline).not.toContain('127.0.0.1');
      expect(facts).toContain('<a href="https://github.com/o/r/commit/1a2b3c4d5e6f"><code>1a2b3c4</code></a>');
      expect(facts).toContain(`digest <code>${(r.image.digest as string).slice(7, 19)}</code>`);
      expect(facts).toContain(`builder <code>${META[engine].builder}</code> (${META[engine].driver} driver)`);
      expect(facts).toContain('cache registry <code>demo-medusa:buildcache</code>');
      expect(facts).toContain('<a href="./123/artifacts/456">build record</a>');
    });
  });
});

describe('the stale timestamps of a reused vertex (docker driver) are not this build’s time', () => {
  test('docker-0.13-changed took 65 s, not the 8.6 minutes since the cold build’s FROM', async () => {
    const r = await loadMedusa('docker-0.13', 'changed');
    const ref = [...naiveVertexes(`${M}/docker-0.13-changed.rawjson`).values()];
    const naive = Math.max(...ref.flatMap((v) => v.ends)) - Math.min(...ref.flatMap((v) => v.starts));
    expect(naive).toBeGreaterThan(500_000);
    const def = ref.find((v) => /load build definition/.test(v.name))!;
    expect(r.durationMs).toBe(Math.max(...ref.flatMap((v) => v.ends)) - Math.min(...def.starts));
    expect(r.durationMs).toBeLessThan(70_000);
    expect(r.steps.find((s) => s.instruction === 'WORKDIR /app' && s.stage === 'base')).toMatchObject({ durationMs: 0, startMs: null });
  });
});

test('every report validates against the published schema (the new fields are optional, schemaVersion stays 1)', async () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync('schemas/timing-report.schema.json', 'utf8')));
  expect(JSON.stringify(validate.schema)).toBe(JSON.stringify(TIMING_REPORT_SCHEMA));
  for (const e of ENGINES)
    for (const b of BUILDS) {
      const r = JSON.parse(JSON.stringify(await loadMedusa(e, b)));
      expect(r.schemaVersion).toBe(1);
      expect(validate(r) ? [] : validate.errors).toEqual([]);
    }
});

test('the keys are the same in every build of both engines: one identity per step', async () => {
  const keys = await Promise.all(ENGINES.flatMap((e) => BUILDS.map(async (b) => (await loadMedusa(e, b)).steps.map((s) => s.key).sort())));
  for (const k of keys) expect(k).toEqual(keys[0]);
  expect(new Set(keys[0]).size).toBe(15);
});

test('gantt ticks: about ten over the chart, whatever its length (a 7 s build does not read 00:00 00:01 00:01)', () => {
  expect(ganttAxis(7_000)).toEqual({ tickInterval: '1second', axisFormat: '%M:%S' });
  expect(ganttAxis(64_000)).toEqual({ tickInterval: '10second', axisFormat: '%M:%S' });
  expect(ganttAxis(423_000)).toEqual({ tickInterval: '1minute', axisFormat: '%M:%S' });
  expect(ganttAxis(2 * 3_600_000)).toEqual({ tickInterval: '15minute', axisFormat: '%H:%M' });
  expect(ganttAxis(20 * 3_600_000)).toEqual({ tickInterval: '1hour', axisFormat: '%H:%M' });
});

test('short labels and image labels', () => {
  expect(shortInstruction('RUN --mount=type=cache,target=/root/.npm --network=none --security=insecure npm ci')).toBe('RUN npm ci');
  expect(shortInstruction('COPY --from=build --chown=app /app/dist ./dist')).toBe('COPY --from=build --chown=app /app/dist ./dist');
  expect(shortInstruction('RUN --mount=type=secret,id=npm,target="/root/.npmrc" npm ci')).toBe('RUN npm ci');
  expect(imageLabel('127.0.0.1:5000/demo-medusa:cold')).toBe('demo-medusa:cold');
  expect(imageLabel('123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api:sha-1a2b3c4')).toBe('shop/api:sha-1a2b3c4');
  expect(imageLabel('node:20')).toBe('node:20');
});
