// An independent, naive reading of a rawjson fixture (whole file in memory, objects split
// at column-0 braces) that the tests derive their expectations from. It shares no code
// with the streaming parser or the model.
import { readFileSync } from 'node:fs';

export interface RefVertex {
  digest: string;
  name: string;
  cached: boolean;
  starts: number[];
  ends: number[];
  error: string | null;
}

export function naiveObjects(path: string): Array<Record<string, unknown>> {
  const text = readFileSync(path, 'utf8');
  const chunks = text.split(/\n(?=\{)/);
  const out: Array<Record<string, unknown>> = [];
  for (const c of chunks) {
    const start = c.indexOf('{');
    if (start < 0) continue;
    // keep up to the last closing brace at column 0 (or the end of a one-line object)
    const body = c.slice(start);
    const end = body.lastIndexOf('}');
    try {
      out.push(JSON.parse(body.slice(0, end + 1)));
    } catch {
      // the non-JSON tail of a failed build, or a cut-off object
    }
  }
  return out;
}

export function naiveVertexes(path: string): Map<string, RefVertex> {
  const m = new Map<string, RefVertex>();
  for (const o of naiveObjects(path)) {
    for (const v of (o.vertexes as Array<Record<string, unknown>> | undefined) ?? []) {
      const d = v.digest as string;
      const r = m.get(d) ?? { digest: d, name: '', cached: false, starts: [], ends: [], error: null };
      if (v.name) r.name = v.name as string;
      if (v.cached) r.cached = true;
      if (v.error) r.error = v.error as string;
      if (v.started) r.starts.push(Date.parse(v.started as string));
      if (v.completed) r.ends.push(Date.parse(v.completed as string));
      m.set(d, r);
    }
  }
  return m;
}

/** Step vertexes: `[stage n/m] ...` or `[platform stage n/m] ...`. */
export const isStepName = (name: string) => /^\[([^\]]*\s)?\d+\/\d+\]/.test(name) && !/^\[internal/.test(name);
