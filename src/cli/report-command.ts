// `node dist/cli.js report --from FILE [--dockerfile F] [--json] [--summary-md OUT]`:
// the timing report of a build that ran elsewhere, from its saved rawjson stream.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBuildxMetadata } from '../schemas/buildx-metadata.js';
import { renderTimingMarkdown } from '../timing/render-markdown.js';
import { renderTimingTerminal } from '../timing/render-terminal.js';
import { reportFromRawjsonFile } from '../timing/report-from-file.js';
import { defineCommand } from './command.js';
import { BadInputError, EXIT } from './exit.js';
import { existingFile, readJsonFile } from './json-file.js';

const USAGE = `usage: node dist/cli.js report --from FILE [--dockerfile F] [--metadata M.json] [--json] [--summary-md OUT]
  FILE is a saved \`buildx build --progress=rawjson\` stream (stderr), or the output of
  \`docker buildx history logs --progress rawjson REF\`.`;

const RAWJSON = 'a saved `buildx build --progress=rawjson` stream';

export const reportCommand = defineCommand({
  usage: USAGE,
  options: {
    from: { type: 'string' },
    dockerfile: { type: 'string' },
    metadata: { type: 'string' },
    json: { type: 'boolean' },
    'summary-md': { type: 'string' }
  },
  run: async (v, io) => {
    const from = existingFile(io, '--from', v.from, RAWJSON);
    const dockerfileText = v.dockerfile
      ? readFileSync(existingFile(io, '--dockerfile', v.dockerfile, 'the Dockerfile the build used (or omit it to report without Dockerfile lines)'), 'utf8')
      : undefined;
    const metadata = v.metadata
      ? readJsonFile(io, v.metadata, { flag: '--metadata', what: 'the --metadata-file buildx wrote', check: parseBuildxMetadata })
      : undefined;
    const report = await reportFromRawjsonFile(from, { dockerfileText, metadata });
    if (report.steps.length === 0 && report.durationMs === 0)
      throw new BadInputError(`--from ${v.from}: no BuildKit status objects found; is it a --progress=rawjson stream?`);
    if (v['summary-md']) writeFileSync(resolve(io.cwd, v['summary-md']), renderTimingMarkdown(report, {}));
    io.stdout(v.json ? JSON.stringify(report, null, 2) + '\n' : renderTimingTerminal(report, { color: io.isTTY }) + '\n');
    return EXIT.OK;
  }
});
