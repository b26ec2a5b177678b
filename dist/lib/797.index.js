export const id = 797;
export const ids = [797];
export const modules = {

/***/ 72797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCompareCommand: () => (/* binding */ runCompareCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _compare_compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66832);
/* harmony import */ var _compare_render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52831);
/* harmony import */ var _timing_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92887);
// `node dist/cli.js compare --base A.json --head B.json [--markdown FILE] [--json] [--threshold 10%,5s]`






const USAGE = 'usage: node dist/cli.js compare --base A.json --head B.json [--image NAME] [--markdown FILE] [--json] [--threshold 10%,5s]';
function load(io, flag, path) {
    if (!path)
        throw new Error(`--${flag} is required (a JSON timing report from --report-json)`);
    const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
        throw new Error(`--${flag} ${path}: no such file`);
    const r = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8'));
    if (r.schemaVersion !== 1)
        throw new Error(`--${flag} ${path}: not a buildstage timing report (schemaVersion ${String(r.schemaVersion)})`);
    return r;
}
async function runCompareCommand(argv, io) {
    try {
        const { values: v } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: argv,
            options: { base: { type: 'string' }, head: { type: 'string' }, image: { type: 'string' }, markdown: { type: 'string' }, json: { type: 'boolean' }, threshold: { type: 'string' }, help: { type: 'boolean', short: 'h' } }
        });
        if (v.help) {
            io.stdout(USAGE + '\n');
            return 0;
        }
        const base = load(io, 'base', v.base);
        const head = load(io, 'head', v.head);
        const c = (0,_compare_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .compareReports */ .ll)(base, head, (0,_compare_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRegressionThreshold */ .YJ)(v.threshold ?? '10%,5s'));
        const image = v.image ?? head.image.tags[0] ?? 'image';
        if (v.markdown)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, v.markdown), (0,_compare_render_js__WEBPACK_IMPORTED_MODULE_4__/* .renderComparisonMarkdown */ .hm)(image, c));
        if (v.json) {
            io.stdout(JSON.stringify(c, null, 2) + '\n');
            return 0;
        }
        const lines = [
            `build ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_5__/* .fmtMs */ .mq)(c.total.baseMs ?? 0)} → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_5__/* .fmtMs */ .mq)(c.total.headMs ?? 0)}  (${c.verdict})`,
            `cache hits ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_5__/* .fmtRatio */ .lj)(c.cacheHitRatio.base)} → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_5__/* .fmtRatio */ .lj)(c.cacheHitRatio.head)}   image ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_5__/* .fmtBytes */ .zi)(c.imageSize.base)} → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_5__/* .fmtBytes */ .zi)(c.imageSize.head)}`,
            '',
            ...c.stages.map((s) => `  ${(s.platform ? `${s.name} (${s.platform})` : s.name).padEnd(28)} ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_5__/* .fmtMs */ .mq)(s.delta.baseMs ?? 0).padStart(7)} → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_5__/* .fmtMs */ .mq)(s.delta.headMs ?? 0).padStart(7)}${s.delta.flagged ? '  *' : ''}`),
            '',
            ...c.steps.slice(0, 5).map((s) => `  ${((s.delta.deltaMs ?? 0) >= 0 ? '+' : '-') + (0,_timing_format_js__WEBPACK_IMPORTED_MODULE_5__/* .fmtMs */ .mq)(Math.abs(s.delta.deltaMs ?? 0))}  ${s.why.padEnd(11)} ${s.instruction.slice(0, 80)}`)
        ];
        io.stdout(lines.join('\n') + '\n');
        return 0;
    }
    catch (e) {
        io.stderr(`error: ${e.message}\n${USAGE}\n`);
        return 2;
    }
}


/***/ }),

/***/ 66832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YJ: () => (/* binding */ parseRegressionThreshold),
/* harmony export */   ll: () => (/* binding */ compareReports)
/* harmony export */ });
/* unused harmony exports DEFAULT_THRESHOLDS, delta, matchSteps */
/* harmony import */ var _inputs_list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34233);
/* harmony import */ var _timing_dockerfile_map_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67081);
/* harmony import */ var _timing_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35519);
// Two timing reports of the same image (base branch vs this change) → what moved. Pure.
// Steps are matched by their instruction and Dockerfile line, never by BuildKit's
// `[stage n/m]` prefix (deduplicated vertexes get another stage's prefix from run to run).



