export const id = 131;
export const ids = [131];
export const modules = {

/***/ 25131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: actionLogger, lineUrlFor, loadGitContext

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/build/execute.ts + 3 modules
var execute = __webpack_require__(99002);
// EXTERNAL MODULE: ./src/inputs/inputs.ts
var inputs_inputs = __webpack_require__(18028);
// EXTERNAL MODULE: ./src/inputs/validate.ts
var validate = __webpack_require__(9871);
// EXTERNAL MODULE: ./src/engine/cancel.ts
var cancel = __webpack_require__(41986);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 1 modules
var build_plan = __webpack_require__(29868);
// EXTERNAL MODULE: ./src/plan/git-context.ts
var git_context = __webpack_require__(74725);
// EXTERNAL MODULE: ./src/timing/render-markdown.ts
var render_markdown = __webpack_require__(40204);
// EXTERNAL MODULE: ./src/timing/format.ts
var format = __webpack_require__(92887);
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

// EXTERNAL MODULE: ./src/plan/cache.ts
var plan_cache = __webpack_require__(70769);
// EXTERNAL MODULE: ./src/plan/registry-access.ts
var registry_access = __webpack_require__(63679);
// EXTERNAL MODULE: ./src/engine/registry.ts
var registry = __webpack_require__(59399);
;// CONCATENATED MODULE: ./src/action/hooks.ts
// The action's side of a build: registries (ECR login, repositories, reachability) and
// the local cache directory saved and restored with the Actions cache.




function actionHooks(inputs, env) {
    return {
        prepareRegistries: async (plan) => {
            // every registry the build touches, pushing or not: a PR build reads the registry cache
            const access = (0,registry_access/* registryAccess */.Yb)(plan);
            // the AWS SDK loads only when the build touches ECR
            if (access.some((r) => r.ecr))
                await (await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(462)]).then(__webpack_require__.bind(__webpack_require__, 462))).prepareEcr(plan, access, inputs, env);
            if (plan.push)
                for (const r of plan.registries)
                    await (0,registry/* assertRegistryReachable */.Hm)(r);
        },
        restoreLocalCache: async (plan) => {
            const local = plan.cache.local;
            if (!local || !(0,plan_cache/* hasActionsCacheService */.t7)(env))
                return;
            try {
                const cache = await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
                const hit = await cache.restoreCache([local.dir], local.key, local.restoreKeys);
                core/* info */.pq(hit ? `local cache restored from ${hit}` : 'local cache: no saved entry yet');
            }
            catch (e) {
                core/* warning */.$e(`local cache restore failed (the build goes on without it): ${e.message}`);
            }
        },
        saveLocalCache: async (plan) => {
            const local = plan.cache.local;
            if (!local || !(0,plan_cache/* hasActionsCacheService */.t7)(env))
                return;
            try {
                const cache = await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
                await cache.saveCache([local.dir], local.key);
            }
            catch (e) {
                core/* warning */.$e(`local cache save failed: ${e.message}`);
            }
        },
        // RUN --mount=type=cache contents across runners; never fails the step
        cacheMounts: async (x) => {
            try {
                const { startCacheMounts } = await __webpack_require__.e(/* import() */ 469).then(__webpack_require__.bind(__webpack_require__, 58469));
                const cache = (0,plan_cache/* hasActionsCacheService */.t7)(env) ? await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142)) : null;
                const save = await startCacheMounts({ ...x, inputs, env, cache });
                if (!save)
                    return null;
                return async (report, exitCode) => {
                    try {
                        return await save(report, exitCode);
                    }
                    catch (e) {
                        core/* warning */.$e(`cache mounts not saved: ${e.message}`);
                        return null;
                    }
                };
            }
            catch (e) {
                core/* warning */.$e(`cache mounts not restored (the build goes on without them): ${e.message}`);
                return null;
            }
        }
    };
}

