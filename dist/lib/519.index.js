export const id = 519;
export const ids = [519,11];
export const modules = {

/***/ 24011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ WHOLE_CONTEXT),
/* harmony export */   K1: () => (/* binding */ copySources),
/* harmony export */   Lt: () => (/* binding */ hasFlag),
/* harmony export */   SJ: () => (/* binding */ installsIn),
/* harmony export */   _R: () => (/* binding */ copiesWholeContext),
/* harmony export */   _f: () => (/* binding */ copiesFile),
/* harmony export */   cy: () => (/* binding */ chain),
/* harmony export */   gM: () => (/* binding */ before),
/* harmony export */   parseDockerfileModel: () => (/* binding */ parseDockerfileModel),
/* harmony export */   zE: () => (/* binding */ envBefore)
/* harmony export */ });
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78390);
// The Dockerfile as buildstage reads it (the timing model and the advisor): stages (with the stage each is built FROM),
// instructions with their flags, and the package installs inside RUN commands. Parsed with
// dockerfile-ast; only the shell text of RUN commands is matched with patterns. Pure.

function splitFlags(rest) {
    const flags = [];
    let s = rest.trim();
    for (;;) {
        const m = /^(--[\w-]+(?:=(?:"[^"]*"|'[^']*'|\S)*)?)\s*/.exec(s);
        if (!m)
            break;
        flags.push(m[1]);
        s = s.slice(m[0].length);
    }
    return { flags, args: s };
}
function parseDockerfileModel(text) {
    const df = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(text);
    const lines = text.split(/\r?\n/);
    const stages = [];
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
        if (stages.length === 0)
            continue;
        const st = stages[stages.length - 1];
        st.instructions.push({ keyword, flags, args: args.trim(), line: r.start.line + 1, endLine: r.end.line + 1, stage: st.index });
    }
    return stages;
}
/** The stage and its ancestors (FROM <stage>), nearest first. */
function chain(stages, index) {
    const out = [];
    let cur = index;
    const seen = new Set();
    while (cur !== null && !seen.has(cur)) {
        seen.add(cur);
        out.push(stages[cur]);
        cur = stages[cur].parent;
    }
    return out;
}
/** Instructions visible before `ins` in its stage chain (ancestors' instructions, then its own earlier ones). */
function before(stages, ins) {
    const ch = chain(stages, ins.stage).reverse();
    const out = [];
    for (const st of ch)
        for (const i of st.instructions)
            if (st.index !== ins.stage || i.line < ins.line)
                out.push(i);
    return out;
}
const INSTALL_PATTERNS = [
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
function installsIn(ins) {
    if (ins.keyword !== 'RUN')
        return [];
    const out = [];
    for (const seg of ins.args.split(/&&|\|\||;|\n/)) {
        const s = seg.trim();
        for (const [manager, re] of INSTALL_PATTERNS) {
            if (!re.test(s))
                continue;
            if (manager === 'npm' && /\s(-g|--global)\b/.test(s))
                continue;
            if (manager === 'pnpm' && /\s(-g|--global)\b/.test(s))
                continue;
            if (manager === 'pip' && !/-r\s|--requirement|\s\.(\s|$)|-e\s/.test(s))
                continue; // `pip install uv` installs a tool
            out.push({ manager, command: s, ins });
            break;
        }
    }
    return out;
}
const hasFlag = (cmd, ...flags) => flags.some((f) => new RegExp(`(^|\\s)${f.replace(/[-]/g, '\\-')}(?=\\s|=|$)`).test(cmd));
/** COPY/ADD sources (not --from), JSON or shell form. */
function copySources(ins) {
    if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD')
        return [];
    if (ins.flags.some((f) => f.startsWith('--from')))
        return [];
    let parts;
    const a = ins.args.trim();
    if (a.startsWith('[')) {
        try {
            parts = JSON.parse(a);
        }
        catch {
            parts = a.split(/\s+/);
        }
    }
    else
        parts = a.split(/\s+/);
    return parts.slice(0, -1);
}
const WHOLE_CONTEXT = new Set(['.', './', '*', '/', './*']);
function globMatch(pattern, name) {
    const re = new RegExp(`^${pattern
        .replace(/^\.\//, '')
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '.')}$`);
    return re.test(name);
}
/** Does this COPY bring `file` (a context-root file name) into the image? */
function copiesFile(ins, file) {
    return copySources(ins).some((s) => WHOLE_CONTEXT.has(s) || globMatch(s, file));
}
function copiesWholeContext(ins) {
    return copySources(ins).some((s) => WHOLE_CONTEXT.has(s));
}
/** The ENV values set before an instruction in its stage chain. */
function envBefore(stages, ins) {
    const env = new Map();
    for (const i of before(stages, ins)) {
        if (i.keyword !== 'ENV')
            continue;
        const re = /(\w+)(?:=|\s+)("[^"]*"|'[^']*'|\S+)/g;
        for (const m of i.args.matchAll(re))
            env.set(m[1], m[2].replace(/^["']|["']$/g, ''));
    }
    return env;
}


/***/ }),

/***/ 67081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ normaliseInstruction),
/* harmony export */   T: () => (/* binding */ mapDockerfile)
/* harmony export */ });
/* harmony import */ var _dockerfile_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24011);
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