const DEFAULT_THRESHOLDS = { percent: 10, minSeconds: 5 };
/** `10%,5s` (either part optional, any order). */
function parseRegressionThreshold(text) {
    const t = { ...DEFAULT_THRESHOLDS };
    const parts = text.split(',').map((s) => s.trim()).filter(Boolean);
    if (parts.length === 0)
        return t;
    for (const p of parts) {
        let m;
        if ((m = /^(\d+(?:\.\d+)?)%$/.exec(p)))
            t.percent = Number(m[1]);
        else if ((m = /^(\d+(?:\.\d+)?)(s|m)$/.exec(p)))
            t.minSeconds = Number(m[1]) * (m[2] === 'm' ? 60 : 1);
        else
            throw new _inputs_list_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('regression-threshold', `"${p}" is neither a percentage nor a duration`, 'write e.g. "10%,5s" (flag changes over 10% and over 5 seconds)');
    }
    return t;
}
function delta(baseMs, headMs, t) {
    if (baseMs === null || headMs === null)
        return { baseMs, headMs, deltaMs: null, pct: null, flagged: false };
    const d = headMs - baseMs;
    const pct = baseMs > 0 ? (100 * d) / baseMs : null;
    const flagged = Math.abs(d) >= t.minSeconds * 1000 && (pct === null ? true : Math.abs(pct) >= t.percent);
    return { baseMs, headMs, deltaMs: d, pct, flagged };
}
/**
 * A step as the comparison reads it. Reports written by earlier versions have no
 * `instruction` (README.md documents name, stage, platform, cached, durationMs, line): it is
 * taken from the name (`[deps 3/4] RUN npm ci` → `RUN npm ci`), else the name itself.
 */
function readStep(s) {
    if (typeof s.instruction === 'string')
        return s;
    const name = typeof s.name === 'string' ? s.name : '';
    return { ...s, instruction: (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStepName */ .Zw)(name)?.instruction.replace(/\s+/g, ' ') ?? name };
}
const stepKey = (s) => `${s.platform ?? ''}\u0000${(0,_timing_dockerfile_map_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseInstruction */ .P)(s.instruction)}`;
/** Pairs base and head steps: same instruction and line first, then same instruction. */
function matchSteps(baseSteps, headSteps) {
    const base = baseSteps.map(readStep);
    const head = headSteps.map(readStep);
    const pairs = [];
    const left = [...base];
    const unmatchedHead = [];
    for (const h of head) {
        const i = left.findIndex((b) => stepKey(b) === stepKey(h) && b.line === h.line);
        if (i >= 0)
            pairs.push([left.splice(i, 1)[0], h]);
        else
            unmatchedHead.push(h);
    }
    for (const h of unmatchedHead) {
        const i = left.findIndex((b) => stepKey(b) === stepKey(h));
        pairs.push(i >= 0 ? [left.splice(i, 1)[0], h] : [null, h]);
    }
    for (const b of left)
        pairs.push([b, null]);
    return pairs;
}
function why(b, h) {
    if (!b)
        return 'new';
    if (!h)
        return 'removed';
    const [bc, hc] = [(0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isCachedStep */ .po)(b), (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isCachedStep */ .po)(h)];
    if (bc && !hc)
        return 'cache-miss';
    if (!bc && hc)
        return 'now-cached';
    return bc && hc ? 'cached-both' : 'ran-both';
}
function compareReports(base, head, t = DEFAULT_THRESHOLDS) {
    const total = delta(base.durationMs, head.durationMs, t);
    const stageKey = (s) => `${s.platform ?? ''}\u0000${s.name}`;
    const baseStages = new Map((base.stages ?? []).map((s) => [stageKey(s), s]));
    const seen = new Set();
    const stages = (head.stages ?? []).map((s) => {
        const b = baseStages.get(stageKey(s));
        seen.add(stageKey(s));
        return { name: s.name, platform: s.platform, delta: delta(b ? b.durationMs : null, s.durationMs, t) };
    });
    for (const b of base.stages ?? [])
        if (!seen.has(stageKey(b)))
            stages.push({ name: b.name, platform: b.platform, delta: delta(b.durationMs, null, t) });
    const baseSteps = (base.steps ?? []).map(readStep);
    const headSteps = (head.steps ?? []).map(readStep);
    const steps = matchSteps(baseSteps, headSteps)
        .map(([b, h]) => {
        const s = (h ?? b);
        return {
            instruction: s.instruction,
            stage: s.stage,
            platform: s.platform,
            line: h?.line ?? b?.line ?? null,
            base: b,
            head: h,
            delta: delta(b ? b.durationMs : 0, h ? h.durationMs : 0, t),
            why: why(b, h)
        };
    })
        .filter((c) => c.delta.deltaMs !== 0 || c.why === 'cache-miss' || c.why === 'new' || c.why === 'removed')
        .sort((x, y) => Math.abs(y.delta.deltaMs ?? 0) - Math.abs(x.delta.deltaMs ?? 0));
    const bs = base.image?.sizeBytes ?? null;
    const hs = head.image?.sizeBytes ?? null;
    const dBytes = bs !== null && hs !== null ? hs - bs : null;
    const sizePct = dBytes !== null && bs ? (100 * dBytes) / bs : null;
    const imageSize = { base: bs, head: hs, deltaBytes: dBytes, pct: sizePct, flagged: sizePct !== null && Math.abs(sizePct) >= t.percent && Math.abs(dBytes) >= 1024 * 1024 };
    const slower = (total.flagged && (total.deltaMs ?? 0) > 0) || (imageSize.flagged && (imageSize.deltaBytes ?? 0) > 0);
    const faster = (total.flagged && (total.deltaMs ?? 0) < 0) || (imageSize.flagged && (imageSize.deltaBytes ?? 0) < 0);
    const cache = { base: (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .countCachedSteps */ .BI)(baseSteps), head: (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .countCachedSteps */ .BI)(headSteps) };
    return {
        total,
        stages,
        steps,
        cache,
        cacheHitRatio: { base: (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .cacheHitRatioOf */ .iY)(cache.base), head: (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .cacheHitRatioOf */ .iY)(cache.head) },
        imageSize,
        layers: { base: base.image?.layers ?? null, head: head.image?.layers ?? null },
        verdict: slower ? 'regressed' : faster ? 'improved' : 'unchanged'
    };
}


