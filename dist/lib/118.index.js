export const id = 118;
export const ids = [118];
export const modules = {

/***/ 38118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReportCommand: () => (/* binding */ runReportCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _timing_render_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40204);
/* harmony import */ var _timing_render_terminal_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71229);
/* harmony import */ var _timing_report_from_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80002);
// `node dist/cli.js report --from FILE [--dockerfile F] [--json] [--summary-md OUT]`:
// the timing report of a build that ran elsewhere, from its saved rawjson stream.






const USAGE = `usage: node dist/cli.js report --from FILE [--dockerfile F] [--metadata M.json] [--json] [--summary-md OUT]
  FILE is a saved \`buildx build --progress=rawjson\` stream (stderr), or the output of
  \`docker buildx history logs --progress rawjson REF\`.`;
async function runReportCommand(argv, io) {
    let v;
    try {
        v = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: argv,
            options: {
                from: { type: 'string' },
                dockerfile: { type: 'string' },
                metadata: { type: 'string' },
                json: { type: 'boolean' },
                'summary-md': { type: 'string' },
                help: { type: 'boolean', short: 'h' }
            }
        }).values;
    }
    catch (e) {
        io.stderr(`error: ${e.message}\n${USAGE}\n`);
        return 2;
    }
    if (v.help) {
        io.stdout(USAGE + '\n');
        return 0;
    }
    if (!v.from) {
        io.stderr(`error: --from is required: pass the saved rawjson stream\n${USAGE}\n`);
        return 2;
    }
    const from = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, v.from);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(from)) {
        io.stderr(`error: --from ${v.from}: no such file\n`);
        return 2;
    }
    let dockerfileText;
    if (v.dockerfile) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, v.dockerfile);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p)) {
            io.stderr(`error: --dockerfile ${v.dockerfile}: no such file (omit it to report without Dockerfile lines)\n`);
            return 2;
        }
        dockerfileText = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8');
    }
    let metadata;
    if (v.metadata) {
        try {
            metadata = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, v.metadata), 'utf8'));
        }
        catch (e) {
            io.stderr(`error: --metadata ${v.metadata}: ${e.message}\n`);
            return 2;
        }
    }
    const report = await (0,_timing_report_from_file_js__WEBPACK_IMPORTED_MODULE_5__/* .reportFromRawjsonFile */ .d)(from, { dockerfileText, metadata });
    if (report.steps.length === 0 && report.durationMs === 0) {
        io.stderr(`error: --from ${v.from}: no BuildKit status objects found; is it a --progress=rawjson stream?\n`);
        return 1;
    }
    if (v['summary-md'])
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, v['summary-md']), (0,_timing_render_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTimingMarkdown */ .E)(report, {}));
    io.stdout(v.json ? JSON.stringify(report, null, 2) + '\n' : (0,_timing_render_terminal_js__WEBPACK_IMPORTED_MODULE_4__/* .renderTimingTerminal */ .N)(report, { color: io.isTTY }) + '\n');
    return 0;
}


/***/ }),

/***/ 38700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readRawjsonFile),
/* harmony export */   a: () => (/* binding */ RawjsonParser)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
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

/***/ 40204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ renderTimingMarkdown)
/* harmony export */ });
/* unused harmony export renderGantt */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92887);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35519);
// TimingReport → Markdown for the job summary: a headline, stages, the slowest steps
// linked to their Dockerfile lines, a mermaid gantt chart, and every step folded away.
// Pure; untrusted text (step names, log lines, tags) is HTML-escaped.


