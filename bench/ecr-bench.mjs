// Benchmark (issue 4): evaluate a lifecycle policy over a 100,000-image repository.
//   node bench/ecr-bench.mjs        Target: < 1 s.
import { join } from 'node:path';
import { compileTs } from './compile.mjs';

const out = compileTs(['src/ecr/evaluate.ts', 'src/ecr/policy-from-inputs.ts'], { outDir: join(process.cwd(), '.tmp/bench-ecr'), linkNodeModules: true });
const { evaluatePolicy } = await import(join(out, 'src/ecr/evaluate.js'));
const { buildPolicy } = await import(join(out, 'src/ecr/policy-from-inputs.js'));

const now = Date.parse('2026-11-24T00:00:00Z');
const kinds = ['v', 'main-', 'prod-', 'pr-', 'sha-'];
const images = Array.from({ length: 100_000 }, (_, i) => ({
  imageDigest: `sha256:${i.toString(16).padStart(64, '0')}`,
  imageTags: i % 4 === 3 ? [] : [`${kinds[i % 5]}${i}`, ...(i % 50 === 0 ? ['latest'] : [])],
  imagePushedAt: new Date(now - i * 60_000).toISOString(),
  imageSizeInBytes: 40_000_000 + (i % 1000)
}));
const policy = buildPolicy({ keep: 'v*:10, main-*:5, prod-*:5, pr-*:20', untaggedDays: 30, keepAny: 5000, protect: ['buildcache*', 'latest'] });
const times = [];
let r;
for (let k = 0; k < 5; k++) {
  const t0 = process.hrtime.bigint();
  r = evaluatePolicy(policy, images, { now: new Date(now), protectTags: ['prod-7'] });
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
console.log(
  `100,000 images, ${policy.rules.length} rules: median ${times[2].toFixed(0)} ms, max ${times[4].toFixed(0)} ms (target < 1000 ms); ${r.expired.length} expire, ${(r.bytesFreed / 1e9).toFixed(1)} GB`
);
const deletions = r.expired.length;
console.log(
  `API calls for this cleanup: ${Math.ceil(100_000 / 1000)} DescribeImages + ${Math.ceil(deletions / 100)} BatchDeleteImage (counted in test/unit/ecr/cleanup.test.ts)`
);
