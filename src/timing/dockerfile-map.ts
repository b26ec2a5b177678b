// Where each BuildKit step comes from in the Dockerfile: stage names (`AS deps`, or
// `stage-N` for unnamed stages, as BuildKit names them) and the line of every
// instruction, read from the shared Dockerfile model (src/dockerfile/model.ts).
import { parseDockerfileModel } from '../dockerfile/model.js';

export interface DockerfileInstruction {
  stage: string;
  stageIndex: number;
  /** 1-based position inside the stage, FROM being 1 (BuildKit's `[stage n/m]`). */
  position: number;
  keyword: string;
  /** Normalised text: keyword + arguments, flags dropped, whitespace collapsed. */
  text: string;
  /** 1-based line of the instruction. */
  line: number;
}

export interface DockerfileMap {
  stages: string[];
  instructions: DockerfileInstruction[];
}

/** Keyword + arguments without leading `--flag[=value]`s, whitespace and line continuations collapsed. */
export function normaliseInstruction(text: string): string {
  const collapsed = text.replace(/\\\r?\n/g, ' ').replace(/\s+/g, ' ').trim();
  const m = /^(\S+)\s*(.*)$/.exec(collapsed);
  if (!m) return collapsed.toUpperCase();
  let rest = m[2];
  while (/^--[\w-]+(=(\S+))?\s*/.test(rest)) rest = rest.replace(/^--[\w-]+(=(\S+))?\s*/, '');
  return `${m[1].toUpperCase()} ${rest}`.trim();
}

/** BuildKit's `[stage n/m]` counts only the instructions that make a vertex. */
const STEP_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR']);

export function mapDockerfile(text: string): DockerfileMap {
  const stages = parseDockerfileModel(text);
  const instructions: DockerfileInstruction[] = [];
  for (const st of stages) {
    let position = 0;
    for (const ins of st.instructions) {
      if (!STEP_KEYWORDS.has(ins.keyword)) continue;
      position++;
      instructions.push({ stage: st.name, stageIndex: st.index, position, keyword: ins.keyword, text: normaliseInstruction(`${ins.keyword} ${ins.args}`), line: ins.line });
    }
  }
  return { stages: stages.map((s) => s.name), instructions };
}
