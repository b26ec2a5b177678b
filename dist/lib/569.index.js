export const id = 569;
export const ids = [569];
export const modules = {

/***/ 7081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ normaliseInstruction),
/* harmony export */   T: () => (/* binding */ mapDockerfile)
/* harmony export */ });
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8390);
// Where each BuildKit step comes from in the Dockerfile: stage names (`AS deps`, or
// `stage-N` for unnamed stages, as BuildKit names them) and the line of every
// instruction, from a real Dockerfile parser (dockerfile-ast).

/** Keyword + arguments without leading `--flag[=value]`s, whitespace and line continuations collapsed. */
function normaliseInstruction(text) {
    const collapsed = text.replace(/\\\r?\n/g, ' ').replace(/\s+/g, ' ').trim();
    const m = /^(\S+)\s*(.*)$/.exec(collapsed);
    if (!m)
        return collapsed.toUpperCase();
    let rest = m[2];
    while (/^--[\w-]+(=(\S+))?\s*/.test(rest))
        rest = rest.replace(/^--[\w-]+(=(\S+))?\s*/, '');
    return `${m[1].toUpperCase()} ${rest}`.trim();
}
const STEP_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR']);
function mapDockerfile(text) {
    const df = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(text);
    const stages = [];
    const instructions = [];
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
        if (stageIndex < 0)
            continue; // ARGs before the first FROM
        // BuildKit's `[stage n/m]` counts only the instructions that make a vertex.
        if (!STEP_KEYWORDS.has(keyword))
            continue;
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


/***/ }),

/***/ 8700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readRawjsonFile),
/* harmony export */   a: () => (/* binding */ RawjsonParser)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Streaming parser for `buildx --progress=rawjson`: SolveStatus objects, one per line
// (current buildx) or pretty-printed over many lines (buildx 0.13), mixed with plain
// text lines buildx prints on errors. Memory is bounded by the largest single object.

const OPEN = 123; // {
const CLOSE = 125; // }
const QUOTE = 34; // "
const BACKSLASH = 92;
const NL = 10;
/** An object larger than this is dropped (a runaway from text that merely looked like JSON). */
const MAX_OBJECT = 64 * 1024 * 1024;
/**
 * Finds top-level JSON objects in a text stream. An object starts with `{` as the first
 * non-blank character of a line; a new one starting at column 0 while another is open
 * means the open one was cut off, and it is dropped. Text outside objects is skipped.
 */