/***/ }),

/***/ 52831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ COMMENT_MARKER),
/* harmony export */   e4: () => (/* binding */ mergeCommentSections),
/* harmony export */   hm: () => (/* binding */ renderComparisonMarkdown)
/* harmony export */ });
/* harmony import */ var _timing_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92887);
// Comparison → Markdown for the job summary and the PR comment, and the merge of one
// image's section into a comment shared by several images. Pure; text escaped.

const COMMENT_MARKER = '<!-- buildstage:pr-timing -->';
const sectionStart = (image) => `<!-- buildstage:image:${encodeURIComponent(image)}:start -->`;
const sectionEnd = (image) => `<!-- buildstage:image:${encodeURIComponent(image)}:end -->`;
function signed(ms) {
    if (ms === null)
        return '';
    return `${ms > 0 ? '+' : ms < 0 ? '−' : '±'}${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(Math.abs(ms))}`;
}
function pct(p) {
    if (p === null)
        return '';
    return `${p > 0 ? '+' : p < 0 ? '−' : '±'}${Math.abs(p).toFixed(0)}%`;
}
function deltaCell(d, slowerIsBad = true) {
    if (d.deltaMs === null)
        return d.baseMs === null ? 'new' : 'removed';
    const text = `${signed(d.deltaMs)} (${pct(d.pct)})`.replace(' ()', '');
    if (!d.flagged)
        return text;
    return (d.deltaMs > 0) === slowerIsBad ? `🔴 ${text}` : `🟢 ${text}`;
}
const WHY = {
    'cache-miss': 'was cached, now ran: this step or an earlier layer it depends on changed',
    'now-cached': 'ran before, now cached',
    'ran-both': 'ran in both builds',
    'cached-both': 'cached in both',
    new: 'new step',
    removed: 'step removed'
};
function renderComparisonMarkdown(image, c, opts = {}) {
    const base = opts.baseLabel ?? 'base';
    const verdict = c.verdict === 'regressed' ? '🔴 slower' : c.verdict === 'improved' ? '🟢 faster' : '⚪ no significant change';
    const out = [];
    out.push(`#### ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(image)}: build ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(c.total.baseMs ?? 0)} → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(c.total.headMs ?? 0)} ${c.total.deltaMs !== null ? `(${signed(c.total.deltaMs)}, ${pct(c.total.pct)})` : ''} · ${verdict}`, '');
    out.push(`Cache hits ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtRatio */ .lj)(c.cacheHitRatio.base)} (${c.cache.base.cached}/${c.cache.base.steps} steps) → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtRatio */ .lj)(c.cacheHitRatio.head)} (${c.cache.head.cached}/${c.cache.head.steps} steps) · image ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(c.imageSize.base)} → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(c.imageSize.head)}${c.imageSize.deltaBytes !== null ? ` (${c.imageSize.flagged ? (c.imageSize.deltaBytes > 0 ? '🔴 ' : '🟢 ') : ''}${c.imageSize.deltaBytes >= 0 ? '+' : '−'}${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(Math.abs(c.imageSize.deltaBytes))})` : ''}${c.layers.base !== null && c.layers.head !== null ? ` · layers ${c.layers.base} → ${c.layers.head}` : ''}`, '');
    if (c.stages.length) {
        out.push(`| stage | ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(base)} | this change | Δ |`, '|---|--:|--:|--:|');
        for (const s of c.stages) {
            const name = s.platform ? `${s.name} (${s.platform})` : s.name;
            out.push(`| <code>${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(name)}</code> | ${s.delta.baseMs === null ? '' : (0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(s.delta.baseMs)} | ${s.delta.headMs === null ? '' : (0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(s.delta.headMs)} | ${deltaCell(s.delta)} |`);
        }
        out.push('');
    }
    const steps = c.steps.slice(0, opts.maxSteps ?? 5);
    if (steps.length) {
        out.push('Steps that changed most:', '', '| step | Δ | why |', '|---|--:|---|');
        for (const s of steps) {
            const where = s.line !== null ? ` (L${s.line})` : '';
            out.push(`| <code>${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)((0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(s.instruction, 90))}</code>${where} | ${deltaCell(s.delta)} | ${WHY[s.why]} |`);
        }
        out.push('');
    }
    return out.join('\n');
}
/** Replaces (or adds) one image's section in the shared comment body; other images' sections are kept. */
function mergeCommentSections(existingBody, image, sectionMd) {
    const block = `${sectionStart(image)}\n${sectionMd.trim()}\n${sectionEnd(image)}`;
    const header = `${COMMENT_MARKER}\n### ⏱️ Build timing against the base branch\n`;
    if (!existingBody || !existingBody.includes(COMMENT_MARKER))
        return `${header}\n${block}\n`;
    const a = existingBody.indexOf(sectionStart(image));
    const b = existingBody.indexOf(sectionEnd(image));
    if (a >= 0 && b > a)
        return existingBody.slice(0, a) + block + existingBody.slice(b + sectionEnd(image).length);
    return `${existingBody.trimEnd()}\n\n${block}\n`;
}


