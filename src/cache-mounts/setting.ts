// The `cache-mounts` and `cache-mounts-max-size` inputs, read on every build: kept apart
// from plan.ts so that reading them does not load the Dockerfile parser.
import { InputError } from '../common/errors.js';

export type CacheMountsSetting = { mode: 'auto' } | { mode: 'none' } | { mode: 'list'; entries: string[] };

/** `cache-mounts`: auto (default), none, or mount ids / targets (comma or newline separated). */
export function parseCacheMountsSetting(entries: string[]): CacheMountsSetting {
  const e = entries.map((s) => s.trim()).filter(Boolean);
  if (e.length === 0 || (e.length === 1 && e[0].toLowerCase() === 'auto')) return { mode: 'auto' };
  if (e.length === 1 && ['none', 'false', 'off'].includes(e[0].toLowerCase())) return { mode: 'none' };
  const bad = e.find((x) => ['auto', 'none'].includes(x.toLowerCase()));
  if (bad) throw new InputError('cache-mounts', `"${bad}" cannot be combined with mount ids`, 'write auto, none, or a list of cache mount ids or targets');
  return { mode: 'list', entries: e };
}

/** The `cache-mounts` list as given, once checked (an InputError names the input). */
export function checkCacheMountsInput(entries: string[]): string[] {
  parseCacheMountsSetting(entries);
  return entries;
}

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
  t: 1024 ** 4,
  tb: 1024 ** 4,
  tib: 1024 ** 4
};

/** `2g`, `2GB`, `500MiB`, `1.5 g`, `1048576` → bytes (binary units, as docker's). */
export function parseByteSize(name: string, text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) throw new InputError(name, `"${text}" is not a size`, 'write a size such as 2g, 500m or 1073741824');
  return Math.round(Number(m[1]) * unit);
}
