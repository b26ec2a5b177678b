// The Dockerfile as buildstage reads it (the timing model and the advisor): stages (with the stage each is built FROM),
// instructions with their flags, and the package installs inside RUN commands. Parsed with
// dockerfile-ast; only the shell text of RUN commands is matched with patterns. Pure.
import { DockerfileParser } from 'dockerfile-ast';

export interface Ins {
  keyword: string;
  flags: string[];
  /** Arguments after the flags, continuations collapsed. */
  args: string;
  line: number;
  endLine: number;
  stage: number;
}

export interface Stage {
  index: number;
  name: string;
  /** The stage this one is built FROM, when it is built from another stage. */
  parent: number | null;
  image: string;
  instructions: Ins[];
}

export type Manager = 'npm' | 'yarn' | 'pnpm' | 'pip' | 'uv' | 'poetry' | 'apt' | 'apk';

export interface Install {
  manager: Manager;
  /** The shell command segment that installs. */
  command: string;
  ins: Ins;
}

function splitFlags(rest: string): { flags: string[]; args: string } {
  const flags: string[] = [];
  let s = rest.trim();
  for (;;) {
    const m = /^(--[\w-]+(?:=(?:"[^"]*"|'[^']*'|\S)*)?)\s*/.exec(s);
    if (!m) break;
    flags.push(m[1]);
    s = s.slice(m[0].length);
  }
  return { flags, args: s };
}

export function parseDockerfileModel(text: string): Stage[] {
  const df = DockerfileParser.parse(text);
  const lines = text.split(/\r?\n/);
  const stages: Stage[] = [];
  for (const ins of df.getInstructions()) {
    const keyword = ins.getKeyword().toUpperCase();
    const r = ins.getRange();
    const raw = lines.slice(r.start.line, r.end.line + 1).join('\n');
    const afterKeyword = raw
      .replace(/^\s*\S+/, '')
      .replace(/\\\r?\n/g, ' ')
      .replace(/[ \t]+/g, ' ');
    const { flags, args } = splitFlags(afterKeyword);
    if (keyword === 'FROM') {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(args);
      const image = m?.[1] ?? '';
      const name = m?.[2]?.toLowerCase() ?? `stage-${stages.length}`;
      const parentIdx = stages.findIndex((s) => s.name === image.toLowerCase());
      stages.push({ index: stages.length, name, parent: parentIdx >= 0 ? parentIdx : null, image, instructions: [] });
    }
    if (stages.length === 0) continue;
    const st = stages[stages.length - 1];
    st.instructions.push({ keyword, flags, args: args.trim(), line: r.start.line + 1, endLine: r.end.line + 1, stage: st.index });
  }
  return stages;
}

/** The stage and its ancestors (FROM <stage>), nearest first. */
export function chain(stages: Stage[], index: number): Stage[] {
  const out: Stage[] = [];
  let cur: number | null = index;
  const seen = new Set<number>();
  while (cur !== null && !seen.has(cur)) {
    seen.add(cur);
    out.push(stages[cur]);
    cur = stages[cur].parent;
  }
  return out;
}

/** Instructions visible before `ins` in its stage chain (ancestors' instructions, then its own earlier ones). */
export function before(stages: Stage[], ins: Ins): Ins[] {
  const ch = chain(stages, ins.stage).reverse();
  const out: Ins[] = [];
  for (const st of ch) for (const i of st.instructions) if (st.index !== ins.stage || i.line < ins.line) out.push(i);
  return out;
}

const INSTALL_PATTERNS: Array<[Manager, RegExp]> = [
  ['npm', /\bnpm\s+(?:ci|install|i)\b/],
  ['yarn', /\byarn(?:\s+install\b|(?=\s*$)|(?=\s+--))/],
  ['pnpm', /\bpnpm\s+(?:install|i)\b/],
  ['uv', /\buv\s+(?:sync\b|pip\s+install\b)/],
  ['poetry', /\bpoetry\s+install\b/],
  ['pip', /\b(?:pip3?|python3?\s+-m\s+pip)\s+install\b/],
  ['apt', /\bapt(?:-get)?\s+(?:-\S+\s+)*install\b/],
  ['apk', /\bapk\s+(?:--\S+\s+)*add\b/]
];

/** Package installs in a RUN command, one per shell segment. Global tool installs (npm -g, pip install uv) are not dependency installs. */
export function installsIn(ins: Ins): Install[] {
  if (ins.keyword !== 'RUN') return [];
  const out: Install[] = [];
  for (const seg of ins.args.split(/&&|\|\||;|\n/)) {
    const s = seg.trim();
    for (const [manager, re] of INSTALL_PATTERNS) {
      if (!re.test(s)) continue;
      if (manager === 'npm' && /\s(-g|--global)\b/.test(s)) continue;
      if (manager === 'pnpm' && /\s(-g|--global)\b/.test(s)) continue;
      if (manager === 'pip' && !/-r\s|--requirement|\s\.(\s|$)|-e\s/.test(s)) continue; // `pip install uv` installs a tool
      out.push({ manager, command: s, ins });
      break;
    }
  }
  return out;
}

export const hasFlag = (cmd: string, ...flags: string[]) => flags.some((f) => new RegExp(`(^|\\s)${f.replace(/[-]/g, '\\-')}(?=\\s|=|$)`).test(cmd));

/** COPY/ADD sources (not --from), JSON or shell form. */
export function copySources(ins: Ins): string[] {
  if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') return [];
  if (ins.flags.some((f) => f.startsWith('--from'))) return [];
  let parts: string[];
  const a = ins.args.trim();
  if (a.startsWith('[')) {
    try {
      parts = JSON.parse(a) as string[];
    } catch {
      parts = a.split(/\s+/);
    }
  } else parts = a.split(/\s+/);
  return parts.slice(0, -1);
}

export const WHOLE_CONTEXT = new Set(['.', './', '*', '/', './*']);

function globMatch(pattern: string, name: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/^\.\//, '')
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '.')}$`
  );
  return re.test(name);
}

/** Does this COPY bring `file` (a context-root file name) into the image? */
export function copiesFile(ins: Ins, file: string): boolean {
  return copySources(ins).some((s) => WHOLE_CONTEXT.has(s) || globMatch(s, file));
}

export function copiesWholeContext(ins: Ins): boolean {
  return copySources(ins).some((s) => WHOLE_CONTEXT.has(s));
}

/** The ENV values set before an instruction in its stage chain. */
export function envBefore(stages: Stage[], ins: Ins): Map<string, string> {
  const env = new Map<string, string>();
  for (const i of before(stages, ins)) {
    if (i.keyword !== 'ENV') continue;
    const re = /(\w+)(?:=|\s+)("[^"]*"|'[^']*'|\S+)/g;
    for (const m of i.args.matchAll(re)) env.set(m[1], m[2].replace(/^["']|["']$/g, ''));
  }
  return env;
}
