export const id = 204;
export const ids = [204];
export const modules = {

/***/ 40204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _x: () => (/* binding */ buildFacts),
/* harmony export */   renderTimingMarkdown: () => (/* binding */ renderTimingMarkdown)
/* harmony export */ });
/* unused harmony exports ganttAxis, renderGantt */
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56950);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35519);
// TimingReport → Markdown for the job summary, as people read it on GitHub: a headline
// (image, total, cache hits, size) with the build's facts and links under it, where the time
// went (steps and the export, cache and push phases side by side), the stages in Dockerfile
// order, the critical path, a mermaid gantt chart, and every step folded away.
// Pure; untrusted text (step names, log lines, tags) is HTML-escaped and never autolinked.


const stageLabel = (name, platform) => (platform ? `${name} (${platform})` : name);
function lineLink(line, lineUrl, text = line === null ? '' : `L${line}`) {
    if (line === null)
        return '';
    const url = lineUrl?.(line);
    return url ? `<a href="${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(url)}">${text}</a>` : text;
}
/** `runtime L27`, linked to the line. */
function whereCell(s, lineUrl) {
    return `${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)(stageLabel(s.stage, s.platform))}${s.line !== null ? ` ${lineLink(s.line, lineUrl)}` : ''}`;
}
/** The cache ref or scope a build read, from its cache-from entries (meta.cacheRef), shortened. */
function cacheText(meta) {
    const backend = meta.cacheBackend;
    if (!backend)
        return null;
    const ref = meta.cacheRef;
    if (!ref)
        return (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(backend);
    return `${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(backend)} ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(backend === 'registry' || backend === 'inline' ? (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .imageLabel */ .ec)(ref) : (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(ref, 60))}`;
}
/** The facts and links under the headline: commit, digest, builder/driver, cache, build record. */
function buildFacts(report, links = {}, withCommit = true) {
    const m = report.meta;
    const parts = [];
    if (m.commit && withCommit) {
        const sha = (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(m.commit.slice(0, 7));
        parts.push(`commit ${links.commitUrl ? `<a href="${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(links.commitUrl)}"><code>${sha}</code></a>` : `<code>${sha}</code>`}`);
    }
    if (report.image.digest)
        parts.push(`digest <code>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(report.image.digest.replace(/^sha256:/, '').slice(0, 12))}</code>`);
    const builder = m.builder && m.builder !== 'unknown' ? m.builder : null;
    const driver = m.driver && m.driver !== 'unknown' ? m.driver : null;
    // (setup-buildx-action names its builders builder-<uuid>: the start says enough)
    if (builder || driver)
        parts.push(`builder ${builder ? (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(builder, 20)) : ''}${driver ? `${builder ? ' ' : ''}(${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(driver)} driver)` : ''}`);
    const cache = cacheText(m);
    if (cache)
        parts.push(`cache ${cache}`);
    if (links.buildRecordUrl)
        parts.push(`<a href="${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(links.buildRecordUrl)}">build record</a>`);
    return parts.length ? `<sub>${parts.join(' · ')}</sub>` : '';
}
/** Mermaid task names may not contain `:`, `;` or `#`. */
function ganttName(text) {
    return ((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(text
        .replace(/[:;#`"<>]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(), 60) || 'step');
}
/** A tick every 1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min or 1 h: about ten ticks over the chart. */
function ganttAxis(spanMs) {
    const ticks = [
        [1_000, '1second'],
        [2_000, '2second'],
        [5_000, '5second'],
        [10_000, '10second'],
        [15_000, '15second'],
        [30_000, '30second'],
        [60_000, '1minute'],
        [120_000, '2minute'],
        [300_000, '5minute'],
        [600_000, '10minute'],
        [900_000, '15minute'],
        [1_800_000, '30minute'],
        [3_600_000, '1hour']
    ];
    const pick = ticks.find(([ms]) => spanMs / ms <= 10) ?? ticks[ticks.length - 1];
    return { tickInterval: pick[1], axisFormat: spanMs >= 3_600_000 ? '%H:%M' : '%M:%S' };
}
/**
 * The gantt chart: the steps that ran, by stage in Dockerfile order, and the phases
 * outside the steps at the times they ran. The axis starts at the first bar drawn and
 * reads m:ss from there; ticks are chosen for the chart's length. Critical path bars are `crit`.
 */
function renderGantt(report, maxTasks = 40) {
    const ran = report.steps.filter((s) => !s.cached && s.startMs !== null && s.durationMs > 0);
    const kept = new Set([...ran].sort((a, b) => b.durationMs - a.durationMs).slice(0, maxTasks));
    const critical = new Set(report.criticalPath);
    const sections = [];
    let id = 0;
    const bySection = new Map();
    for (const st of report.stages)
        bySection.set(stageLabel(st.name, st.platform), []);
    for (const s of ran) {
        if (!kept.has(s))
            continue;
        const key = stageLabel(s.stage, s.platform);
        const a = s.startMs;
        const tasks = bySection.get(key) ?? [];
        tasks.push({ name: (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortInstruction */ .jw)(s.instruction, 60), id: `t${id++}`, a, b: a + s.durationMs, crit: critical.has(s.name) });
        bySection.set(key, tasks);
    }
    for (const [name, tasks] of bySection)
        if (tasks.length)
            sections.push([name, tasks]);
    const outside = [];
    const w = report.phaseWindows ?? {};
    for (const p of _model_js__WEBPACK_IMPORTED_MODULE_0__.PHASES) {
        const win = w[p.window];
        const ms = report.phases[p.key] ?? 0;
        if (!win || ms <= 0)
            continue;
        outside.push({ name: p.label, id: `e${id++}`, a: win.startMs, b: win.endMs, crit: false });
    }
    if (!Object.keys(w).length) {
        // a report without phase times (an earlier writer): the export phases end the build
        let cursor = Math.max(0, report.durationMs - report.phases.imageExportMs - report.phases.cacheExportMs - report.phases.pushMs);
        for (const [name, ms] of [
            ['image export', report.phases.imageExportMs],
            ['cache export', report.phases.cacheExportMs],
            ['push', report.phases.pushMs]
        ]) {
            if (ms <= 0)
                continue;
            outside.push({ name, id: `e${id++}`, a: cursor, b: cursor + ms, crit: false });
            cursor += ms;
        }
    }
    if (outside.length)
        sections.push(['outside the steps', outside.sort((x, y) => x.a - y.a)]);
    const all = sections.flatMap(([, t]) => t);
    const origin = all.length ? Math.min(...all.map((t) => t.a)) : 0;
    const end = all.length ? Math.max(...all.map((t) => t.b)) : 0;
    const axis = ganttAxis(end - origin);
    const lines = [
        '```mermaid',
        'gantt',
        '  title Build timeline (m:ss from the first vertex)',
        '  dateFormat x',
        `  axisFormat ${axis.axisFormat}`,
        `  tickInterval ${axis.tickInterval}`
    ];
    for (const [name, tasks] of sections) {
        lines.push(`  section ${ganttName(name)}`);
        for (const t of tasks) {
            const a = Math.round(t.a - origin);
            lines.push(`  ${ganttName(t.name)} :${t.crit ? 'crit, ' : ''}${t.id}, ${a}, ${Math.max(a + 1, Math.round(t.b - origin))}`);
        }
    }
    lines.push('```');
    return lines.join('\n');
}
function timeRowCells(r, total, lineUrl) {
    const share = total > 0 ? `${Math.round((100 * r.durationMs) / total)}%` : '';
    if (r.kind === 'phase')
        return [`<i>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(r.phase.label)}</i>`, '', (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(r.durationMs), share];
    return [(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortInstruction */ .jw)(r.step.instruction)), whereCell(r.step, lineUrl), (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(r.durationMs), share];
}
/** A stage's wall time, or `cached` when every counted step came back from cache (its FROM may have been resolved). */
function stageTime(s) {
    if (s.steps > 0 && s.cachedSteps === s.steps)
        return 'cached';
    return (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs);
}
function renderTimingMarkdown(report, opts = {}) {
    const out = [];
    const count = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__.countCachedSteps)(report.steps);
    const name = opts.title ?? (report.image.tags[0] ? (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .imageLabel */ .ec)(report.image.tags[0])) : 'Build');
    out.push(`### ${report.failed ? '❌ failed:' : '✅'} ${name} — ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(report.durationMs)} · cache ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtRatio */ .lj)((0,_model_js__WEBPACK_IMPORTED_MODULE_0__.cacheHitRatioOf)(count))} (${count.cached}/${count.steps} steps) · image ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtBytes */ .zi)(report.image.sizeBytes)}`);
    const facts = buildFacts(report, opts.links);
    if (facts)
        out.push('', facts);
    out.push('');
    if (report.failed) {
        const f = report.failed;
        const url = f.line !== null ? opts.lineUrl?.(f.line) : undefined;
        const where = f.line !== null ? ` (Dockerfile ${url ? `<a href="${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(url)}">line ${f.line}</a>` : `line ${f.line}`})` : '';
        out.push(`**Failed step:** ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(f.name, 200))}${where}`, '');
        out.push(`**Error:** ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(f.error, 500))}`, '');
        if (f.logTail.length) {
            out.push('<details open><summary>Last log lines</summary>', '', '<pre>', ...f.logTail.map((l) => (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(l, 300))), '</pre>', '</details>', '');
        }
    }
    const rows = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__.slowestRows)(report, 5);
    if (rows.length) {
        out.push('#### Where the time went', '', '| | step or phase | stage | time | share |', '|--:|---|---|--:|--:|');
        rows.forEach((r, i) => out.push(`| ${i + 1} | ${timeRowCells(r, report.durationMs, opts.lineUrl).join(' | ')} |`));
        const p = report.phases;
        const outside = _model_js__WEBPACK_IMPORTED_MODULE_0__.PHASES.filter((x) => (p[x.key] ?? 0) > 0 || x.key !== 'cacheLoadMs').map((x) => `${x.label} ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(p[x.key] ?? 0)}`);
        out.push('', `<sub>Outside the Dockerfile steps: ${outside.join(' · ')}. Share: of the ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(report.durationMs)} wall time; parts that overlap add up to more.</sub>`, '');
    }
    if (report.stages.length) {
        const multi = report.stages.some((s) => s.platform);
        out.push(multi ? '| stage | platform | wall time | steps | cached |' : '| stage | wall time | steps | cached |');
        out.push(multi ? '|---|---|--:|--:|--:|' : '|---|--:|--:|--:|');
        for (const s of report.stages) {
            const cells = [(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(s.name), ...(multi ? [(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(s.platform ?? '')] : []), stageTime(s), String(s.steps), String(s.cachedSteps)];
            out.push(`| ${cells.join(' | ')} |`);
        }
        out.push('', '<sub>In Dockerfile order. Stages that do not depend on each other run in parallel: their times overlap. Steps are the instructions that build a layer (FROM is not counted); a step two stages share is counted in the first.</sub>', '');
    }
    if (report.criticalPath.length) {
        const byName = new Map(report.steps.map((s) => [s.name, s]));
        const p = report.phases;
        const phaseOf = (n) => /^\[internal\] load build context/.test(n)
            ? ['context transfer', p.contextTransferMs]
            : /^exporting cache/.test(n)
                ? ['cache export', p.cacheExportMs]
                : /^exporting to /.test(n)
                    ? ['image export', p.imageExportMs]
                    : /^pushing /.test(n)
                        ? ['push', p.pushMs]
                        : null;
        const items = report.criticalPath.map((n) => {
            const s = byName.get(n);
            if (s)
                return `<li>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortInstruction */ .jw)(s.instruction))} ${whereCell(s, opts.lineUrl)} · ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs)}</li>`;
            const ph = phaseOf(n);
            return ph ? `<li><i>${ph[0]}</i> · ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(ph[1])}</li>` : `<li><i>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(n, 80))}</i></li>`;
        });
        const ms = report.criticalPathMs;
        out.push(`<details><summary>Critical path${ms !== undefined ? `: ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(ms)}` : ''}, ${report.criticalPath.length} vertexes (cached steps weigh nothing)</summary>`, '', `<ol>${items.join('')}</ol>`, '', '</details>', '');
    }
    if (report.steps.some((s) => !s.cached && s.durationMs > 0))
        out.push(renderGantt(report, opts.maxGanttTasks), '');
    if (report.warnings.length) {
        out.push('**Warnings**', '', ...report.warnings.map((w) => `- ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(w, 300))}`), '');
    }
    const bases = report.steps.filter(_model_js__WEBPACK_IMPORTED_MODULE_0__.isFromStep).length;
    out.push(`<details><summary>All ${count.steps} steps${bases ? ` and ${bases} base image${bases > 1 ? 's' : ''} (FROM)` : ''}, in Dockerfile order</summary>`, '', '| line | stage | step | time |', '|--:|---|---|--:|');
    for (const s of report.steps) {
        const short = (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortInstruction */ .jw)(s.instruction, 90);
        const full = s.instruction.replace(/\s+/g, ' ').trim();
        const shared = s.sharedWith?.length ? `<sub>also ${s.sharedWith.map((x) => `${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)(x.stage)} ${lineLink(x.line, opts.lineUrl)}`).join(', ')}</sub>` : '';
        // the full text, flags and all, one click away: a long command never makes a tall row
        const text = short === full
            ? `${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(full)}${shared ? `<br>${shared}` : ''}`
            : `<details><summary>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(short)}${shared ? ` ${shared}` : ''}</summary>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(full, 2000))}</details>`;
        out.push(`| ${lineLink(s.line, opts.lineUrl)} | ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escText */ .ZM)(stageLabel(s.stage, s.platform))} | ${text} | ${s.cached ? 'cached' : s.startMs === null ? '–' : (0,_common_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(s.durationMs)} |`);
    }
    out.push('', '</details>', '');
    return out.join('\n');
}


/***/ })

};

//# sourceMappingURL=204.index.js.map