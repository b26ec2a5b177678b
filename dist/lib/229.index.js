export const id = 229;
export const ids = [229];
export const modules = {

/***/ 71229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderTimingTerminal: () => (/* binding */ renderTimingTerminal)
/* harmony export */ });
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56950);
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
    const count = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__.countCachedSteps)(report.steps);
    lines.push(c('bold', `${report.failed ? 'FAILED' : 'Build'}${report.image.tags[0] ? ` ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .imageLabel */ .ec)(report.image.tags[0])} —` : ''} ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(report.durationMs)}`) +
        `  cache ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtRatio */ .lj)((0,_model_js__WEBPACK_IMPORTED_MODULE_0__.cacheHitRatioOf)(count))} (${count.cached}/${count.steps} steps)  image ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtBytes */ .zi)(report.image.sizeBytes)}`);
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
        const name = (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(stageName(s.name, s.platform), nameW).padEnd(nameW);
        const b = s.cachedSteps === s.steps ? c('green', bar(s.durationMs, maxStage)) : c('yellow', bar(s.durationMs, maxStage));
        const time = s.steps > 0 && s.cachedSteps === s.steps ? 'cached' : (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs);
        lines.push(`${name}  ${time.padStart(7)}  ${b}  ${String(s.steps).padStart(5)}  ${String(s.cachedSteps).padStart(6)}`);
    }
    const p = report.phases;
    lines.push('');
    lines.push(c('dim', _model_js__WEBPACK_IMPORTED_MODULE_0__.PHASES.filter((x) => (p[x.key] ?? 0) > 0 || x.key !== 'cacheLoadMs')
        .map((x) => `${x.label} ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(p[x.key] ?? 0)}`)
        .join(' · ')));
    const slow = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__.slowestRows)(report, 5);
    if (slow.length) {
        lines.push('', c('bold', 'where the time went (steps and phases)'));
        const maxStep = slow[0].durationMs;
        for (const r of slow) {
            const what = r.kind === 'phase'
                ? `(${r.phase.label})`
                : `${r.step.stage}${r.step.line !== null ? `:${r.step.line}` : ''} ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortInstruction */ .jw)(r.step.instruction, width)}`;
            lines.push(`${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(r.durationMs).padStart(7)}  ${c('red', bar(r.durationMs, maxStep))}  ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(what, width - barWidth - 12)}`);
        }
    }
    for (const w of report.warnings)
        lines.push(c('yellow', `warning: ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(w, width)}`));
    return lines.join('\n');
}


/***/ })

};

//# sourceMappingURL=229.index.js.map