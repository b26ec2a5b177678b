// A CLI command: its usage, its flags and what it runs. `defineCommand` parses the flags
// (node:util parseArgs, strict) and answers --help; the command only runs. It returns
// EXIT.OK or EXIT.FAILED and throws for bad usage or input (src/cli/exit.ts); main.ts
// turns what it throws into a message and an exit code.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT, EXIT_CODES_HELP, type ExitCode } from './exit.js';
import type { CliIO } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Flags<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true }>>['values'];

export interface Command {
  usage: string;
  run: (argv: string[], io: CliIO) => Promise<ExitCode>;
}

export function defineCommand<const O extends Options>(spec: {
  usage: string;
  options: O;
  /** Positional arguments are taken (ecr's subcommand); otherwise one is bad usage. */
  positionals?: boolean;
  run: (flags: Flags<O>, io: CliIO, positionals: string[]) => ExitCode | Promise<ExitCode>;
}): Command {
  const usage = `${spec.usage}\n  ${EXIT_CODES_HELP}`;
  return {
    usage,
    run: async (argv, io) => {
      const { values, positionals } = parseArgs({
        args: argv,
        options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: Boolean(spec.positionals)
      });
      if ((values as { help?: boolean }).help) {
        io.stdout(usage + '\n');
        return EXIT.OK;
      }
      return await spec.run(values, io, positionals);
    }
  };
}
