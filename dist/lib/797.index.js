export const id = 797;
export const ids = [797];
export const modules = {

/***/ 2797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCompareCommand: () => (/* binding */ runCompareCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _compare_compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6832);
/* harmony import */ var _compare_render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2831);
/* harmony import */ var _timing_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2887);
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

/***/ 6832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YJ: () => (/* binding */ parseRegressionThreshold),
/* harmony export */   ll: () => (/* binding */ compareReports)
/* harmony export */ });
/* unused harmony exports DEFAULT_THRESHOLDS, delta, matchSteps */
/* harmony import */ var _inputs_list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4233);
/* harmony import */ var _timing_dockerfile_map_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7081);
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
const stepKey = (s) => `${s.platform ?? ''}\u0000${(0,_timing_dockerfile_map_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseInstruction */ .P)(s.instruction)}`;
/** Pairs base and head steps: same instruction and line first, then same instruction. */
function matchSteps(base, head) {
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
    if (b.cached && !h.cached)
        return 'cache-miss';
    if (!b.cached && h.cached)
        return 'now-cached';
    return b.cached && h.cached ? 'cached-both' : 'ran-both';
}
function compareReports(base, head, t = DEFAULT_THRESHOLDS) {
    const total = delta(base.durationMs, head.durationMs, t);
    const stageKey = (s) => `${s.platform ?? ''}\u0000${s.name}`;
    const baseStages = new Map(base.stages.map((s) => [stageKey(s), s]));
    const seen = new Set();
    const stages = head.stages.map((s) => {
        const b = baseStages.get(stageKey(s));
        seen.add(stageKey(s));
        return { name: s.name, platform: s.platform, delta: delta(b ? b.durationMs : null, s.durationMs, t) };
    });
    for (const b of base.stages)
        if (!seen.has(stageKey(b)))
            stages.push({ name: b.name, platform: b.platform, delta: delta(b.durationMs, null, t) });
    const steps = matchSteps(base.steps, head.steps)
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
    const bs = base.image.sizeBytes ?? null;
    const hs = head.image.sizeBytes ?? null;
    const dBytes = bs !== null && hs !== null ? hs - bs : null;
    const sizePct = dBytes !== null && bs ? (100 * dBytes) / bs : null;
    const imageSize = { base: bs, head: hs, deltaBytes: dBytes, pct: sizePct, flagged: sizePct !== null && Math.abs(sizePct) >= t.percent && Math.abs(dBytes) >= 1024 * 1024 };
    const slower = (total.flagged && (total.deltaMs ?? 0) > 0) || (imageSize.flagged && (imageSize.deltaBytes ?? 0) > 0);
    const faster = (total.flagged && (total.deltaMs ?? 0) < 0) || (imageSize.flagged && (imageSize.deltaBytes ?? 0) < 0);
    return {
        total,
        stages,
        steps,
        cacheHitRatio: { base: base.cacheHitRatio, head: head.cacheHitRatio },
        imageSize,
        layers: { base: base.image.layers ?? null, head: head.image.layers ?? null },
        verdict: slower ? 'regressed' : faster ? 'improved' : 'unchanged'
    };
}


/***/ }),

/***/ 2831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ COMMENT_MARKER),
/* harmony export */   e4: () => (/* binding */ mergeCommentSections),
/* harmony export */   hm: () => (/* binding */ renderComparisonMarkdown)
/* harmony export */ });
/* harmony import */ var _timing_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2887);
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
    out.push(`Cache hits ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtRatio */ .lj)(c.cacheHitRatio.base)} → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtRatio */ .lj)(c.cacheHitRatio.head)} · image ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(c.imageSize.base)} → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(c.imageSize.head)}${c.imageSize.deltaBytes !== null ? ` (${c.imageSize.flagged ? (c.imageSize.deltaBytes > 0 ? '🔴 ' : '🟢 ') : ''}${c.imageSize.deltaBytes >= 0 ? '+' : '−'}${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(Math.abs(c.imageSize.deltaBytes))})` : ''}${c.layers.base !== null && c.layers.head !== null ? ` · layers ${c.layers.base} → ${c.layers.head}` : ''}`, '');
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

/***/ 4011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ copySources),
/* harmony export */   Lt: () => (/* binding */ hasFlag),
/* harmony export */   SJ: () => (/* binding */ installsIn),
/* harmony export */   _R: () => (/* binding */ copiesWholeContext),
/* harmony export */   _f: () => (/* binding */ copiesFile),
/* harmony export */   gM: () => (/* binding */ before),
/* harmony export */   ri: () => (/* binding */ parseDockerfileModel),
/* harmony export */   zE: () => (/* binding */ envBefore)
/* harmony export */ });
/* unused harmony exports chain, WHOLE_CONTEXT */
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8390);
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
        const afterKeyword = raw.replace(/^\s*\S+/, '').replace(/\\\r?\n/g, ' ').replace(/[ \t]+/g, ' ');
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
    const re = new RegExp(`^${pattern.replace(/^\.\//, '').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '.')}$`);
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

/***/ 4233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   q6: () => (/* binding */ parseBool)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5175);

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


/***/ }),

/***/ 7081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ normaliseInstruction),
/* harmony export */   T: () => (/* binding */ mapDockerfile)
/* harmony export */ });
/* harmony import */ var _dockerfile_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4011);
// Where each BuildKit step comes from in the Dockerfile: stage names (`AS deps`, or
// `stage-N` for unnamed stages, as BuildKit names them) and the line of every
// instruction, read from the shared Dockerfile model (src/dockerfile/model.ts).

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
/** BuildKit's `[stage n/m]` counts only the instructions that make a vertex. */
const STEP_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR']);
function mapDockerfile(text) {
    const stages = (0,_dockerfile_model_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDockerfileModel */ .ri)(text);
    const instructions = [];
    for (const st of stages) {
        let position = 0;
        for (const ins of st.instructions) {
            if (!STEP_KEYWORDS.has(ins.keyword))
                continue;
            position++;
            instructions.push({ stage: st.name, stageIndex: st.index, position, keyword: ins.keyword, text: normaliseInstruction(`${ins.keyword} ${ins.args}`), line: ins.line });
        }
    }
    return { stages: stages.map((s) => s.name), instructions };
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


/***/ })

};
