export const id = 101;
export const ids = [101];
export const modules = {

/***/ 35101:
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
// EXTERNAL MODULE: ./src/build/execute.ts + 2 modules
var execute = __webpack_require__(40820);
// EXTERNAL MODULE: ./src/inputs/inputs.ts
var inputs_inputs = __webpack_require__(18028);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 2 modules
var build_plan = __webpack_require__(26524);
// EXTERNAL MODULE: ./src/plan/git-context.ts
var git_context = __webpack_require__(74725);
// EXTERNAL MODULE: ./src/timing/render-markdown.ts
var render_markdown = __webpack_require__(40204);
// EXTERNAL MODULE: ./src/plan/cache.ts
var cache = __webpack_require__(70769);
// EXTERNAL MODULE: ./src/plan/image-ref.ts
var image_ref = __webpack_require__(68646);
;// CONCATENATED MODULE: ./src/plan/registry-access.ts

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
            r = (0,image_ref/* parseImageRef */.Q)(ref);
        }
        catch {
            return; // the planner has already refused bad tags; a bad hand-written cache ref is buildx's to report
        }
        let reg = out.find((x) => x.registry === r.registry);
        if (!reg)
            out.push((reg = { registry: r.registry, ecr: (0,image_ref/* ecrRegistryOf */.Bv)(r.registry), repositories: [] }));
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

// EXTERNAL MODULE: ./src/engine/registry.ts
var registry = __webpack_require__(59399);
;// CONCATENATED MODULE: ./src/action/hooks.ts
// The action's side of a build: registries (ECR login, repositories, reachability) and
// the local cache directory saved and restored with the Actions cache.




function actionHooks(inputs, env) {
    return {
        prepareRegistries: async (plan) => {
            // every registry the build touches, pushing or not: a PR build reads the registry cache
            const access = registryAccess(plan);
            // the AWS SDK loads only when the build touches ECR
            if (access.some((r) => r.ecr))
                await (await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(462)]).then(__webpack_require__.bind(__webpack_require__, 462))).prepareEcr(plan, access, inputs, env);
            if (plan.push)
                for (const r of plan.registries)
                    await (0,registry/* assertRegistryReachable */.Hm)(r);
        },
        restoreLocalCache: async (plan) => {
            const local = plan.cache.local;
            if (!local || !(0,cache/* hasActionsCacheService */.t7)(env))
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
            if (!local || !(0,cache/* hasActionsCacheService */.t7)(env))
                return;
            try {
                const cache = await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
                await cache.saveCache([local.dir], local.key);
            }
            catch (e) {
                core/* warning */.$e(`local cache save failed: ${e.message}`);
            }
        }
    };
}

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
        const report = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'report.json'), 'utf8'));
        return report.schemaVersion === 1 ? report : null;
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
// only its own section. Without permission (a fork's token) it warns and goes on.


async function upsertPrComment(octokit, p) {
    if (p.mode === 'never')
        return 'skipped';
    try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: p.owner, repo: p.repo, issue_number: p.issueNumber, per_page: 100 });
        const existing = comments.find((c) => typeof c.body === 'string' && c.body.includes(render/* COMMENT_MARKER */.JO));
        if (existing) {
            const body = (0,render/* mergeCommentSections */.e4)(existing.body ?? null, p.image, p.sectionMd);
            if (body === existing.body)
                return 'skipped';
            await octokit.rest.issues.updateComment({ owner: p.owner, repo: p.repo, comment_id: existing.id, body });
            return 'updated';
        }
        if (p.mode === 'on-change' && !p.changed)
            return 'skipped';
        await octokit.rest.issues.createComment({ owner: p.owner, repo: p.repo, issue_number: p.issueNumber, body: (0,render/* mergeCommentSections */.e4)(null, p.image, p.sectionMd) });
        return 'created';
    }
    catch (e) {
        const status = e.status;
        if (status === 403 || status === 404) {
            core/* warning */.$e(`PR comment not written (${status}: ${e.message}). A fork's token cannot write; grant "pull-requests: write" to comment. The job summary has the comparison.`);
            return 'no-permission';
        }
        throw e;
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
    const section = (0,render/* renderComparisonMarkdown */.hm)(p.image, comparison, { baseLabel: role.baseBranch });
    result.markdown = section;
    result.regressed = comparison.verdict === 'regressed';
    if (p.octokit && p.context.owner && p.context.repo) {
        try {
            const r = await upsertPrComment(p.octokit, {
                owner: p.context.owner,
                repo: p.context.repo,
                issueNumber: role.prNumber,
                image: p.image,
                sectionMd: section,
                mode: p.inputs.comment,
                changed: comparison.verdict !== 'unchanged'
            });
            core/* info */.pq(`PR comment: ${r}`);
        }
        catch (e) {
            core/* warning */.$e(`PR comment failed: ${e.message}`);
        }
    }
    return result;
}

