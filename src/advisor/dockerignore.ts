// .dockerignore patterns and matching, as the docker CLI applies them: paths relative to
// the context, `*` within a path segment, `**` across segments, `?` one character,
// `!` re-includes, the last matching pattern wins, and a directory's exclusion covers
// everything below it. Pure.

export interface IgnoreRule {
  negate: boolean;
  re: RegExp;
}

function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if ('\\^$+.()|{}[]'.includes(c)) re += `\\${c}`;
    else re += c;
  }
  return new RegExp(`^${re}(?:/.*)?$`);
}

export function parseDockerignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1).trim();
    line = line.replace(/^\/+/, '').replace(/\/+$/, '').replace(/^\.\//, '');
    if (!line) continue;
    rules.push({ negate, re: globToRegExp(line) });
  }
  return rules;
}

/** Is a context path (relative, `/`-separated) excluded from the build context? */
export function isIgnored(rules: IgnoreRule[], path: string): boolean {
  const p = path.replace(/^\.\//, '').replace(/\/+$/, '');
  let ignored = false;
  for (const r of rules) if (r.re.test(p)) ignored = !r.negate;
  return ignored;
}
