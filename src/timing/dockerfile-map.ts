// Where each BuildKit step comes from in the Dockerfile: stage names (`AS deps`, or
// `stage-N` for unnamed stages, as BuildKit names them) and the line of every
// instruction, from a real Dockerfile parser (dockerfile-ast).
import { DockerfileParser } from 'dockerfile-ast';

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

const STEP_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR']);

export function mapDockerfile(text: string): DockerfileMap {
  const df = DockerfileParser.parse(text);
  const stages: string[] = [];
  const instructions: DockerfileInstruction[] = [];
  let stageIndex = -1;
  let position = 0;
  for (const ins of df.getInstructions()) {
    const keyword = ins.getKeyword().toUpperCase();
    if (keyword === 'FROM') {
      stageIndex++;
      position = 0;
      const m = /\s+AS\s+(\S+)\s*$/i.exec(ins.getArgumentsContent() ?? '');
      stages.push(m ? m[1].toLowerCase() : `stage-${stageIndex}`);
    }
    if (stageIndex < 0) continue; // ARGs before the first FROM
    // BuildKit's `[stage n/m]` counts only the instructions that make a vertex.
    if (!STEP_KEYWORDS.has(keyword)) continue;
    position++;
    const raw = `${keyword} ${(ins.getRawArgumentsContent() ?? '').trim()}`;
    instructions.push({
      stage: stages[stageIndex],
      stageIndex,
      position,
      keyword,
      text: normaliseInstruction(raw),
      line: ins.getRange().start.line + 1
    });
  }
  return { stages, instructions };
}
