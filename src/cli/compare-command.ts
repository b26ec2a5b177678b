// `node dist/cli.js compare --base A.json --head B.json [--markdown FILE] [--json] [--threshold 10%,5s]`
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compareReports, parseRegressionThreshold } from '../compare/compare.js';
import { renderComparisonMarkdown } from '../compare/render.js';
import { parseTimingReportText } from '../schemas/timing-report.js';
import { fmtBytes, fmtMs, fmtRatio } from '../timing/format.js';
import type { TimingReport } from '../timing/types.js';
import type { CliIO } from './io.js';

const USAGE = 'usage: node dist/cli.js compare --base A.json --head B.json [--image NAME] [--markdown FILE] [--json] [--threshold 10%,5s]';

function load(io: CliIO, flag: string, path: string | undefined): TimingReport {
  if (!path) throw new Error(`--${flag} is required (a JSON timing report from --report-json)`);
  const p = resolve(io.cwd, path);
  if (!existsSync(p)) throw new Error(`--${flag} ${path}: no such file`);
  // checked against schemas/timing-report.schema.json; an earlier writer's missing fields are filled in
  return parseTimingReportText(readFileSync(p, 'utf8'), `--${flag} ${path}`);
}

export async function runCompareCommand(argv: string[], io: CliIO): Promise<number> {
  try {
    const { values: v } = parseArgs({
      args: argv,
      options: { base: { type: 'string' }, head: { type: 'string' }, image: { type: 'string' }, markdown: { type: 'string' }, json: { type: 'boolean' }, threshold: { type: 'string' }, help: { type: 'boolean', short: 'h' } }
    });
    if (v.help) {
      io.stdout(USAGE + '\n');
      return 0;
    }
    const base = load(io, 'base', v.base);
    const head = load(io, 'head', v.head);
    const c = compareReports(base, head, parseRegressionThreshold(v.threshold ?? '10%,5s'));
    const image = v.image ?? head.image.tags[0] ?? 'image';
    if (v.markdown) writeFileSync(resolve(io.cwd, v.markdown), renderComparisonMarkdown(image, c));
    if (v.json) {
      io.stdout(JSON.stringify(c, null, 2) + '\n');
      return 0;
    }
    const lines = [
      `build ${fmtMs(c.total.baseMs ?? 0)} → ${fmtMs(c.total.headMs ?? 0)}  (${c.comparable.ok ? c.verdict : `not comparable: ${c.comparable.reasons.join('; ')}`})`,
      `cache hits ${fmtRatio(c.cacheHitRatio.base)} → ${fmtRatio(c.cacheHitRatio.head)}   image ${fmtBytes(c.imageSize.base)} → ${fmtBytes(c.imageSize.head)}`,
      '',
      ...c.stages.map((s) => `  ${(s.platform ? `${s.name} (${s.platform})` : s.name).padEnd(28)} ${fmtMs(s.delta.baseMs ?? 0).padStart(7)} → ${fmtMs(s.delta.headMs ?? 0).padStart(7)}${s.delta.flagged ? '  *' : ''}`),
      ...c.phases.map((p) => `  ${`(${p.label})`.padEnd(28)} ${fmtMs(p.delta.baseMs ?? 0).padStart(7)} → ${fmtMs(p.delta.headMs ?? 0).padStart(7)}${p.delta.flagged ? '  *' : ''}`),
      '',
      ...c.steps.slice(0, 5).map((s) => `  ${((s.delta.deltaMs ?? 0) >= 0 ? '+' : '-') + fmtMs(Math.abs(s.delta.deltaMs ?? 0))}  ${s.why.padEnd(11)} ${s.instruction.slice(0, 80)}`)
    ];
    io.stdout(lines.join('\n') + '\n');
    return 0;
  } catch (e) {
    io.stderr(`error: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
}
