export const id = 391;
export const ids = [391,204];
export const modules = {

/***/ 15386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _N: () => (/* binding */ prFlowContext),
/* harmony export */   aB: () => (/* binding */ comparisonStep)
/* harmony export */ });
/* unused harmony export baselineImage */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _plan_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70769);
/* harmony import */ var _plan_image_ref_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68646);
// The comparison against the base branch's baseline (src/compare/pr-flow.ts): the
// baseline saved on the base branch, the PR comment on a pull request. Only warns when it fails.



/** The image a baseline belongs to: the first image name (or tag without its tag), plus the target. */
function baselineImage(inputs, tags) {
    const name = inputs.images[0] ?? (tags[0] ? (0,_plan_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageRef */ .Q)(tags[0]).name : 'image');
    return inputs.target ? `${name}#${inputs.target}` : name;
}
/** The run's context as the comparison (runPrTiming, timingRole) reads it. */
function prFlowContext(ctx) {
    const [owner, repo] = (ctx.repository ?? '/').split('/');
    return {
        eventName: ctx.eventName,
        ref: ctx.ref,
        baseRef: ctx.baseRef,
        defaultBranch: ctx.defaultBranch,
        sha: ctx.sha,
        prNumber: ctx.prNumber,
        owner: owner || null,
        repo: repo || null
    };
}
/** Compares a successful build with its baseline (and comments on the PR). Never throws. */
async function comparisonStep(x) {
    const report = x.outcome.report;
    if (!report || report.failed)
        return { markdown: null, regressed: false };
    try {
        // the comparison (and the schema validator it reads baselines with) loads only for a report
        const { runPrTiming } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(986), __webpack_require__.e(478)]).then(__webpack_require__.bind(__webpack_require__, 60478));
        const result = await runPrTiming({
            report,
            image: baselineImage(x.inputs, x.outcome.plan.tags),
            context: prFlowContext(x.ctx),
            inputs: { comment: x.inputs.comment, regressionThreshold: x.inputs['regression-threshold'], baselineBranches: x.inputs['baseline-branches'] },
            baselineRoot: x.cacheRoot,
            // the cache client and Octokit load only when there is a cache service / a PR
            cache: (0,_plan_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .hasActionsCacheService */ .t7)(x.env) ? await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142)) : null,
            octokit: x.inputs['github-token'] && x.ctx.prNumber !== null ? (await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351))).getOctokit(x.inputs['github-token']) : null,
            links: { runUrl: x.links.runUrl, buildRecordUrl: x.links.buildRecordUrl, commitUrl: x.links.commitUrl }
        });
        return { markdown: result.markdown || null, regressed: result.regressed };
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`PR timing comparison skipped: ${e.message}`);
        return { markdown: null, regressed: false };
    }
}


/***/ }),

/***/ 48391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  advisorStep: () => (/* reexport */ advisorStep),
  assembleSummary: () => (/* reexport */ assembleSummary),
  buildRecordStep: () => (/* reexport */ buildRecordStep),
  comparisonStep: () => (/* reexport */ comparison_step/* comparisonStep */.aB),
  lineUrlFor: () => (/* reexport */ lineUrlFor),
  timingLinks: () => (/* reexport */ timingLinks)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/advisor/advise.ts + 15 modules
var advise = __webpack_require__(97528);
// EXTERNAL MODULE: ./src/advisor/render.ts
var render = __webpack_require__(76078);
;// CONCATENATED MODULE: ./src/actions/build/advisor-step.ts
// The advisor in the action: annotations on the Dockerfile lines, and the findings (with
// their measured cost) for the job summary. Only warns when it fails.




