// Readable build progress from rawjson statuses, so the log still reads like buildx's
// plain progress while the raw stream goes to a file. Pure: status in, lines out.
import { listOf } from '../timing/vertex.js';
import type { SolveStatus } from '../timing/types.js';

export class ProgressText {
  private readonly ids = new Map<string, number>();
  private readonly done = new Set<string>();
  private readonly startedShown = new Set<string>();
  private readonly names = new Map<string, string>();

  private id(digest: string): number {
    let n = this.ids.get(digest);
    if (n === undefined) {
      n = this.ids.size + 1;
      this.ids.set(digest, n);
    }
    return n;
  }

  /** Lines for one status object. */
  lines(status: SolveStatus): string[] {
    const out: string[] = [];
    for (const v of listOf(status.vertexes)) {
      if (!v || typeof v.digest !== 'string') continue;
      if (v.name) this.names.set(v.digest, v.name);
      const n = this.id(v.digest);
      const name = this.names.get(v.digest) ?? v.digest;
      if ((v.started || v.cached) && !this.startedShown.has(v.digest)) {
        this.startedShown.add(v.digest);
        out.push(`#${n} ${name}`);
      }
      if (v.error && !this.done.has(v.digest)) {
        this.done.add(v.digest);
        out.push(`#${n} ERROR: ${v.error}`);
      } else if (v.cached && !this.done.has(v.digest)) {
        this.done.add(v.digest);
        out.push(`#${n} CACHED`);
      } else if (v.completed && v.started && !this.done.has(v.digest)) {
        this.done.add(v.digest);
        const secs = (Date.parse(v.completed) - Date.parse(v.started)) / 1000;
        out.push(`#${n} DONE ${Number.isFinite(secs) ? secs.toFixed(1) : '?'}s`);
      }
    }
    for (const l of listOf(status.logs)) {
      if (!l || typeof l.data !== 'string' || typeof l.vertex !== 'string') continue;
      const n = this.id(l.vertex);
      const text = Buffer.from(l.data, 'base64').toString('utf8');
      for (const line of text.split(/\r?\n/)) if (line.trim() !== '') out.push(`#${n} ${line}`);
    }
    return out;
  }
}
