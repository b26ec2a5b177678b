export const id = 740;
export const ids = [740];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ defineCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47632);
// A CLI command: its usage, its flags and what it runs. `defineCommand` parses the flags
// (node:util parseArgs, strict) and answers --help; the command only runs. It returns
// EXIT.OK or EXIT.FAILED and throws for bad usage or input (src/cli/exit.ts); main.ts
// turns what it throws into a message and an exit code.


function defineCommand(spec) {
    const usage = `${spec.usage}\n  ${_exit_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_CODES_HELP */ .cU}`;
    return {
        usage,
        run: async (argv, io) => {
            const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
                args: argv,
                options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
                allowPositionals: Boolean(spec.positionals)
            });
            if (values.help) {
                io.stdout(usage + '\n');
                return _exit_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.OK;
            }
            return await spec.run(values, io, positionals);
        }
    };
}


/***/ }),

/***/ 72797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareCommand: () => (/* binding */ compareCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _compare_compare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66832);
/* harmony import */ var _compare_render_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(52831);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71922);
/* harmony import */ var _schemas_timing_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66279);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3567);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47632);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(97129);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(94984);
// `node dist/cli.js compare --base A.json --head B.json [--markdown FILE] [--json] [--threshold 10%,5s]`










const USAGE = 'usage: node dist/cli.js compare --base A.json --head B.json [--image NAME] [--markdown FILE] [--json] [--threshold 10%,5s]';
// checked against schemas/timing-report.schema.json; an earlier writer's missing fields are filled in
const report = (io, flag, path) => (0,_json_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readJsonFile */ .J)(io, path, { flag, what: 'a JSON timing report (written by build --report-json)', check: _schemas_timing_report_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTimingReport */ .iU });
/** --threshold: the action's regression-threshold syntax, its errors named by the flag. */
function threshold(text) {
    try {
        return (0,_compare_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRegressionThreshold */ .YJ)(text);
    }
    catch (e) {
        throw e instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d ? new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('--threshold', e.problem, e.fix) : e;
    }
}
const compareCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .defineCommand */ .N)({
    usage: USAGE,
    options: {
        base: { type: 'string' },
        head: { type: 'string' },
        image: { type: 'string' },
        markdown: { type: 'string' },
        json: { type: 'boolean' },
        threshold: { type: 'string' }
    },
    run: (v, io) => {
        const base = report(io, '--base', v.base);
        const head = report(io, '--head', v.head);
        const c = (0,_compare_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .compareReports */ .ll)(base, head, threshold(v.threshold ?? '10%,5s'));
        if (v.markdown)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, v.markdown), (0,_compare_render_js__WEBPACK_IMPORTED_MODULE_8__/* .renderComparisonMarkdown */ .hm)(v.image ?? head.image.tags.at(0) ?? 'image', c));
        io.stdout(v.json ? JSON.stringify(c, null, 2) + '\n' : (0,_render_js__WEBPACK_IMPORTED_MODULE_9__/* .renderComparisonText */ .Lc)(c) + '\n');
        return _exit_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.OK;
    }
});


/***/ }),

/***/ 97129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readJsonFile),
/* harmony export */   _: () => (/* binding */ existingFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _schemas_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44936);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47632);
// The one way a CLI command reads a JSON file the user names with a flag: the path resolved
// against the working directory, then read, parsed and (optionally) checked against its
// schema (src/schemas/). Every problem is bad input (exit 2) in one line that names the flag,
// the file and the fix.