// EXTERNAL MODULE: ./src/compare/pr-flow.ts + 2 modules
var pr_flow = __webpack_require__(60478);
// EXTERNAL MODULE: ./src/plan/image-ref.ts
var image_ref = __webpack_require__(68646);
// EXTERNAL MODULE: ./src/advisor/advise.ts + 3 modules
var advise = __webpack_require__(91083);
// EXTERNAL MODULE: ./src/advisor/render.ts
var render = __webpack_require__(76078);
;// CONCATENATED MODULE: ./src/action/advisor-step.ts
// The advisor in the action: findings with their measured cost in the summary, and
// annotations on the Dockerfile lines.




async function runAdvisorForAction(x) {
    const dockerfile = x.outcome.dockerfilePath;
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
    return `\n${(0,render/* renderAdvisorMarkdown */.A0)(findings, { lineUrl: x.lineUrl })}`;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/action/build-record.ts
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
    const v = version ? semver_default().coerce(version) : null;
    return v ? semver_default().gte(v, RECORD_MIN_BUILDX) : null;
}
/** Go's strconv.ParseBool words, which buildx and build-push-action accept. */
const TRUE_WORDS = new Set(['1', 't', 'T', 'true', 'TRUE', 'True']);
const FALSE_WORDS = new Set(['0', 'f', 'F', 'false', 'FALSE', 'False']);
function boolEnv(env, name, fallback, warnings) {
    const raw = env[name]?.trim();
    if (!raw)
        return fallback;
    if (TRUE_WORDS.has(raw))
        return true;
    if (FALSE_WORDS.has(raw))
        return false;
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
 * first record the builder started after this build did.
 */
function pickRefSince(entries, sinceMs) {
    const after = entries.filter((e) => e.mtimeMs >= sinceMs).sort((a, b) => a.mtimeMs - b.mtimeMs);
    return after[0]?.ref ?? null;
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
    const finalize = semver_default().gte(semver_default().coerce(f.buildxVersion), FINALIZE_MIN_BUILDX);
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

;// CONCATENATED MODULE: ./src/action/extras.ts
// What follows the timing in the job summary: the PR comparison against the base
// branch's baseline, and the Dockerfile advisor. Each part only warns when it fails.







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
/** The image a baseline belongs to: the first image name (or tag without its tag), plus the target. */
function baselineImage(inputs, tags) {
    const name = inputs.images[0] ?? (tags[0] ? (0,image_ref/* parseImageRef */.Q)(tags[0]).name : 'image');
    return inputs.target ? `${name}#${inputs.target}` : name;
}
async function addExtras(x) {
    let markdown = '';
    let regressed = false;
    const report = x.outcome.report;
    if (report && !report.failed) {
        try {
            const [owner, repo] = (x.ctx.repository ?? '/').split('/');
            const result = await (0,pr_flow/* runPrTiming */.i)({
                report,
                image: baselineImage(x.inputs, x.outcome.plan.tags),
                context: {
                    eventName: x.ctx.eventName,
                    ref: x.ctx.ref,
                    baseRef: x.ctx.baseRef,
                    defaultBranch: x.ctx.defaultBranch,
                    sha: x.ctx.sha,
                    prNumber: x.ctx.prNumber,
                    owner: owner || null,
                    repo: repo || null
                },
                inputs: { comment: x.inputs.comment, regressionThreshold: x.inputs['regression-threshold'], baselineBranches: x.inputs['baseline-branches'] },
                baselineRoot: x.cacheRoot,
                // the cache client and Octokit load only when there is a cache service / a PR
                cache: (0,plan_cache/* hasActionsCacheService */.t7)(x.env) ? await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142)) : null,
                octokit: x.inputs['github-token'] && x.ctx.prNumber !== null ? (await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351))).getOctokit(x.inputs['github-token']) : null,
                links: x.links ? { runUrl: x.links.runUrl, buildRecordUrl: x.links.buildRecordUrl, commitUrl: x.links.commitUrl } : undefined
            });
            if (result.markdown)
                markdown += `\n### Against the base branch\n\n${result.markdown}\n`;
            regressed = result.regressed;
        }
        catch (e) {
            core/* warning */.$e(`PR timing comparison skipped: ${e.message}`);
        }
    }
    if (x.inputs.advisor && x.outcome.dockerfilePath) {
        try {
            markdown += await runAdvisorForAction(x);
        }
        catch (e) {
            core/* warning */.$e(`Dockerfile advisor skipped: ${e.message}`);
        }
    }
    return { markdown, regressed };
}