class RawjsonParser {
    buf = '';
    depth = 0;
    inString = false;
    escaped = false;
    lineStart = true;
    col = 0;
    /** Objects that did not parse, and non-JSON text lines seen (for diagnostics). */
    skipped = 0;
    push(chunk) {
        const out = [];
        let start = this.depth > 0 ? 0 : -1;
        for (let i = 0; i < chunk.length; i++) {
            const c = chunk.charCodeAt(i);
            if (this.depth === 0) {
                if (c === NL) {
                    this.lineStart = true;
                    this.col = 0;
                    continue;
                }
                if (this.lineStart && c === OPEN) {
                    this.depth = 1;
                    this.inString = false;
                    this.escaped = false;
                    start = i;
                    this.buf = '';
                }
                else if (c !== 32 && c !== 9 && c !== 13) {
                    this.lineStart = false;
                }
                this.col++;
                continue;
            }
            // inside an object
            if (this.inString) {
                if (this.escaped)
                    this.escaped = false;
                else if (c === BACKSLASH)
                    this.escaped = true;
                else if (c === QUOTE)
                    this.inString = false;
                else if (c === NL) {
                    // a raw newline cannot be inside a JSON string: the object was cut off
                    this.abandon();
                    start = -1;
                    this.lineStart = true;
                    this.col = 0;
                }
                continue;
            }
            if (c === NL) {
                this.col = 0;
                if (i + 1 < chunk.length && chunk.charCodeAt(i + 1) === OPEN) {
                    // `{` at column 0 while an object is open: the open one was truncated
                    this.abandon();
                    start = -1;
                    this.lineStart = true;
                }
                continue;
            }
            if (c === QUOTE)
                this.inString = true;
            else if (c === OPEN)
                this.depth++;
            else if (c === CLOSE) {
                this.depth--;
                if (this.depth === 0) {
                    const text = this.buf + chunk.slice(start < 0 ? 0 : start, i + 1);
                    this.buf = '';
                    start = -1;
                    this.lineStart = false;
                    try {
                        const v = JSON.parse(text);
                        if (v && typeof v === 'object' && !Array.isArray(v))
                            out.push(v);
                        else
                            this.skipped++;
                    }
                    catch {
                        this.skipped++;
                    }
                }
            }
        }
        if (this.depth > 0) {
            this.buf += chunk.slice(start < 0 ? 0 : start);
            if (this.buf.length > MAX_OBJECT)
                this.abandon();
        }
        return out;
    }
    /** The stream ended: an object still open was cut off and is dropped. */
    end() {
        if (this.depth > 0)
            this.abandon();
        return [];
    }
    abandon() {
        this.depth = 0;
        this.inString = false;
        this.escaped = false;
        this.buf = '';
        this.skipped++;
    }
}
/** Reads a saved rawjson stream status by status, in bounded memory. */
async function* readRawjsonFile(path) {
    const parser = new RawjsonParser();
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
    for await (const chunk of stream) {
        for (const s of parser.push(chunk))
            yield s;
    }
    for (const s of parser.end())
        yield s;
}


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ renderTimingMarkdown)
/* harmony export */ });
/* unused harmony export renderGantt */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2887);
// TimingReport → Markdown for the job summary: a headline, stages, the slowest steps
// linked to their Dockerfile lines, a mermaid gantt chart, and every step folded away.
// Pure; untrusted text (step names, log lines, tags) is HTML-escaped.