/** Keyword + arguments without leading `--flag[=value]`s, whitespace and line continuations collapsed. */
function normaliseInstruction(text) {
    const collapsed = text
        .replace(/\\\r?\n/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const m = /^(\S+)\s*(.*)$/.exec(collapsed);
    if (!m)
        return collapsed.toUpperCase();
    let rest = m[2];
    while (/^--[\w-]+(=(\S+))?\s*/.test(rest))
        rest = rest.replace(/^--[\w-]+(=(\S+))?\s*/, '');
    return `${m[1].toUpperCase()} ${rest}`.trim();
}
/** BuildKit's `[stage n/m]` counts only the instructions that make a vertex. */
const STEP_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR']);
function mapDockerfile(text) {
    const stages = (0,_dockerfile_model_js__WEBPACK_IMPORTED_MODULE_0__.parseDockerfileModel)(text);
    const instructions = [];
    // a signature per instruction: what BuildKit's vertex depends on (the parent chain's
    // signature and the instruction's whole text, flags included); equal signatures are
    // one vertex. Conservative: any instruction before (ENV, ARG, USER...) is part of it.
    const stageEnd = [];
    const sigs = [];
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
            }
            else {
                sig = `${sig}\n${whole}`;
            }
            const makesVertex = STEP_KEYWORDS.has(ins.keyword) && !(ins.keyword === 'FROM' && st.parent !== null);
            if (!makesVertex)
                continue;
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
    const classes = new Map();
    instructions.forEach((ins, i) => classes.set(sigs[i], [...(classes.get(sigs[i]) ?? []), ins]));
    for (const members of classes.values()) {
        if (members.length < 2)
            continue;
        const first = members[0];
        for (const m of members) {
            m.canonical = { stage: first.stage, line: first.line };
            m.sharedWith = members.slice(1).map((o) => ({ stage: o.stage, line: o.line }));
        }
    }
    return { stages: stages.map((s) => s.name), instructions };
}


/***/ }),

/***/ 35519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PHASES: () => (/* binding */ PHASES),
/* harmony export */   TimingAccumulator: () => (/* binding */ TimingAccumulator),
/* harmony export */   cacheHitRatioOf: () => (/* binding */ cacheHitRatioOf),
/* harmony export */   countCachedSteps: () => (/* binding */ countCachedSteps),
/* harmony export */   countsForCache: () => (/* binding */ countsForCache),
/* harmony export */   isCachedStep: () => (/* binding */ isCachedStep),
/* harmony export */   isFromStep: () => (/* binding */ isFromStep),
/* harmony export */   slowestRows: () => (/* binding */ slowestRows),
/* harmony export */   slowestSteps: () => (/* binding */ slowestSteps),
/* harmony export */   stepKeyOf: () => (/* binding */ stepKeyOf)
/* harmony export */ });
/* harmony import */ var _vertex_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31450);
/* harmony import */ var _dockerfile_map_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67081);
// BuildKit status events → the timing model of one build (TimingReport). Pure: no I/O.
// A vertex digest appears many times (announced, started, completed, sometimes several
// start/complete intervals): its intervals are merged. Parallel stages overlap and are
// never summed; every duration is wall time from vertex timestamps.