// EXTERNAL MODULE: ./src/engine/buildx-info.ts
var buildx_info = __webpack_require__(30873);
// EXTERNAL MODULE: ./src/engine/exec.ts
var exec = __webpack_require__(51293);
;// CONCATENATED MODULE: ./src/action/build-record-step.ts
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
                const st = (0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, node, id));
                if (st.isFile())
                    out.push({ ref: `${builder}/${node}/${id}`, mtimeMs: st.mtimeMs });
            }
            catch {
                // removed while listing
            }
        }
    }
    return out;
}
const known = (v) => (v && v !== 'unknown' ? v : null);
async function recordStep(x) {
    const none = { markdown: '', artifact: null };
    let ref = buildRefFromMetadata(x.outcome.metadata);
    let version = known(x.outcome.report?.meta.buildxVersion);
    let driver = known(x.outcome.report?.meta.driver);
    // ask buildx only when the environment wants a record and the build did not say enough
    if (recordSettings(x.env).summary && (!version || (!ref && buildxKeepsRecords(version)))) {
        try {
            const facts = await (x.detect ?? ((b) => (0,buildx_info/* detectBuilder */.h4)(b, x.env)))(x.inputs.builder);
            version ??= facts.version;
            driver ??= facts.driver;
            const builder = x.inputs.builder || facts.builderName;
            if (!ref && builder)
                ref = pickRefSince(localBuildRefs(x.env, builder), x.startedAt.getTime());
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
    return { markdown: renderBuildRecordMarkdown(view), artifact: view.artifact };
}
/** Exports and uploads the build's record; returns its job summary section. Never throws. */
async function buildRecordStep(x) {
    try {
        return await x.log.group('Build record', () => recordStep(x));
    }
    catch (e) {
        x.log.warning(`build record skipped: ${e.message}`);
        return { markdown: '', artifact: null };
    }
}

// EXTERNAL MODULE: ./src/plan/metadata.ts
var metadata = __webpack_require__(75774);
;// CONCATENATED MODULE: ./src/action/metadata-outputs.ts

/** The outputs by name, as strings. */
function metadataOutputs(md, i) {
    return {
        version: md.version ?? '',
        tags: md.tags.join(i['sep-tags']),
        'tag-names': md.tagNames.join(i['sep-tags']),
        labels: md.labels.join(i['sep-labels']),
        annotations: md.annotations.join(i['sep-annotations']),
        json: JSON.stringify((0,metadata/* metadataJson */.YE)(md))
    };
}
/** metadata-action's DOCKER_METADATA_SET_OUTPUT_ENV: on unless a false boolean. */
function outputEnvEnabled(env) {
    const v = (env.DOCKER_METADATA_SET_OUTPUT_ENV ?? '').trim();
    return !/^(false|0|no|off|f|n)$/i.test(v);
}
function setMetadataOutputs(md, computed, i, env, sink) {
    const exportEnv = computed && outputEnvEnabled(env);
    for (const [name, value] of Object.entries(metadataOutputs(md, i))) {
        sink.setOutput(name, value);
        if (exportEnv)
            sink.exportVariable(`DOCKER_METADATA_OUTPUT_${name.replace(/\W/g, '_').toUpperCase()}`, value);
    }
}

;// CONCATENATED MODULE: ./src/action/metadata-context.ts

async function octokitReads(token) {
    const octokit = (await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351))).getOctokit(token);
    // labels are not worth a stuck step: each read gives up after 10 s
    const request = () => ({ signal: AbortSignal.timeout(10_000) });
    return {
        repo: async (owner, repo) => (await octokit.rest.repos.get({ owner, repo, request: request() })).data,
        commitDate: async (owner, repo, sha) => (await octokit.rest.repos.getCommit({ owner, repo, ref: sha, request: request() })).data.commit.committer?.date ?? null
    };
}
/** The facts to add to `ctx` (nothing when tags are given, or nothing is missing). */
async function metadataFacts(ctx, inputs, reads, warn) {
    if (inputs.tags.length > 0 || inputs.images.length === 0 || !ctx.repository || !inputs['github-token'])
        return {};
    const [owner, repo] = ctx.repository.split('/');
    const wantsCommitDate = !ctx.commitDate && [...inputs['tag-rules'], ...inputs.labels, ...inputs.annotations].some((l) => l.includes('commit_date'));
    if (ctx.repoMeta && !wantsCommitDate)
        return {};
    const out = {};
    try {
        const api = await reads();
        if (!ctx.repoMeta) {
            const meta = (0,git_context/* repoMetaFromApi */.yu)(await api.repo(owner, repo));
            if (meta)
                out.repoMeta = meta;
        }
        if (wantsCommitDate) {
            const date = await api.commitDate(owner, repo, ctx.tagSha ?? ctx.sha);
            if (date)
                out.commitDate = date;
        }
    }
    catch (e) {
        warn(`repository metadata for the labels not read from the GitHub API (${e.message}); the description and licenses labels stay empty${wantsCommitDate ? ' and {{commit_date}} is the current date' : ''}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/action/main.ts
// The build action (shell): inputs → plan → buildx → timing report → outputs, job
// summary, PR comparison. Main failures end in core.setFailed; summary, report and
// comparison failures only warn.


















const actionLogger = {
    info: (l) => core/* info */.pq(l),
    warning: (l) => core/* warning */.$e(l),
    group: (name, fn) => core/* group */.Os(name, fn)
};
function loadGitContext(env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            core/* debug */.Yz(`could not read the event payload at ${env.GITHUB_EVENT_PATH}`);
        }
    }
    return (0,git_context/* gitContextFromEnv */.Vc)(env, payload);
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
function setOutputs(o, inputs, env) {
    core/* setOutput */.uH('plan', JSON.stringify((0,build_plan/* planJson */.iY)(o.plan)));
    if (o.pushedTags) {
        // a push that failed: no digest, and only the tags the registry confirmed
        core/* setOutput */.uH('tags', o.pushedTags.join('\n'));
        if (o.reportPath)
            core/* setOutput */.uH('report', o.reportPath);
        return;
    }
    // tags, tag-names, version, labels, annotations, json: docker/metadata-action's outputs
    setMetadataOutputs(o.plan.metadata, o.plan.tagsComputed, inputs, env, { setOutput: core/* setOutput */.uH, exportVariable: core/* exportVariable */.dN });
    if (o.imageId)
        core/* setOutput */.uH('imageid', o.imageId);
    if (o.digest)
        core/* setOutput */.uH('digest', o.digest);
    if (o.metadata)
        core/* setOutput */.uH('metadata', JSON.stringify(o.metadata, null, 2));
    if (o.report) {
        core/* setOutput */.uH('duration-seconds', (o.report.durationMs / 1000).toFixed(1));
        if (o.report.cacheHitRatio !== null)
            core/* setOutput */.uH('cache-hit-ratio', o.report.cacheHitRatio.toFixed(3));
    }
    if (o.reportPath)
        core/* setOutput */.uH('report', o.reportPath);
}
async function run(env = process.env) {
    let inputs;
    const ctx = loadGitContext(env);
    try {
        inputs = (0,inputs_inputs/* readInputs */.Ko)((name, opts) => core/* getInput */.V4(name, opts), (0,git_context/* workflowRunUrl */.CX)(ctx));
        // every value checked before anything runs: no API call, no login, no build
        (0,validate/* checkInputs */.sw)(inputs);
    }
    catch (e) {
        core/* setFailed */.C1(e.message);
        return;
    }
    if (inputs['github-token'])
        core/* setSecret */.Pq(inputs['github-token']);
    if (env.ACTIONS_RUNTIME_TOKEN)
        core/* setSecret */.Pq(env.ACTIONS_RUNTIME_TOKEN);
    // the repository metadata and commit date metadata-action reads from the API, when the payload lacks them
    Object.assign(ctx, await metadataFacts(ctx, inputs, () => octokitReads(inputs['github-token']), (l) => core/* warning */.$e(l)));
    for (const s of inputs.secrets) {
        const v = s.slice(s.indexOf('=') + 1);
        if (v)
            core/* setSecret */.Pq(v);
    }
    // `bake`: many images in one docker buildx bake, one report (src/bake)
    if (inputs.bake.length > 0)
        return (await Promise.all(/* import() */[__webpack_require__.e(490), __webpack_require__.e(107)]).then(__webpack_require__.bind(__webpack_require__, 26107))).runBakeAction(inputs, ctx, env);
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const tempDir = (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `buildstage-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`);
    // a cancelled job: secret files removed and buildx stopped now; the post step removes the rest
    (0,cancel/* installCancelHandlers */.Jz)((l) => core/* warning */.$e(l));
    core/* saveState */.LZ('temp-dir', tempDir);
    let outcome;
    const startedAt = new Date();
    try {
        outcome = await (0,execute/* executeBuild */.S)({
            inputs,
            ctx,
            env,
            tempDir,
            cacheRoot: env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
            cwd: workspace,
            log: actionLogger,
            hooks: actionHooks(inputs, env),
            onBuildx: (child) => core/* saveState */.LZ('buildx-pid', String(child.pid ?? ''))
        });
    }
    catch (e) {
        core/* setFailed */.C1(e.message);
        return;
    }
    if (outcome.dryRun) {
        await core/* group */.Os('Plan (dry run: nothing was built or pushed)', async () => core/* info */.pq((0,build_plan/* renderPlanText */.$D)(outcome.plan)));
        setOutputs(outcome, inputs, env);
        return;
    }
    setOutputs(outcome, inputs, env);
    core/* info */.pq(`buildstage: buildx ${outcome.buildMs}ms, own work ${outcome.overheadMs}ms`);
    let regressed = false;
    const lineUrl = lineUrlFor(ctx, outcome.dockerfilePath ? (0,external_node_path_.resolve)(outcome.dockerfilePath) : null, workspace);
    // BuildKit's record of the build (failed ones too), as build-push-action keeps it; never fails the step.
    // Before the comparison: the summary and the PR comment link to it.
    const record = await buildRecordStep({ inputs, ctx, outcome, env, tempDir, startedAt, log: actionLogger });
    const links = timingLinks(ctx, record.artifact);
    let extraMd = '';
    try {
        const extra = await addExtras({ inputs, ctx, outcome, env, workspace, tempDir, cacheRoot: env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), lineUrl, links });
        extraMd = extra.markdown;
        regressed = extra.regressed;
    }
    catch (e) {
        core/* warning */.$e(`comparison/advisor skipped: ${e.message}`);
    }
    if (inputs.summary && (outcome.report || outcome.error)) {
        try {
            const summaryLinks = { commitUrl: links.commitUrl(ctx.sha), buildRecordUrl: links.summaryRecordUrl ?? undefined };
            const md = outcome.report ? (0,render_markdown/* renderTimingMarkdown */.Eu)(outcome.report, { lineUrl, links: summaryLinks }) + renderCacheMountsMarkdown(outcome.report.cacheMounts, lineUrl) : `### ❌ Build failed\n\n${outcome.error}\n`;
            await core/* summary */.z.addRaw(md + extraMd + record.markdown, true).write();
        }
        catch (e) {
            core/* warning */.$e(`job summary skipped: ${e.message}`);
        }
    }
    if (outcome.error) {
        core/* setFailed */.C1(outcome.error);
        return;
    }
    if (regressed && inputs['fail-on-regression']) {
        core/* setFailed */.C1('the build regressed against its baseline (fail-on-regression: true); see the job summary');
    }
}


