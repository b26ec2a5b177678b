// `node dist/cli.js <command>`: the local CLI on the same core as the actions.
// runCli(argv, io) is the whole CLI and returns its exit code (tests run it in-process);
// main() is the entry dist/cli.js calls. What a command throws becomes its message and
// exit code here, and only here (src/cli/exit.ts has the contract).
import { EARLY_PROBES, dropEarlyFacts, startFactsEarly } from '../engine/buildx-info.js';
import type { Command } from './command.js';
import { EXIT, EXIT_CODES_HELP, exitCodeOf, isUsageError, messageOf, type ExitCode } from './exit.js';
import { processIO, type CliIO } from './io.js';

// Each command's modules load only when it runs (the ECR command needs the AWS SDK; build does not).
const COMMANDS: Record<string, { load: () => Promise<Command>; about: string }> = {
  build: { load: async () => (await import('./build-command.js')).buildCommand, about: 'build (and push) an image with buildx and print the timing breakdown' },
  report: { load: async () => (await import('./report-command.js')).reportCommand, about: 'timing report from a saved rawjson stream' },
  compare: { load: async () => (await import('./compare-command.js')).compareCommand, about: 'compare two timing reports (base vs head)' },
  advise: {
    load: async () => (await import('./advise-command.js')).adviseCommand,
    about: 'Dockerfile advisor: what makes the build slow or the image big, with its measured cost'
  },
  ecr: { load: async () => (await import('./ecr-command.js')).ecrCommand, about: 'ECR lifecycle: validate | evaluate | apply | cleanup' },
  tags: {
    load: async () => (await import('./tags-command.js')).tagsCommand,
    about: 'tags, labels and annotations for a git context (tag-rules and flavor in docker/metadata-action syntax)'
  },
  changed: {
    load: async () => (await import('./changed-command.js')).changedCommand,
    about: 'monorepo: which images changed since a git ref (a build matrix)'
  },
  bake: {
    load: async () => (await import('./bake-command.js')).bakeCommand,
    about: 'many images in one buildx bake (compose / docker-bake files), one report split per target'
  }
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return [
    'usage: node dist/cli.js <command> [options]   (<command> --help for its options)',
    '',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.about}`),
    '',
    EXIT_CODES_HELP
  ].join('\n');
}

/** Runs one command line; returns the exit code (0 ok, 1 the job failed, 2 bad usage or input). */
export async function runCli(argv: string[], io: CliIO): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage() + '\n');
    return EXIT.OK;
  }
  const entry = name ? COMMANDS[name] : undefined;
  if (!entry) {
    io.stderr(`error: ${name ? `unknown command "${name}"` : 'no command given'}\n${usage()}\n`);
    return EXIT.USAGE;
  }
  // build and bake ask buildx and the engine first thing: asked now, the answers come while
  // the command's modules load and its inputs are checked (src/engine/buildx-info.ts)
  if (EARLY_FACTS.has(name) && !rest.some((a) => a === '--help' || a === '-h' || a.startsWith('--builder'))) startFactsEarly('', EARLY_PROBES, io.env);
  try {
    const command = await entry.load();
    try {
      return await command.run(rest, io);
    } catch (e) {
      // bad usage gets the command's usage; bad input (a file, a value) and a failed job one line
      io.stderr(`error: ${messageOf(e)}\n${isUsageError(e) ? `${command.usage}\n` : ''}`);
      return exitCodeOf(e);
    }
  } finally {
    dropEarlyFacts();
  }
}

const EARLY_FACTS = new Set(['build', 'bake']);

/**
 * Entry used by dist/cli.js. The command is done when runCli returns: its output is handed to
 * the OS, then the process ends with the code. Left to end by itself, Node would tear its heap
 * down first (~10-15 ms after a build, measured) and wait for probes nobody took.
 */
export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), processIO());
  await Promise.all([written(process.stdout), written(process.stderr)]);
  process.exit(code);
}

/** Resolves once what was written before is handed to the OS (a pipe may still be writing it). */
const written = (stream: NodeJS.WriteStream) =>
  new Promise<void>((resolve) => {
    stream.write('', () => {
      resolve();
    });
  });
