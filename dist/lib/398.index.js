export const id = 398;
export const ids = [398];
export const modules = {

/***/ 41081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ FINDING_IDS)
/* harmony export */ });
const FINDING_IDS = [
    'layer-order',
    'lockfile-not-copied',
    'package-manager-mismatch',
    'npm-install-not-ci',
    'no-cache-mount',
    'dev-deps-in-final',
    'dockerignore-missing',
    'single-stage-toolchain',
    'apt-no-clean',
    'secret-in-arg'
];


/***/ }),

/***/ 75680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   adviseCommand: () => (/* binding */ adviseCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _advisor_advise_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97528);
/* harmony import */ var _advisor_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76078);
/* harmony import */ var _schemas_timing_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66279);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3567);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47632);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(97129);
// `node dist/cli.js advise --file Dockerfile [--context DIR] [--report R.json] [--target T] [--skip id,id] [--json] [--fail-on warning|error]`








const USAGE = 'usage: node dist/cli.js advise --file Dockerfile [--context DIR] [--report R.json] [--target T] [--skip id,id] [--json] [--fail-on warning|error]\n' +
    '  findings are advice (exit 0); with --fail-on, a finding at least that severe fails the job (exit 1)';
const adviseCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .defineCommand */ .N)({
    usage: USAGE,
    options: {
        file: { type: 'string' },
        context: { type: 'string' },
        report: { type: 'string' },
        target: { type: 'string' },
        skip: { type: 'string' },
        json: { type: 'boolean' },
        'fail-on': { type: 'string' }
    },
    run: (v, io) => {
        const file = (0,_json_file_js__WEBPACK_IMPORTED_MODULE_7__/* .existingFile */ ._)(io, '--file', v.file, 'the Dockerfile to read');
        const failOn = v['fail-on'];
        if (failOn && !['warning', 'error'].includes(failOn))
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--fail-on ${failOn}: write warning or error`);
        const context = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, v.context ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file));
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(context) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(context).isDirectory())
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_6__/* .BadInputError */ .Ys(`--context ${v.context}: no such directory; pass the build context (default: the Dockerfile's directory)`);
        const report = v.report
            ? (0,_json_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readJsonFile */ .J)(io, v.report, { flag: '--report', what: 'a JSON timing report (written by build --report-json)', check: _schemas_timing_report_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTimingReport */ .iU })
            : undefined;
        const skip = v.skip ? v.skip.split(',').map((s) => s.trim()) : [];
        const findings = (0,_advisor_advise_js__WEBPACK_IMPORTED_MODULE_2__/* .adviseDockerfile */ .Jd)({ ...(0,_advisor_advise_js__WEBPACK_IMPORTED_MODULE_2__/* .loadAdvisorInput */ .p4)(file, context, v.file), report, target: v.target, skip });
        io.stdout(v.json ? JSON.stringify({ findings }, null, 2) + '\n' : (0,_advisor_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderAdvisorTerminal */ .vy)(findings, { color: io.isTTY }) + '\n');
        return failOn && findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning')) ? _exit_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.FAILED : _exit_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.OK;
    }
});


/***/ }),

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

/***/ 2741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ SECRET_NAME)
/* harmony export */ });
/**
 * A name that looks like a secret's (build args, ARG and ENV): whole `_`-separated words
 * only: NPM_TOKEN, DB_PASSWORD, API_KEY; not AUTHOR or TOKENIZERS_PARALLELISM.
 */
const SECRET_NAME = /(^|_)(TOKEN|PASSWORD|PASSWD|SECRET|APIKEY|CREDENTIALS?|AUTH)(_|$)|(^|_)(API|PRIVATE|ACCESS)_KEY(_|$)/i;


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

//# sourceMappingURL=398.index.js.map