const stageLabel = (name, platform) => (platform ? `${name} (${platform})` : name);
function lineCell(s, lineUrl) {
    if (s.line === null)
        return '';
    const url = lineUrl?.(s.line);
    return url ? `<a href="${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(url)}">L${s.line}</a>` : `L${s.line}`;
}
/** Mermaid task names may not contain `:`, `;` or `#`. */
function ganttName(text) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(text.replace(/[:;#`"<>]/g, ' ').replace(/\s+/g, ' ').trim(), 60) || 'step';
}
function renderGantt(report, maxTasks = 40) {
    const ran = report.steps.filter((s) => !s.cached && s.startMs !== null && s.durationMs > 0);
    const kept = new Set([...ran].sort((a, b) => b.durationMs - a.durationMs).slice(0, maxTasks));
    const lines = ['```mermaid', 'gantt', '  title Build timeline (mm:ss from the start)', '  dateFormat x', '  axisFormat %M:%S'];
    let id = 0;
    const stages = report.stages.filter((st) => st.startMs !== null && st.durationMs > 0);
    if (stages.length) {
        lines.push('  section stages');
        for (const st of stages) {
            const a = Math.round(st.startMs);
            lines.push(`  ${ganttName(stageLabel(st.name, st.platform))} :s${id++}, ${a}, ${a + Math.max(1, Math.round(st.durationMs))}`);
        }
    }
    const bySection = new Map();
    for (const s of ran) {
        if (!kept.has(s))
            continue;
        const key = stageLabel(s.stage, s.platform);
        bySection.set(key, [...(bySection.get(key) ?? []), s]);
    }
    for (const [section, steps] of bySection) {
        lines.push(`  section ${ganttName(section)}`);
        for (const s of steps) {
            const a = Math.round(s.startMs);
            lines.push(`  ${ganttName(s.instruction)} :t${id++}, ${a}, ${a + Math.max(1, Math.round(s.durationMs))}`);
        }
    }
    const p = report.phases;
    const tail = [
        ['image export', p.imageExportMs],
        ['cache export', p.cacheExportMs],
        ['push', p.pushMs]
    ];
    if (tail.some(([, ms]) => ms > 0)) {
        lines.push('  section export');
        let cursor = Math.max(0, report.durationMs - tail.reduce((acc, [, ms]) => acc + ms, 0));
        for (const [name, ms] of tail) {
            if (ms <= 0)
                continue;
            lines.push(`  ${name} :e${id++}, ${Math.round(cursor)}, ${Math.round(cursor + ms)}`);
            cursor += ms;
        }
    }
    lines.push('```');
    return lines.join('\n');
}
function renderTimingMarkdown(report, opts = {}) {
    const out = [];
    const cacheable = report.steps.filter((s) => !/^FROM\s/i.test(s.instruction));
    const cached = cacheable.filter((s) => s.cached).length;
    const title = opts.title ?? (report.image.tags[0] ? `Build ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(report.image.tags[0])}` : 'Build');
    const status = report.failed ? '❌ failed' : '✅';
    out.push(`### ${status} ${title}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(report.durationMs)} · cache ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtRatio */ .lj)(report.cacheHitRatio)} (${cached}/${cacheable.length} steps) · image ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(report.image.sizeBytes)}`);
    out.push('');
    if (report.failed) {
        const f = report.failed;
        const where = f.line !== null ? ` (Dockerfile ${opts.lineUrl?.(f.line) ? `<a href="${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(opts.lineUrl(f.line))}">line ${f.line}</a>` : `line ${f.line}`})` : '';
        out.push(`**Failed step:** <code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(f.name, 200))}</code>${where}`, '');
        out.push(`**Error:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(f.error, 500))}`, '');
        if (f.logTail.length) {
            out.push('<details open><summary>Last log lines</summary>', '', '<pre>', ...f.logTail.map((l) => (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(l, 300))), '</pre>', '</details>', '');
        }
    }
    const p = report.phases;
    const phaseList = [
        ['context transfer', p.contextTransferMs],
        ['cache import', p.cacheImportMs],
        ['image export', p.imageExportMs],
        ['cache export', p.cacheExportMs],
        ['push', p.pushMs]
    ];
    out.push(`**Outside the Dockerfile steps:** ${phaseList.map(([n, ms]) => `${n} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(ms)}`).join(' · ')}`, '');
    if (report.stages.length) {
        const multi = report.stages.some((s) => s.platform);
        out.push(multi ? '| stage | platform | wall time | steps | cached |' : '| stage | wall time | steps | cached |');
        out.push(multi ? '|---|---|--:|--:|--:|' : '|---|--:|--:|--:|');
        for (const s of report.stages) {
            const cells = [`<code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(s.name)}</code>`, ...(multi ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(s.platform ?? '')] : []), (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(s.durationMs), String(s.steps), String(s.cachedSteps)];
            out.push(`| ${cells.join(' | ')} |`);
        }
        out.push('', '<sub>Stages run in parallel where they do not depend on each other: their times overlap and do not add up to the total.</sub>', '');
    }
    const slow = report.steps.filter((s) => s.durationMs > 0).sort((a, b) => b.durationMs - a.durationMs).slice(0, 5);
    if (slow.length) {
        out.push('#### Slowest steps', '', '| # | step | stage | time | share | line |', '|--:|---|---|--:|--:|---|');
        slow.forEach((s, i) => {
            const share = report.durationMs > 0 ? `${Math.round((100 * s.durationMs) / report.durationMs)}%` : '';
            out.push(`| ${i + 1} | <code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(s.instruction, 90))}</code> | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(s.stage)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(s.durationMs)} | ${share} | ${lineCell(s, opts.lineUrl)} |`);
        });
        out.push('');
    }
    if (report.criticalPath.length) {
        out.push(`<details><summary>Critical path (${report.criticalPath.length} vertexes)</summary>`, '', report.criticalPath.map((n) => `<code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(n, 100))}</code>`).join(' →<br>'), '', '</details>', '');
    }
    if (report.steps.some((s) => !s.cached && s.durationMs > 0))
        out.push(renderGantt(report, opts.maxGanttTasks), '');
    if (report.warnings.length) {
        out.push('**Warnings**', '', ...report.warnings.map((w) => `- ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(w, 300))}`), '');
    }
    out.push(`<details><summary>All ${report.steps.length} steps</summary>`, '', '| step | stage | cached | time | line |', '|---|---|:-:|--:|---|');
    for (const s of report.steps) {
        out.push(`| <code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(s.instruction, 120))}</code> | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(stageLabel(s.stage, s.platform))} | ${s.cached ? '✔' : ''} | ${s.cached ? '' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(s.durationMs)} | ${lineCell(s, opts.lineUrl)} |`);
    }
    out.push('', '</details>', '');
    return out.join('\n');
}


/***/ }),

