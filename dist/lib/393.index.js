export const id = 393;
export const ids = [393];
export const modules = {

/***/ 52831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ COMMENT_MARKER),
/* harmony export */   e4: () => (/* binding */ mergeCommentSections),
/* harmony export */   hm: () => (/* binding */ renderComparisonMarkdown)
/* harmony export */ });
/* unused harmony exports pctText, deltaCell, causeText */
/* harmony import */ var _timing_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92887);
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
    const text = `${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .signedMs */ .Fw)(d.deltaMs)}${p ? `&nbsp;(${p})` : ''}`;
    if (!d.flagged)
        return text;
    return (d.deltaMs > 0) === slowerIsBad ? `🔴&nbsp;${text}` : `🟢&nbsp;${text}`;
}
const where = (s) => `${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escText */ .ZM)(s.platform ? `${s.stage} (${s.platform})` : s.stage)}${s.line !== null ? ` L${s.line}` : ''}`;
/** A cause in a few words (the column is narrow). */
function causeText(c) {
    switch (c.kind) {
        case 'first-miss':
            return c.detail === 'files' ? 'cache miss: files it copies changed' : 'cache miss: not in the cache';
        case 'after-miss':
            return `re-ran: ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortInstruction */ .jw)(c.root.instruction, 32))} ${where({ ...c.root, platform: null })} ${c.rootChanged ? 'changed' : 'missed the cache'}`;
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
const stepRow = (s) => ({ label: `${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortInstruction */ .jw)(s.instruction, 48))} ${where(s)}`, delta: s.delta, cause: causeText(s.cause) });
const phaseRow = (p) => ({ label: `<i>${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(p.label)}</i>`, delta: p.delta, cause: p.cause ? (0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escText */ .ZM)(p.cause) : '' });
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
    const short = `<code>${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(sha.slice(0, 7))}</code>`;
    const u = url?.(sha);
    return u ? `<a href="${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(u)}">${short}</a>` : short;
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
    const moved = c.total.deltaMs !== null ? ` (${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .signedMs */ .Fw)(c.total.deltaMs)}${pctText(c.total) ? `, ${pctText(c.total)}` : ''})` : '';
    const baseSide = `<code>${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escText */ .ZM)(base)}</code>${c.commits.base ? `@${commitRef(c.commits.base, opts.commitUrl)}` : ''}`;
    const against = `${baseSide} → ${c.commits.head ? commitRef(c.commits.head, opts.commitUrl) : 'this change'}`;
    out.push(`#### ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escText */ .ZM)((0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .imageLabel */ .ec)(image))} · ${against} · ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(c.total.baseMs ?? 0)} → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(c.total.headMs ?? 0)}${moved} · ${verdict}`, '');
    // the heading names the repository; the full reference (registry, target) is here
    const links = [
        (0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(image),
        ...(opts.runUrl ? [`<a href="${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(opts.runUrl)}">workflow run</a>`] : []),
        ...(opts.buildRecordUrl ? [`<a href="${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(opts.buildRecordUrl)}">build record</a>`] : []),
        ...(opts.facts ? [opts.facts.replace(/^<sub>|<\/sub>$/g, '')] : [])
    ];
    out.push(`<sub>${links.join(' · ')}</sub>`, '');
    if (!c.comparable.ok)
        out.push(`⚠️ **Not comparable:** ${c.comparable.reasons.map(_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escText */ .ZM).join('; ')}. The times below are not a finding about this change.`, '');
    const rows = changeRows(c);
    const top = rows.slice(0, opts.maxSteps ?? 5);
    if (top.length)
        out.push(...changeTable(top), '');
    else
        out.push('Nothing changed beyond the noise.', '');
    const rest = [];
    rest.push(`Cache hits ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtRatio */ .lj)(c.cacheHitRatio.base)} (${c.cache.base.cached}/${c.cache.base.steps} steps) → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtRatio */ .lj)(c.cacheHitRatio.head)} (${c.cache.head.cached}/${c.cache.head.steps} steps) · image ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(c.imageSize.base)} → ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(c.imageSize.head)}${c.imageSize.deltaBytes !== null ? ` (${c.imageSize.flagged ? (c.imageSize.deltaBytes > 0 ? '🔴 ' : '🟢 ') : ''}${c.imageSize.deltaBytes >= 0 ? '+' : '−'}${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(Math.abs(c.imageSize.deltaBytes))})` : ''}${c.layers.base !== null && c.layers.head !== null ? ` · layers ${c.layers.base} → ${c.layers.head}` : ''}`, '');
    if (c.stages.length || c.phases.length) {
        const time = (ms, cached) => (ms === null ? '' : cached ? 'cached' : (0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(ms));
        rest.push(`| stage or phase | ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escText */ .ZM)(base)} | this change | Δ |`, '|---|--:|--:|--:|');
        for (const s of c.stages) {
            const name = s.platform ? `${s.name} (${s.platform})` : s.name;
            rest.push(`| ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(name)} | ${time(s.delta.baseMs, s.cached.base)} | ${time(s.delta.headMs, s.cached.head)} | ${deltaCell(s.delta)} |`);
        }
        for (const p of c.phases)
            rest.push(`| <i>${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(p.label)}</i> | ${time(p.delta.baseMs, false)} | ${time(p.delta.headMs, false)} | ${deltaCell(p.delta)} |`);
        rest.push('', '<sub>Stages in Dockerfile order; parallel stages overlap, so rows do not add up to the total.</sub>', '');
    }
    const more = rows.slice(top.length);
    if (more.length)
        rest.push(`Everything else that changed (${more.length}):`, '', ...changeTable(more), '');
    if (c.notes.length)
        rest.push('Warnings of the two builds:', '', ...c.notes.slice(0, 8).map((n) => `- ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escText */ .ZM)((0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(n, 240))}`), '');
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
/* harmony export */   Ar: () => (/* binding */ SchemaError),
/* harmony export */   Zs: () => (/* binding */ checkJson),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   qA: () => (/* binding */ validatorFor)
/* harmony export */ });
/* unused harmony exports describeError, problemsOf */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_0__);
// JSON read from users (timing reports, DescribeImages output, lifecycle policies, services
// files, buildx metadata) is checked against a JSON Schema with ajv before anything uses it;
// a problem is one line naming the file and the JSON pointer of each field that is wrong.

const ajv = new ajv__WEBPACK_IMPORTED_MODULE_0__.Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const compiled = new WeakMap();
function validatorFor(schema) {
    let v = compiled.get(schema);
    if (!v) {
        v = ajv.compile(schema);
        compiled.set(schema, v);
    }
    return v;
}
/** A JSON document that does not have the shape it must have. */
class SchemaError extends Error {
    source;
    problems;
    constructor(source, problems) {
        const shown = problems.slice(0, 4).join('; ');
        super(`${source}: ${shown}${problems.length > 4 ? ` (and ${problems.length - 4} more)` : ''}`);
        this.source = source;
        this.problems = problems;
        this.name = 'SchemaError';
    }
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
/** Returns `data` typed when it matches `schema`; throws a SchemaError naming `source` otherwise. */
function checkJson(schema, data, source) {
    const v = validatorFor(schema);
    if (!v(data))
        throw new SchemaError(source, problemsOf(v.errors));
    return data;
}
/** Parses JSON text; a syntax error names the source. */
function parseJsonText(text, source) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new SchemaError(source, [`not JSON (${e.message})`]);
    }
}


