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
/* harmony import */ var _compare_render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52831);
/* harmony import */ var _schemas_timing_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66279);
/* harmony import */ var _timing_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92887);
// `node dist/cli.js compare --base A.json --head B.json [--markdown FILE] [--json] [--threshold 10%,5s]`







const USAGE = 'usage: node dist/cli.js compare --base A.json --head B.json [--image NAME] [--markdown FILE] [--json] [--threshold 10%,5s]';
function load(io, flag, path) {
    if (!path)
        throw new Error(`--${flag} is required (a JSON timing report from --report-json)`);
    const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
        throw new Error(`--${flag} ${path}: no such file`);
    // checked against schemas/timing-report.schema.json; an earlier writer's missing fields are filled in
    return (0,_schemas_timing_report_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTimingReportText */ .rm)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8'), `--${flag} ${path}`);
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
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, v.markdown), (0,_compare_render_js__WEBPACK_IMPORTED_MODULE_5__/* .renderComparisonMarkdown */ .hm)(image, c));
        if (v.json) {
            io.stdout(JSON.stringify(c, null, 2) + '\n');
            return 0;
        }
        const lines = [
            `build ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_6__/* .fmtMs */ .mq)(c.total.baseMs ?? 0)} → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_6__/* .fmtMs */ .mq)(c.total.headMs ?? 0)}  (${c.comparable.ok ? c.verdict : `not comparable: ${c.comparable.reasons.join('; ')}`})`,
            `cache hits ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_6__/* .fmtRatio */ .lj)(c.cacheHitRatio.base)} → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_6__/* .fmtRatio */ .lj)(c.cacheHitRatio.head)}   image ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_6__/* .fmtBytes */ .zi)(c.imageSize.base)} → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_6__/* .fmtBytes */ .zi)(c.imageSize.head)}`,
            '',
            ...c.stages.map((s) => `  ${(s.platform ? `${s.name} (${s.platform})` : s.name).padEnd(28)} ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_6__/* .fmtMs */ .mq)(s.delta.baseMs ?? 0).padStart(7)} → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_6__/* .fmtMs */ .mq)(s.delta.headMs ?? 0).padStart(7)}${s.delta.flagged ? '  *' : ''}`),
            ...c.phases.map((p) => `  ${`(${p.label})`.padEnd(28)} ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_6__/* .fmtMs */ .mq)(p.delta.baseMs ?? 0).padStart(7)} → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_6__/* .fmtMs */ .mq)(p.delta.headMs ?? 0).padStart(7)}${p.delta.flagged ? '  *' : ''}`),
            '',
            ...c.steps.slice(0, 5).map((s) => `  ${((s.delta.deltaMs ?? 0) >= 0 ? '+' : '-') + (0,_timing_format_js__WEBPACK_IMPORTED_MODULE_6__/* .fmtMs */ .mq)(Math.abs(s.delta.deltaMs ?? 0))}  ${s.why.padEnd(11)} ${s.instruction.slice(0, 80)}`)
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
/* unused harmony exports DEFAULT_THRESHOLDS, delta, identityOf, matchSteps */
/* harmony import */ var _inputs_list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34233);
/* harmony import */ var _timing_dockerfile_map_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67081);
/* harmony import */ var _timing_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92887);
/* harmony import */ var _timing_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35519);
// Two timing reports of the same image (base branch vs this change) → what moved. Pure.
// Steps are matched by their identity (`key`: the Dockerfile's stage and line and the
// instruction), then by instruction and line, never by BuildKit's `[stage n/m]` prefix
// (deduplicated vertexes get another stage's prefix from run to run). The phases outside
// the steps (export, cache import/export, push) are compared too, each change gets its
// cause, and builds that cannot be compared (another cache backend, platform or driver,
// a cache import that failed on one side) say so.




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
/** A step's identity: its `key`, or the same computed from its fields (reports written before keys). */
const identityOf = (s) => (typeof s.key === 'string' && s.key ? s.key : (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .stepKeyOf */ .n8)(s));
/**
 * Pairs base and head steps: same identity (Dockerfile stage, line and instruction) first,
 * then same instruction and line, then same instruction.
 */