/***/ }),

/***/ 60478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ runPrTiming)
});

// UNUSED EXPORTS: timingRole

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/timing/render-markdown.ts
var render_markdown = __webpack_require__(40204);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/plan/image-ref.ts
var image_ref = __webpack_require__(68646);
// EXTERNAL MODULE: ./src/schemas/timing-report.ts
var timing_report = __webpack_require__(66279);
;// CONCATENATED MODULE: ./src/compare/baseline-store.ts
// Baselines: the JSON timing report of a build on the default branch (or a listed
// branch), kept in the Actions cache under a key per image, branch and commit, and
// restored by prefix so the newest wins. No extra service.





function baselinePrefix(image, branch) {
    return `buildstage-timing-${(0,image_ref/* slug */.yR)(image.replace(/[/:]/g, '-'), 80)}-${(0,image_ref/* slug */.yR)(branch, 60)}-`;
}
function baselineDir(root, image) {
    return (0,external_node_path_.join)(root, 'buildstage-baseline', (0,image_ref/* slug */.yR)(image.replace(/[/:]/g, '-'), 80));
}
async function saveBaseline(cache, root, image, branch, sha, report) {
    const dir = baselineDir(root, image);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'report.json'), JSON.stringify(report));
    const key = `${baselinePrefix(image, branch)}${sha}`;
    try {
        // @actions/cache answers -1 (and logs why) when it could not reserve or upload the entry
        const id = await cache.saveCache([dir], key);
        if (id === -1) {
            core/* warning */.$e(`timing baseline not saved (the Actions cache did not take ${key}; see the lines above); pull requests compare with the previous baseline`);
            return null;
        }
        return key;
    }
    catch (e) {
        core/* warning */.$e(`timing baseline not saved (${e.message}); pull requests will have nothing to compare with`);
        return null;
    }
}
async function restoreBaseline(cache, root, image, branch) {
    const dir = baselineDir(root, image);
    const prefix = baselinePrefix(image, branch);
    try {
        const hit = await cache.restoreCache([dir], prefix, [prefix]);
        if (!hit || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'report.json')))
            return null;
        // written by another version of the action: checked, and an earlier writer's missing fields filled in
        return (0,timing_report/* parseTimingReportText */.rm)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'report.json'), 'utf8'), `the ${branch} baseline (${hit})`);
    }
    catch (e) {
        core/* warning */.$e(`timing baseline not restored: ${e.message}`);
        return null;
    }
}

