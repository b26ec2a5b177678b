// Benchmark (issue 3): rawjson parse throughput and memory on generated 100 MB and 200 MB
// logs, and the Markdown summary of a 500-step build.
//   node bench/timing-bench.mjs
// Targets: ≥ 50 MB/s on one core; memory flat in the size of the log; 500-step summary < 50 ms.
import { createWriteStream, mkdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from './compile.mjs';

const root = process.cwd();
const out = compile(root, { linkNodeModules: true });
const { TimingAccumulator } = await import(join(out, 'src/timing/model.js'));
const { RawjsonParser } = await import(join(out, 'src/timing/rawjson-parser.js'));
const { renderTimingMarkdown } = await import(join(out, 'src/timing/render-markdown.js'));
const { readRawjsonFile } = await import(join(out, 'src/timing/rawjson-parser.js'));

const tmp = join(root, '.tmp/bench');
mkdirSync(tmp, { recursive: true });

// Two shapes of big stream, from the pretty-printed fixture:
//  - logs: the build's vertexes once, then the same vertexes' statuses and base64 log
//    chunks repeated (a long RUN printing a lot): the shape of real 100 MB logs;
//  - vertexes: the whole build repeated with fresh digests (a build with tens of
//    thousands of steps): memory grows with the number of vertexes, by design.
async function generate(path, bytes, shape) {
  const sample = readFileSync('test/fixtures/rawjson/buildx-0.13/parallel-stages-cold-push.rawjson', 'utf8');
  const ws = createWriteStream(path);
  let written = 0;
  let round = 0;
  while (written < bytes) {
    const chunk =
      shape === 'logs' && round > 0
        ? sample.replace(/"vertexes": \[[\s\S]*?\n  \]/g, '"vertexes": []')
        : sample.replace(/sha256:([0-9a-f]{8})/g, (_m, h) => (shape === 'logs' ? `sha256:${h}` : `sha256:${round.toString(16).padStart(8, '0')}${h}`));
    if (!ws.write(chunk)) await new Promise((r) => ws.once('drain', r));
    written += Buffer.byteLength(chunk);
    round++;
  }
  await new Promise((r) => ws.end(r));
  return statSync(path).size;
}

async function measure(path) {
  if (global.gc) global.gc();
  const before = process.memoryUsage().rss;
  let peak = before;
  const acc = new TimingAccumulator();
  const t0 = process.hrtime.bigint();
  let n = 0;
  for await (const s of readRawjsonFile(path)) {
    acc.add(s);
    if (++n % 20000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const report = acc.finish({});
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  peak = Math.max(peak, process.memoryUsage().rss);
  return { secs, objects: n, steps: report.steps.length, peakRssMB: peak / 1e6, growthMB: (peak - before) / 1e6 };
}

// parse-only throughput (no model), chunked as a stream would be
function parseOnly(path) {
  const text = readFileSync(path, 'utf8').slice(0, 50_000_000);
  const p = new RawjsonParser();
  const t0 = process.hrtime.bigint();
  let n = 0;
  for (let i = 0; i < text.length; i += 1 << 20) n += p.push(text.slice(i, i + (1 << 20))).length;
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  return { mbPerSec: Buffer.byteLength(text) / 1e6 / secs, objects: n };
}

for (const shape of ['logs', 'vertexes']) {
  for (const mb of [100, 200]) {
    const path = join(tmp, `gen-${shape}-${mb}.rawjson`);
    const size = existsSync(path) && statSync(path).size >= mb * 1e6 ? statSync(path).size : await generate(path, mb * 1e6, shape);
    const r = await measure(path);
    console.log(
      `${shape}-heavy ${mb} MB: ${r.objects} objects, ${r.steps} steps: ${(size / 1e6 / r.secs).toFixed(1)} MB/s (parse + model), peak RSS ${r.peakRssMB.toFixed(0)} MB (+${r.growthMB.toFixed(0)} MB over start)`
    );
  }
}
const po = parseOnly(join(tmp, 'gen-logs-100.rawjson'));
console.log(`parser alone: ${po.mbPerSec.toFixed(1)} MB/s (${po.objects} objects in 50 MB)`);

// 500-step summary
const base = JSON.parse(JSON.stringify(acc500()));
function acc500() {
  const a = new TimingAccumulator();
  const t = Date.parse('2026-11-24T00:00:00Z');
  for (let i = 0; i < 500; i++) {
    const stage = `stage${i % 12}`;
    a.add({
      vertexes: [
        {
          digest: `sha256:${i}`,
          inputs: i ? [`sha256:${i - 1}`] : [],
          name: `[${stage} ${i + 1}/500] RUN step number ${i} && make something`,
          started: new Date(t + i * 37).toISOString(),
          completed: new Date(t + i * 37 + 500 + (i % 50) * 40).toISOString(),
          cached: i % 3 === 0
        }
      ]
    });
  }
  return a.finish({});
}
const times = [];
for (let i = 0; i < 20; i++) {
  const t0 = process.hrtime.bigint();
  renderTimingMarkdown(base, {});
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
console.log(`500-step summary: median ${times[10].toFixed(1)} ms, max ${times[19].toFixed(1)} ms (target < 50 ms)`);
