export const id = 986;
export const ids = [986];
export const modules = {

/***/ 66832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YJ: () => (/* reexport safe */ _thresholds_js__WEBPACK_IMPORTED_MODULE_2__.Y),
/* harmony export */   ll: () => (/* binding */ compareReports)
/* harmony export */ });
/* unused harmony exports delta, identityOf, matchSteps */
/* harmony import */ var _timing_dockerfile_map_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67081);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56950);
/* harmony import */ var _timing_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35519);
/* harmony import */ var _timing_vertex_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31450);
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55635);
// Two timing reports of the same image (base branch vs this change) → what moved. Pure.
// Steps are matched by their identity (`key`: the Dockerfile's stage and line and the
// instruction), then by instruction and line, never by BuildKit's `[stage n/m]` prefix
// (deduplicated vertexes get another stage's prefix from run to run). The phases outside
// the steps (export, cache import/export, push) are compared too, each change gets its
// cause, and builds that cannot be compared (another cache backend, platform or driver,
// a cache import that failed on one side) say so.





// the thresholds are read with the inputs, so they live apart (thresholds.ts: no timing model, no Dockerfile parser)

function delta(baseMs, headMs, t) {
    if (baseMs === null || headMs === null)
        return { baseMs, headMs, deltaMs: null, pct: null, flagged: false };
    const d = headMs - baseMs;
    const pct = baseMs > 0 ? (100 * d) / baseMs : null;
    const flagged = Math.abs(d) >= t.minSeconds * 1000 && (pct === null ? true : Math.abs(pct) >= t.percent);
    return { baseMs, headMs, deltaMs: d, pct, flagged };
}
const hasInstruction = (s) => typeof s.instruction === 'string';
/**
 * A step as the comparison reads it. Reports written by earlier versions have no
 * `instruction` (README.md documents name, stage, platform, cached, durationMs, line): it is
 * taken from the name (`[deps 3/4] RUN npm ci` → `RUN npm ci`), else the name itself.
 */
