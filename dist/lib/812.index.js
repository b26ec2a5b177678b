export const id = 812;
export const ids = [812];
export const modules = {

/***/ 34812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepareEcr: () => (/* binding */ prepareEcr)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28795);
/* harmony import */ var _ecr_registry_ops_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50446);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71922);
/* harmony import */ var _plan_image_ref_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68646);
// ECR before a build (shell): log in to every ECR registry the build touches — the
// images it pushes and the registry caches it reads or writes, pushing or not (a pull
// request build reads the cache too) — with the token masked; create missing
// repositories where it writes when asked; and refuse, before the build, tags an
// IMMUTABLE repository would reject.






async function prepareEcr(plan, access, inputs, env) {
    if (inputs['ecr-login'] === 'false')
        return;
    for (const reg of access) {
        if (!reg.ecr)
            continue;
        const region = inputs['aws-region'] || reg.ecr.region || env.AWS_REGION || env.AWS_DEFAULT_REGION;
        if (!region)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('aws-region', `no region for ${reg.registry}`, 'set aws-region');
        const client = (0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_2__/* .createEcrClient */ .yv)({ region, endpoint: env.BUILDSTAGE_ECR_ENDPOINT });
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`ECR ${reg.registry}`, async () => {
            const login = await (0,_ecr_registry_ops_js__WEBPACK_IMPORTED_MODULE_3__/* .ecrLogin */ .K9)(client);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(login.password);
            const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawnSync)('docker', ['login', '--username', login.username, '--password-stdin', reg.registry], { input: login.password, encoding: 'utf8', env });
            if (r.status !== 0)
                throw new Error(`docker login to ${reg.registry} failed: ${(r.stderr || '').trim().split('\n').pop()}`);
            const why = reg.repositories.some((x) => x.push) ? 'to push' : reg.repositories.some((x) => x.cacheWrite) ? 'for the build cache' : 'to read the build cache';
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`logged in to ${reg.registry} (${why})`);
            for (const repo of reg.repositories) {
                // a cache that is only read needs no repository of ours: a missing one is a cache miss
                if (!repo.push && !repo.cacheWrite)
                    continue;
                const state = await (0,_ecr_registry_ops_js__WEBPACK_IMPORTED_MODULE_3__/* .ensureRepository */ .z0)(client, repo.repository, { create: inputs['ecr-create-repository'] });
                if (state.created)
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`created repository ${repo.repository}`);
                if (!state.immutable)
                    continue;
                if (!repo.push) {
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`the ECR repository ${repo.repository} is IMMUTABLE: its cache tag cannot be overwritten, so the cache export will fail after the first build; keep the cache in a MUTABLE repository (cache-ref) or add the cache tag to the repository's immutability exclusions`);
                    continue;
                }
                const tags = plan.tags.map(_plan_image_ref_js__WEBPACK_IMPORTED_MODULE_5__/* .parseImageRef */ .Q).filter((t) => t.registry === reg.registry && t.repository === repo.repository && t.tag).map((t) => t.tag);
                const taken = await (0,_ecr_registry_ops_js__WEBPACK_IMPORTED_MODULE_3__/* .findExistingTags */ .m1)(client, repo.repository, tags);
                if (taken.length) {
                    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('tags', `the ECR repository ${repo.repository} is IMMUTABLE and already has ${taken.map((t) => `"${t}"`).join(', ')}; the push would be rejected`, 'use tags that change on every build (sha-<commit>, a version), or drop the moving ones (latest, the branch) for this repository. Nothing was built or pushed');
                }
            }
        });
    }
}


/***/ }),

/***/ 28795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   hn: () => (/* binding */ observeRetries),
/* harmony export */   nf: () => (/* binding */ retryCounts),
/* harmony export */   yv: () => (/* binding */ createEcrClient)
/* harmony export */ });
/* unused harmony exports isRetryable, realSleep */
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28249);
// The one place ECR clients are made (region, optional endpoint, user agent) and the
// retry policy for throttling: exponential backoff with full jitter and an injectable
// sleep, so tests run instantly.