const stageLabel = (name, platform) => (platform ? `${name} (${platform})` : name);
function lineCell(s, lineUrl) {
    if (s.line === null)
        return '';
    const url = lineUrl?.(s.line);
    return url ? `<a href="${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(url)}">L${s.line}</a>` : `L${s.line}`;
}
/** Mermaid task names may not contain `:`, `;` or `#`. */
function ganttName(text) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(text.replace(/[:;#`"<>]/g, ' ').replace(/\s+/g, ' ').trim(), 60) || 'step';
}
function renderGantt(report, maxTasks = 40) {
    const ran = report.steps.filter((s) => !s.cached && s.startMs !== null && s.durationMs > 0);
    const kept = new Set((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .slowestSteps */ .pB)(ran, maxTasks));
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
    const count = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .countCachedSteps */ .BI)(report.steps);
    const title = opts.title ?? (report.image.tags[0] ? `Build ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(report.image.tags[0])}` : 'Build');
    const status = report.failed ? '❌ failed' : '✅';
    out.push(`### ${status} ${title}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(report.durationMs)} · cache ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtRatio */ .lj)((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .cacheHitRatioOf */ .iY)(count))} (${count.cached}/${count.steps} steps) · image ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtBytes */ .zi)(report.image.sizeBytes)}`);
    out.push('');
    if (report.failed) {
        const f = report.failed;
        const where = f.line !== null ? ` (Dockerfile ${opts.lineUrl?.(f.line) ? `<a href="${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(opts.lineUrl(f.line))}">line ${f.line}</a>` : `line ${f.line}`})` : '';
        out.push(`**Failed step:** <code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(f.name, 200))}</code>${where}`, '');
        out.push(`**Error:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(f.error, 500))}`, '');
        if (f.logTail.length) {
            out.push('<details open><summary>Last log lines</summary>', '', '<pre>', ...f.logTail.map((l) => (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(l, 300))), '</pre>', '</details>', '');
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
    out.push(`**Outside the Dockerfile steps:** ${phaseList.map(([n, ms]) => `${n} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(ms)}`).join(' · ')}`, '');
    if (report.stages.length) {
        const multi = report.stages.some((s) => s.platform);
        out.push(multi ? '| stage | platform | wall time | steps | cached |' : '| stage | wall time | steps | cached |');
        out.push(multi ? '|---|---|--:|--:|--:|' : '|---|--:|--:|--:|');
        for (const s of report.stages) {
            const cells = [`<code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(s.name)}</code>`, ...(multi ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(s.platform ?? '')] : []), (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs), String(s.steps), String(s.cachedSteps)];
            out.push(`| ${cells.join(' | ')} |`);
        }
        out.push('', '<sub>Stages run in parallel where they do not depend on each other: their times overlap and do not add up to the total. Steps are the Dockerfile instructions that build a layer (FROM is not counted), as in the headline.</sub>', '');
    }
    const slow = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .slowestSteps */ .pB)(report.steps, 5);
    if (slow.length) {
        out.push('#### Slowest steps', '', '| # | step | stage | time | share | line |', '|--:|---|---|--:|--:|---|');
        slow.forEach((s, i) => {
            const share = report.durationMs > 0 ? `${Math.round((100 * s.durationMs) / report.durationMs)}%` : '';
            out.push(`| ${i + 1} | <code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(s.instruction, 90))}</code> | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(s.stage)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs)} | ${share} | ${lineCell(s, opts.lineUrl)} |`);
        });
        out.push('');
    }
    if (report.criticalPath.length) {
        out.push(`<details><summary>Critical path (${report.criticalPath.length} vertexes)</summary>`, '', report.criticalPath.map((n) => `<code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(n, 100))}</code>`).join(' →<br>'), '', '</details>', '');
    }
    if (report.steps.some((s) => !s.cached && s.durationMs > 0))
        out.push(renderGantt(report, opts.maxGanttTasks), '');
    if (report.warnings.length) {
        out.push('**Warnings**', '', ...report.warnings.map((w) => `- ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(w, 300))}`), '');
    }
    out.push(`<details><summary>All ${report.steps.length} steps</summary>`, '', '| step | stage | cached | time | line |', '|---|---|:-:|--:|---|');
    for (const s of report.steps) {
        out.push(`| <code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(s.instruction, 120))}</code> | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(stageLabel(s.stage, s.platform))} | ${s.cached ? '✔' : ''} | ${s.cached ? '' : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs)} | ${lineCell(s, opts.lineUrl)} |`);
    }
    out.push('', '</details>', '');
    return out.join('\n');
}


/***/ }),