function readStep(s) {
    if (hasInstruction(s))
        return s;
    const name = typeof s.name === 'string' ? s.name : '';
    return { ...s, instruction: (0,_timing_vertex_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStepName */ .Zw)(name)?.instruction.replace(/\s+/g, ' ') ?? name };
}
const stepKey = (s) => `${s.platform ?? ''}\u0000${(0,_timing_dockerfile_map_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseInstruction */ .P)(s.instruction)}`;
/** A step's identity: its `key`, or the same computed from its fields (reports written before keys). */
const identityOf = (s) => (typeof s.key === 'string' && s.key ? s.key : (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_1__.stepKeyOf)(s));
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
    const [bc, hc] = [(0,_timing_model_js__WEBPACK_IMPORTED_MODULE_1__.isCachedStep)(b), (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_1__.isCachedStep)(h)];
    if (bc && !hc)
        return 'cache-miss';
    if (!bc && hc)
        return 'now-cached';
    return bc && hc ? 'cached-both' : 'ran-both';
}
function compareReports(base, head, t = _thresholds_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_THRESHOLDS */ .J) {
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
    const imageSize = {
        base: bs,
        head: hs,
        deltaBytes: dBytes,
        pct: sizePct,
        flagged: sizePct !== null && Math.abs(sizePct) >= t.percent && Math.abs(dBytes) >= 1024 * 1024
    };
    const slower = (total.flagged && (total.deltaMs ?? 0) > 0) || (imageSize.flagged && (imageSize.deltaBytes ?? 0) > 0);
    const faster = (total.flagged && (total.deltaMs ?? 0) < 0) || (imageSize.flagged && (imageSize.deltaBytes ?? 0) < 0);
    const cache = { base: (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_1__.countCachedSteps)(baseSteps), head: (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_1__.countCachedSteps)(headSteps) };
    return {
        total,
        stages,
        steps,
        cache,
        cacheHitRatio: { base: (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_1__.cacheHitRatioOf)(cache.base), head: (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_1__.cacheHitRatioOf)(cache.head) },
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
const ranCount = (steps) => steps.filter((s) => (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_1__.countsForCache)(s) && !s.cached).length;
const IMPORT_FAILED = /^(no cache found to import|cache import skipped)/;
function comparePhases(base, head, baseSteps, headSteps, t) {
    const counted = headSteps.filter(_timing_model_js__WEBPACK_IMPORTED_MODULE_1__.countsForCache).length;
    const [hr, br] = [ranCount(headSteps), ranCount(baseSteps)];
    // the layers a build writes are those of the steps that ran: the same count says it was not the Dockerfile
    const ran = hr === br ? `the same ${hr} of ${counted} steps ran in both` : `${hr} of ${counted} steps ran (${br} before)`;
    const size = base.image?.sizeBytes != null && head.image?.sizeBytes != null && (0,_common_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmtBytes */ .zi)(base.image.sizeBytes) !== (0,_common_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmtBytes */ .zi)(head.image.sizeBytes)
        ? `image ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmtBytes */ .zi)(base.image.sizeBytes)} → ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_4__/* .fmtBytes */ .zi)(head.image.sizeBytes)}`
        : null;
    const importFailed = (r) => (r.warnings ?? []).find((w) => IMPORT_FAILED.test(w)) ?? null;
    const out = [];
    for (const p of _timing_model_js__WEBPACK_IMPORTED_MODULE_1__.PHASES) {
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
    const platforms = (m, steps) => m.platforms
        ? m.platforms
            .split(',')
            .map((p) => p.trim())
            .filter(Boolean)
            .sort()
            .join(', ')
        : [...new Set(steps.map((s) => s.platform).filter((p) => Boolean(p)))].sort().join(', ');
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
        if (c.why === 'new' && (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_1__.isFromStep)(h)) {
            c.cause = { kind: 'base-image' };
            continue;
        }
        const missedBefore = ancestorsOf(h).filter((a) => missed(byKey.get(identityOf(a))));
        // the first of them: the one no other missed step is built on
        const roots = missedBefore.filter((a) => !ancestorsOf(a).some((x) => missedBefore.includes(x)));
        const root = roots.sort((x, y) => (x.line ?? Infinity) - (y.line ?? Infinity)).at(0);
        if (root) {
            const rc = byKey.get(identityOf(root));
            c.cause = rc?.why === 'new' && (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_1__.isFromStep)(root) ? { kind: 'base-image' } : { kind: 'after-miss', root: ref(root), rootChanged: rc?.why === 'new' };
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

/***/ 52831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ COMMENT_MARKER),
/* harmony export */   e4: () => (/* binding */ mergeCommentSections),
/* harmony export */   hm: () => (/* binding */ renderComparisonMarkdown)
/* harmony export */ });
/* unused harmony exports pctText, deltaCell, causeText */
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56950);
// Comparison → Markdown for the job summary and the PR comment, and the merge of one
// image's section into a comment shared by several images. Short enough to read on a PR:
// a headline (base branch@commit → this commit, total, verdict), whether the builds can be
// compared at all, at most five rows of what changed most with a cause each, and everything
// else folded in <details>. Pure; text escaped and never autolinked.

const COMMENT_MARKER = '<!-- buildstage:pr-timing -->';
const sectionStart = (image) => `<!-- buildstage:image:${encodeURIComponent(image)}:start -->`;
const sectionEnd = (image) => `<!-- buildstage:image:${encodeURIComponent(image)}:end -->`;
/**
 * A percentage only where it means something: the base took at least a second and the
 * change is under 10×; else the seconds say it (`+51.2s`, not `+197000%`).
 */
function pctText(d) {
    if (d.pct === null || d.baseMs === null || d.baseMs < 1000)
        return '';
    if (Math.abs(d.pct) >= 1000)
        return d.pct > 0 ? '>10×' : '';
    return `${d.pct > 0 ? '+' : d.pct < 0 ? '−' : '±'}${Math.abs(d.pct).toFixed(0)}%`;
}
/** `🔴&nbsp;+51.2s&nbsp;(+30%)`: no-break spaces, so a narrow column never splits a change in two. */
function deltaCell(d, slowerIsBad = true) {
    if (d.deltaMs === null)
        return d.baseMs === null ? 'new' : 'removed';
    const p = pctText(d);
    const text = `${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .signedMs */ .Fw)(d.deltaMs)}${p ? `&nbsp;(${p})` : ''}`;
    if (!d.flagged)
        return text;
    return d.deltaMs > 0 === slowerIsBad ? `🔴&nbsp;${text}` : `🟢&nbsp;${text}`;
}
const where = (s) => `${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escText */ .ZM)(s.platform ? `${s.stage} (${s.platform})` : s.stage)}${s.line !== null ? ` L${s.line}` : ''}`;
/** A cause in a few words (the column is narrow). */
function causeText(c) {
    switch (c.kind) {
        case 'first-miss':
            return c.detail === 'files' ? 'cache miss: files it copies changed' : 'cache miss: not in the cache';
        case 'after-miss':
            return `re-ran: ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortInstruction */ .jw)(c.root.instruction, 32))} ${where({ ...c.root, platform: null })} ${c.rootChanged ? 'changed' : 'missed the cache'}`;
        case 'base-image':
            return 'base image changed';
        case 'now-cached':
            return 'now cached';
        case 'ran-both':
            return 'ran in both';
        case 'cached-both':
            return 'cached in both';
        case 'new':
            return 'new or changed instruction';
        case 'removed':
            return 'step removed';
    }
}
const stepRow = (s) => ({ label: `${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortInstruction */ .jw)(s.instruction, 48))} ${where(s)}`, delta: s.delta, cause: causeText(s.cause) });
const phaseRow = (p) => ({ label: `<i>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(p.label)}</i>`, delta: p.delta, cause: p.cause ? (0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escText */ .ZM)(p.cause) : '' });
/** Steps and phases that moved, largest change first. */
function changeRows(c) {
    // a phase that moved by less than 10 ms did not move
    const rows = [...c.steps.map(stepRow), ...c.phases.filter((p) => p.delta.deltaMs !== null && Math.abs(p.delta.deltaMs) >= 10).map(phaseRow)];
    return rows.sort((a, b) => Math.abs(b.delta.deltaMs ?? 0) - Math.abs(a.delta.deltaMs ?? 0));
}
function changeTable(rows) {
    return ['| what changed | Δ | cause |', '|---|--:|---|', ...rows.map((r) => `| ${r.label} | ${deltaCell(r.delta)} | ${r.cause} |`)];
}
function commitRef(sha, url) {
    if (!sha)
        return '';
    const short = `<code>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(sha.slice(0, 7))}</code>`;
    const u = url?.(sha);
    return u ? `<a href="${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(u)}">${short}</a>` : short;
}
function renderComparisonMarkdown(image, c, opts = {}) {
    const base = opts.baseLabel ?? 'base';
    const verdict = !c.comparable.ok
        ? '⚠️ not comparable'
        : c.verdict === 'regressed'
            ? '🔴 slower'
            : c.verdict === 'improved'
                ? '🟢 faster'
                : '⚪ no significant change';
    const out = [];
    const moved = c.total.deltaMs !== null ? ` (${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .signedMs */ .Fw)(c.total.deltaMs)}${pctText(c.total) ? `, ${pctText(c.total)}` : ''})` : '';
    const baseSide = `<code>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escText */ .ZM)(base)}</code>${c.commits.base ? `@${commitRef(c.commits.base, opts.commitUrl)}` : ''}`;
    const against = `${baseSide} → ${c.commits.head ? commitRef(c.commits.head, opts.commitUrl) : 'this change'}`;
    out.push(`#### ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escText */ .ZM)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .imageLabel */ .ec)(image))} · ${against} · ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(c.total.baseMs ?? 0)} → ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(c.total.headMs ?? 0)}${moved} · ${verdict}`, '');
    // the heading names the repository; the full reference (registry, target) is here
    const links = [
        (0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(image),
        ...(opts.runUrl ? [`<a href="${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(opts.runUrl)}">workflow run</a>`] : []),
        ...(opts.buildRecordUrl ? [`<a href="${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(opts.buildRecordUrl)}">build record</a>`] : []),
        ...(opts.facts ? [opts.facts.replace(/^<sub>|<\/sub>$/g, '')] : [])
    ];
    out.push(`<sub>${links.join(' · ')}</sub>`, '');
    if (!c.comparable.ok)
        out.push(`⚠️ **Not comparable:** ${c.comparable.reasons.map(_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escText */ .ZM).join('; ')}. The times below are not a finding about this change.`, '');
    const rows = changeRows(c);
    const top = rows.slice(0, opts.maxSteps ?? 5);
    if (top.length)
        out.push(...changeTable(top), '');
    else
        out.push('Nothing changed beyond the noise.', '');
    const rest = [];
    rest.push(`Cache hits ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtRatio */ .lj)(c.cacheHitRatio.base)} (${c.cache.base.cached}/${c.cache.base.steps} steps) → ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtRatio */ .lj)(c.cacheHitRatio.head)} (${c.cache.head.cached}/${c.cache.head.steps} steps) · image ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(c.imageSize.base)} → ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(c.imageSize.head)}${c.imageSize.deltaBytes !== null
        ? ` (${c.imageSize.flagged ? (c.imageSize.deltaBytes > 0 ? '🔴 ' : '🟢 ') : ''}${c.imageSize.deltaBytes >= 0 ? '+' : '−'}${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(Math.abs(c.imageSize.deltaBytes))})`
        : ''}${c.layers.base !== null && c.layers.head !== null ? ` · layers ${c.layers.base} → ${c.layers.head}` : ''}`, '');
    if (c.stages.length || c.phases.length) {
        const time = (ms, cached) => (ms === null ? '' : cached ? 'cached' : (0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(ms));
        rest.push(`| stage or phase | ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escText */ .ZM)(base)} | this change | Δ |`, '|---|--:|--:|--:|');
        for (const s of c.stages) {
            const name = s.platform ? `${s.name} (${s.platform})` : s.name;
            rest.push(`| ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(name)} | ${time(s.delta.baseMs, s.cached.base)} | ${time(s.delta.headMs, s.cached.head)} | ${deltaCell(s.delta)} |`);
        }
        for (const p of c.phases)
            rest.push(`| <i>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(p.label)}</i> | ${time(p.delta.baseMs, false)} | ${time(p.delta.headMs, false)} | ${deltaCell(p.delta)} |`);
        rest.push('', '<sub>Stages in Dockerfile order; parallel stages overlap, so rows do not add up to the total.</sub>', '');
    }
    const more = rows.slice(top.length);
    if (more.length)
        rest.push(`Everything else that changed (${more.length}):`, '', ...changeTable(more), '');
    if (c.notes.length)
        rest.push('Warnings of the two builds:', '', ...c.notes.slice(0, 8).map((n) => `- ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escText */ .ZM)((0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(n, 240))}`), '');
    out.push('<details><summary>Stages, phases, every change, cache and image</summary>', '', ...rest, '</details>', '');
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

/***/ 44936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zs: () => (/* binding */ checkJson),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   qA: () => (/* binding */ validatorFor)
/* harmony export */ });
/* unused harmony exports describeError, problemsOf */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
// JSON read from users (timing reports, DescribeImages output, lifecycle policies, services
// files, buildx metadata) is checked against a JSON Schema with ajv before anything uses it;
// a problem is one line naming the file and the JSON pointer of each field that is wrong.


const ajv = new ajv__WEBPACK_IMPORTED_MODULE_1__.Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const compiled = new WeakMap();
function validatorFor(schema) {
    let v = compiled.get(schema);
    if (!v) {
        v = ajv.compile(schema);
        compiled.set(schema, v);
    }
    return v;
}
/** One ajv error as a phrase: `/steps/3/durationMs must be a number`. */
function describeError(e) {
    const at = e.instancePath || '(top level)';
    const p = e.params;
    switch (e.keyword) {
        case 'required':
            return `${at} needs "${String(p.missingProperty)}"`;
        case 'additionalProperties':
            return `${at} has an unknown key "${String(p.additionalProperty)}"`;
        case 'enum':
            return `${at} must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'const':
            return `${at} must be ${JSON.stringify(p.allowedValue)}`;
        case 'type':
            return `${at} must be ${String(p.type).replace(/,/g, ' or ')}`;
        default:
            return `${at} ${e.message ?? 'is not valid'}`;
    }
}
/** The errors of one validation, described, without repeats (a union reports each branch). */
function problemsOf(errors) {
    return [...new Set((errors ?? []).filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf').map(describeError))];
}
/**
 * Returns `data` when it matches `schema` (the caller gives it the schema's type: `as T`);
 * throws a SchemaError naming `source` otherwise.
 */
function checkJson(schema, data, source) {
    const v = validatorFor(schema);
    if (!v(data))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .A(source, problemsOf(v.errors));
    return data;
}
/** Parses JSON text; a syntax error names the source. */
function parseJsonText(text, source) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .A(source, [`not JSON (${e.message})`]);
    }
}


/***/ }),

/***/ 66279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iU: () => (/* binding */ parseTimingReport),
/* harmony export */   rm: () => (/* binding */ parseTimingReportText)
/* harmony export */ });
/* unused harmony exports TIMING_REPORT_SCHEMA_VERSION, TIMING_REPORT_SCHEMA, normaliseReport */
/* harmony import */ var _timing_vertex_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31450);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44936);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
// The timing report's JSON Schema (published as schemas/timing-report.schema.json: the
// versioned contract users build on), and the one way a report is read back: the version
// checked first, the document checked against the schema, and the fields an earlier writer
// left out filled in, so that compare and the renderers always get a whole report.
// Required is only the documented minimum: schemaVersion, durationMs and steps, each step
// with name, cached and durationMs. Unknown keys are allowed (optional fields added within
// schemaVersion 1); a new schemaVersion is a clear error.



const TIMING_REPORT_SCHEMA_VERSION = 1;
const ms = { type: 'number', minimum: 0 };
const nullableMs = { type: ['number', 'null'], minimum: 0 };
const nullableString = { type: ['string', 'null'] };
const line = { type: ['integer', 'null'], minimum: 1 };
const strings = { type: 'array', items: { type: 'string' } };
const TIMING_REPORT_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/buildstage/buildstage/schemas/timing-report.schema.json',
    title: 'buildstage timing report',
    description: 'The timing report of one image build (the `report` output of the buildstage action, `node dist/cli.js build --report-json`). schemaVersion 1. Only schemaVersion, durationMs and steps are required (earlier writers left fields out); readers fill the rest with their defaults. Optional fields may be added within version 1; a change to an existing field bumps schemaVersion. All times are wall-clock milliseconds.',
    type: 'object',
    required: ['schemaVersion', 'durationMs', 'steps'],
    properties: {
        schemaVersion: { const: 1, description: 'The version of this shape.' },
        durationMs: { ...ms, description: 'Wall time of the whole build: first vertex start to last vertex end.' },
        cacheHitRatio: { type: ['number', 'null'], minimum: 0, maximum: 1, description: 'Cached steps / counted steps (FROM, internal and export vertexes excluded); null when no step counts.' },
        stages: {
            type: 'array',
            description: 'Dockerfile stages, in start order. Stage times are wall times; parallel stages overlap and do not add up.',
            items: {
                type: 'object',
                required: ['name', 'durationMs'],
                properties: {
                    name: { type: 'string', description: 'Stage name (`AS deps`), or stage-N for unnamed stages.' },
                    platform: { ...nullableString, description: 'Platform of a multi-platform build, else null.' },
                    durationMs: ms,
                    startMs: { ...nullableMs, description: 'Start offset from the build start.' },
                    steps: { type: 'integer', minimum: 0, description: 'Steps that count for the cache (FROM excluded).' },
                    cachedSteps: { type: 'integer', minimum: 0, description: 'Of those, the ones BuildKit reported cached.' },
                    index: { type: 'integer', minimum: 0, description: 'Optional: the stage\'s position in the Dockerfile (stages are listed in this order).' }
                }
            }
        },
        steps: {
            type: 'array',
            description: 'Every Dockerfile step (a BuildKit vertex of a stage).',
            items: {
                type: 'object',
                required: ['name', 'cached', 'durationMs'],
                properties: {
                    name: { type: 'string', description: 'Vertex name as BuildKit printed it, e.g. `[deps 3/4] RUN npm ci`.' },
                    instruction: { type: 'string', description: 'The instruction without the bracket prefix; readers take it from name when absent.' },
                    stage: { type: 'string' },
                    platform: nullableString,
                    cached: { type: 'boolean' },
                    durationMs: { ...ms, description: 'Wall time of the vertex (merged intervals); 0 when cached.' },
                    startMs: nullableMs,
                    line: { ...line, description: 'Dockerfile line (1-based) of the instruction; null when unknown.' },
                    digest: { type: 'string' },
                    error: { type: 'string' },
                    key: { type: 'string', description: 'Optional: the step\'s identity across builds, `[platform ]stage:line INSTRUCTION` (Dockerfile stage and line, instruction without flags); the comparison matches steps by it.' },
                    sharedWith: {
                        type: 'array',
                        description: 'Optional: other Dockerfile instructions BuildKit built as this same vertex (deduplicated); the step is reported under the first in Dockerfile order.',
                        items: { type: 'object', required: ['stage', 'line'], properties: { stage: { type: 'string' }, line: { type: 'integer', minimum: 1 } } }
                    },
                    dependsOn: { ...strings, description: 'Optional: keys of the steps this one is built on.' }
                }
            }
        },
        phases: {
            type: 'object',
            description: 'Time outside Dockerfile steps; 0 when absent.',
            properties: {
                contextTransferMs: ms,
                cacheImportMs: ms,
                cacheExportMs: ms,
                imageExportMs: { ...ms, description: 'The image export, without a push it contains.' },
                pushMs: ms,
                cacheLoadMs: { ...ms, description: 'Optional: wall time cached steps spent loading their results (layers pulled from an imported cache).' }
            }
        },
        phaseWindows: {
            type: 'object',
            description: 'Optional: when each phase ran, offsets from the build start.',
            additionalProperties: { type: 'object', required: ['startMs', 'endMs'], properties: { startMs: ms, endMs: ms } }
        },
        criticalPathMs: { ...ms, description: 'Optional: summed wall time of the critical path.' },
        criticalPath: { ...strings, description: 'Vertex names along the critical path, in order.' },
        slowest: { ...strings, description: 'Names of the slowest steps, slowest first (at most 10).' },
        image: {
            type: 'object',
            properties: {
                digest: nullableString,
                tags: strings,
                sizeBytes: { type: ['integer', 'null'], minimum: 0, description: 'Compressed layers + config of the pushed image, or the local image size.' },
                layers: { type: ['integer', 'null'], minimum: 0 }
            }
        },
        warnings: { ...strings, description: 'Warnings BuildKit reported, and cache import/export failures.' },
        failed: {
            description: 'The step that failed the build, or null.',
            anyOf: [
                { type: 'null' },
                {
                    type: 'object',
                    required: ['name', 'error'],
                    properties: { name: { type: 'string' }, stage: nullableString, line, error: { type: 'string' }, logTail: strings }
                }
            ]
        },
        meta: { type: 'object', additionalProperties: { type: 'string' }, description: 'Free-form context: dockerfile, commit, buildx version, driver, cache backend.' },
        cacheMounts: {
            type: 'object',
            description: 'Optional: RUN --mount=type=cache contents carried across runners (the cache-mounts input); absent when off or when there is nothing to carry.',
            required: ['storage', 'mounts'],
            properties: {
                storage: { enum: ['gha', 'registry'], description: 'The Actions cache, or the registry next to the build cache.' },
                restoreMs: { ...ms, description: 'Wall time of the restore phase before the build.' },
                saveMs: { ...ms, description: 'Wall time of the save phase after the build (0 when nothing was saved).' },
                maxSizeBytes: { type: 'number', minimum: 0, description: 'cache-mounts-max-size: a larger mount is not saved.' },
                mounts: {
                    type: 'array',
                    items: {
                        type: 'object',
                        required: ['id', 'restored', 'saved'],
                        properties: {
                            id: { type: 'string', description: "BuildKit's id of the mount (id=, else the cleaned target)." },
                            target: { type: 'string' },
                            uses: { type: 'array', items: { type: 'object', properties: { stage: { type: 'string' }, line } }, description: 'The RUN steps that use it.' },
                            key: { ...nullableString, description: 'Actions cache key or registry ref it was restored from or saved to.' },
                            restored: { type: 'boolean', description: 'Contents put into the builder before the build.' },
                            restoredFrom: { enum: ['exact', 'previous', null], description: 'exact: saved with the same lockfiles (not restored unless no-cache: its step comes from the build cache); previous: saved with earlier lockfiles.' },
                            restoredBytes: { type: ['number', 'null'], minimum: 0 },
                            restoreMs: ms,
                            stepRan: { type: 'boolean', description: 'A step that uses the mount ran (was not cached); only then is it saved.' },
                            saved: { type: 'boolean' },
                            savedBytes: { type: ['number', 'null'], minimum: 0 },
                            saveMs: ms,
                            note: { ...nullableString, description: 'Why it was not restored or saved.' }
                        }
                    }
                }
            }
        }
    }
};
/**
 * A timing report from parsed JSON: the version checked first (a report of another version
 * is a clear error, never a wrong comparison), then the schema, then the defaults filled in.
 */
function parseTimingReport(data, source) {
    const version = data && typeof data === 'object' && !Array.isArray(data) ? data.schemaVersion : undefined;
    if (version === undefined)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SchemaError */ .A(source, ['not a buildstage timing report (no schemaVersion; write one with --report-json or the action\'s `report` output)']);
    if (version !== TIMING_REPORT_SCHEMA_VERSION) {
        const newer = typeof version === 'number' && version > TIMING_REPORT_SCHEMA_VERSION;
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SchemaError */ .A(source, [
            `schemaVersion ${JSON.stringify(version)} is not supported: this buildstage reads schemaVersion ${TIMING_REPORT_SCHEMA_VERSION}${newer ? '; the report was written by a newer buildstage, so upgrade the one that reads it' : ''}`
        ]);
    }
    return normaliseReport((0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .checkJson */ .Zs)(TIMING_REPORT_SCHEMA, data, source));
}
/** Reads a report file's text (see parseTimingReport). */
function parseTimingReportText(text, source) {
    return parseTimingReport((0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonText */ .lk)(text, source), source);
}
/** Fills what a schema-valid report left out with the defaults a current writer would have written. */
function normaliseReport(r) {
    const steps = r.steps.map((s) => {
        const name = s.name ?? '';
        const parsed = (0,_timing_vertex_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStepName */ .Zw)(name);
        return {
            ...s,
            name,
            instruction: s.instruction ?? parsed?.instruction.replace(/\s+/g, ' ') ?? name,
            stage: s.stage ?? parsed?.stage ?? 'stage-0',
            platform: s.platform ?? parsed?.platform ?? null,
            cached: s.cached ?? false,
            durationMs: s.durationMs ?? 0,
            startMs: s.startMs ?? null,
            line: s.line ?? null,
            digest: s.digest ?? ''
        };
    });
    const p = r.phases ?? {};
    return {
        ...r,
        schemaVersion: 1,
        durationMs: r.durationMs ?? 0,
        cacheHitRatio: r.cacheHitRatio ?? null,
        stages: (r.stages ?? []).map((s) => ({ ...s, name: s.name, platform: s.platform ?? null, durationMs: s.durationMs ?? 0, startMs: s.startMs ?? null, steps: s.steps ?? 0, cachedSteps: s.cachedSteps ?? 0 })),
        steps,
        phases: { contextTransferMs: p.contextTransferMs ?? 0, cacheImportMs: p.cacheImportMs ?? 0, cacheExportMs: p.cacheExportMs ?? 0, imageExportMs: p.imageExportMs ?? 0, pushMs: p.pushMs ?? 0 },
        criticalPath: r.criticalPath ?? [],
        slowest: r.slowest ?? [],
        image: { digest: r.image?.digest ?? null, tags: r.image?.tags ?? [], sizeBytes: r.image?.sizeBytes ?? null, layers: r.image?.layers ?? null },
        warnings: r.warnings ?? [],
        failed: r.failed ? { ...r.failed, stage: r.failed.stage ?? null, line: r.failed.line ?? null, logTail: r.failed.logTail ?? [] } : null,
        meta: r.meta ?? {}
    };
}


/***/ })

};

//# sourceMappingURL=986.index.js.map