function matchSteps(baseSteps, headSteps) {
    const base = baseSteps.map(readStep);
    const head = headSteps.map(readStep);
    const pairs = [];
    const left = [...base];
    let unmatched = head;
    const passes = [
        (b, h) => identityOf(b) === identityOf(h),
        (b, h) => stepKey(b) === stepKey(h) && b.line === h.line,
        (b, h) => stepKey(b) === stepKey(h)
    ];
    for (const same of passes) {
        const next = [];
        for (const h of unmatched) {
            const i = left.findIndex((b) => same(b, h));
            if (i >= 0)
                pairs.push([left.splice(i, 1)[0], h]);
            else
                next.push(h);
        }
        unmatched = next;
    }
    for (const h of unmatched)
        pairs.push([null, h]);
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
    const allCached = (s) => Boolean(s && s.steps > 0 && s.cachedSteps === s.steps);
    const stages = (head.stages ?? []).map((s) => {
        const b = baseStages.get(stageKey(s));
        seen.add(stageKey(s));
        return { name: s.name, platform: s.platform, delta: delta(b ? b.durationMs : null, s.durationMs, t), cached: { base: allCached(b), head: allCached(s) } };
    });
    for (const b of base.stages ?? [])
        if (!seen.has(stageKey(b)))
            stages.push({ name: b.name, platform: b.platform, delta: delta(b.durationMs, null, t), cached: { base: allCached(b), head: false } });
    const baseSteps = (base.steps ?? []).map(readStep);
    const headSteps = (head.steps ?? []).map(readStep);
    const all = matchSteps(baseSteps, headSteps).map(([b, h]) => {
        const s = (h ?? b);
        const w = why(b, h);
        return {
            key: identityOf(s),
            instruction: s.instruction,
            stage: s.stage,
            platform: s.platform,
            line: h?.line ?? b?.line ?? null,
            base: b,
            head: h,
            delta: delta(b ? b.durationMs : 0, h ? h.durationMs : 0, t),
            why: w,
            cause: { kind: w === 'cache-miss' ? 'first-miss' : w, ...(w === 'cache-miss' ? { detail: 'files' } : {}) }
        };
    });
    assignCauses(all, headSteps);
    const steps = all
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
        verdict: slower ? 'regressed' : faster ? 'improved' : 'unchanged',
        phases: comparePhases(base, head, baseSteps, headSteps, t),
        comparable: comparability(base, head, baseSteps, headSteps),
        notes: [...(base.warnings ?? []).map((w) => `base build: ${w}`), ...(head.warnings ?? []).map((w) => `this build: ${w}`)],
        commits: { base: base.meta?.commit || null, head: head.meta?.commit || null }
    };
}
/** Steps that ran (not cached), FROM excluded: what a build rebuilt. */
const ranCount = (steps) => steps.filter((s) => (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .countsForCache */ .a1)(s) && !s.cached).length;
const IMPORT_FAILED = /^(no cache found to import|cache import skipped)/;
function comparePhases(base, head, baseSteps, headSteps, t) {
    const counted = headSteps.filter(_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .countsForCache */ .a1).length;
    const [hr, br] = [ranCount(headSteps), ranCount(baseSteps)];
    // the layers a build writes are those of the steps that ran: the same count says it was not the Dockerfile
    const ran = hr === br ? `the same ${hr} of ${counted} steps ran in both` : `${hr} of ${counted} steps ran (${br} before)`;
    const size = base.image?.sizeBytes != null && head.image?.sizeBytes != null && (0,_timing_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtBytes */ .zi)(base.image.sizeBytes) !== (0,_timing_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtBytes */ .zi)(head.image.sizeBytes) ? `image ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtBytes */ .zi)(base.image.sizeBytes)} → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtBytes */ .zi)(head.image.sizeBytes)}` : null;
    const importFailed = (r) => (r.warnings ?? []).find((w) => IMPORT_FAILED.test(w)) ?? null;
    const out = [];
    for (const p of _timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .PHASES */ .ZG) {
        const b = base.phases?.[p.key];
        const h = head.phases?.[p.key];
        // a phase an earlier writer did not measure (cacheLoadMs) is left out, not shown as new
        if (typeof b !== 'number' || typeof h !== 'number')
            continue;
        let cause = null;
        if (p.key === 'imageExportMs' || p.key === 'pushMs')
            cause = size ?? ran;
        else if (p.key === 'cacheExportMs')
            cause = ran;
        else if (p.key === 'cacheLoadMs')
            cause = 'cached layers pulled for the steps that ran on them';
        else if (p.key === 'cacheImportMs') {
            const [bf, hf] = [importFailed(base), importFailed(head)];
            cause = bf && !hf ? 'the base build had no cache to import' : hf && !bf ? 'this build had no cache to import' : null;
        }
        out.push({ key: p.key, label: p.label, delta: delta(b, h, t), cause });
    }
    return out;
}
/** What makes two builds' times not comparable, in words; none when they are. */
function comparability(base, head, baseSteps, headSteps) {
    const reasons = [];
    const bm = base.meta ?? {};
    const hm = head.meta ?? {};
    const differ = (k) => bm[k] && hm[k] && bm[k] !== 'unknown' && hm[k] !== 'unknown' && bm[k] !== hm[k];
    if (differ('cacheBackend'))
        reasons.push(`another cache backend (${bm.cacheBackend} → ${hm.cacheBackend})`);
    if (differ('driver'))
        reasons.push(`another builder driver (${bm.driver} → ${hm.driver})`);
    const platforms = (m, steps) => m.platforms ? m.platforms.split(',').map((p) => p.trim()).filter(Boolean).sort().join(', ') : [...new Set(steps.map((s) => s.platform).filter((p) => Boolean(p)))].sort().join(', ');
    const [bp, hp] = [platforms(bm, baseSteps), platforms(hm, headSteps)];
    if ((bm.platforms || hm.platforms || bp || hp) && bp !== hp)
        reasons.push(`other platforms (${bp || 'default'} → ${hp || 'default'})`);
    const bf = (base.warnings ?? []).some((w) => IMPORT_FAILED.test(w));
    const hf = (head.warnings ?? []).some((w) => IMPORT_FAILED.test(w));
    if (bf && !hf)
        reasons.push('the base build had no cache to import (it ran cold)');
    if (hf && !bf)
        reasons.push('this build’s cache import failed (it ran cold)');
    return { ok: reasons.length === 0, reasons };
}
/**
 * The cause of each change. A step that was cached in the base build and ran now either had
 * its own inputs changed (the first of its chain to miss the cache: files copied from the
 * context, its instruction) or re-ran because a step it is built on missed first: the first
 * such step, found through `dependsOn` (the build graph), else through the earlier steps of
 * its stage for reports written before it.
 */
