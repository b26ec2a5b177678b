export const id = 118;
export const ids = [118];
export const modules = {

/***/ 8118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReportCommand: () => (/* binding */ runReportCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _timing_render_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(204);
/* harmony import */ var _timing_render_terminal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1229);
/* harmony import */ var _timing_report_from_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1426);
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
    const report = await (0,_timing_report_from_file_js__WEBPACK_IMPORTED_MODULE_4__/* .reportFromRawjsonFile */ .d)(from, { dockerfileText, metadata });
    if (report.steps.length === 0 && report.durationMs === 0) {
        io.stderr(`error: --from ${v.from}: no BuildKit status objects found; is it a --progress=rawjson stream?\n`);
        return 1;
    }
    if (v['summary-md'])
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, v['summary-md']), (0,_timing_render_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .renderTimingMarkdown */ .E)(report, {}));
    io.stdout(v.json ? JSON.stringify(report, null, 2) + '\n' : (0,_timing_render_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTimingTerminal */ .N)(report, { color: io.isTTY }) + '\n');
    return 0;
}


/***/ }),

/***/ 2887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UQ: () => (/* binding */ esc),
/* harmony export */   lj: () => (/* binding */ fmtRatio),
/* harmony export */   mq: () => (/* binding */ fmtMs),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   zi: () => (/* binding */ fmtBytes)
/* harmony export */ });
// Small shared formatters for the renderers. Pure.
function fmtMs(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '-';
    if (ms < 1000)
        return `${(ms / 1000).toFixed(ms < 100 ? 2 : 1)}s`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const m = Math.floor(ms / 60_000);
    const s = Math.round((ms % 60_000) / 1000);
    return s === 60 ? `${m + 1}m00s` : `${m}m${String(s).padStart(2, '0')}s`;
}
function fmtBytes(n) {
    if (n === null || n === undefined || !Number.isFinite(n))
        return 'unknown';
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(1)} KB`;
    if (n < 1024 ** 3)
        return `${(n / 1024 ** 2).toFixed(1)} MB`;
    return `${(n / 1024 ** 3).toFixed(2)} GB`;
}
function fmtRatio(r) {
    return r === null ? 'n/a' : `${Math.round(r * 100)}%`;
}
/** Escapes text for HTML and Markdown table cells. */
function esc(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(/\r?\n/g, ' ');
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}


/***/ }),

/***/ 1229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ renderTimingTerminal)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2887);
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
    const cacheable = report.steps.filter((s) => !/^FROM\s/i.test(s.instruction));
    lines.push(c('bold', `${report.failed ? 'FAILED' : 'Build'} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(report.durationMs)}`) +
        `  cache ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtRatio */ .lj)(report.cacheHitRatio)} (${cacheable.filter((s) => s.cached).length}/${cacheable.length} steps)  image ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(report.image.sizeBytes)}`);
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
        const name = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(stageName(s.name, s.platform), nameW).padEnd(nameW);
        const b = s.cachedSteps === s.steps ? c('green', bar(s.durationMs, maxStage)) : c('yellow', bar(s.durationMs, maxStage));
        lines.push(`${name}  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(s.durationMs).padStart(7)}  ${b}  ${String(s.steps).padStart(5)}  ${String(s.cachedSteps).padStart(6)}`);
    }
    const p = report.phases;
    lines.push('');
    lines.push(c('dim', `context ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(p.contextTransferMs)} · cache import ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(p.cacheImportMs)} · export ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(p.imageExportMs)} · cache export ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(p.cacheExportMs)} · push ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(p.pushMs)}`));
    const slow = report.steps.filter((s) => s.durationMs > 0).sort((a, b) => b.durationMs - a.durationMs).slice(0, 5);
    if (slow.length) {
        lines.push('', c('bold', 'slowest steps'));
        const maxStep = slow[0].durationMs;
        for (const s of slow) {
            const where = s.line !== null ? `:${s.line}` : '';
            lines.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(s.durationMs).padStart(7)}  ${c('red', bar(s.durationMs, maxStep))}  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(`${s.stage}${where} ${s.instruction}`, width - barWidth - 12)}`);
        }
    }
    for (const w of report.warnings)
        lines.push(c('yellow', `warning: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(w, width)}`));
    return lines.join('\n');
}


/***/ })

};
