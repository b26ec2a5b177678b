// `node dist/cli.js advise --file Dockerfile [--context DIR] [--report R.json] [--target T] [--skip id,id] [--json] [--fail-on warning|error]`
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { adviseDockerfile, loadAdvisorInput } from '../advisor/advise.js';
import { renderAdvisorTerminal } from '../advisor/render.js';
import { parseTimingReport } from '../schemas/timing-report.js';
import { defineCommand } from './command.js';
import { BadInputError, EXIT, UsageError } from './exit.js';
import { existingFile, readJsonFile } from './json-file.js';

const USAGE =
  'usage: node dist/cli.js advise --file Dockerfile [--context DIR] [--report R.json] [--target T] [--skip id,id] [--json] [--fail-on warning|error]\n' +
  '  findings are advice (exit 0); with --fail-on, a finding at least that severe fails the job (exit 1)';

export const adviseCommand = defineCommand({
  usage: USAGE,
  options: {
    file: { type: 'string' },
    context: { type: 'string' },
    report: { type: 'string' },
    target: { type: 'string' },
    skip: { type: 'string' },
    json: { type: 'boolean' },
    'fail-on': { type: 'string' }
  },
  run: (v, io) => {
    const file = existingFile(io, '--file', v.file, 'the Dockerfile to read');
    const failOn = v['fail-on'];
    if (failOn && !['warning', 'error'].includes(failOn)) throw new UsageError(`--fail-on ${failOn}: write warning or error`);
    const context = resolve(io.cwd, v.context ?? dirname(file));
    if (!existsSync(context) || !statSync(context).isDirectory())
      throw new BadInputError(`--context ${v.context}: no such directory; pass the build context (default: the Dockerfile's directory)`);
    const report = v.report
      ? readJsonFile(io, v.report, { flag: '--report', what: 'a JSON timing report (written by build --report-json)', check: parseTimingReport })
      : undefined;
    const skip = v.skip ? v.skip.split(',').map((s) => s.trim()) : [];
    const findings = adviseDockerfile({ ...loadAdvisorInput(file, context, v.file), report, target: v.target, skip });
    io.stdout(v.json ? JSON.stringify({ findings }, null, 2) + '\n' : renderAdvisorTerminal(findings, { color: io.isTTY }) + '\n');
    return failOn && findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning')) ? EXIT.FAILED : EXIT.OK;
  }
});