/** The advisor's findings, each annotated on its line; null when the advisor is off, has no Dockerfile, or failed. */
function advisorStep(x) {
    const dockerfile = x.outcome.dockerfilePath;
    if (!x.inputs.advisor || !dockerfile)
        return null;
    try {
        const contextDir = (0,external_node_path_.resolve)(x.workspace, x.outcome.plan.context.includes('://') ? '.' : x.outcome.plan.context);
        const shown = (0,external_node_path_.relative)(x.workspace, dockerfile).split('\\').join('/');
        const findings = (0,advise/* adviseDockerfile */.Jd)({
            ...(0,advise/* loadAdvisorInput */.p4)(dockerfile, contextDir, shown),
            report: x.outcome.report ?? undefined,
            target: x.inputs.target || undefined,
            skip: x.inputs['advisor-skip']
        });
        for (const a of (0,render/* toAnnotations */.gI)(findings)) {
            const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
            if (a.level === 'error')
                core/* error */.z3(a.message, props);
            else if (a.level === 'warning')
                core/* warning */.$e(a.message, props);
            else
                core/* notice */.lm(a.message, props);
        }
        return findings;
    }
    catch (e) {
        core/* warning */.$e(`Dockerfile advisor skipped: ${e.message}`);
        return null;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/engine/buildx-info.ts
var buildx_info = __webpack_require__(30873);
// EXTERNAL MODULE: ./src/engine/exec.ts
var exec = __webpack_require__(51293);
// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(56950);
// EXTERNAL MODULE: ./src/common/bool.ts
var bool = __webpack_require__(54533);
// EXTERNAL MODULE: ./src/common/version.ts
var common_version = __webpack_require__(69521);
;// CONCATENATED MODULE: ./src/actions/build/build-record.ts
// Build records, as docker/build-push-action keeps them (pure): after the build, buildx
// exports BuildKit's record of it (`docker buildx history export`, buildx >= 0.23) to a
// `.dockerbuild` file, uploaded as a workflow artifact and linked from the job summary.
// Decided here from the environment (DOCKER_BUILD_SUMMARY, DOCKER_BUILD_RECORD_UPLOAD,
// DOCKER_BUILD_RECORD_RETENTION_DAYS), the buildx version and the build ref; the shell
// (build-record-step.ts) runs buildx and the upload. Nothing here can fail a build.




/** `buildx history export` exists from buildx 0.23.0; `--finalize` from 0.24.0 (before it, records settle in ~3s). */
const RECORD_MIN_BUILDX = '0.23.0';
const FINALIZE_MIN_BUILDX = '0.24.0';
const SETTLE_MS_BEFORE_FINALIZE = 3000;
/** Whether this buildx can export a record; null: the version is unknown. */
function buildxKeepsRecords(version) {
    return (0,common_version/* versionAtLeast */.z)(version, RECORD_MIN_BUILDX);
}
function boolEnv(env, name, fallback, warnings) {
    const raw = env[name]?.trim();
    if (!raw)
        return fallback;
    // Go's strconv.ParseBool words, which buildx and build-push-action accept
    const b = (0,bool/* parseBoolean */.y)(raw, 'go');
    if (b !== null)
        return b;
    warnings.push(`${name}=${raw} is not a boolean (true/false/1/0); using ${fallback}`);
    return fallback;
}
function recordSettings(env) {
    const warnings = [];
    const summary = boolEnv(env, 'DOCKER_BUILD_SUMMARY', true, warnings);
    const upload = boolEnv(env, 'DOCKER_BUILD_RECORD_UPLOAD', true, warnings);
    const rawDays = env.DOCKER_BUILD_RECORD_RETENTION_DAYS?.trim() ?? '';
    let retentionDays;
    let retentionProblem = null;
    if (/^\d+$/.test(rawDays)) {
        retentionDays = Number(rawDays) || undefined;
    }
    else if (rawDays) {
        retentionProblem = `DOCKER_BUILD_RECORD_RETENTION_DAYS=${rawDays} is not a whole number of days`;
        if (upload)
            warnings.push(`${retentionProblem}: the build record is not uploaded`);
    }
    return { summary, upload, retentionDays, retentionProblem, warnings };
}
function parseBuildRef(ref) {
    const parts = ref.trim().split('/');
    if (parts.length !== 3 || parts.some((p) => !p))
        return null;
    return { builder: parts[0], node: parts[1], id: parts[2] };
}
/** The metadata file's `buildx.build.ref`, when buildx wrote one. */
function buildRefFromMetadata(metadata) {
    const ref = metadata?.['buildx.build.ref'];
    return typeof ref === 'string' && ref ? ref : null;
}
/**
 * When there is no metadata file (buildx writes none for a failed build, 0.29 included),
 * buildx's own list of refs (`<buildx config>/refs/<builder>/<node>/<id>`) has it: the
 * first record the builder started after this build did, from this build's context when
 * the ref file names one (`LocalPath`): another build on the same builder (a parallel job,
 * a process that outlived its step) can start in between.
 */
function pickRefSince(entries, sinceMs, contextPath) {
    const after = entries.filter((e) => e.mtimeMs >= sinceMs).sort((a, b) => a.mtimeMs - b.mtimeMs);
    const ours = contextPath ? after.filter((e) => !e.localPath || e.localPath === contextPath) : after;
    return ours.at(0)?.ref ?? null;
}
/** Same rule as @actions/artifact: GitHub Enterprise Server has no artifact service v2. */
function isGhes(serverUrl) {
    let host;
    try {
        host = new URL(serverUrl).hostname.toUpperCase();
    }
    catch {
        return false;
    }
    return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}
function hasArtifactService(env) {
    return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}
/** `<owner>~<repo>~<first 6 of the ref id>.dockerbuild`, the name build-push-action gives the artifact. */
function recordArtifactName(repository, refId) {
    const [owner, repo] = (repository ?? '').split('/');
    const prefix = owner && repo ? `${owner}~${repo}` : 'build';
    return `${prefix}~${refId.slice(0, 6).toUpperCase()}.dockerbuild`;
}
function planBuildRecord(f) {
    const s = recordSettings(f.env);
    const skip = (reason) => ({ kind: 'skip', reason, warnings: s.warnings });
    if (!s.summary)
        return skip('disabled (DOCKER_BUILD_SUMMARY=false)');
    if (f.call && f.call !== 'build')
        return skip(`not kept for a \`call: ${f.call}\` subrequest`);
    if (isGhes(f.serverUrl))
        return skip('not supported on GitHub Enterprise Server (no artifact service)');
    const supported = buildxKeepsRecords(f.buildxVersion);
    if (supported === null)
        return skip(`needs buildx >= ${RECORD_MIN_BUILDX} (the installed version is unknown)`);
    if (!supported)
        return skip(`needs buildx >= ${RECORD_MIN_BUILDX} (installed: ${f.buildxVersion})`);
    if (!f.ref)
        return skip('buildx reported no build reference');
    const ref = parseBuildRef(f.ref);
    if (!ref)
        return skip(`the build reference "${f.ref}" is not builder/node/id`);
    const base = { kind: 'record', ref, driver: f.driver, warnings: s.warnings };
    if (!s.upload)
        return { ...base, export: null, notUploaded: 'upload disabled (DOCKER_BUILD_RECORD_UPLOAD=false)' };
    if (s.retentionProblem)
        return { ...base, export: null, notUploaded: s.retentionProblem };
    // not on a runner (a local run, the CLI's engine): nowhere to upload, nothing to link
    if (!hasArtifactService(f.env))
        return skip('no artifact service in this job (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset)');
    const dir = (0,external_node_path_.join)(f.tempDir, 'build-record');
    const artifactName = recordArtifactName(f.repository, ref.id);
    const file = (0,external_node_path_.join)(dir, artifactName);
    const finalize = (0,common_version/* versionAtLeast */.z)(f.buildxVersion, FINALIZE_MIN_BUILDX) === true;
    return {
        ...base,
        export: {
            argv: ['docker', 'buildx', 'history', 'export', '--builder', ref.builder, '--output', file, ref.id, ...(finalize ? ['--finalize'] : [])],
            dir,
            file,
            artifactName,
            settleMs: finalize ? 0 : SETTLE_MS_BEFORE_FINALIZE,
            retentionDays: s.retentionDays
        },
        notUploaded: null
    };
}
/**
 * The artifact's page, relative to the run's summary page (`./<run id>/artifacts/<id>`),
 * as build-push-action links it: an absolute URL holds the repository name, which the
 * runner masks when a secret contains it.
 */
function artifactRelativeUrl(runId, artifactId) {
    return runId ? `./${runId}/artifacts/${artifactId}` : null;
}
/** Every character as an HTML entity: the name holds owner~repo, kept out of secret masking too. */
function entities(text) {
    return Array.from(text, (c) => `&#x${c.codePointAt(0).toString(16)};`).join('');
}
function renderBuildRecordMarkdown(v) {
    const id = v.ref.id.slice(0, 6).toUpperCase();
    const builder = `builder <code>${(0,format/* esc */.UQ)(v.ref.builder)}</code>${v.driver ? ` (${(0,format/* esc */.UQ)(v.driver)} driver)` : ''}, record <code>${(0,format/* esc */.UQ)(id)}</code>`;
    const out = ['', '### Build record', ''];
    if (v.artifact) {
        const url = artifactRelativeUrl(v.runId, v.artifact.id);
        const name = `<strong>${entities(v.artifact.name)}</strong>`;
        out.push(`⬇️ ${url ? `<a href="${url}">${name}</a>` : name} (${(0,format/* fmtBytes */.zi)(v.artifact.sizeBytes)}): BuildKit's record of this build, with its timing, logs, traces, ` +
            `dependencies and results. Import it into Docker Desktop's Builds view to look inside.`, '', `${builder}.`);
    }
    else {
        out.push(`The build record (${builder}) was not uploaded: ${(0,format/* esc */.UQ)(v.notUploaded ?? 'unknown reason')}.`);
    }
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/actions/build/build-record-step.ts
// Build records (shell): find the build's ref, export BuildKit's record of the build with
// `docker buildx history export` and upload it with @actions/artifact, as
// docker/build-push-action does; the decisions are in build-record.ts. Every failure here
// only warns: a build's result never depends on its record.







/** Uploads the one file as it is (no zip), named after it, as build-push-action does. */
const uploadWithActionsArtifact = async (name, file, retentionDays) => {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(351), __webpack_require__.e(799)]).then(__webpack_require__.bind(__webpack_require__, 76799));
    const res = await new DefaultArtifactClient().uploadArtifact(name, [file], (0,external_node_path_.dirname)(file), { retentionDays, skipArchive: true });
    if (!res.id)
        throw new Error('the artifact service returned no artifact id');
    return { id: res.id, sizeBytes: res.size ?? (0,external_node_fs_.statSync)(file).size };
};
/** buildx's own list of build refs: `<BUILDX_CONFIG or DOCKER_CONFIG/buildx>/refs/<builder>/<node>/<id>`. */
function localBuildRefs(env, builder) {
    const config = env.BUILDX_CONFIG || (0,external_node_path_.join)(env.DOCKER_CONFIG || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.docker'), 'buildx');
    const dir = (0,external_node_path_.join)(config, 'refs', builder);
    const out = [];
    let nodes;
    try {
        nodes = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return out;
    }
    for (const node of nodes) {
        let ids;
        try {
            ids = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(dir, node));
        }
        catch {
            continue;
        }
        for (const id of ids) {
            try {
                const file = (0,external_node_path_.join)(dir, node, id);
                const st = (0,external_node_fs_.statSync)(file);
                if (st.isFile())
                    out.push({ ref: `${builder}/${node}/${id}`, mtimeMs: st.mtimeMs, localPath: refLocalPath((0,external_node_fs_.readFileSync)(file, 'utf8')) });
            }
            catch {
                // removed while listing
            }
        }
    }
    return out;
}
/** The build context a buildx ref file names (`{"Target":…,"LocalPath":…}`); null when it names none. */
function refLocalPath(text) {
    try {
        const v = JSON.parse(text);
        return typeof v.LocalPath === 'string' && v.LocalPath !== '' ? v.LocalPath : null;
    }
    catch {
        return null;
    }
}
const known = (v) => (v && v !== 'unknown' ? v : null);
async function recordStep(x) {
    const none = { view: null, artifact: null };
    let ref = buildRefFromMetadata(x.outcome.metadata);
    let version = known(x.outcome.report?.meta.buildxVersion);
    let driver = known(x.outcome.report?.meta.driver);
    // ask buildx only when the environment wants a record and the build did not say enough
    if (recordSettings(x.env).summary && (!version || (!ref && buildxKeepsRecords(version)))) {
        try {
            // the version, the driver and the builder's name: the image store (`docker info`) is not read here
            const facts = await (x.detect ?? ((b) => (0,buildx_info/* gatherFacts */.pc)(b, { builder: true, imageStore: false }, x.env)))(x.inputs.builder);
            version ??= facts.version;
            driver ??= facts.driver;
            const builder = x.inputs.builder || facts.builderName;
            if (!ref && builder) {
                // a local context directory tells our build's ref from another's (a git URL context names none)
                const context = (0,external_node_path_.resolve)(x.inputs.context || '.');
                ref = pickRefSince(localBuildRefs(x.env, builder), x.startedAt.getTime(), (0,external_node_fs_.existsSync)(context) ? context : undefined);
            }
        }
        catch (e) {
            x.log.info(`build record: could not ask buildx (${e.message})`);
        }
    }
    const plan = planBuildRecord({
        env: x.env,
        buildxVersion: version,
        driver,
        ref,
        call: x.inputs.call,
        serverUrl: x.ctx.serverUrl,
        repository: x.ctx.repository,
        tempDir: x.tempDir
    });
    for (const w of plan.warnings)
        x.log.warning(`build record: ${w}`);
    if (plan.kind === 'skip') {
        x.log.info(`build record: ${plan.reason}`);
        return none;
    }
    const view = { ref: plan.ref, driver: plan.driver, artifact: null, notUploaded: plan.notUploaded, runId: x.ctx.runId };
    const ex = plan.export;
    if (ex) {
        (0,external_node_fs_.mkdirSync)(ex.dir, { recursive: true });
        if (ex.settleMs)
            await new Promise((r) => setTimeout(r, ex.settleMs));
        const run = await (0,exec/* execCapture */.W)(ex.argv[0], ex.argv.slice(1), x.env);
        if (run.code !== 0) {
            const why = run.stderr.trim().split('\n').pop() || `exit code ${run.code}`;
            x.log.warning(`build record: export failed: ${why}`);
            view.notUploaded = `the export failed (${why})`;
        }
        else {
            x.log.info(`build record: ${ex.file} (${(0,format/* fmtBytes */.zi)((0,external_node_fs_.statSync)(ex.file).size)})`);
            try {
                const up = await (x.upload ?? uploadWithActionsArtifact)(ex.artifactName, ex.file, ex.retentionDays);
                view.artifact = { name: ex.artifactName, id: up.id, sizeBytes: up.sizeBytes };
                if (x.ctx.repository && x.ctx.runId)
                    x.log.info(`build record: ${x.ctx.serverUrl}/${x.ctx.repository}/actions/runs/${x.ctx.runId}/artifacts/${up.id}`);
            }
            catch (e) {
                x.log.warning(`build record: upload failed: ${e.message}`);
                view.notUploaded = `the upload failed (${e.message})`;
            }
        }
    }
    else {
        x.log.info(`build record ${plan.ref.id}: ${plan.notUploaded}`);
    }
    return { view, artifact: view.artifact };
}
/** Exports and uploads the build's record; returns what the job summary shows of it. Never throws. */
async function buildRecordStep(x) {
    try {
        return await x.log.group('Build record', () => recordStep(x));
    }
    catch (e) {
        x.log.warning(`build record skipped: ${e.message}`);
        return { view: null, artifact: null };
    }
}

// EXTERNAL MODULE: ./src/actions/build/comparison-step.ts
var comparison_step = __webpack_require__(15386);
// EXTERNAL MODULE: ./src/plan/git-context.ts
var git_context = __webpack_require__(74725);
;// CONCATENATED MODULE: ./src/actions/build/links.ts
// Where the job summary and the PR comment link: the workflow run, the build record
// artifact (when uploaded), commits.



/** Where the summary and the PR comment link: the run, the build record artifact (when uploaded), commits. */
function timingLinks(ctx, artifact) {
    const repo = (0,git_context/* repositoryUrl */.Ek)(ctx);
    const runUrl = (0,git_context/* workflowRunUrl */.CX)(ctx);
    return {
        runUrl,
        buildRecordUrl: artifact && repo && ctx.runId ? `${repo}/actions/runs/${ctx.runId}/artifacts/${artifact.id}` : null,
        summaryRecordUrl: artifact ? artifactRelativeUrl(ctx.runId, artifact.id) : null,
        commitUrl: (sha) => (repo && sha ? `${repo}/commit/${sha}` : undefined)
    };
}
/** Link to a Dockerfile line at the built commit, for the summary. */
function lineUrlFor(ctx, dockerfileAbs, workspace) {
    const repo = (0,git_context/* repositoryUrl */.Ek)(ctx);
    if (!repo || !dockerfileAbs || !ctx.sha)
        return () => undefined;
    const rel = (0,external_node_path_.relative)(workspace, dockerfileAbs);
    if (rel.startsWith('..'))
        return () => undefined;
    return (line) => `${repo}/blob/${ctx.sha}/${rel.split('\\').join('/')}#L${line}`;
}

;// CONCATENATED MODULE: ./src/cache-mounts/render.ts
// The job summary's "Cache mounts" section: per mount, restored or not, size, restore and
// save times, whether a step that uses it ran. Pure.

const WHERE = { gha: 'the GitHub Actions cache', registry: 'the registry, next to the build cache' };
function restoredCell(m) {
    if (m.restored)
        return m.restoredFrom === 'exact' ? '✅ same lockfiles' : '✅ earlier lockfiles';
    return m.restoredFrom === 'exact' ? '— (same lockfiles: not needed)' : '—';
}
function ranCell(m) {
    if (!m.stepRan)
        return 'no (cached)';
    return m.saved ? 'yes → saved' : 'yes';
}
function renderCacheMountsMarkdown(r, lineUrl = () => undefined) {
    if (!r || r.mounts.length === 0)
        return '';
    const restored = r.mounts.filter((m) => m.restored).length;
    const saved = r.mounts.filter((m) => m.saved).length;
    const lines = [
        '',
        '### Cache mounts',
        '',
        `\`RUN --mount=type=cache\` contents carried across runners in ${WHERE[r.storage]}: ${restored} of ${r.mounts.length} restored in ${(0,format/* fmtMs */.mq)(r.restoreMs)}, ${saved} saved${saved ? ` in ${(0,format/* fmtMs */.mq)(r.saveMs)}` : ''} (at most ${(0,format/* fmtBytes */.zi)(r.maxSizeBytes)} each).`,
        '',
        '| mount | used by | restored | size | restore | save | step ran | note |',
        '|---|---|---|--:|--:|--:|---|---|',
        ...r.mounts.map((m) => {
            const used = m.uses
                .map((u) => {
                const url = lineUrl(u.line);
                return url ? `[${(0,format/* esc */.UQ)(u.stage)} L${u.line}](${url})` : `${(0,format/* esc */.UQ)(u.stage)} L${u.line}`;
            })
                .join(', ');
            const size = m.savedBytes ?? m.restoredBytes;
            const name = m.target && m.target !== m.id ? `<code>${(0,format/* esc */.UQ)(m.id)}</code> (${(0,format/* esc */.UQ)(m.target)})` : `<code>${(0,format/* esc */.UQ)(m.id)}</code>`;
            return `| ${name} | ${used} | ${restoredCell(m)} | ${size === null ? '—' : (0,format/* fmtBytes */.zi)(size)} | ${m.restoreMs ? (0,format/* fmtMs */.mq)(m.restoreMs) : '—'} | ${m.saveMs ? (0,format/* fmtMs */.mq)(m.saveMs) : '—'} | ${ranCell(m)} | ${m.note ? (0,format/* esc */.UQ)(m.note) : ''} |`;
        }),
        ''
    ];
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/timing/render-markdown.ts
var render_markdown = __webpack_require__(40204);
;// CONCATENATED MODULE: ./src/actions/build/summary.ts




/** The job summary: timing (or the failure), cache mounts, the comparison, the advisor, the build record. */
function assembleSummary(p) {
    const parts = [];
    if (p.report) {
        parts.push((0,render_markdown.renderTimingMarkdown)(p.report, { lineUrl: p.lineUrl, links: p.links }));
        parts.push(renderCacheMountsMarkdown(p.report.cacheMounts, p.lineUrl));
    }
    else {
        parts.push(`### ❌ Build failed\n\n${p.error ?? 'unknown error'}\n`);
    }
    if (p.comparison)
        parts.push(`\n### Against the base branch\n\n${p.comparison}\n`);
    if (p.advisor)
        parts.push(`\n${(0,render/* renderAdvisorMarkdown */.A0)(p.advisor, { lineUrl: p.lineUrl })}`);
    if (p.buildRecord)
        parts.push(renderBuildRecordMarkdown(p.buildRecord));
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/actions/build/report-parts.ts
// The parts of the job summary the action makes after the build (src/actions/build/main.ts,
// steps 4 and 5): BuildKit's record of the build, the comparison with the base branch, the
// advisor, the summary's assembly. One module, imported when buildx has been spawned, so that
// what they need (the Dockerfile parser, the renderers, ~400 KB) loads while buildx runs and
// not before the build.







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


/***/ })

};

//# sourceMappingURL=391.index.js.map