/** A tag-safe slug of any text (branch names, image names): [a-z0-9._-], no leading . or -. */
export function slug(text: string, max = 128): string {
  const s = text
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, max)
    .replace(/[.-]+$/, '');
  return s === '' ? 'x' : s;
}