/***/ }),

/***/ 34233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   q6: () => (/* binding */ parseBool)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25175);

function parseList(input, opts = {}) {
    if (input === '' || input.trim() === '')
        return [];
    const records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(input, {
        columns: false,
        relax_quotes: true,
        relax_column_count: true,
        skip_empty_lines: true,
        quote: opts.noQuotes ? false : '"'
    });
    const out = [];
    for (const record of records) {
        if (record.length === 1) {
            if (opts.keepCommas)
                out.push(record[0]);
            else
                out.push(...record[0].split(','));
        }
        else if (!opts.keepCommas) {
            out.push(...record);
        }
        else {
            out.push(record.join(','));
        }
    }
    return out.filter((item) => item).map((item) => (opts.keepWhitespace ? item : item.trim())).filter((s) => s !== '');
}
/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
function parseBool(name, value, fallback) {
    const v = value.trim();
    if (v === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new InputError(name, `"${value}" is not a boolean`, 'write true or false');
}
/** An error a user can act on: which input, what was wrong, what to write instead. */
class InputError extends Error {
    input;
    problem;
    fix;
    constructor(input, problem, fix) {
        super(`Input "${input}": ${problem}; ${fix}.`);
        this.input = input;
        this.problem = problem;
        this.fix = fix;
        this.name = 'InputError';
    }
}


/***/ })

};
