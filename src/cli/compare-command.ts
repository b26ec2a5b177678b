// `node dist/cli.js compare --base A.json --head B.json [--markdown FILE] [--json] [--threshold 10%,5s]`
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareReports, parseRegressionThreshold } from '../compare/compare.js';
import { renderComparisonMarkdown } from '../compare/render.js';
import { InputError } from '../common/errors.js';
import { parseTimingReport } from '../schemas/timing-report.js';
import type { TimingReport } from '../timing/types.js';
import { defineCommand } from './command.js';
import { EXIT } from './exit.js';
import type { CliIO } from './io.js';
import { readJsonFile } from './json-file.js';
import { renderComparisonText } from './render.js';

const USAGE = 'usage: node dist/cli.js compare --base A.json --head B.json [--image NAME] [--markdown FILE] [--json] [--threshold 10%,5s]';

// checked against schemas/timing-report.schema.json; an earlier writer's missing fields are filled in
const report = (io: CliIO, flag: string, path: string | undefined): TimingReport =>
  readJsonFile(io, path, { flag, what: 'a JSON timing report (written by build --report-json)', check: parseTimingReport });

/** --threshold: the action's regression-threshold syntax, its errors named by the flag. */
function threshold(text: string): ReturnType<typeof parseRegressionThreshold> {
  try {
    return parseRegressionThreshold(text);
  } catch (e) {
    throw e instanceof InputError ? new InputError('--threshold', e.problem, e.fix) : e;
  }
}

export const compareCommand = defineCommand({
  usage: USAGE,
  options: {
    base: { type: 'string' },
    head: { type: 'string' },
    image: { type: 'string' },
    markdown: { type: 'string' },
    json: { type: 'boolean' },
    threshold: { type: 'string' }
  },
  run: (v, io) => {
    const base = report(io, '--base', v.base);
    const head = report(io, '--head', v.head);
    const c = compareReports(base, head, threshold(v.threshold ?? '10%,5s'));
    if (v.markdown) writeFileSync(resolve(io.cwd, v.markdown), renderComparisonMarkdown(v.image ?? head.image.tags.at(0) ?? 'image', c));
    io.stdout(v.json ? JSON.stringify(c, null, 2) + '\n' : renderComparisonText(c) + '\n');
    return EXIT.OK;
  }
});
