// Where each BuildKit step comes from in the Dockerfile: stage names (`AS deps`, or
// `stage-N` for unnamed stages, as BuildKit names them) and the line of every
// instruction, read from the shared Dockerfile model (src/dockerfile/model.ts).
//
// BuildKit deduplicates: two instructions that build the same layer on the same parent
// (`COPY package.json yarn.lock ./` first thing in two stages built FROM `base`) are one
// vertex, named after whichever stage the solver reached first, and the next build may
// name it after the other. Such instructions are one equivalence class here, and a step
// is always reported as the class's first instruction in Dockerfile order (its
// `canonical`): the same stage and line in every build.
import { parseDockerfileModel } from '../dockerfile/model.js';

export interface DockerfileInstruction {
  stage: string;
  stageIndex: number;
  /** 1-based position inside the stage as BuildKit counts it (`[stage n/m]`): FROM is 1 for a stage built from an image, and not counted for a stage built from another stage. */
  position: number;
  keyword: string;
  /** Normalised text: keyword + arguments, flags dropped, whitespace collapsed. */
  text: string;
  /** 1-based line of the instruction. */
  line: number;
  /** The first instruction in Dockerfile order that BuildKit builds as the same vertex (itself when none other). */
  canonical: { stage: string; line: number };
  /** The instructions of its class other than the canonical one (same layer on the same parent), in Dockerfile order. */
  sharedWith: Array<{ stage: string; line: number }>;
}

export interface DockerfileMap {
  stages: string[];
  instructions: DockerfileInstruction[];
}

/** Keyword + arguments without leading `--flag[=value]`s, whitespace and line continuations collapsed. */
export function normaliseInstruction(text: string): string {
  const collapsed = text
    .replace(/\\\r?\n/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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
  // a signature per instruction: what BuildKit's vertex depends on (the parent chain's
  // signature and the instruction's whole text, flags included); equal signatures are
  // one vertex. Conservative: any instruction before (ENV, ARG, USER...) is part of it.
  const stageEnd: string[] = [];
  const sigs: string[] = [];
  for (const st of stages) {
    let sig = st.parent !== null ? stageEnd[st.parent] : '';
    let position = 0;
    for (const ins of st.instructions) {
      const whole = `${ins.keyword} ${ins.flags.join(' ')} ${ins.args}`.replace(/\s+/g, ' ').trim();
      if (ins.keyword === 'FROM') {
        // a stage built from another stage has no FROM vertex; one built from an image shares
        // the image's vertex with every stage FROM the same image
        const platform = ins.flags.find((f) => /^--platform=/i.test(f)) ?? '';
        sig = st.parent !== null ? sig : `FROM ${st.image.toLowerCase()} ${platform}`;
      } else {
        sig = `${sig}\n${whole}`;
      }
      const makesVertex = STEP_KEYWORDS.has(ins.keyword) && !(ins.keyword === 'FROM' && st.parent !== null);
      if (!makesVertex) continue;
      position++;
      instructions.push({
        stage: st.name,
        stageIndex: st.index,
        position,
        keyword: ins.keyword,
        text: normaliseInstruction(`${ins.keyword} ${ins.args}`),
        line: ins.line,
        canonical: { stage: st.name, line: ins.line },
        sharedWith: []
      });
      sigs.push(sig);
    }
    stageEnd[st.index] = sig;
  }
  const classes = new Map<string, DockerfileInstruction[]>();
  instructions.forEach((ins, i) => classes.set(sigs[i], [...(classes.get(sigs[i]) ?? []), ins]));
  for (const members of classes.values()) {
    if (members.length < 2) continue;
    const first = members[0];
    for (const m of members) {
      m.canonical = { stage: first.stage, line: first.line };
      m.sharedWith = members.slice(1).map((o) => ({ stage: o.stage, line: o.line }));
    }
  }
  return { stages: stages.map((s) => s.name), instructions };
}