/** FROM steps resolve an image rather than build a layer: excluded from the cache counts and from costs. */
function isFromStep(step) {
    return /^FROM\s/i.test(step.instruction);
}
/**
 * The one definition of a cached step, for the summary headline and stage table, the
 * terminal text, the JSON report (`stages[].steps`/`cachedSteps`, `cacheHitRatio`, and so the
 * `cache-hit-ratio` output) and the comparison:
 * - a step is a Dockerfile instruction BuildKit ran as a `[stage n/m]` vertex; internal
 *   vertexes (load metadata, load build context, cache import/export, exporting, pushing)
 *   are never steps;
 * - FROM is not counted, neither as a step nor as cached: it resolves a base image and builds
 *   no layer, and BuildKit marks it cached when the image was already in the builder, not
 *   when the build cache worked (a first build can show it cached; a warm build from a
 *   registry cache on a fresh builder shows it not cached);
 * - a counted step is cached when BuildKit reported it cached.
 */
function countsForCache(step) {
    return !isFromStep(step);
}
function isCachedStep(step) {
    return countsForCache(step) && step.cached;
}
function countCachedSteps(steps) {
    let cached = 0;
    let counted = 0;
    for (const s of steps) {
        if (!countsForCache(s))
            continue;
        counted++;
        if (s.cached)
            cached++;
    }
    return { cached, steps: counted };
}
/** cached / counted steps; null when no step counts. */
function cacheHitRatioOf(count) {
    return count.steps ? count.cached / count.steps : null;
}
/** The steps that took time, slowest first. */
function slowestSteps(steps, n) {
    return steps
        .filter((s) => s.durationMs > 0)
        .sort((a, b) => b.durationMs - a.durationMs)
        .slice(0, n);
}
/**
 * A step's identity across builds (`StepTiming.key`): platform, the Dockerfile's stage and
 * line, and the instruction without its flags. `deps:13 COPY package.json yarn.lock ./`.
 */