/***/ 1426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ reportFromRawjsonFile)
});

// EXTERNAL MODULE: ./src/timing/rawjson-parser.ts
var rawjson_parser = __webpack_require__(8700);
// EXTERNAL MODULE: ./src/timing/dockerfile-map.ts
var dockerfile_map = __webpack_require__(7081);
;// CONCATENATED MODULE: ./src/timing/model.ts
// BuildKit status events → the timing model of one build (TimingReport). Pure: no I/O.
// A vertex digest appears many times (announced, started, completed, sometimes several
// start/complete intervals): its intervals are merged. Parallel stages overlap and are
// never summed; every duration is wall time from vertex timestamps.

// `[deps 3/4] RUN ...`, `[linux/arm64 build 3/37] RUN ...`, and for a single unnamed stage
// just `[2/2] RUN ...` (or `[linux/amd64 2/2] RUN ...`).
const STEP = /^\[(?:(?<prefix>[^\]]*?)\s+)?(?<n>\d+)\/(?<m>\d+)\]\s+(?<instr>[\s\S]*)$/;
/** `[linux/amd64->arm64 build 3/37] RUN make` → platform, stage, position, instruction. */
function parseStepName(name) {
    const m = STEP.exec(name);
    if (!m?.groups)
        return null;
    const parts = (m.groups.prefix ?? '').trim().split(/\s+/).filter(Boolean);
    if (parts[0] === 'internal' || parts[0] === 'auth')
        return null;
    let platform = null;
    if (parts.length > 0 && parts[0].includes('/'))
        platform = parts.shift();
    // a Dockerfile with one unnamed stage: BuildKit prints no stage name; it is stage-0
    const stage = parts.length ? parts.join(' ') : 'stage-0';
    return { platform, stage, n: Number(m.groups.n), m: Number(m.groups.m), instruction: m.groups.instr.trim() };
}
function classifyVertex(name) {
    if (parseStepName(name))
        return 'step';
    if (/^\[internal\] load build context/.test(name))
        return 'context';
    if (/^\[(\S+ )?(internal|auth)\]/.test(name) || /^(resolve image config|docker-image:\/\/|FROM |load metadata)/.test(name))
        return 'internal';
    if (/^importing cache manifest/.test(name))
        return 'cache-import';
    if (/^(exporting cache|preparing build cache for export|writing cache)/.test(name))
        return 'cache-export';
    if (/^pushing /.test(name))
        return 'push';
    if (/^(exporting to |exporting layers|writing image|naming to|unpacking|sending tarball|copying files)/.test(name))
        return 'export';
    return 'other';
}
const LOG_TAIL = 20;
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
    add(status) {
        for (const v of status.vertexes ?? []) {
            if (!v || typeof v.digest !== 'string')
                continue;
            let st = this.vertices.get(v.digest);
            if (!st) {
                st = { digest: v.digest, name: v.name ?? v.digest, inputs: [], cached: false, error: null, intervals: new Map(), order: this.order++, logTail: [], logPartial: '' };
                this.vertices.set(v.digest, st);
            }
            if (v.name)
                st.name = v.name;
            if (Array.isArray(v.inputs) && v.inputs.length)
                st.inputs = v.inputs.filter((x) => typeof x === 'string');
            if (v.cached)
                st.cached = true;
            if (v.error)
                st.error = String(v.error);
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
        for (const s of status.statuses ?? []) {
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
        for (const l of status.logs ?? []) {
            if (!l || typeof l.vertex !== 'string' || !l.data)
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
        for (const w of status.warnings ?? []) {
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
        const intervalsOf = (v) => [...v.intervals].map(([a, b]) => [a, b ?? end]);
        const map = opts.dockerfileText ? safeMap(opts.dockerfileText) : null;
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
        const ordered = [...this.vertices.values()].sort((a, b) => firstStart(a) - firstStart(b) || a.order - b.order);
        for (const v of ordered) {
            const kind = classifyVertex(v.name);
            const ivs = intervalsOf(v);
            const dur = unionMs(ivs);
            switch (kind) {
                case 'context':
                    phases.contextTransferMs += dur;
                    break;
                case 'cache-import':
                    phases.cacheImportMs += dur;
                    // a missing cache (first build of a branch) is normal: the build goes on without it
                    if (v.error) {
                        warnings.push(/not found/i.test(v.error) ? `no cache found to import yet (normal for the first build of this cache): ${v.error}` : `cache import skipped: ${v.error}`);
                    }
                    break;
                case 'cache-export':
                    phases.cacheExportMs += dur;
                    if (v.error)
                        warnings.push(`cache export failed (the build is not failed by it): ${v.error}`);
                    break;
                case 'export':
                    phases.imageExportMs += dur;
                    break;
                case 'push':
                    pushIntervals.push(...ivs);
                    break;
                case 'step': {
                    const p = parseStepName(v.name);
                    const loc = locate(map, p);
                    const step = {
                        name: v.name,
                        instruction: p.instruction.replace(/\s+/g, ' '),
                        stage: loc?.stage ?? p.stage,
                        platform: p.platform,
                        cached: v.cached,
                        durationMs: v.cached ? 0 : dur,
                        startMs: ivs.length ? Math.min(...ivs.map(([a]) => a)) - start : null,
                        line: loc?.line ?? null,
                        digest: v.digest
                    };
                    if (v.error)
                        step.error = v.error;
                    steps.push(step);
                    stepVertex.set(v.digest, step);
                    break;
                }
                default:
                    break;
            }
            // the step that failed first; steps cancelled because of it ("context canceled") come second
            const cancelled = (e) => /context canceled/.test(e);
            if (v.error &&
                kind !== 'cache-export' &&
                kind !== 'cache-import' &&
                (!failed || (kind === 'step' && cancelled(failed.error) && !cancelled(v.error)))) {
                const s = stepVertex.get(v.digest);
                failed = { name: v.name, stage: s?.stage ?? null, line: s?.line ?? null, error: v.error, logTail: [...v.logTail, ...(v.logPartial ? [v.logPartial] : [])].slice(-LOG_TAIL) };
            }
        }
        phases.pushMs = unionMs(pushIntervals);
        const stages = stageRows(steps, this.vertices, intervalsOf, start);
        const cacheable = steps.filter((s) => !/^FROM\s/i.test(s.instruction));
        const cacheHitRatio = cacheable.length ? cacheable.filter((s) => s.cached).length / cacheable.length : null;
        const slowest = [...steps].filter((s) => s.durationMs > 0).sort((a, b) => b.durationMs - a.durationMs).slice(0, 10).map((s) => s.name);
        return {
            schemaVersion: 1,
            durationMs: Number.isFinite(last - start) ? Math.max(0, last - start) : 0,
            cacheHitRatio,
            stages,
            steps,
            phases,
            criticalPath: this.criticalPath(intervalsOf),
            slowest,
            image: imageInfo(opts),
            warnings,
            failed,
            meta: { ...(opts.meta ?? {}) }
        };
    }
    /**
     * From the Dockerfile step that ended last, walk back through the input that finished
     * last; then the export, cache export and push that follow it, in time order.
     */
    criticalPath(intervalsOf) {
        const endOf = (v) => Math.max(-Infinity, ...intervalsOf(v).map(([, b]) => b));
        let cur;
        for (const v of this.vertices.values()) {
            if (v.intervals.size && classifyVertex(v.name) === 'step' && (!cur || endOf(v) > endOf(cur)))
                cur = v;
        }
        const lastStepEnd = cur ? endOf(cur) : -Infinity;
        const after = [...this.vertices.values()]
            .filter((v) => v.intervals.size && ['export', 'cache-export', 'push'].includes(classifyVertex(v.name)) && endOf(v) >= lastStepEnd)
            .sort((a, b) => firstStart(a) - firstStart(b))
            .map((v) => v.name);
        const path = [];
        const visited = new Set();
        while (cur && !visited.has(cur.digest)) {
            visited.add(cur.digest);
            const kind = classifyVertex(cur.name);
            if (kind !== 'internal' && kind !== 'other')
                path.push(cur.name);
            // the input that finished last gated this vertex; a cached input's timestamps say
            // when it was looked up, not when it was made, so ran inputs are preferred
            let next;
            const inputs = cur.inputs.map((d) => this.vertices.get(d)).filter((v) => Boolean(v?.intervals.size));
            const ran = inputs.filter((v) => !v.cached);
            for (const v of ran.length ? ran : inputs)
                if (!next || endOf(v) > endOf(next))
                    next = v;
            cur = next;
        }
        return [...path.reverse(), ...after];
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
        return (0,dockerfile_map/* mapDockerfile */.T)(text);
    }
    catch {
        return null;
    }
}
/** The Dockerfile instruction of a step: by stage and position, checked by text; else by text alone. */
function locate(map, p) {
    if (!map)
        return null;
    const text = (0,dockerfile_map/* normaliseInstruction */.P)(p.instruction);
    const keyword = text.split(' ')[0];
    const byPos = map.instructions.find((i) => i.stage === p.stage.toLowerCase() && i.position === p.n);
    if (byPos && byPos.keyword === keyword && (keyword === 'FROM' || sameText(byPos.text, text)))
        return byPos;
    const byText = map.instructions.filter((i) => sameText(i.text, text));
    const best = byText.find((i) => i.stage === p.stage.toLowerCase()) ?? byText[0];
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
function stageRows(steps, vertices, intervalsOf, start) {
    const rows = new Map();
    for (const s of steps) {
        const key = `${s.platform ?? ''}\u0000${s.stage}`;
        let r = rows.get(key);
        if (!r) {
            r = { row: { name: s.stage, platform: s.platform, durationMs: 0, startMs: null, steps: 0, cachedSteps: 0 }, ivs: [] };
            rows.set(key, r);
        }
        r.row.steps++;
        if (s.cached)
            r.row.cachedSteps++;
        const v = vertices.get(s.digest);
        if (v && !s.cached)
            r.ivs.push(...intervalsOf(v));
        if (s.startMs !== null && (r.row.startMs === null || s.startMs < r.row.startMs))
            r.row.startMs = s.startMs;
    }
    for (const { row, ivs } of rows.values()) {
        if (ivs.length) {
            const a = Math.min(...ivs.map(([x]) => x));
            const b = Math.max(...ivs.map(([, y]) => y));
            row.durationMs = b - a;
            row.startMs = a - start;
        }
    }
    return [...rows.values()].map((r) => r.row).sort((a, b) => (a.startMs ?? Infinity) - (b.startMs ?? Infinity));
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
/** Convenience: a whole stream of statuses → report. */
function buildTimingReport(events, opts = {}) {
    const acc = new TimingAccumulator();
    for (const e of events)
        acc.add(e);
    return acc.finish(opts);
}

;// CONCATENATED MODULE: ./src/timing/report-from-file.ts
// A saved rawjson stream (the action's own capture, a CI log, or
// `docker buildx history logs --progress rawjson REF`) → TimingReport, in bounded memory.


async function reportFromRawjsonFile(path, opts = {}) {
    const acc = new TimingAccumulator();
    for await (const status of (0,rawjson_parser/* readRawjsonFile */.R)(path))
        acc.add(status);
    return acc.finish(opts);
}


/***/ })

};
