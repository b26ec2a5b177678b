// buildx's `--cache-from` / `--cache-to` / `--output` entries: `type=registry,ref=r/app:cache,mode=max`,
// or a bare reference (`r/app:cache`), which buildx reads as `type=registry,ref=r/app:cache`.
// Values never hold commas here (the inputs refuse them), so a plain split is what buildx does.

/** The entry's fields in order, keys and values trimmed; a field without `=` has the value null. */
export function entryFields(entry: string): Array<[string, string | null]> {
  return entry.split(',').map((f) => {
    const i = f.indexOf('=');
    return i < 0 ? [f.trim(), null] : [f.slice(0, i).trim(), f.slice(i + 1).trim()];
  });
}

/** A cache entry as buildx reads it: its type and its key=value fields (a bare reference is a registry ref). */
export function cacheEntry(entry: string): { type: string; fields: Map<string, string> } {
  if (!entry.includes('=')) return { type: 'registry', fields: new Map([['ref', entry.trim()]]) };
  const fields = new Map<string, string>();
  for (const [k, v] of entryFields(entry)) if (v !== null) fields.set(k, v);
  return { type: fields.get('type') ?? '', fields };
}