// EXTERNAL MODULE: ./src/advisor/advise.ts + 4 modules
var advise = __webpack_require__(78090);
// EXTERNAL MODULE: ./src/advisor/render.ts
var advisor_render = __webpack_require__(76078);
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
    for (const a of (0,advisor_render/* toAnnotations */.gI)(findings)) {
        const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
        if (a.level === 'error')
            core/* error */.z3(a.message, props);
        else if (a.level === 'warning')
            core/* warning */.$e(a.message, props);
        else
            core/* notice */.lm(a.message, props);
    }
    return `\n${(0,advisor_render/* renderAdvisorMarkdown */.A0)(findings, { lineUrl: x.lineUrl })}`;
}

;// CONCATENATED MODULE: ./src/action/extras.ts
// What follows the timing in the job summary: the PR comparison against the base
// branch's baseline, and the Dockerfile advisor. Each part only warns when it fails.





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
            const result = await runPrTiming({
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
                cache: (0,cache/* hasActionsCacheService */.t7)(x.env) ? await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142)) : null,
                octokit: x.inputs['github-token'] && x.ctx.prNumber !== null ? (await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351))).getOctokit(x.inputs['github-token']) : null
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
// EXTERNAL MODULE: ./src/timing/format.ts
var format = __webpack_require__(92887);
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
function setOutputs(o) {
    core/* setOutput */.uH('plan', JSON.stringify((0,build_plan/* planJson */.iY)(o.plan)));
    core/* setOutput */.uH('tags', o.plan.tags.join('\n'));
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
    }
    catch (e) {
        core/* setFailed */.C1(e.message);
        return;
    }
    if (inputs['github-token'])
        core/* setSecret */.Pq(inputs['github-token']);
    for (const s of inputs.secrets) {
        const v = s.slice(s.indexOf('=') + 1);
        if (v)
            core/* setSecret */.Pq(v);
    }
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const tempDir = (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `buildstage-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`);
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
            hooks: actionHooks(inputs, env)
        });
    }
    catch (e) {
        core/* setFailed */.C1(e.message);
        return;
    }
    if (outcome.dryRun) {
        await core/* group */.Os('Plan (dry run: nothing was built or pushed)', async () => core/* info */.pq((0,build_plan/* renderPlanText */.$D)(outcome.plan)));
        setOutputs(outcome);
        return;
    }
    setOutputs(outcome);
    core/* info */.pq(`buildstage: buildx ${outcome.buildMs}ms, own work ${outcome.overheadMs}ms`);
    let regressed = false;
    const lineUrl = lineUrlFor(ctx, outcome.dockerfilePath ? (0,external_node_path_.resolve)(outcome.dockerfilePath) : null, workspace);
    let extraMd = '';
    try {
        const extra = await addExtras({ inputs, ctx, outcome, env, workspace, tempDir, cacheRoot: env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), lineUrl });
        extraMd = extra.markdown;
        regressed = extra.regressed;
    }
    catch (e) {
        core/* warning */.$e(`comparison/advisor skipped: ${e.message}`);
    }
    // BuildKit's record of the build (failed ones too), as build-push-action keeps it; never fails the step
    const record = await buildRecordStep({ inputs, ctx, outcome, env, tempDir, startedAt, log: actionLogger });
    if (inputs.summary && (outcome.report || outcome.error)) {
        try {
            const md = outcome.report ? (0,render_markdown/* renderTimingMarkdown */.E)(outcome.report, { lineUrl }) : `### ❌ Build failed\n\n${outcome.error}\n`;
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


/***/ })

};
