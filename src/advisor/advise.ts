// The advisor's entry points: pure `adviseDockerfile`, and `loadAdvisorInput` (shell)
// that reads the Dockerfile, the .dockerignore and a bounded listing of the context.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TimingReport } from '../timing/types.js';
import { attachCosts, sortFindings } from './costs.js';
import { adviseRules } from './run.js';
import { FINDING_IDS, type AdvisorInput, type Finding } from './types.js';

export interface AdviseRequest extends AdvisorInput {
  report?: TimingReport;
  skip?: string[];
}

export function adviseDockerfile(req: AdviseRequest): Finding[] {
  const unknown = (req.skip ?? []).filter((id) => !(FINDING_IDS as readonly string[]).includes(id));
  if (unknown.length) throw new Error(`Input "advisor-skip": unknown finding id ${unknown.join(', ')}; known ids: ${FINDING_IDS.join(', ')}`);
  const found = adviseRules(req).filter((f) => !(req.skip ?? []).includes(f.id));
  return sortFindings(attachCosts(found, req.report));
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.venv', 'venv', '__pycache__', 'dist', 'build', '.next']);

/** Lists the context (dirs end in `/`), not descending into heavy directories, at most `max` entries. */
export function listContext(dir: string, max = 5000, depth = 4): string[] {
  const out: string[] = [];
  const walk = (d: string, level: number) => {
    if (out.length >= max) return;
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const n of names) {
      if (out.length >= max) return;
      const p = join(d, n);
      const rel = relative(dir, p).split('\\').join('/');
      let isDir: boolean;
      try {
        isDir = statSync(p).isDirectory();
      } catch {
        continue;
      }
      out.push(isDir ? `${rel}/` : rel);
      if (isDir && !SKIP_DIRS.has(n) && level < depth) walk(p, level + 1);
    }
  };
  walk(dir, 1);
  return out;
}

export function loadAdvisorInput(dockerfilePath: string, contextDir: string, shownPath?: string): AdvisorInput {
  const ignorePath = existsSync(`${dockerfilePath}.dockerignore`) ? `${dockerfilePath}.dockerignore` : join(contextDir, '.dockerignore');
  return {
    dockerfileText: readFileSync(dockerfilePath, 'utf8'),
    dockerfilePath: shownPath ?? dockerfilePath,
    contextFiles: listContext(contextDir),
    dockerignoreText: existsSync(ignorePath) ? readFileSync(ignorePath, 'utf8') : null
  };
}