// EXTERNAL MODULE: ./src/compare/compare.ts
var compare = __webpack_require__(66832);
// EXTERNAL MODULE: ./src/compare/render.ts
var render = __webpack_require__(52831);
;// CONCATENATED MODULE: ./src/compare/pr-comment.ts
// One PR comment, found by its hidden marker and updated in place; each image replaces
// only its own section. It never fails the build: without permission (a fork's token), with
// the rate limit spent, or with the API failing (5xx, retried twice), it warns with why and
// goes on; the job summary has the comparison either way.


const header = (e, name) => {
    const v = e.response?.headers?.[name];
    return v === undefined ? undefined : String(v);
};
/** The primary or secondary rate limit (403 with no requests left, 429, or GitHub's secondary-limit message). */
function isRateLimited(e) {
    return e.status === 429 || (e.status === 403 && (header(e, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(e.message ?? '')));
}
const pr_comment_transient = (e) => e.status === undefined || e.status >= 500;
/** A call retried on 5xx and network errors (twice, 1 s then 2 s); other errors at once. */
async function withGithubRetry(fn, sleep = (ms) => new Promise((r) => setTimeout(r, ms)), attempts = 3) {
    for (let i = 1;; i++) {
        try {
            return await fn();
        }
        catch (e) {
            if (i >= attempts || isRateLimited(e) || !pr_comment_transient(e))
                throw e;
            await sleep(1000 * 2 ** (i - 1));
        }
    }
}
/** Why the comment was not written, in one line, for the warning. */
function commentFailure(e) {
    const what = `${e.status ?? 'no answer'}: ${(e.message ?? String(e)).split('\n')[0]}`;
    if (isRateLimited(e)) {
        const reset = Number(header(e, 'x-ratelimit-reset'));
        const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString().slice(11, 19)} UTC` : header(e, 'retry-after') ? `; retry after ${header(e, 'retry-after')} s` : '';
        return { result: 'rate-limited', why: `the GitHub API rate limit for this token is spent (${what})${when}` };
    }
    if (e.status === 403 || e.status === 404)
        return { result: 'no-permission', why: `${what}. A fork's token cannot write; grant "pull-requests: write" to comment` };
    if (pr_comment_transient(e))
        return { result: 'failed', why: `the GitHub API failed (${what}) on 3 attempts` };
    return { result: 'failed', why: `the GitHub API refused the request (${what})` };
}
async function upsertPrComment(octokit, p) {
    if (p.mode === 'never')
        return 'skipped';
    try {
        const comments = await withGithubRetry(() => octokit.paginate(octokit.rest.issues.listComments, { owner: p.owner, repo: p.repo, issue_number: p.issueNumber, per_page: 100 }));
        const existing = comments.find((c) => typeof c.body === 'string' && c.body.includes(render/* COMMENT_MARKER */.JO));
        if (existing) {
            const body = (0,render/* mergeCommentSections */.e4)(existing.body ?? null, p.image, p.sectionMd);
            if (body === existing.body)
                return 'skipped';
            await withGithubRetry(() => octokit.rest.issues.updateComment({ owner: p.owner, repo: p.repo, comment_id: existing.id, body }));
            return 'updated';
        }
        if (p.mode === 'on-change' && !p.changed)
            return 'skipped';
        await withGithubRetry(() => octokit.rest.issues.createComment({ owner: p.owner, repo: p.repo, issue_number: p.issueNumber, body: (0,render/* mergeCommentSections */.e4)(null, p.image, p.sectionMd) }));
        return 'created';
    }
    catch (e) {
        const f = commentFailure(e);
        core/* warning */.$e(`PR comment not written: ${f.why}. The build is not failed by it; the job summary has the comparison.`);
        return f.result;
    }
}

;// CONCATENATED MODULE: ./src/compare/pr-flow.ts
// After a build (shell): on the default branch (or a listed one) keep the report as the
// baseline; on a pull request restore the base branch's baseline, compare, and update
// the PR comment. Returns the Markdown for the job summary and whether it regressed.






function timingRole(context, baselineBranches) {
    // a pull request build is compared, never kept: on pull_request_target GITHUB_REF is the
    // base branch itself, and keeping that build would replace the base branch's baseline
    const pullRequest = context.prNumber !== null || context.eventName.startsWith('pull_request') || context.ref.startsWith('refs/pull/');
    if (pullRequest) {
        return context.prNumber !== null && context.baseRef ? { kind: 'compare', baseBranch: context.baseRef, prNumber: context.prNumber } : { kind: 'none' };
    }
    const branch = context.ref.startsWith('refs/heads/') ? context.ref.slice('refs/heads/'.length) : null;
    const keepBranches = baselineBranches.length ? baselineBranches : context.defaultBranch ? [context.defaultBranch] : [];
    return branch && keepBranches.includes(branch) ? { kind: 'save', branch } : { kind: 'none' };
}
async function runPrTiming(p) {
    const thresholds = (0,compare/* parseRegressionThreshold */.YJ)(p.inputs.regressionThreshold);
    const role = timingRole(p.context, p.inputs.baselineBranches);
    const result = { markdown: null, regressed: false, baselineSaved: null };
    if (!p.cache)
        return result;
    if (role.kind === 'save') {
        if (p.report.failed)
            return result;
        result.baselineSaved = await saveBaseline(p.cache, p.baselineRoot, p.image, role.branch, p.context.sha, p.report);
        if (result.baselineSaved)
            core/* info */.pq(`timing baseline saved: ${result.baselineSaved}`);
        return result;
    }
    if (role.kind !== 'compare')
        return result;
    const base = await restoreBaseline(p.cache, p.baselineRoot, p.image, role.baseBranch);
    if (!base) {
        result.markdown = `#### ${p.image}: no baseline yet\n\nNo timing report from \`${role.baseBranch}\` was found in the Actions cache; the next build on \`${role.baseBranch}\` will record one.\n`;
        return result;
    }
    const comparison = (0,compare/* compareReports */.ll)(base, p.report, thresholds);
    const section = (0,render/* renderComparisonMarkdown */.hm)(p.image, comparison, { baseLabel: role.baseBranch, ...p.links, facts: (0,render_markdown/* buildFacts */._x)(p.report, {}, false) });
    result.markdown = section;
    // builds that cannot be compared (another cache backend, driver, platform, a failed import) are no finding
    result.regressed = comparison.verdict === 'regressed' && comparison.comparable.ok;
    if (p.octokit && p.context.owner && p.context.repo) {
        try {
            const r = await upsertPrComment(p.octokit, {
                owner: p.context.owner,
                repo: p.context.repo,
                issueNumber: role.prNumber,
                image: p.image,
                sectionMd: section,
                mode: p.inputs.comment,
                changed: comparison.verdict !== 'unchanged' && comparison.comparable.ok
            });
            core/* info */.pq(`PR comment: ${r}`);
        }
        catch (e) {
            core/* warning */.$e(`PR comment failed: ${e.message}`);
        }
    }
    return result;
}


/***/ }),

