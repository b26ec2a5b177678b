// `node dist/cli.js <command>`: the local CLI on the same core as the actions.
import { runAdviseCommand } from './cli/advise-command.js';
import { runBuildCommand } from './cli/build-command.js';
import { runChangedCommand } from './cli/changed-command.js';
import { runCompareCommand } from './cli/compare-command.js';
import { runEcrCommand } from './cli/ecr-command.js';
import { processIO, type CliCommand, type CliIO } from './cli/io.js';
import { runReportCommand } from './cli/report-command.js';

const COMMANDS: Record<string, { run: CliCommand; about: string }> = {
  build: { run: runBuildCommand, about: 'build (and push) an image with buildx and print the timing breakdown' },
  report: { run: runReportCommand, about: 'timing report from a saved rawjson stream' },
  compare: { run: runCompareCommand, about: 'compare two timing reports (base vs head)' },
  advise: { run: runAdviseCommand, about: 'Dockerfile advisor: what makes the build slow or the image big, with its measured cost' },
  ecr: { run: runEcrCommand, about: 'ECR lifecycle: validate | evaluate | apply | cleanup' },
  changed: { run: runChangedCommand, about: 'monorepo: which images changed since a git ref (a build matrix)' }
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return [
    'usage: node dist/cli.js <command> [options]   (<command> --help for its options)',
    '',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.about}`)
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage() + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`error: unknown command "${name}"\n${usage()}\n`);
    return 2;
  }
  return command.run(rest, io);
}

/** Entry used by dist/cli.js. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), processIO());
}