function assignCauses(changes, headSteps) {
    const byKey = new Map(changes.filter((c) => c.head).map((c) => [identityOf(c.head), c]));
    const headByKey = new Map(headSteps.map((s) => [identityOf(s), s]));
    // a step's inputs changed when it is new (its instruction or base image changed) or missed the cache
    const missed = (c) => Boolean(c && c.head && !c.head.cached && (c.why === 'cache-miss' || c.why === 'new'));
    const ancestorsOf = (s) => {
        const out = [];
        const seen = new Set();
        const stack = [...(s.dependsOn ?? [])];
        while (stack.length) {
            const k = stack.pop();
            if (seen.has(k))
                continue;
            seen.add(k);
            const a = headByKey.get(k);
            if (!a)
                continue;
            out.push(a);
            stack.push(...(a.dependsOn ?? []));
        }
        if (s.dependsOn === undefined) {
            // an earlier report: the steps before it in its stage
            for (const a of headSteps)
                if (a !== s && a.stage === s.stage && a.platform === s.platform && a.line !== null && s.line !== null && a.line < s.line)
                    out.push(a);
        }
        return out;
    };
    const ref = (s) => ({ instruction: s.instruction, stage: s.stage, line: s.line });
    for (const c of changes) {
        if (c.why !== 'cache-miss' && c.why !== 'new')
            continue;
        const h = c.head;
        if (c.why === 'new' && (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isFromStep */ .jM)(h)) {
            c.cause = { kind: 'base-image' };
            continue;
        }
        const missedBefore = ancestorsOf(h).filter((a) => missed(byKey.get(identityOf(a))));
        // the first of them: the one no other missed step is built on
        const roots = missedBefore.filter((a) => !ancestorsOf(a).some((x) => missedBefore.includes(x)));
        const root = roots.sort((x, y) => (x.line ?? Infinity) - (y.line ?? Infinity))[0];
        if (root) {
            const rc = byKey.get(identityOf(root));
            c.cause = rc?.why === 'new' && (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isFromStep */ .jM)(root) ? { kind: 'base-image' } : { kind: 'after-miss', root: ref(root), rootChanged: rc?.why === 'new' };
        }
        else if (c.why === 'new') {
            c.cause = { kind: 'new' };
        }
        else {
            const copiesContext = /^(COPY|ADD)\s/i.test(h.instruction) && !/--from=/i.test(h.instruction);
            c.cause = { kind: 'first-miss', detail: copiesContext ? 'files' : 'not-in-cache' };
        }
    }
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
        quote: opts.noQuotes ? false : '"',
        ...(opts.comment ? { comment: '#', comment_no_infix: true } : {})
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
