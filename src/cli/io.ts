// What a CLI command may touch: its argv, its output streams and its environment.
// Commands (src/cli/command.ts) and runCli (src/cli/main.ts) take an io, so tests run
// them in-process with captured output.
import { isatty } from 'node:tty';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal: colour and bars only then. */
  isTTY: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    isTTY: isatty(1),
    cwd: process.cwd(),
    env: process.env
  };
}

/** Captures output, for tests. */
export function memoryIO(overrides: Partial<CliIO> = {}): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    isTTY: false,
    cwd: process.cwd(),
    env: {},
    ...overrides,
    out,
    err
  };
}