function stepKeyOf(s) {
    return `${s.platform ? `${s.platform} ` : ''}${s.stage}:${s.line ?? '?'} ${(0,_dockerfile_map_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseInstruction */ .P)(s.instruction)}`;
}
/** What the build spent its time on outside the Dockerfile steps, in the order it happens. */
const PHASES = [
    { key: 'contextTransferMs', window: 'contextTransfer', label: 'context transfer' },
    { key: 'cacheImportMs', window: 'cacheImport', label: 'cache import' },
    { key: 'cacheLoadMs', window: 'cacheLoad', label: 'cached layers loaded' },
    { key: 'imageExportMs', window: 'imageExport', label: 'image export' },
    { key: 'cacheExportMs', window: 'cacheExport', label: 'cache export' },
    { key: 'pushMs', window: 'push', label: 'push' }
];
/** The steps and the phases (export, cache import/export, push...) that took the most time, slowest first. */
function slowestRows(report, n) {
    const rows = report.steps.filter((s) => s.durationMs > 0).map((step) => ({ kind: 'step', step, durationMs: step.durationMs }));
    for (const phase of PHASES) {
        const ms = report.phases[phase.key] ?? 0;
        if (ms > 0)
            rows.push({ kind: 'phase', phase, durationMs: ms });
    }
    return rows.sort((a, b) => b.durationMs - a.durationMs).slice(0, n);
}
const LOG_TAIL = 20;
/** The vertex a build (or a bake) starts with. */
const DEFINITION = /^\[internal\] load (build definition|local bake definitions|remote build context)/;
function ts(s) {
    if (!s)
        return null;
    const t = Date.parse(s);
    return Number.isFinite(t) ? t : null;
}
/** Union length of intervals (ms). */
function unionMs(intervals) {
    const sorted = intervals.filter(([a, b]) => b >= a).sort((x, y) => x[0] - y[0]);
    let total = 0;
    let curA = -Infinity;
    let curB = -Infinity;
    for (const [a, b] of sorted) {
        if (a > curB) {
            if (curB > curA)
                total += curB - curA;
            curA = a;
            curB = b;
        }
        else if (b > curB)
            curB = b;
    }
    if (curB > curA)
        total += curB - curA;
    return total;
}
class TimingAccumulator {
    vertices = new Map();
    pushStatus = new Map();
    warningTexts = [];
    minTs = Infinity;
    maxTs = -Infinity;
    order = 0;
    prepared = null;
    /** Reads the Dockerfile ahead (e.g. while buildx runs), so that finish() with the same text does not wait for it. */
    prepare(dockerfileText) {
        if (this.prepared?.text !== dockerfileText)
            this.prepared = { text: dockerfileText, map: safeMap(dockerfileText) };
    }
    add(status) {
        // a stream that was cut, hand-edited or written by another tool: anything not shaped as BuildKit writes it is skipped
        for (const v of (0,_vertex_js__WEBPACK_IMPORTED_MODULE_1__/* .listOf */ .c3)(status.vertexes)) {
            if (!v || typeof v.digest !== 'string')
                continue;
            let st = this.vertices.get(v.digest);
            if (!st) {
                st = {
                    digest: v.digest,
                    name: typeof v.name === 'string' ? v.name : v.digest,
                    inputs: [],
                    cached: false,
                    error: null,
                    intervals: new Map(),
                    order: this.order++,
                    logTail: [],
                    logPartial: ''
                };
                this.vertices.set(v.digest, st);
            }
            if (v.name && typeof v.name === 'string')
                st.name = v.name;
            if (Array.isArray(v.inputs) && v.inputs.length)
                st.inputs = v.inputs.filter((x) => typeof x === 'string');
            if (v.cached)
                st.cached = true;
            // BuildKit writes a string; another tool may write any JSON value
            const error = v.error;
            if (error)
                st.error = typeof error === 'string' ? error : JSON.stringify(error);
            const a = ts(v.started);
            const b = ts(v.completed);
            if (a !== null) {
                const prev = st.intervals.get(a);
                st.intervals.set(a, b ?? prev ?? null);
                this.seen(a);
            }
            if (b !== null)
                this.seen(b);
        }
        for (const s of (0,_vertex_js__WEBPACK_IMPORTED_MODULE_1__/* .listOf */ .c3)(status.statuses)) {
            if (!s)
                continue;
            const t = ts(s.timestamp);
            if (t !== null)
                this.seen(t);
            if (typeof s.id === 'string' && /^pushing/i.test(s.id)) {
                const a = ts(s.started);
                if (a !== null)
                    this.pushStatus.set(`${s.vertex} ${s.id}`, [a, ts(s.completed) ?? t]);
            }
        }
        for (const l of (0,_vertex_js__WEBPACK_IMPORTED_MODULE_1__/* .listOf */ .c3)(status.logs)) {
            if (!l || typeof l.vertex !== 'string' || !l.data || typeof l.data !== 'string')
                continue;
            const st = this.vertices.get(l.vertex);
            const t = ts(l.timestamp);
            if (t !== null)
                this.seen(t);
            if (!st)
                continue;
            const text = st.logPartial + Buffer.from(l.data, 'base64').toString('utf8');
            const lines = text.split(/\r?\n/);
            st.logPartial = (lines.pop() ?? '').slice(-2000);
            for (const line of lines) {
                st.logTail.push(line.slice(0, 2000));
                if (st.logTail.length > LOG_TAIL)
                    st.logTail.shift();
            }
        }
        for (const w of (0,_vertex_js__WEBPACK_IMPORTED_MODULE_1__/* .listOf */ .c3)(status.warnings)) {
            if (!w)
                continue;
            const short = typeof w.short === 'string' ? Buffer.from(w.short, 'base64').toString('utf8').trim() : '';
            if (short && this.warningTexts.length < 100 && !this.warningTexts.includes(short))
                this.warningTexts.push(short);
        }
    }
    seen(t) {
        if (t < this.minTs)
            this.minTs = t;
        if (t > this.maxTs)
            this.maxTs = t;
    }
    finish(opts = {}) {
        const end = Number.isFinite(this.maxTs) ? this.maxTs : 0;
        // The build starts when BuildKit loads its definition. A vertex this build shares with an
        // earlier or concurrent solve in the same daemon (seen with the docker driver) comes with
        // that solve's name and timestamps, up to minutes before this build started: only what
        // falls after the start is this build's time.
        const defStarts = [...this.vertices.values()]
            .filter((v) => DEFINITION.test(v.name))
            .map(firstStart)
            .filter(Number.isFinite);
        const buildStart = defStarts.length ? Math.min(...defStarts) : -Infinity;
        const intervalsOf = (v) => [...v.intervals].map(([a, b]) => [Math.max(a, buildStart), b ?? end]).filter(([a, b]) => b >= a);
        const map = opts.dockerfileText
            ? this.prepared?.text === opts.dockerfileText
                ? this.prepared.map
                : safeMap(opts.dockerfileText)
            : null;
        let start = Infinity;
        let last = -Infinity;
        for (const v of this.vertices.values()) {
            for (const [a, b] of intervalsOf(v)) {
                if (a < start)
                    start = a;
                if (b > last)
                    last = b;
            }
        }
        if (!Number.isFinite(start)) {
            start = Number.isFinite(this.minTs) ? this.minTs : 0;
            last = end;
        }
        const steps = [];
        const stepVertex = new Map();
        const phases = { contextTransferMs: 0, cacheImportMs: 0, cacheExportMs: 0, imageExportMs: 0, pushMs: 0 };
        const pushIntervals = [...this.pushStatus.values()].map(([a, b]) => [a, b ?? end]);
        const warnings = [...this.warningTexts];
        let failed = null;
        const exportIntervals = [];
        const cachedIntervals = [];
        const windows = {};
        const windowOf = (name, ivs) => (windows[name] = [...(windows[name] ?? []), ...ivs]);
        const ordered = [...this.vertices.values()].sort((a, b) => firstStart(a) - firstStart(b) || a.order - b.order);
        for (const v of ordered) {
            const kind = (0,_vertex_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyVertex */ .vD)(v.name);
            const ivs = intervalsOf(v);
            const dur = unionMs(ivs);
            switch (kind) {
                case 'context':
                    phases.contextTransferMs += dur;
                    windowOf('contextTransfer', ivs);
                    break;
                case 'cache-import':
                    phases.cacheImportMs += dur;
                    windowOf('cacheImport', ivs);
                    // a missing cache (first build of a branch) is normal: the build goes on without it
                    if (v.error) {
                        warnings.push(/not found/i.test(v.error)
                            ? `no cache found to import yet (normal for the first build of this cache): ${v.error}`
                            : `cache import skipped: ${v.error}`);
                    }
                    break;
                case 'cache-export':
                    phases.cacheExportMs += dur;
                    windowOf('cacheExport', ivs);
                    if (v.error)
                        warnings.push(`cache export failed (the build is not failed by it): ${v.error}`);
                    break;
                case 'export':
                    exportIntervals.push(...ivs);
                    break;
                case 'push':
                    pushIntervals.push(...ivs);
                    break;
                case 'step': {
                    const p = (0,_vertex_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStepName */ .Zw)(v.name);
                    const loc = locate(map, p);
                    // a deduplicated vertex is reported under the first of its instructions in the
                    // Dockerfile, whichever stage BuildKit named it after (dockerfile-map.ts)
                    const at = loc?.canonical ?? null;
                    const step = {
                        name: v.name,
                        instruction: p.instruction.replace(/\s+/g, ' '),
                        stage: at?.stage ?? p.stage,
                        platform: p.platform,
                        cached: v.cached,
                        durationMs: v.cached ? 0 : dur,
                        startMs: ivs.length ? Math.min(...ivs.map(([a]) => a)) - start : null,
                        line: at?.line ?? null,
                        digest: v.digest
                    };
                    if (v.error)
                        step.error = v.error;
                    step.key = stepKeyOf(step);
                    if (loc?.sharedWith.length)
                        step.sharedWith = loc.sharedWith.map((x) => ({ ...x }));
                    if (v.cached)
                        cachedIntervals.push(...ivs);
                    steps.push(step);
                    stepVertex.set(v.digest, step);
                    break;
                }
                default:
                    break;
            }
            // the step that failed first; steps cancelled because of it ("context canceled") come second
            const cancelled = (e) => /context canceled/.test(e);
            if (v.error && kind !== 'cache-export' && kind !== 'cache-import' && (!failed || (kind === 'step' && cancelled(failed.error) && !cancelled(v.error)))) {
                const s = stepVertex.get(v.digest);
                failed = {
                    name: v.name,
                    stage: s?.stage ?? null,
                    line: s?.line ?? null,
                    error: v.error,
                    logTail: [...v.logTail, ...(v.logPartial ? [v.logPartial] : [])].slice(-LOG_TAIL)
                };
            }
        }
        phases.pushMs = unionMs(pushIntervals);
        windowOf('push', pushIntervals);
        // with a docker-container builder the push is a status inside `exporting to image`:
        // the export's time is its own, without the push's
        phases.imageExportMs = Math.max(0, unionMs(exportIntervals) - overlapMs(exportIntervals, pushIntervals));
        windowOf('imageExport', exportIntervals);
        phases.cacheLoadMs = unionMs(cachedIntervals);
        windowOf('cacheLoad', cachedIntervals.filter(([a, b]) => b > a));
        const phaseWindows = {};
        for (const [name, ivs] of Object.entries(windows)) {
            const real = ivs.filter(([a, b]) => b > a);
            // (a push status may carry a time before the first vertex: windows start at 0)
            if (real.length)
                phaseWindows[name] = {
                    startMs: Math.max(0, Math.min(...real.map(([a]) => a)) - start),
                    endMs: Math.max(0, Math.max(...real.map(([, b]) => b)) - start)
                };
        }
        // the steps each step is built on, by key
        for (const s of steps) {
            const v = this.vertices.get(s.digest);
            const deps = (v?.inputs ?? []).map((d) => stepVertex.get(d)?.key).filter((k) => Boolean(k));
            if (deps.length)
                s.dependsOn = [...new Set(deps)];
        }
        const stages = stageRows(steps, this.vertices, intervalsOf, start, map);
        steps.sort(dockerfileOrder(stages));
        const cacheHitRatio = cacheHitRatioOf(countCachedSteps(steps));
        const slowest = slowestSteps(steps, 10).map((s) => s.name);
        const critical = this.criticalPath(intervalsOf);
        return {
            schemaVersion: 1,
            durationMs: Number.isFinite(last - start) ? Math.max(0, last - start) : 0,
            cacheHitRatio,
            stages,
            steps,
            phases,
            criticalPath: critical.names,
            criticalPathMs: critical.ms,
            phaseWindows,
            slowest,
            image: imageInfo(opts),
            warnings,
            failed,
            meta: { ...(opts.meta ?? {}) }
        };
    }
    /**
     * The heaviest chain of vertexes that ran, through the build graph (each vertex's inputs):
     * a step that ran weighs its wall time, the context transfer its own, a cached step and
     * BuildKit's internal vertexes nothing (a cached step's timestamps say when its result was
     * looked up or loaded, not that it was built). Then the export, cache export and push that
     * follow the last step, in time order.
     */
    criticalPath(intervalsOf) {
        const endOf = (v) => Math.max(-Infinity, ...intervalsOf(v).map(([, b]) => b));
        const weight = (v) => {
            const kind = (0,_vertex_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyVertex */ .vD)(v.name);
            if (kind === 'context' || (kind === 'step' && !v.cached))
                return unionMs(intervalsOf(v));
            return 0;
        };
        const onPath = (v) => {
            const kind = (0,_vertex_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyVertex */ .vD)(v.name);
            return kind === 'context' || (kind === 'step' && !v.cached);
        };
        const inputsOf = (v) => v.inputs.map((d) => this.vertices.get(d)).filter((x) => Boolean(x && intervalsOf(x).length));
        // heaviest chain ending at each vertex, inputs first (an explicit stack: chains can be
        // long; a cycle, which BuildKit never sends, is cut where it closes)
        const best = new Map();
        const better = (i, t, via, viaTotal) => t > viaTotal || (t === viaTotal && via !== undefined && ((onPath(i) && !onPath(via)) || (onPath(i) === onPath(via) && endOf(i) > endOf(via))));
        const heaviest = (root) => {
            const stack = [{ v: root, expanded: false }];
            const open = new Set();
            while (stack.length) {
                const top = stack[stack.length - 1];
                if (best.has(top.v.digest)) {
                    stack.pop();
                    continue;
                }
                if (!top.expanded) {
                    top.expanded = true;
                    open.add(top.v.digest);
                    for (const i of inputsOf(top.v))
                        if (!best.has(i.digest) && !open.has(i.digest))
                            stack.push({ v: i, expanded: false });
                    continue;
                }
                stack.pop();
                open.delete(top.v.digest);
                let via;
                let viaTotal = -1;
                for (const i of inputsOf(top.v)) {
                    const t = best.get(i.digest)?.total;
                    // ties: a vertex that ran, then the one that ended last
                    if (t !== undefined && better(i, t, via, viaTotal)) {
                        via = i;
                        viaTotal = t;
                    }
                }
                best.set(top.v.digest, { total: weight(top.v) + Math.max(0, viaTotal), via });
            }
            return best.get(root.digest)?.total ?? 0;
        };
        const stepsSeen = [...this.vertices.values()].filter((v) => intervalsOf(v).length && (0,_vertex_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyVertex */ .vD)(v.name) === 'step');
        let sink;
        let sinkTotal = -1;
        for (const v of stepsSeen) {
            const t = heaviest(v);
            if (t > sinkTotal || (t === sinkTotal && sink && endOf(v) > endOf(sink))) {
                sink = v;
                sinkTotal = t;
            }
        }
        const lastStepEnd = stepsSeen.length ? Math.max(...stepsSeen.map(endOf)) : -Infinity;
        const after = [...this.vertices.values()]
            .filter((v) => intervalsOf(v).length && ['export', 'cache-export', 'push'].includes((0,_vertex_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyVertex */ .vD)(v.name)) && endOf(v) >= lastStepEnd)
            .sort((a, b) => firstStart(a) - firstStart(b));
        const path = [];
        const visited = new Set();
        let cur = sink;
        while (cur && !visited.has(cur.digest)) {
            visited.add(cur.digest);
            if (onPath(cur))
                path.push(cur);
            cur = best.get(cur.digest)?.via;
        }
        path.reverse();
        const ms = path.reduce((n, v) => n + weight(v), 0) + unionMs(after.flatMap((v) => intervalsOf(v)));
        return { names: [...path.map((v) => v.name), ...after.map((v) => v.name)], ms };
    }
}
function firstStart(v) {
    let m = Infinity;
    for (const a of v.intervals.keys())
        if (a < m)
            m = a;
    return m;
}
function safeMap(text) {
    try {
        return (0,_dockerfile_map_js__WEBPACK_IMPORTED_MODULE_0__/* .mapDockerfile */ .T)(text);
    }
    catch {
        return null;
    }
}
/** The Dockerfile instruction of a step: by stage and position, checked by text; else by text alone. */
function locate(map, p) {
    if (!map)
        return null;
    const text = (0,_dockerfile_map_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseInstruction */ .P)(p.instruction);
    const keyword = text.split(' ')[0];
    const byPos = map.instructions.find((i) => i.stage === p.stage.toLowerCase() && i.position === p.n);
    if (byPos && byPos.keyword === keyword && (keyword === 'FROM' || sameText(byPos.text, text)))
        return byPos;
    const byText = map.instructions.filter((i) => sameText(i.text, text));
    const best = byText.find((i) => i.stage === p.stage.toLowerCase()) ?? byText.at(0);
    if (best)
        return best;
    return byPos && byPos.keyword === keyword ? byPos : null;
}
function sameText(a, b) {
    if (a === b)
        return true;
    // BuildKit shortens heredocs (`RUN <<EOT (set -ex...)`): compare the first words
    const head = (s) => s.replace(/\(.*$/, '').split(' ').slice(0, 4).join(' ');
    return head(a) === head(b) && head(a).length > 5;
}
function stageRows(steps, vertices, intervalsOf, start, map) {
    const rows = new Map();
    for (const s of steps) {
        const key = `${s.platform ?? ''}\u0000${s.stage}`;
        let r = rows.get(key);
        if (!r) {
            const index = map ? map.stages.indexOf(s.stage.toLowerCase()) : -1;
            r = {
                row: { name: s.stage, platform: s.platform, durationMs: 0, startMs: null, steps: 0, cachedSteps: 0, ...(index >= 0 ? { index } : {}) },
                ivs: [],
                steps: []
            };
            rows.set(key, r);
        }
        r.steps.push(s);
        const v = vertices.get(s.digest);
        if (v && !s.cached)
            r.ivs.push(...intervalsOf(v));
        if (s.startMs !== null && (r.row.startMs === null || s.startMs < r.row.startMs))
            r.row.startMs = s.startMs;
    }
    for (const { row, ivs, steps: stageSteps } of rows.values()) {
        const count = countCachedSteps(stageSteps);
        row.steps = count.steps;
        row.cachedSteps = count.cached;
        if (ivs.length) {
            const a = Math.min(...ivs.map(([x]) => x));
            const b = Math.max(...ivs.map(([, y]) => y));
            // a vertex that completed before it started (clock skew between builder nodes) adds no time
            row.durationMs = Math.max(0, b - a);
            row.startMs = a - start;
        }
    }
    // Dockerfile order (then platform); without a Dockerfile, the order they started in
    return [...rows.values()]
        .map((r) => r.row)
        .sort((a, b) => (a.index ?? Infinity) - (b.index ?? Infinity) || (a.startMs ?? Infinity) - (b.startMs ?? Infinity) || (a.platform ?? '').localeCompare(b.platform ?? ''));
}
/** Steps in Dockerfile order: by stage (the stage table's order), then line; else by start. */
function dockerfileOrder(stages) {
    const rank = new Map(stages.map((s, i) => [`${s.platform ?? ''}\u0000${s.name}`, i]));
    const r = (s) => rank.get(`${s.platform ?? ''}\u0000${s.stage}`) ?? Infinity;
    return (a, b) => r(a) - r(b) || (a.line ?? Infinity) - (b.line ?? Infinity) || (a.startMs ?? Infinity) - (b.startMs ?? Infinity);
}
/** Length of the parts of `a` that `b` covers (both unions of intervals). */
function overlapMs(a, b) {
    if (!a.length || !b.length)
        return 0;
    return unionMs(a) + unionMs(b) - unionMs([...a, ...b]);
}
function imageInfo(opts) {
    const md = (opts.metadata ?? {});
    const digest = typeof md['containerimage.digest'] === 'string' ? md['containerimage.digest'] : null;
    const names = typeof md['image.name'] === 'string' ? md['image.name'].split(',').filter(Boolean) : [];
    return {
        digest: opts.image?.digest ?? digest,
        tags: opts.image?.tags && opts.image.tags.length ? opts.image.tags : names,
        sizeBytes: opts.image?.sizeBytes ?? null,
        layers: opts.image?.layers ?? null
    };
}


/***/ })

};

//# sourceMappingURL=519.index.js.map