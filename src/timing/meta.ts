// What the report's `meta` (free-form strings) says about the build beyond the timing, for
// the summary's facts and the comparison's "comparable?" check. Pure.
//   dockerfile, context, commit, buildxVersion   (executeBuild)
//   cacheBackend  gha | registry | local | inline | none
//   driver        docker | docker-container | kubernetes | remote
//   builder       the builder's name (setup-buildx-action makes a new one per job: never compared)
//   cacheRef      the registry ref, gha scope or local directory the build read its cache from
//   platforms     the platforms asked for, comma separated ('' for the builder's default)

import { cacheEntry } from '../common/buildx-entry.js';

/** The ref (registry, inline), scope (gha) or src (local) of the first cache-from entry that has one; never other fields (no token). */
export function cacheRefOf(cacheFrom: string[]): string | null {
  for (const entry of cacheFrom) {
    const { fields } = cacheEntry(entry);
    const v = fields.get('ref') || fields.get('scope') || fields.get('src');
    if (v) return v;
  }
  return null;
}

/** The meta keys beyond what executeBuild always wrote: builder, cacheRef, platforms (only those known). */
export function buildMeta(o: { builder: string | null; cacheFrom: string[]; platforms: string[] }): Record<string, string> {
  const out: Record<string, string> = {};
  if (o.builder) out.builder = o.builder;
  const ref = cacheRefOf(o.cacheFrom);
  if (ref) out.cacheRef = ref;
  if (o.platforms.length) out.platforms = o.platforms.join(',');
  return out;
}
