// Tool versions as buildx, BuildKit and the engine print them (`0.13.1+ds1`, `v0.34.2`,
// `v0.13.2-moby`): the x.y.z they name, and the minimum every version gate checks. One place
// for semver, imported function by function (its index loads every module it has).
import semverCoerce from 'semver/functions/coerce.js';
import semverGte from 'semver/functions/gte.js';

/** The x.y.z a version text names (`v0.13.2-moby` → `0.13.2`), or null when it names none. */
export function versionOf(text: string | null): string | null {
  return text ? (semverCoerce(text)?.version ?? null) : null;
}

/** Whether the version text is `min` or later; null when it names no version (each gate says what unknown means). */
export function versionAtLeast(text: string | null, min: string): boolean | null {
  const v = versionOf(text);
  return v === null ? null : semverGte(v, min);
}