/***/ }),

/***/ 66279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rm: () => (/* binding */ parseTimingReportText)
/* harmony export */ });
/* unused harmony exports TIMING_REPORT_SCHEMA_VERSION, TIMING_REPORT_SCHEMA, parseTimingReport, normaliseReport */
/* harmony import */ var _timing_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35519);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44936);
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
        throw new _check_js__WEBPACK_IMPORTED_MODULE_1__/* .SchemaError */ .Ar(source, ['not a buildstage timing report (no schemaVersion; write one with --report-json or the action\'s `report` output)']);
    if (version !== TIMING_REPORT_SCHEMA_VERSION) {
        const newer = typeof version === 'number' && version > TIMING_REPORT_SCHEMA_VERSION;
        throw new _check_js__WEBPACK_IMPORTED_MODULE_1__/* .SchemaError */ .Ar(source, [
            `schemaVersion ${JSON.stringify(version)} is not supported: this buildstage reads schemaVersion ${TIMING_REPORT_SCHEMA_VERSION}${newer ? '; the report was written by a newer buildstage, so upgrade the one that reads it' : ''}`
        ]);
    }
    return normaliseReport((0,_check_js__WEBPACK_IMPORTED_MODULE_1__/* .checkJson */ .Zs)(TIMING_REPORT_SCHEMA, data, source));
}
/** Reads a report file's text (see parseTimingReport). */
function parseTimingReportText(text, source) {
    return parseTimingReport((0,_check_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonText */ .lk)(text, source), source);
}
/** Fills what a schema-valid report left out with the defaults a current writer would have written. */
function normaliseReport(r) {
    const steps = r.steps.map((s) => {
        const name = s.name ?? '';
        const parsed = (0,_timing_model_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStepName */ .Zw)(name);
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
