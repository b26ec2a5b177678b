// `node dist/cli.js advise --file Dockerfile [--context DIR] [--report R.json] [--target T] [--skip id,id] [--json] [--fail-on warning|error]`
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { adviseDockerfile, loadAdvisorInput } from '../advisor/advise.js';
import { renderAdvisorTerminal } from '../advisor/render.js';
import type { TimingReport } from '../timing/types.js';
import type { CliIO } from './io.js';

const USAGE =
  'usage: node dist/cli.js advise --file Dockerfile [--context DIR] [--report R.json] [--target T] [--skip id,id] [--json] [--fail-on warning|error]\n' +
  '  exits 0 when it ran (findings are advice); with --fail-on, exits 1 when a finding is at least that severe';

export async function runAdviseCommand(argv: string[], io: CliIO): Promise<number> {
  try {
    const { values: v } = parseArgs({
      args: argv,
      options: {
        file: { type: 'string' },
        context: { type: 'string' },
        report: { type: 'string' },
        target: { type: 'string' },
        skip: { type: 'string' },
        json: { type: 'boolean' },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    });
    if (v.help) {
      io.stdout(USAGE + '\n');
      return 0;
    }
    if (!v.file) throw new Error('--file is required: the Dockerfile to read');
    const file = resolve(io.cwd, v.file);
    if (!existsSync(file)) throw new Error(`--file ${v.file}: no such file`);
    if (v['fail-on'] && !['warning', 'error'].includes(v['fail-on'])) throw new Error(`--fail-on ${v['fail-on']}: write warning or error`);
    const context = resolve(io.cwd, v.context ?? dirname(v.file));
    const report = v.report ? (JSON.parse(readFileSync(resolve(io.cwd, v.report), 'utf8')) as TimingReport) : undefined;
    const findings = adviseDockerfile({ ...loadAdvisorInput(file, context, v.file), report, target: v.target, skip: v.skip ? v.skip.split(',').map((s) => s.trim()) : [] });
    io.stdout(v.json ? JSON.stringify({ findings }, null, 2) + '\n' : renderAdvisorTerminal(findings, { color: io.isTTY }) + '\n');
    const failOn = v['fail-on'];
    if (failOn && findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'))) return 1;
    return 0;
  } catch (e) {
    io.stderr(`error: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
}
