export const id = 350;
export const ids = [350,229,204];
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

/***/ 8149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/schemas/check.ts
var check = __webpack_require__(44936);
;// CONCATENATED MODULE: ./src/schemas/buildx-metadata.ts
// buildx's --metadata-file JSON (given to `node dist/cli.js report --metadata`): an object;
// the keys the report reads must be strings when present.

const BUILDX_METADATA_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'buildx build --metadata-file',
    type: 'object',
    properties: {
        'containerimage.digest': { type: 'string' },
        'image.name': { type: 'string' },
        'buildx.build.ref': { type: 'string' }
    }
};
function parseBuildxMetadata(data, source) {
    return (0,check/* checkJson */.Zs)(BUILDX_METADATA_SCHEMA, data, source);
}

// EXTERNAL MODULE: ./src/timing/render-markdown.ts
var render_markdown = __webpack_require__(40204);
// EXTERNAL MODULE: ./src/timing/render-terminal.ts
var render_terminal = __webpack_require__(71229);
// EXTERNAL MODULE: ./src/timing/rawjson-parser.ts
var rawjson_parser = __webpack_require__(38700);
// EXTERNAL MODULE: ./src/timing/model.ts
var model = __webpack_require__(35519);
;// CONCATENATED MODULE: ./src/timing/report-from-file.ts
// A saved rawjson stream (the action's own capture, a CI log, or
// `docker buildx history logs --progress rawjson REF`) → TimingReport, in bounded memory.


async function reportFromRawjsonFile(path, opts = {}) {
    const acc = new model.TimingAccumulator();
    for await (const status of (0,rawjson_parser/* readRawjsonFile */.R)(path))
        acc.add(status);
    return acc.finish(opts);
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(47632);
// EXTERNAL MODULE: ./src/cli/json-file.ts
var json_file = __webpack_require__(97129);
;// CONCATENATED MODULE: ./src/cli/report-command.ts
// `node dist/cli.js report --from FILE [--dockerfile F] [--json] [--summary-md OUT]`:
// the timing report of a build that ran elsewhere, from its saved rawjson stream.









const USAGE = `usage: node dist/cli.js report --from FILE [--dockerfile F] [--metadata M.json] [--json] [--summary-md OUT]
  FILE is a saved \`buildx build --progress=rawjson\` stream (stderr), or the output of
  \`docker buildx history logs --progress rawjson REF\`.`;
const RAWJSON = 'a saved `buildx build --progress=rawjson` stream';
const reportCommand = (0,command/* defineCommand */.N)({
    usage: USAGE,
    options: {
        from: { type: 'string' },
        dockerfile: { type: 'string' },
        metadata: { type: 'string' },
        json: { type: 'boolean' },
        'summary-md': { type: 'string' }
    },
    run: async (v, io) => {
        const from = (0,json_file/* existingFile */._)(io, '--from', v.from, RAWJSON);
        const dockerfileText = v.dockerfile
            ? (0,external_node_fs_.readFileSync)((0,json_file/* existingFile */._)(io, '--dockerfile', v.dockerfile, 'the Dockerfile the build used (or omit it to report without Dockerfile lines)'), 'utf8')
            : undefined;
        const metadata = v.metadata
            ? (0,json_file/* readJsonFile */.J)(io, v.metadata, { flag: '--metadata', what: 'the --metadata-file buildx wrote', check: parseBuildxMetadata })
            : undefined;
        const report = await reportFromRawjsonFile(from, { dockerfileText, metadata });
        if (report.steps.length === 0 && report.durationMs === 0)
            throw new exit/* BadInputError */.Ys(`--from ${v.from}: no BuildKit status objects found; is it a --progress=rawjson stream?`);
        if (v['summary-md'])
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, v['summary-md']), (0,render_markdown.renderTimingMarkdown)(report, {}));
        io.stdout(v.json ? JSON.stringify(report, null, 2) + '\n' : (0,render_terminal.renderTimingTerminal)(report, { color: io.isTTY }) + '\n');
        return exit/* EXIT */.dc.OK;
    }
});


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


/***/ }),

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

//# sourceMappingURL=350.index.js.map