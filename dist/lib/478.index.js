export const id = 478;
export const ids = [478];
export const modules = {

/***/ 60478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPrTiming: () => (/* binding */ runPrTiming)
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
// EXTERNAL MODULE: ./src/common/slug.ts
var slug = __webpack_require__(9510);
// EXTERNAL MODULE: ./src/schemas/timing-report.ts
var timing_report = __webpack_require__(66279);
;// CONCATENATED MODULE: ./src/compare/baseline-store.ts
// Baselines: the JSON timing report of a build on the default branch (or a listed
// branch), kept in the Actions cache under a key per image, branch and commit, and
// restored by prefix so the newest wins. No extra service.





function baselinePrefix(image, branch) {
    return `buildstage-timing-${(0,slug/* slug */.y)(image.replace(/[/:]/g, '-'), 80)}-${(0,slug/* slug */.y)(branch, 60)}-`;
}
function baselineDir(root, image) {
    return (0,external_node_path_.join)(root, 'buildstage-baseline', (0,slug/* slug */.y)(image.replace(/[/:]/g, '-'), 80));
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
/** Why the comment was not written, in one line, for the warning. `thrown`: whatever was thrown (an ApiError, or any value). */
function commentFailure(thrown) {
    const e = typeof thrown === 'object' && thrown !== null ? thrown : {};
    // without a message, the thrown value's own text (a thrown string)
    const what = `${e.status ?? 'no answer'}: ${(e.message ?? String(thrown)).split('\n')[0]}`;
    if (isRateLimited(e)) {
        const reset = Number(header(e, 'x-ratelimit-reset'));
        const when = Number.isFinite(reset) && reset > 0
            ? `; it resets at ${new Date(reset * 1000).toISOString().slice(11, 19)} UTC`
            : header(e, 'retry-after')
                ? `; retry after ${header(e, 'retry-after')} s`
                : '';
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


/***/ })

};

//# sourceMappingURL=478.index.js.map