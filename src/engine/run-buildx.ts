// Runs `docker buildx build` (shell): the rawjson stream (stderr) goes to a file and,
// parsed as it arrives, to readable progress lines; stdout passes through.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { ProgressText, type StatusLike } from './progress-text.js';

export interface StreamParser {
  push(chunk: string): StatusLike[];
  end(): StatusLike[];
}

export interface RunBuildxOptions {
  argv: string[];
  rawjsonFile: string;
  /** Parses the stream as it arrives; null when rawjson is off (plain progress is printed as is). */
  parser: StreamParser | null;
  log: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export interface RunBuildxResult {
  exitCode: number;
  /** buildx's own error lines (non-JSON text at the end of the stream), for the error message. */
  errorTail: string[];
  startedAt: number;
  finishedAt: number;
}

const isJsonish = (line: string) => /^\s*([{}\[\]]|"[^"]*"\s*:|"[^"]*",?$|-?\d|true|false|null)/.test(line);

export function runBuildx(o: RunBuildxOptions): Promise<RunBuildxResult> {
  const startedAt = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('docker', ['buildx', ...o.argv], {
      cwd: o.cwd,
      env: { ...(o.env ?? process.env), BUILDX_METADATA_WARNINGS: 'true' },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    const file = createWriteStream(o.rawjsonFile);
    const progress = new ProgressText();
    const tail: string[] = [];
    let partial = '';
    const emit = (statuses: StatusLike[]) => {
      for (const s of statuses) for (const l of progress.lines(s)) o.log(l);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      for (const l of d.split('\n')) if (l !== '') o.log(l);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      file.write(chunk);
      if (o.parser) emit(o.parser.push(chunk));
      else for (const l of chunk.split('\n')) if (l !== '') o.log(l);
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines) {
        if (!isJsonish(l) && l.trim() !== '') {
          tail.push(l);
          if (tail.length > 40) tail.shift();
        }
      }
    });
    child.on('error', (err) => {
      file.end();
      reject(new Error(`could not run docker buildx: ${err.message}`));
    });
    child.on('close', (code) => {
      if (o.parser) emit(o.parser.end());
      if (partial.trim() !== '' && !isJsonish(partial)) tail.push(partial);
      file.end(() => resolve({ exitCode: code ?? 1, errorTail: tail, startedAt, finishedAt: Date.now() }));
    });
  });
}