function createEcrClient(o) {
    const client = new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_0__/* .ECRClient */ .S70({
        region: o.region,
        ...(o.endpoint ? { endpoint: o.endpoint } : {}),
        customUserAgent: 'buildstage',
        maxAttempts: 1 // retries are ours (withRetry), so tests can count calls
    });
    // an error names the call it came from, for the retry log
    client.middlewareStack.add((next, context) => async (args) => {
        try {
            return await next(args);
        }
        catch (e) {
            if (e && typeof e === 'object')
                e.$command = context.commandName?.replace(/Command$/, '');
            throw e;
        }
    }, { step: 'initialize', name: 'buildstageCommandName' });
    return client;
}
const RETRYABLE = new Set([
    'ThrottlingException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'ServiceUnavailableException',
    'InternalServerError',
    'ServerException'
]);
function isRetryable(err) {
    // whatever was thrown: null too
    const e = err;
    if (e?.name && RETRYABLE.has(e.name))
        return true;
    const status = e?.$metadata?.httpStatusCode;
    return status === 429 || (typeof status === 'number' && status >= 500);
}
let retryObserver = null;
/** Every retry of this process is told to `fn` (the actions and the CLI log them and count them). */
function observeRetries(fn) {
    retryObserver = fn;
}
/** `DescribeImages ×3, BatchDeleteImage ×2`. */
function retryCounts(events) {
    const by = new Map();
    for (const e of events)
        by.set(e.command, (by.get(e.command) ?? 0) + 1);
    return [...by].map(([c, n]) => `${c} ×${n}`).join(', ');
}
const realSleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Runs fn, retrying throttling and 5xx with full-jitter backoff. */
async function withRetry(fn, o = {}) {
    const attempts = o.attempts ?? 6;
    const base = o.baseMs ?? 200;
    const max = o.maxMs ?? 10_000;
    const sleep = o.sleep ?? realSleep;
    const random = o.random ?? Math.random;
    for (let i = 1;; i++) {
        try {
            return await fn();
        }
        catch (e) {
            if (i >= attempts || !isRetryable(e))
                throw e;
            const waitMs = Math.floor(random() * Math.min(max, base * 2 ** (i - 1)));
            const err = e;
            (o.onRetry ?? retryObserver)?.({
                command: err.$command ?? 'ECR',
                code: err.name ?? String(err.$metadata?.httpStatusCode ?? 'error'),
                attempt: i,
                waitMs
            });
            await sleep(waitMs);
        }
    }
}


/***/ }),

/***/ 50446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ ecrLogin),
/* harmony export */   m1: () => (/* binding */ findExistingTags),
/* harmony export */   z0: () => (/* binding */ ensureRepository)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28249);
/* harmony import */ var _aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28795);
// What the build action asks ECR before a push: a login, the repository (created only
// when asked), and the tags an IMMUTABLE repository would reject.


async function ecrLogin(client, retry) {
    const out = await (0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .bD)(() => client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_1__/* .GetAuthorizationTokenCommand */ .Eu6({})), retry);
    const data = out.authorizationData?.[0];
    if (!data?.authorizationToken || !data.proxyEndpoint)
        throw new Error('ECR returned no authorization data; check the AWS credentials (aws-actions/configure-aws-credentials)');
    const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    if (i < 0)
        throw new Error('ECR returned a malformed authorization token');
    return { username: decoded.slice(0, i), password: decoded.slice(i + 1), proxyEndpoint: data.proxyEndpoint, expiresAt: data.expiresAt };
}
async function ensureRepository(client, name, o) {
    try {
        const out = await (0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .bD)(() => client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_1__/* .DescribeRepositoriesCommand */ .pE_({ repositoryNames: [name] })), o.retry);
        const repo = out.repositories?.[0];
        return { created: false, immutable: repo?.imageTagMutability === 'IMMUTABLE' || repo?.imageTagMutability === 'IMMUTABLE_WITH_EXCLUSION' };
    }
    catch (e) {
        if (e.name !== 'RepositoryNotFoundException')
            throw e;
        if (!o.create) {
            throw new Error(`Input "ecr-create-repository": the ECR repository "${name}" does not exist; create it, or set ecr-create-repository: true. Nothing was built or pushed`, { cause: e });
        }
        const created = await (0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .bD)(() => client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_1__/* .CreateRepositoryCommand */ .WTe({ repositoryName: name, imageScanningConfiguration: { scanOnPush: true } })), o.retry);
        return { created: true, immutable: created.repository?.imageTagMutability === 'IMMUTABLE' };
    }
}
/** Tags that already exist in a repository (an IMMUTABLE repository rejects pushing them again). */
async function findExistingTags(client, repositoryName, tags, retry) {
    const existing = [];
    for (let i = 0; i < tags.length; i += 100) {
        const batch = tags.slice(i, i + 100);
        try {
            const out = await (0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .bD)(() => client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_1__/* .DescribeImagesCommand */ .ji5({ repositoryName, imageIds: batch.map((imageTag) => ({ imageTag })) })), retry);
            for (const d of out.imageDetails ?? [])
                for (const t of d.imageTags ?? [])
                    if (batch.includes(t))
                        existing.push(t);
        }
        catch (e) {
            // DescribeImages with imageIds throws ImageNotFoundException when one id is missing:
            // ask for each tag alone to learn which exist
            if (e.name !== 'ImageNotFoundException')
                throw e;
            if (batch.length === 1)
                continue;
            existing.push(...(await findExistingTagsOneByOne(client, repositoryName, batch, retry)));
        }
    }
    return [...new Set(existing)];
}
async function findExistingTagsOneByOne(client, repositoryName, tags, retry) {
    const found = [];
    for (const t of tags)
        found.push(...(await findExistingTags(client, repositoryName, [t], retry)));
    return found;
}


/***/ })

};

//# sourceMappingURL=812.index.js.map