// Runs `docker buildx build` (shell; the docker-buildx plugin directly where docker would run it): the rawjson stream (stderr) is saved to a file (the
// build record, `report --from`) and parsed once, as it arrives: each status goes to the
// readable progress lines, the stall watch and the caller (the timing model), and the file
// is never read back for the report. stdout passes through.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { classifyVertex, listOf } from '../timing/vertex.js';
import { RawjsonParser } from '../timing/rawjson-parser.js';
import type { SolveStatus } from '../timing/types.js';
import { buildxPlugin } from './buildx-info.js';
import { trackChild } from './cancel.js';
import { ProgressText } from './progress-text.js';

export interface RunBuildxOptions {
  argv: string[];
  rawjsonFile: string;
  /** The stream is rawjson (`--progress=rawjson`): parsed as it arrives. Off: plain progress is printed as is. */
  rawjson: boolean;
  /** Every status of the stream, in order, as it is parsed (the timing model's input). */
  onStatus?: (status: SolveStatus) => void;
  log: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /**
   * Stop waiting for a cache import or export that makes no progress: when buildx has written
   * nothing for `ms` while only cache vertexes run (no Dockerfile step, no image export or
   * push), buildx is interrupted and the result says what stalled. A build that is making
   * progress — any status at all — is never stopped. 0 or absent: never.
   */
  stallMs?: number;
  /** The buildx child, once it runs (to stop it when the job is cancelled). */
  onSpawn?: (child: ChildProcess) => void;
}

export interface Stall {
  kind: 'cache-import' | 'cache-export';
  /** The stalled vertex, e.g. `exporting to GitHub Actions Cache` or `importing cache manifest from gha:…`. */
  vertex: string;
  silentMs: number;
}

export interface RunBuildxResult {
  exitCode: number;
  /** buildx's own error lines (non-JSON text at the end of the stream), for the error message. */
  errorTail: string[];
  startedAt: number;
  finishedAt: number;
  /** Set when buildx was stopped because a cache import or export stalled. */
  stalled: Stall | null;
}

/** Vertexes that may run while a cache transfer is stuck without the build making progress. */
const QUIET_KINDS = new Set(['cache-import', 'cache-export', 'internal', 'other']);

const isJsonish = (line: string) => /^\s*([{}[\]]|"[^"]*"\s*:|"[^"]*",?$|-?\d|true|false|null)/.test(line);

export function runBuildx(o: RunBuildxOptions): Promise<RunBuildxResult> {
  const startedAt = Date.now();
  return new Promise((resolve, reject) => {
    // the plugin itself where `docker buildx` would run that one (buildxPlugin): the docker CLI
    // in front adds its own start and a metadata call of the plugin (~50-80 ms), nothing else
    const plugin = buildxPlugin(o.env ?? process.env);
    const child = spawn(plugin ?? 'docker', plugin ? o.argv : ['buildx', ...o.argv], {
      cwd: o.cwd,
      env: { ...(o.env ?? process.env), BUILDX_METADATA_WARNINGS: 'true' },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    trackChild(child);
    o.onSpawn?.(child);
    const file = createWriteStream(o.rawjsonFile);
    const progress = new ProgressText();
    const parser = o.rawjson ? new RawjsonParser() : null;
    const tail: string[] = [];
    let partial = '';
    // what runs now (started, not completed), for the stall watch
    const running = new Map<string, string>();
    const names = new Map<string, string>();
    let lastOutput = Date.now();
    let stalled: Stall | null = null;
    const emit = (statuses: SolveStatus[]) => {
      for (const s of statuses) {
        o.onStatus?.(s);
        for (const l of progress.lines(s)) o.log(l);
        for (const v of listOf(s.vertexes)) {
          if (!v || typeof v.digest !== 'string') continue;
          if (typeof v.name === 'string') names.set(v.digest, v.name);
          if (v.completed || v.error) running.delete(v.digest);
          else if (v.started) running.set(v.digest, names.get(v.digest) ?? v.digest);
        }
      }
    };
    const watch =
      o.stallMs && parser
        ? setInterval(
            () => {
              const silentMs = Date.now() - lastOutput;
              if (stalled || silentMs < (o.stallMs as number)) return;
              const now = [...running.values()].map((name) => ({ name, kind: classifyVertex(name) }));
              const cache = now.find((v) => v.kind === 'cache-import' || v.kind === 'cache-export');
              if (!cache || !now.every((v) => QUIET_KINDS.has(v.kind))) return;
              stalled = { kind: cache.kind as Stall['kind'], vertex: cache.name, silentMs };
              o.log(`buildstage: ${stalled.vertex} made no progress for ${Math.round(silentMs / 1000)} s; stopping buildx`);
              child.kill('SIGINT');
              setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 10_000).unref();
            },
            Math.min(1000, o.stallMs)
          )
        : null;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      lastOutput = Date.now();
      for (const l of d.split('\n')) if (l !== '') o.log(l);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      lastOutput = Date.now();
      file.write(chunk);
      if (parser) emit(parser.push(chunk));
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
      if (watch) clearInterval(watch);
      file.end();
      reject(new Error(`could not run docker buildx: ${err.message}`));
    });
    child.on('close', (code) => {
      if (watch) clearInterval(watch);
      if (parser) emit(parser.end());
      if (partial.trim() !== '' && !isJsonish(partial)) tail.push(partial);
      file.end(() => {
        resolve({ exitCode: code ?? 1, errorTail: tail, startedAt, finishedAt: Date.now(), stalled });
      });
    });
  });
}