/***/ 71229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ renderTimingTerminal)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92887);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35519);
// TimingReport → terminal text: aligned tables with duration bars; ANSI colour only
// when asked (the CLI asks when stdout is a TTY). Pure.


const ANSI = { bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', reset: '\x1b[0m' };
function renderTimingTerminal(report, opts) {
    const c = (code, s) => (opts.color ? `${ANSI[code]}${s}${ANSI.reset}` : s);
    const width = Math.max(60, opts.width ?? 100);
    const barWidth = Math.min(30, width - 60);
    const bar = (ms, max) => {
        const n = max > 0 ? Math.round((ms / max) * barWidth) : 0;
        return '█'.repeat(n) + ' '.repeat(barWidth - n);
    };
    const lines = [];
    const count = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .countCachedSteps */ .BI)(report.steps);
    lines.push(c('bold', `${report.failed ? 'FAILED' : 'Build'} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(report.durationMs)}`) +
        `  cache ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtRatio */ .lj)((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .cacheHitRatioOf */ .iY)(count))} (${count.cached}/${count.steps} steps)  image ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtBytes */ .zi)(report.image.sizeBytes)}`);
    if (report.failed) {
        lines.push(c('red', `failed: ${report.failed.name}${report.failed.line !== null ? ` (Dockerfile line ${report.failed.line})` : ''}`));
        lines.push(c('red', `  ${report.failed.error}`));
        for (const l of report.failed.logTail.slice(-10))
            lines.push(c('dim', `  | ${l}`));
    }
    lines.push('');
    const stageName = (n, p) => (p ? `${n} (${p})` : n);
    const nameW = Math.min(34, Math.max(5, ...report.stages.map((s) => stageName(s.name, s.platform).length)));
    const maxStage = Math.max(0, ...report.stages.map((s) => s.durationMs));
    lines.push(`${'stage'.padEnd(nameW)}  ${'time'.padStart(7)}  ${' '.repeat(barWidth)}  steps  cached`);
    for (const s of report.stages) {
        const name = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(stageName(s.name, s.platform), nameW).padEnd(nameW);
        const b = s.cachedSteps === s.steps ? c('green', bar(s.durationMs, maxStage)) : c('yellow', bar(s.durationMs, maxStage));
        lines.push(`${name}  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs).padStart(7)}  ${b}  ${String(s.steps).padStart(5)}  ${String(s.cachedSteps).padStart(6)}`);
    }
    const p = report.phases;
    lines.push('');
    lines.push(c('dim', `context ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(p.contextTransferMs)} · cache import ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(p.cacheImportMs)} · export ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(p.imageExportMs)} · cache export ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(p.cacheExportMs)} · push ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(p.pushMs)}`));
    const slow = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .slowestSteps */ .pB)(report.steps, 5);
    if (slow.length) {
        lines.push('', c('bold', 'slowest steps'));
        const maxStep = slow[0].durationMs;
        for (const s of slow) {
            const where = s.line !== null ? `:${s.line}` : '';
            lines.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs).padStart(7)}  ${c('red', bar(s.durationMs, maxStep))}  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(`${s.stage}${where} ${s.instruction}`, width - barWidth - 12)}`);
        }
    }
    for (const w of report.warnings)
        lines.push(c('yellow', `warning: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(w, width)}`));
    return lines.join('\n');
}


/***/ }),

/***/ 80002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ reportFromRawjsonFile)
/* harmony export */ });
/* harmony import */ var _rawjson_parser_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38700);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35519);
// A saved rawjson stream (the action's own capture, a CI log, or
// `docker buildx history logs --progress rawjson REF`) → TimingReport, in bounded memory.


async function reportFromRawjsonFile(path, opts = {}) {
    const acc = new _model_js__WEBPACK_IMPORTED_MODULE_1__/* .TimingAccumulator */ .TS();
    for await (const status of (0,_rawjson_parser_js__WEBPACK_IMPORTED_MODULE_0__/* .readRawjsonFile */ .R)(path))
        acc.add(status);
    return acc.finish(opts);
}


/***/ })

};