/***/ 63679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yb: () => (/* binding */ registryAccess)
/* harmony export */ });
/* unused harmony exports cacheEntryFields, registryCacheRefs */
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68646);

/** Splits one cache entry (`type=registry,ref=...,mode=max`, CSV with optional quotes) into its fields. */
function cacheEntryFields(entry) {
    const fields = {};
    const parts = [];
    let cur = '';
    let quoted = false;
    for (const ch of entry) {
        if (ch === '"')
            quoted = !quoted;
        else if (ch === ',' && !quoted) {
            parts.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    parts.push(cur);
    for (const p of parts) {
        const s = p.trim();
        if (!s)
            continue;
        const eq = s.indexOf('=');
        // buildx reads a bare value (`user/app:cache`) as type=registry,ref=<value>
        if (eq < 0)
            fields.ref = s;
        else
            fields[s.slice(0, eq).trim().toLowerCase()] = s.slice(eq + 1).trim();
    }
    if (!fields.type && fields.ref)
        fields.type = 'registry';
    return fields;
}
/** The image refs of the registry-backed entries in a cache-from/cache-to list. */
function registryCacheRefs(entries) {
    const refs = [];
    for (const e of entries) {
        const f = cacheEntryFields(e);
        if (f.type === 'registry' && f.ref)
            refs.push(f.ref);
    }
    return refs;
}
function registryAccess(plan) {
    const out = [];
    const add = (ref, kind) => {
        let r;
        try {
            r = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRef */ .Q)(ref);
        }
        catch {
            return; // the planner has already refused bad tags; a bad hand-written cache ref is buildx's to report
        }
        let reg = out.find((x) => x.registry === r.registry);
        if (!reg)
            out.push((reg = { registry: r.registry, ecr: (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .ecrRegistryOf */ .Bv)(r.registry), repositories: [] }));
        let repo = reg.repositories.find((x) => x.repository === r.repository);
        if (!repo)
            reg.repositories.push((repo = { repository: r.repository, push: false, cacheRead: false, cacheWrite: false }));
        repo[kind] = true;
    };
    if (plan.push)
        for (const t of plan.tags)
            add(t, 'push');
    for (const ref of registryCacheRefs(plan.cache.cacheFrom))
        add(ref, 'cacheRead');
    for (const ref of registryCacheRefs(plan.cache.cacheTo))
        add(ref, 'cacheWrite');
    return out;
}


/***/ })

};
