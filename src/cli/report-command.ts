// `node dist/cli.js report --from FILE [--dockerfile F] [--json] [--summary-md OUT]`:
// the timing report of a build that ran elsewhere, from its saved rawjson stream.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseBuildxMetadata } from '../schemas/buildx-metadata.js';
import { parseJsonText } from '../schemas/check.js';
import { renderTimingMarkdown } from '../timing/render-markdown.js';
import { renderTimingTerminal } from '../timing/render-terminal.js';
import { reportFromRawjsonFile } from '../timing/report-from-file.js';
import type { CliIO } from './io.js';

const USAGE = `usage: node dist/cli.js report --from FILE [--dockerfile F] [--metadata M.json] [--json] [--summary-md OUT]
  FILE is a saved \`buildx build --progress=rawjson\` stream (stderr), or the output of
  \`docker buildx history logs --progress rawjson REF\`.`;

export async function runReportCommand(argv: string[], io: CliIO): Promise<number> {
  let v;
  try {
    v = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' },
        dockerfile: { type: 'string' },
        metadata: { type: 'string' },
        json: { type: 'boolean' },
        'summary-md': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    }).values;
  } catch (e) {
    io.stderr(`error: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (v.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (!v.from) {
    io.stderr(`error: --from is required: pass the saved rawjson stream\n${USAGE}\n`);
    return 2;
  }
  const from = resolve(io.cwd, v.from);
  if (!existsSync(from)) {
    io.stderr(`error: --from ${v.from}: no such file\n`);
    return 2;
  }
  let dockerfileText: string | undefined;
  if (v.dockerfile) {
    const p = resolve(io.cwd, v.dockerfile);
    if (!existsSync(p)) {
      io.stderr(`error: --dockerfile ${v.dockerfile}: no such file (omit it to report without Dockerfile lines)\n`);
      return 2;
    }
    dockerfileText = readFileSync(p, 'utf8');
  }
  let metadata: unknown;
  if (v.metadata) {
    try {
      const source = `--metadata ${v.metadata}`;
      metadata = parseBuildxMetadata(parseJsonText(readFileSync(resolve(io.cwd, v.metadata), 'utf8'), source), source);
    } catch (e) {
      io.stderr(`error: ${(e as Error).message.startsWith('--metadata') ? '' : `--metadata ${v.metadata}: `}${(e as Error).message}\n`);
      return 2;
    }
  }
  const report = await reportFromRawjsonFile(from, { dockerfileText, metadata });
  if (report.steps.length === 0 && report.durationMs === 0) {
    io.stderr(`error: --from ${v.from}: no BuildKit status objects found; is it a --progress=rawjson stream?\n`);
    return 1;
  }
  if (v['summary-md']) writeFileSync(resolve(io.cwd, v['summary-md']), renderTimingMarkdown(report, {}));
  io.stdout(v.json ? JSON.stringify(report, null, 2) + '\n' : renderTimingTerminal(report, { color: io.isTTY }) + '\n');
  return 0;
}
