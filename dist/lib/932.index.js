export const id = 932;
export const ids = [932];
export const modules = {

/***/ 1932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: actionLogger, lineUrlFor, loadGitContext

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/build/execute.ts + 3 modules
var execute = __webpack_require__(5988);
// EXTERNAL MODULE: ./src/inputs/inputs.ts
var inputs_inputs = __webpack_require__(8028);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 2 modules
var build_plan = __webpack_require__(6524);
// EXTERNAL MODULE: ./src/plan/git-context.ts
var git_context = __webpack_require__(4725);
// EXTERNAL MODULE: ./src/timing/render-markdown.ts
var render_markdown = __webpack_require__(204);
// EXTERNAL MODULE: ./src/plan/cache.ts
var cache = __webpack_require__(769);
// EXTERNAL MODULE: ./src/engine/registry.ts
var registry = __webpack_require__(9399);
;// CONCATENATED MODULE: ./src/action/hooks.ts
// The action's side of a build: registries (ECR login, repositories, reachability) and
// the local cache directory saved and restored with the Actions cache.



function actionHooks(inputs, env) {
    return {
        prepareRegistries: async (plan) => {
            // the AWS SDK loads only when a tag points at ECR
            if (plan.ecr.length)
                await (await Promise.all(/* import() */[__webpack_require__.e(249), __webpack_require__.e(462)]).then(__webpack_require__.bind(__webpack_require__, 462))).prepareEcr(plan, inputs, env);
            for (const r of plan.registries)
                await (0,registry/* assertRegistryReachable */.Hm)(r);
        },
        restoreLocalCache: async (plan) => {
            const local = plan.cache.local;
            if (!local || !(0,cache/* hasActionsCacheService */.t7)(env))
                return;
            try {
                const cache = await __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 1691));
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
                const cache = await __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 1691));
                await cache.saveCache([local.dir], local.key);
            }
            catch (e) {
                core/* warning */.$e(`local cache save failed: ${e.message}`);
            }
        }
    };
}

// EXTERNAL MODULE: ./src/plan/image-ref.ts
var image_ref = __webpack_require__(8646);
;// CONCATENATED MODULE: ./src/compare/baseline-store.ts
// Baselines: the JSON timing report of a build on the default branch (or a listed
// branch), kept in the Actions cache under a key per image, branch and commit, and
// restored by prefix so the newest wins. No extra service.




function baselinePrefix(image, branch) {
    return `buildstage-timing-${(0,image_ref/* slug */.yR)(image.replace(/[/:]/g, '-'), 80)}-${(0,image_ref/* slug */.yR)(branch, 60)}-`;
}
function baselineDir(tempDir, image) {
    return (0,external_node_path_.join)(tempDir, 'buildstage-baseline', (0,image_ref/* slug */.yR)(image.replace(/[/:]/g, '-'), 80));
}
async function saveBaseline(cache, tempDir, image, branch, sha, report) {
    const dir = baselineDir(tempDir, image);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'report.json'), JSON.stringify(report));
    const key = `${baselinePrefix(image, branch)}${sha}`;
    try {
        await cache.saveCache([dir], key);
        return key;
    }
    catch (e) {
        core/* warning */.$e(`timing baseline not saved (${e.message}); pull requests will have nothing to compare with`);
        return null;
    }
}
async function restoreBaseline(cache, tempDir, image, branch) {
    const dir = baselineDir(tempDir, image);
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
var compare = __webpack_require__(6832);
// EXTERNAL MODULE: ./src/compare/render.ts
var render = __webpack_require__(2831);
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





async function runPrTiming(p) {
    const thresholds = (0,compare/* parseRegressionThreshold */.YJ)(p.inputs.regressionThreshold);
    const branch = p.context.ref.startsWith('refs/heads/') ? p.context.ref.slice('refs/heads/'.length) : null;
    const keepBranches = p.inputs.baselineBranches.length ? p.inputs.baselineBranches : p.context.defaultBranch ? [p.context.defaultBranch] : [];
    const result = { markdown: null, regressed: false, baselineSaved: null };
    if (!p.cache)
        return result;
    if (branch && keepBranches.includes(branch) && !p.report.failed) {
        result.baselineSaved = await saveBaseline(p.cache, p.tempDir, p.image, branch, p.context.sha, p.report);
        if (result.baselineSaved)
            core/* info */.pq(`timing baseline saved: ${result.baselineSaved}`);
        return result;
    }
    if (p.context.prNumber === null || !p.context.baseRef)
        return result;
    const base = await restoreBaseline(p.cache, p.tempDir, p.image, p.context.baseRef);
    if (!base) {
        result.markdown = `#### ${p.image}: no baseline yet\n\nNo timing report from \`${p.context.baseRef}\` was found in the Actions cache; the next build on \`${p.context.baseRef}\` will record one.\n`;
        return result;
    }
    const comparison = (0,compare/* compareReports */.ll)(base, p.report, thresholds);
    const section = (0,render/* renderComparisonMarkdown */.hm)(p.image, comparison, { baseLabel: p.context.baseRef });
    result.markdown = section;
    result.regressed = comparison.verdict === 'regressed';
    if (p.octokit && p.context.owner && p.context.repo) {
        try {
            const r = await upsertPrComment(p.octokit, {
                owner: p.context.owner,
                repo: p.context.repo,
                issueNumber: p.context.prNumber,
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
var advise = __webpack_require__(8090);
// EXTERNAL MODULE: ./src/advisor/render.ts
var advisor_render = __webpack_require__(6078);
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
                tempDir: x.tempDir,
                // the cache client and Octokit load only when there is a cache service / a PR
                cache: (0,cache/* hasActionsCacheService */.t7)(x.env) ? await __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 1691)) : null,
                octokit: x.inputs['github-token'] && x.ctx.prNumber !== null ? (await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413))).getOctokit(x.inputs['github-token']) : null
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
        const extra = await addExtras({ inputs, ctx, outcome, env, workspace, tempDir, lineUrl });
        extraMd = extra.markdown;
        regressed = extra.regressed;
    }
    catch (e) {
        core/* warning */.$e(`comparison/advisor skipped: ${e.message}`);
    }
    if (inputs.summary && (outcome.report || outcome.error)) {
        try {
            const md = outcome.report ? (0,render_markdown/* renderTimingMarkdown */.E)(outcome.report, { lineUrl }) : `### ❌ Build failed\n\n${outcome.error}\n`;
            await core/* summary */.z.addRaw(md + extraMd, true).write();
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


/***/ })

};
