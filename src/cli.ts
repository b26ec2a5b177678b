// `node dist/cli.js <command>`: the local CLI on the same core as the actions.
import { processIO, type CliCommand, type CliIO } from './cli/io.js';

// Each command's modules load only when it runs (the ECR command needs the AWS SDK; build does not).
const lazy =
  <M>(load: () => Promise<M>, pick: (m: M) => CliCommand): CliCommand =>
  async (argv, io) =>
    pick(await load())(argv, io);

const COMMANDS: Record<string, { run: CliCommand; about: string }> = {
  build: { run: lazy(() => import('./cli/build-command.js'), (m) => m.runBuildCommand), about: 'build (and push) an image with buildx and print the timing breakdown' },
  report: { run: lazy(() => import('./cli/report-command.js'), (m) => m.runReportCommand), about: 'timing report from a saved rawjson stream' },
  compare: { run: lazy(() => import('./cli/compare-command.js'), (m) => m.runCompareCommand), about: 'compare two timing reports (base vs head)' },
  advise: { run: lazy(() => import('./cli/advise-command.js'), (m) => m.runAdviseCommand), about: 'Dockerfile advisor: what makes the build slow or the image big, with its measured cost' },
  ecr: { run: lazy(() => import('./cli/ecr-command.js'), (m) => m.runEcrCommand), about: 'ECR lifecycle: validate | evaluate | apply | cleanup' },
  tags: { run: lazy(() => import('./cli/tags-command.js'), (m) => m.runTagsCommand), about: 'tags, labels and annotations for a git context (tag-rules and flavor in docker/metadata-action syntax)' },
  changed: { run: lazy(() => import('./cli/changed-command.js'), (m) => m.runChangedCommand), about: 'monorepo: which images changed since a git ref (a build matrix)' },
  bake: { run: lazy(() => import('./cli/bake-command.js'), (m) => m.runBakeCommand), about: 'many images in one buildx bake (compose / docker-bake files), one report split per target' }
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