/** The absolute path of a file flag that must name an existing file. */
function existingFile(io, flag, path, what) {
    if (!path)
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${flag} is required: ${what}`);
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path);
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs, { throwIfNoEntry: false });
    if (!stat)
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_3__/* .BadInputError */ .Ys(`${flag} ${path}: no such file${abs === path ? '' : ` (resolved to ${abs})`}; pass ${what}`);
    if (!stat.isFile())
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_3__/* .BadInputError */ .Ys(`${flag} ${path}: not a file; pass ${what}`);
    return abs;
}
/** Reads, parses and checks the file a flag names (see JsonFileSpec). */
function readJsonFile(io, path, spec) {
    const abs = existingFile(io, spec.flag, path, spec.what);
    const source = `${spec.flag} ${path}`;
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs, 'utf8');
    }
    catch (e) {
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_3__/* .BadInputError */ .Ys(`${source}: cannot be read (${e.message}); pass ${spec.what}`);
    }
    let data;
    try {
        data = (spec.parseText ?? _schemas_check_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonText */ .lk)(text, source);
    }
    catch (e) {
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_3__/* .BadInputError */ .Ys(`${prefixed(source, e)}; pass ${spec.what}`);
    }
    if (!spec.check)
        return data;
    try {
        return spec.check(data, source);
    }
    catch (e) {
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_3__/* .BadInputError */ .Ys(prefixed(source, e));
    }
}
/** The message of a parse or check error on one line, starting with the source once. */
function prefixed(source, e) {
    const m = (0,_exit_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(e).replace(/\s*\n\s*/g, ' ');
    return m.startsWith(source) ? m : `${source}: ${m}`;
}


/***/ }),

/***/ 94984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ renderDecisionsText),
/* harmony export */   CU: () => (/* binding */ renderEvaluationText),
/* harmony export */   Fn: () => (/* binding */ renderMetadataText),
/* harmony export */   Lc: () => (/* binding */ renderComparisonText),
/* harmony export */   bj: () => (/* binding */ renderNothingToBuild),
/* harmony export */   cg: () => (/* binding */ renderBuildResult)
/* harmony export */ });
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56950);

/** `compare`: totals, cache hits and image size, then each stage and phase (`*` past the threshold), then the five steps that moved most. */
function renderComparisonText(c) {
    const delta = (label, d) => `  ${label.padEnd(28)} ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(d.baseMs ?? 0).padStart(7)} → ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(d.headMs ?? 0).padStart(7)}${d.flagged ? '  *' : ''}`;
    return [
        `build ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(c.total.baseMs ?? 0)} → ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(c.total.headMs ?? 0)}  (${c.comparable.ok ? c.verdict : `not comparable: ${c.comparable.reasons.join('; ')}`})`,
        `cache hits ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtRatio */ .lj)(c.cacheHitRatio.base)} → ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtRatio */ .lj)(c.cacheHitRatio.head)}   image ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(c.imageSize.base)} → ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(c.imageSize.head)}`,
        '',
        ...c.stages.map((s) => delta(s.platform ? `${s.name} (${s.platform})` : s.name, s.delta)),
        ...c.phases.map((p) => delta(`(${p.label})`, p.delta)),
        '',
        ...c.steps
            .slice(0, 5)
            .map((s) => `  ${((s.delta.deltaMs ?? 0) >= 0 ? '+' : '-') + (0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(Math.abs(s.delta.deltaMs ?? 0))}  ${s.why.padEnd(11)} ${s.instruction.slice(0, 80)}`)
    ].join('\n');
}
/** `tags`: the context, the version, then tags, labels and annotations, one a line. */
function renderMetadataText(ctx, md) {
    const section = (title, items) => `${title}:${items.length ? '' : ' (none)'}\n${items.map((t) => `  ${t}\n`).join('')}`;
    return (`context: ${ctx.eventName} ${ctx.ref || '(no ref)'} ${ctx.sha ? ctx.sha.slice(0, 12) : '(no commit)'}${ctx.defaultBranch ? ` (default branch ${ctx.defaultBranch})` : ''}\n` +
        `version: ${md.version ?? '(none)'}\n` +
        section('tags', md.tags) +
        section('labels', md.labels) +
        section('annotations', md.annotations));
}
/** `changed`: a line a service, build or skip, with the reason. */
function renderDecisionsText(decisions) {
    return decisions.map((d) => `${d.build ? 'build' : 'skip '} ${d.service.name}: ${d.reason}`).join('\n') + '\n';
}
/** `ecr evaluate`: how many images expire, then each with its tags and the rule that expires it. */
function renderEvaluationText(ev, imageCount) {
    return `${ev.expired.length} of ${imageCount} images expire (${ev.bytesFreed} bytes)\n${ev.expired.map((e) => `  ${e.imageDigest} ${e.imageTags.join(',') || '(untagged)'} rule ${e.rulePriority}`).join('\n')}\n`;
}
/** `bake` when no target is left to build: each skipped target with its reason. */
function renderNothingToBuild(skipped) {
    return `nothing to build:\n${skipped.map((s) => `  ${s.name}: ${s.reason}`).join('\n')}\n`;
}
/** `build` after the breakdown: the digest pushed and the tags. */
function renderBuildResult(digest, tags) {
    return (digest ? `digest: ${digest}\n` : '') + (tags.length ? `tags:\n${tags.map((t) => `  ${t}`).join('\n')}\n` : '');
}


/***/ }),

/***/ 56950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ signedMs),
/* harmony export */   UQ: () => (/* binding */ esc),
/* harmony export */   ZM: () => (/* binding */ escText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   ec: () => (/* binding */ imageLabel),
/* harmony export */   jw: () => (/* binding */ shortInstruction),
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
/**
 * esc() plus a zero-width joiner after every `@`. GitHub runs its autolinker over the
 * Markdown text between raw HTML tags, `<code>` included, so `yarn@1.22.22` in a table
 * cell becomes a mailto link and `@types` a mention; an invisible joiner right after the
 * `@` leaves no address or name to link.
 */
function escText(text) {
    return esc(text).replace(/@/g, '@&#8205;');
}
/** `<code>` of untrusted text, escaped and never autolinked. */
function code(text) {
    return `<code>${escText(text)}</code>`;
}
// RUN flags that say how a step runs, not what it does: left out of short labels
const NOISE_FLAGS = /^--(mount|network|security)\b/;
const FLAG = /^(--[\w-]+(?:=(?:"[^"]*"|'[^']*'|\S)*)?)\s*/;
/**
 * A step's instruction as a short label: whitespace collapsed, RUN's `--mount`, `--network`
 * and `--security` flags dropped, a FROM's image without docker.io/library/ and its digest
 * (the full text stays in the folded table), cut at `max`.
 */
function shortInstruction(instruction, max = 70) {
    const text = instruction
        .replace(/\\\r?\n/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const m = /^(\S+)\s*(.*)$/.exec(text);
    if (!m)
        return truncate(text, max);
    let rest = m[2];
    const kept = [];
    for (let f = FLAG.exec(rest); f; f = FLAG.exec(rest)) {
        if (!NOISE_FLAGS.test(f[1]))
            kept.push(f[1]);
        rest = rest.slice(f[0].length);
    }
    // a base image: its name without the default registry and the pinned digest
    if (/^FROM$/i.test(m[1]))
        rest = rest.replace(/^docker\.io\/(library\/)?/, '').replace(/@sha256:[a-f0-9]{64}/i, '');
    return truncate([m[1], ...kept, rest].filter(Boolean).join(' '), max);
}
/** `127.0.0.1:5000/demo-medusa:cold` → `demo-medusa:cold`: the repository and tag, without the registry host. */
function imageLabel(ref) {
    const noDigest = ref.replace(/@sha256:[a-f0-9]+$/i, '');
    const parts = noDigest.split('/');
    if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost'))
        parts.shift();
    if (parts[0] === 'library' && parts.length > 1)
        parts.shift();
    return parts.join('/') || ref;
}
/** Δ seconds as text: `+51.2s`, `−3.0s`, `±0.00s`. */
function signedMs(ms) {
    return `${ms > 0 ? '+' : ms < 0 ? '−' : '±'}${fmtMs(Math.abs(ms))}`;
}


/***/ }),

/***/ 55635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   Y: () => (/* binding */ parseRegressionThreshold)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
// When a change counts as a regression: the `regression-threshold` input. Light on purpose:
// the action and the CLI read it with every input, before anything runs.

const DEFAULT_THRESHOLDS = { percent: 10, minSeconds: 5 };
/** `10%,5s` (either part optional, any order). */
function parseRegressionThreshold(text) {
    const t = { ...DEFAULT_THRESHOLDS };
    const parts = text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    if (parts.length === 0)
        return t;
    for (const p of parts) {
        let m;
        if ((m = /^(\d+(?:\.\d+)?)%$/.exec(p)))
            t.percent = Number(m[1]);
        else if ((m = /^(\d+(?:\.\d+)?)(s|m)$/.exec(p)))
            t.minSeconds = Number(m[1]) * (m[2] === 'm' ? 60 : 1);
        else
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('regression-threshold', `"${p}" is neither a percentage nor a duration`, 'write e.g. "10%,5s" (flag changes over 10% and over 5 seconds)');
    }
    return t;
}


/***/ }),

/***/ 31450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zw: () => (/* binding */ parseStepName),
/* harmony export */   c3: () => (/* binding */ listOf),
/* harmony export */   mO: () => (/* binding */ imageNamedIn),
/* harmony export */   vD: () => (/* binding */ classifyVertex)
/* harmony export */ });
// What a vertex of BuildKit's status stream is, from its name alone (pure): a Dockerfile
// step (`[stage n/m] RUN …`), the build context, a cache import or export, the image export,
// a push. Light on purpose: the engine's stream reader loads it before buildx starts, the
// timing model (with the Dockerfile parser) only while buildx runs.
// `[deps 3/4] RUN ...`, `[linux/arm64 build 3/37] RUN ...`, and for a single unnamed stage
// just `[2/2] RUN ...` (or `[linux/amd64 2/2] RUN ...`).
const STEP = /^\[(?:(?<prefix>[^\]]*?)\s+)?(?<n>\d+)\/(?<m>\d+)\]\s+(?<instr>[\s\S]*)$/;
/** `[linux/amd64->arm64 build 3/37] RUN make` → platform, stage, position, instruction. */
function parseStepName(name) {
    const m = STEP.exec(name);
    if (!m?.groups)
        return null;
    // an optional group that did not match is undefined
    const optional = m.groups;
    const parts = (optional.prefix ?? '').trim().split(/\s+/).filter(Boolean);
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
    // BuildKit names its cache exporters "exporting cache to registry", "exporting to GitHub Actions Cache", "exporting cache to Amazon S3"...
    if (/^(exporting cache|exporting to GitHub Actions Cache|preparing build cache for export|writing cache)/i.test(name))
        return 'cache-export';
    if (/^pushing /.test(name))
        return 'push';
    if (/^(exporting to |exporting layers|writing image|naming to|unpacking|sending tarball|copying files)/.test(name))
        return 'export';
    return 'other';
}
/** A list field of a status, or nothing when it is not a list; an entry may be null (a cut stream), so readers check each. */
function listOf(v) {
    return Array.isArray(v) ? v : [];
}
/**
 * The docker driver's image export finished in this status: its "exporting to image" vertex
 * completed without error, after it named the image (so the tag is the new image's). Other
 * exports (a tarball `--load` sends to docker) finish before docker has loaded the image.
 */
function imageNamedIn(s) {
    return listOf(s.vertexes).some((v) => typeof v?.name === 'string' && /^(\[[^\]]*\] )?exporting to image$/.test(v.name) && Boolean(v.completed) && !v.error);
}


/***/ })

};

//# sourceMappingURL=740.index.js.map