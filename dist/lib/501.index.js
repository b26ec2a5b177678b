export const id = 501;
export const ids = [501];
export const modules = {

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

/***/ 54533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseBool),
/* harmony export */   y: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
// The one boolean parser. Two vocabularies, one a subset of the other:
//   yaml: YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them
//   go:   Go's strconv.ParseBool words, which buildx and build-push-action accept (yaml's, plus 1/t/T/0/f/F)

const YAML_TRUE = ['true', 'True', 'TRUE'];
const YAML_FALSE = ['false', 'False', 'FALSE'];
const GO_TRUE = [...YAML_TRUE, '1', 't', 'T'];
const GO_FALSE = [...YAML_FALSE, '0', 'f', 'F'];
/** `text` as a boolean in the given vocabulary, or null when it is not one (surrounding whitespace is not trimmed). */
function parseBoolean(text, words = 'go') {
    if ((words === 'go' ? GO_TRUE : YAML_TRUE).includes(text))
        return true;
    if ((words === 'go' ? GO_FALSE : YAML_FALSE).includes(text))
        return false;
    return null;
}
/** A boolean input (YAML words, as @actions/core's getBooleanInput accepts them); empty is `fallback`, anything else an InputError. */
function parseBool(name, value, fallback) {
    const v = value.trim();
    if (v === '')
        return fallback;
    const b = parseBoolean(v, 'yaml');
    if (b === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `"${value}" is not a boolean`, 'write true or false');
    return b;
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

/***/ 82149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseList)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25175);

function parseList(input, opts = {}) {
    if (input === '' || input.trim() === '')
        return [];
    const records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(input, {
        columns: false,
        relax_quotes: true,
        relax_column_count: true,
        skip_empty_lines: true,
        quote: opts.noQuotes ? false : '"',
        ...(opts.comment ? { comment: '#', comment_no_infix: true } : {})
    });
    const out = [];
    for (const record of records) {
        if (record.length === 1) {
            if (opts.keepCommas)
                out.push(record[0]);
            else
                out.push(...record[0].split(','));
        }
        else if (!opts.keepCommas) {
            out.push(...record);
        }
        else {
            out.push(record.join(','));
        }
    }
    return out
        .filter((item) => item)
        .map((item) => (opts.keepWhitespace ? item : item.trim()))
        .filter((s) => s !== '');
}


/***/ }),

/***/ 24042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VC: () => (/* binding */ applyPolicy),
/* harmony export */   Z8: () => (/* binding */ getPolicy)
/* harmony export */ });
/* unused harmony exports policiesEqual, policyDiff */
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28249);
/* harmony import */ var _aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28795);
/* harmony import */ var _registry_ops_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50446);
// Apply a lifecycle policy idempotently: read the current one, compare semantically (rule
// order, list order and descriptions do not matter), put it only when it differs.



function canonicalRule(r) {
    const s = r.selection;
    return JSON.stringify({
        p: r.rulePriority,
        t: s.tagStatus,
        pre: s.tagPrefixList ? [...s.tagPrefixList].sort() : null,
        pat: s.tagPatternList ? [...s.tagPatternList].sort() : null,
        sc: s.storageClass ?? 'standard',
        ct: s.countType,
        cu: s.countUnit ?? null,
        cn: s.countNumber,
        a: r.action.type,
        ts: r.action.targetStorageClass ?? null
    });
}
function policiesEqual(a, b) {
    if (!a || !b)
        return a === b;
    const ca = a.rules.map(canonicalRule).sort();
    const cb = b.rules.map(canonicalRule).sort();
    return ca.length === cb.length && ca.every((x, i) => x === cb[i]);
}
const describe = (r) => {
    const s = r.selection;
    const tags = s.tagPatternList ? ` ${s.tagPatternList.join(',')}` : s.tagPrefixList ? ` prefix ${s.tagPrefixList.join(',')}` : '';
    const count = s.countType === 'imageCountMoreThan' ? `keep ${s.countNumber}` : `${s.countType} > ${s.countNumber} ${s.countUnit ?? ''}`.trim();
    return `priority ${r.rulePriority}: ${s.tagStatus}${tags}, ${count} → ${r.action.type}`;
};
/** Human-readable difference, rule by rule (by priority). */
function policyDiff(current, desired) {
    const cur = new Map((current?.rules ?? []).map((r) => [r.rulePriority, r]));
    const des = new Map(desired.rules.map((r) => [r.rulePriority, r]));
    const out = [];
    for (const p of [...new Set([...cur.keys(), ...des.keys()])].sort((a, b) => a - b)) {
        const c = cur.get(p);
        const d = des.get(p);
        if (c && !d)
            out.push(`- ${describe(c)}`);
        else if (!c && d)
            out.push(`+ ${describe(d)}`);
        else if (c && d && canonicalRule(c) !== canonicalRule(d))
            out.push(`- ${describe(c)}`, `+ ${describe(d)}`);
    }
    return out;
}
async function getPolicy(client, repositoryName, retry) {
    try {
        const out = await (0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .bD)(() => client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__/* .GetLifecyclePolicyCommand */ .O0C({ repositoryName })), retry);
        return out.lifecyclePolicyText ? JSON.parse(out.lifecyclePolicyText) : null;
    }
    catch (e) {
        if (e.name === 'LifecyclePolicyNotFoundException')
            return null;
        throw e;
    }
}
async function applyPolicy(client, repositoryName, desired, o) {
    const repo = await (0,_registry_ops_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureRepository */ .z0)(client, repositoryName, { create: o.create && !o.dryRun, retry: o.retry });
    const current = repo.created ? null : await getPolicy(client, repositoryName, o.retry);
    if (policiesEqual(current, desired))
        return { repository: repositoryName, changed: false, created: repo.created, diff: [], dryRun: o.dryRun };
    const diff = policyDiff(current, desired);
    if (!o.dryRun) {
        await (0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .bD)(() => client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__/* .PutLifecyclePolicyCommand */ .Rcn({ repositoryName, lifecyclePolicyText: JSON.stringify(desired) })), o.retry);
    }
    return { repository: repositoryName, changed: true, created: repo.created, diff, dryRun: o.dryRun };
}


/***/ }),

/***/ 90002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ runCleanup),
/* harmony export */   xW: () => (/* binding */ listRepositories)
/* harmony export */ });
/* unused harmony exports INDEX_MEDIA_TYPES, listImages, addIndexChildren, deleteImages, cleanupRepository */
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28249);
/* harmony import */ var _aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28795);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24042);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16827);
// Scheduled cleanup: for each repository chosen by name patterns, list its images
// (1,000 a page), learn the children of image indexes (BatchGetImage, 100 a call),
// evaluate the policy now, and delete what it expires (BatchDeleteImage, 100 a call),
// never what is protected. Dry run by default in the reusable workflow; per-item
// failures are reported; a re-run after an interruption converges.




const INDEX_MEDIA_TYPES = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'];
async function listRepositories(client, include, exclude, retry) {
    const inc = (include.length ? include : ['*']).map(_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .patternRegExp */ .SG);
    const exc = exclude.map(_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .patternRegExp */ .SG);
    const names = [];
    let nextToken;
    do {
        const out = await (0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .bD)(() => client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__/* .DescribeRepositoriesCommand */ .pE_({ nextToken, maxResults: 1000 })), retry);
        for (const r of out.repositories ?? []) {
            const n = r.repositoryName ?? '';
            if (inc.some((re) => re.test(n)) && !exc.some((re) => re.test(n)))
                names.push(n);
        }
        nextToken = out.nextToken;
    } while (nextToken);
    return names.sort();
}
async function listImages(client, repositoryName, retry) {
    const images = [];
    let nextToken;
    do {
        const out = await (0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .bD)(() => client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__/* .DescribeImagesCommand */ .ji5({ repositoryName, nextToken, maxResults: 1000 })), retry);
        for (const d of out.imageDetails ?? []) {
            if (!d.imageDigest)
                continue;
            images.push({
                imageDigest: d.imageDigest,
                imageTags: d.imageTags ?? [],
                imagePushedAt: d.imagePushedAt ?? new Date(0),
                imageSizeInBytes: d.imageSizeInBytes ?? 0,
                imageManifestMediaType: d.imageManifestMediaType,
                lastRecordedPullTime: d.lastRecordedPullTime
            });
        }
        nextToken = out.nextToken;
    } while (nextToken);
    return images;
}
/** Fills `childDigests` of image indexes from their manifests. */
async function addIndexChildren(client, repositoryName, images, retry) {
    const indexes = images.filter((i) => i.imageManifestMediaType && INDEX_MEDIA_TYPES.includes(i.imageManifestMediaType));
    const byDigest = new Map(indexes.map((i) => [i.imageDigest, i]));
    for (let i = 0; i < indexes.length; i += 100) {
        const batch = indexes.slice(i, i + 100);
        const out = await (0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .bD)(() => client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__/* .BatchGetImageCommand */ .P8n({ repositoryName, imageIds: batch.map((b) => ({ imageDigest: b.imageDigest })), acceptedMediaTypes: INDEX_MEDIA_TYPES })), retry);
        for (const img of out.images ?? []) {
            const d = img.imageId?.imageDigest;
            if (!d || !img.imageManifest)
                continue;
            try {
                const m = JSON.parse(img.imageManifest);
                const target = byDigest.get(d);
                if (target)
                    target.childDigests = (m.manifests ?? []).map((x) => x.digest);
            }
            catch {
                // a manifest we cannot read protects nothing
            }
        }
    }
}
async function deleteImages(client, repositoryName, digests, retry) {
    const deleted = [];
    const alreadyGone = [];
    const failures = [];
    for (let i = 0; i < digests.length; i += 100) {
        const batch = digests.slice(i, i + 100);
        const out = await (0,_aws_ecr_client_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .bD)(() => client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__/* .BatchDeleteImageCommand */ .wau({ repositoryName, imageIds: batch.map((imageDigest) => ({ imageDigest })) })), retry);
        for (const id of out.imageIds ?? [])
            if (id.imageDigest && !deleted.includes(id.imageDigest))
                deleted.push(id.imageDigest);
        for (const f of out.failures ?? []) {
            const digest = f.imageId?.imageDigest ?? '';
            // deleted by an earlier, interrupted run: the goal is reached
            if (f.failureCode === 'ImageNotFound')
                alreadyGone.push(digest);
            else
                failures.push({ imageDigest: digest, failureCode: f.failureCode ?? 'Unknown', failureReason: f.failureReason ?? '' });
        }
    }
    return { deleted, alreadyGone, failures };
}
async function cleanupRepository(client, repository, o) {
    const base = { repository, images: 0, expiring: [], bytes: 0, deleted: [], alreadyGone: [], failures: [], dryRun: o.dryRun, note: null };
    try {
        const policy = o.policy ?? (await (0,_apply_js__WEBPACK_IMPORTED_MODULE_1__/* .getPolicy */ .Z8)(client, repository, o.retry));
        if (!policy)
            return { ...base, note: 'no lifecycle policy: nothing evaluated' };
        const images = await listImages(client, repository, o.retry);
        await addIndexChildren(client, repository, images, o.retry);
        const ev = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluatePolicy */ .Uz)(policy, images, { now: o.now, protectTags: o.protectTags, protectDigests: o.protectDigests });
        const expiring = ev.expired.filter((e) => e.action === 'expire');
        const result = { ...base, images: images.length, expiring, bytes: ev.bytesFreed };
        if (o.dryRun || expiring.length === 0)
            return result;
        const d = await deleteImages(client, repository, expiring.map((e) => e.imageDigest), o.retry);
        return { ...result, ...d };
    }
    catch (e) {
        return { ...base, note: `error: ${e.message}` };
    }
}
async function runCleanup(client, o) {
    const repos = o.repositories?.length ? o.repositories : await listRepositories(client, o.include, o.exclude, o.retry);
    const results = new Array(repos.length);
    let next = 0;
    const worker = async () => {
        while (next < repos.length) {
            const i = next++;
            results[i] = await cleanupRepository(client, repos[i], o);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency, repos.length)) }, worker));
    return results;
}


/***/ }),

/***/ 16827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SG: () => (/* binding */ patternRegExp),
/* harmony export */   Uz: () => (/* binding */ evaluatePolicy)
/* harmony export */ });
/* unused harmony export ruleMatcher */
const DAY = 86_400_000;
/** ECR's pattern semantics: anchored, `*` matches any run of characters (tags and repository names). */
function patternRegExp(pattern) {
    return new RegExp(`^${pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`);
}
function time(v) {
    if (v === undefined)
        return null;
    const t = v instanceof Date ? v.getTime() : Date.parse(v);
    return Number.isFinite(t) ? t : null;
}
function ruleMatcher(rule) {
    const s = rule.selection;
    const archived = (img) => img.imageStatus === 'ARCHIVED' || img.lastArchivedAt !== undefined;
    const storageOk = (img) => (s.storageClass === 'archive' ? archived(img) : !archived(img));
    if (s.tagStatus === 'any')
        return storageOk;
    if (s.tagStatus === 'untagged')
        return (img) => storageOk(img) && (img.imageTags ?? []).length === 0;
    const tests = s.tagPatternList
        ? s.tagPatternList.map((p) => {
            const re = patternRegExp(p);
            return (t) => re.test(t);
        })
        : (s.tagPrefixList ?? []).map((p) => (t) => t.startsWith(p));
    return (img) => {
        const tags = img.imageTags ?? [];
        return storageOk(img) && tags.length > 0 && tests.every((test) => tags.some(test));
    };
}
function evaluatePolicy(policy, images, opts) {
    const now = opts.now.getTime();
    const rules = [...policy.rules].sort((a, b) => a.rulePriority - b.rulePriority);
    // youngest first; equal times keep a stable order
    const byAge = images
        .map((img, i) => ({ img, i, pushed: time(img.imagePushedAt) ?? 0 }))
        .sort((a, b) => b.pushed - a.pushed || b.i - a.i)
        .map((x) => x.img);
    const claimed = new Set();
    const acted = new Map();
    for (const rule of rules) {
        const match = ruleMatcher(rule);
        const selected = byAge.filter(match);
        const s = rule.selection;
        let candidates;
        if (s.countType === 'imageCountMoreThan') {
            candidates = selected.slice(s.countNumber);
        }
        else {
            const limit = s.countNumber * DAY;
            const since = (img) => {
                if (s.countType === 'sinceImagePulled')
                    return time(img.lastRecordedPullTime) ?? time(img.imagePushedAt);
                if (s.countType === 'sinceImageTransitioned')
                    return time(img.lastArchivedAt);
                return time(img.imagePushedAt);
            };
            candidates = selected.filter((img) => {
                const t = since(img);
                return t !== null && now - t > limit;
            });
        }
        for (const img of candidates) {
            if (claimed.has(img.imageDigest) || acted.has(img.imageDigest))
                continue;
            acted.set(img.imageDigest, { rule });
        }
        for (const img of selected)
            claimed.add(img.imageDigest);
    }
    // protection: the protect list, and every child of an index that stays
    const protectedSet = new Set();
    const protectTags = new Set(opts.protectTags ?? []);
    const protectDigests = new Set(opts.protectDigests ?? []);
    const keep = (digest) => {
        if (acted.has(digest))
            protectedSet.add(digest);
        acted.delete(digest);
    };
    for (const img of images) {
        if (protectDigests.has(img.imageDigest) || (img.imageTags ?? []).some((t) => protectTags.has(t)))
            keep(img.imageDigest);
    }
    let changed = true;
    while (changed) {
        changed = false;
        for (const img of images) {
            if (acted.has(img.imageDigest) && acted.get(img.imageDigest)?.rule.action.type === 'expire')
                continue;
            for (const child of img.childDigests ?? []) {
                if (acted.has(child) && acted.get(child)?.rule.action.type === 'expire') {
                    keep(child);
                    changed = true;
                }
            }
        }
    }
    const expired = [];
    for (const img of images) {
        const a = acted.get(img.imageDigest);
        if (!a)
            continue;
        expired.push({
            imageDigest: img.imageDigest,
            rulePriority: a.rule.rulePriority,
            action: a.rule.action.type,
            imageTags: img.imageTags ?? [],
            imageSizeInBytes: img.imageSizeInBytes ?? 0
        });
    }
    const bytesFreed = expired.filter((e) => e.action === 'expire').reduce((n, e) => n + e.imageSizeInBytes, 0);
    return { expired, protectedDigests: [...protectedSet], kept: images.length - expired.length, bytesFreed };
}


/***/ }),

/***/ 69090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r2: () => (/* binding */ cleanupOptions),
  uf: () => (/* binding */ policyFromInputs),
  uy: () => (/* binding */ readEcrInputs)
});

// UNUSED EXPORTS: MODES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/common/list.ts
var list = __webpack_require__(82149);
// EXTERNAL MODULE: ./src/common/bool.ts
var bool = __webpack_require__(54533);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/ecr/policy.ts
var policy = __webpack_require__(46958);
;// CONCATENATED MODULE: ./src/ecr/policy-from-inputs.ts
// A lifecycle policy from simple inputs: `keep: "v*:10, main-*:5, latest:1"`, expire
// untagged images after N days, an optional catch-all. Every pattern is an anchored glob
// (`v*` = tags starting with v, `latest` = exactly latest). Protected patterns (the build
// cache `buildcache*` and `latest` by default) get the first rules, which select them so
// that no lower rule can expire them; those rules only act beyond 10,000 images.

const DEFAULT_PROTECT = ['buildcache*', 'latest'];
const PROTECT_COUNT = 10000;
function parseKeep(text) {
    const out = [];
    for (const part of text
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        const m = /^(.+?)\s*:\s*(\d+)$/.exec(part);
        if (!m || Number(m[2]) < 1)
            throw new errors/* InputError */.d('keep', `"${part}" is not PATTERN:COUNT`, 'write e.g. "v*:10, main-*:5, latest:1"');
        if ((m[1].match(/\*/g) ?? []).length > 4)
            throw new errors/* InputError */.d('keep', `"${m[1]}" has more than four * wildcards`, 'write at most four * in a pattern (ECR allows no more)');
        out.push({ pattern: m[1], count: Number(m[2]) });
    }
    return out;
}
function buildPolicy(i) {
    const rules = [];
    let p = 1;
    for (const pattern of i.protect) {
        rules.push({
            rulePriority: p++,
            description: `buildstage: never expire ${pattern} (protected)`,
            selection: { tagStatus: 'tagged', tagPatternList: [pattern], countType: 'imageCountMoreThan', countNumber: PROTECT_COUNT },
            action: { type: 'expire' }
        });
    }
    for (const k of parseKeep(i.keep)) {
        rules.push({
            rulePriority: p++,
            description: `buildstage: keep the newest ${k.count} ${k.pattern}`,
            selection: { tagStatus: 'tagged', tagPatternList: [k.pattern], countType: 'imageCountMoreThan', countNumber: k.count },
            action: { type: 'expire' }
        });
    }
    if (i.untaggedDays !== null) {
        rules.push({
            rulePriority: p++,
            description: `buildstage: expire untagged images after ${i.untaggedDays} days`,
            selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: i.untaggedDays },
            action: { type: 'expire' }
        });
    }
    if (i.keepAny !== null) {
        rules.push({
            // the last rule: p is not used after it
            rulePriority: p,
            description: `buildstage: keep at most ${i.keepAny} images in all`,
            selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: i.keepAny },
            action: { type: 'expire' }
        });
    }
    if (rules.length === i.protect.length)
        throw new errors/* InputError */.d('keep', 'the policy would only protect and never expire anything', 'set keep, untagged-days or keep-any');
    return { rules };
}

// EXTERNAL MODULE: ./src/inputs/aws-region.ts
var aws_region = __webpack_require__(82245);
// EXTERNAL MODULE: ./src/ecr/render-summary.ts
var render_summary = __webpack_require__(43073);
// EXTERNAL MODULE: ./src/ecr/validate.ts
var validate = __webpack_require__(6282);
;// CONCATENATED MODULE: ./src/ecr/inputs.ts
// Every input of ecr-lifecycle/action.yml, read in one place, and the policy they describe.









const MODES = ['validate', 'apply', 'cleanup', 'apply-and-cleanup'];
function num(name, value, fallback, min = 1, integer = true, max = Infinity) {
    const v = value.trim();
    if (v === '')
        return fallback;
    const n = Number(v);
    const what = integer ? 'a whole number' : 'a number';
    if (!/^[0-9.]+$/.test(v) || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
        throw new errors/* InputError */.d(name, `"${value}" is not ${what} ${max === Infinity ? `of at least ${min}` : `from ${min} to ${max}`}`, `write ${what} such as ${integer ? Math.max(min, Math.min(max, 30)) : '0.10'}`);
    }
    return n;
}
/** ECR repository names: lowercase path components separated by / (2 to 256 characters). */
const REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
/** The same, with * wildcards (include, exclude). */
const REPOSITORY_PATTERN = /^[a-z0-9._/*-]+$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const TAG_PATTERN = /^[A-Za-z0-9_.*-]{1,128}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
function each(name, values, ok, what, example) {
    for (const v of values)
        if (!ok(v))
            throw new errors/* InputError */.d(name, `"${v}" is not ${what}`, `write e.g. ${example}`);
    return values;
}
/** Every ECR input, checked before any API call. */
function checkEcrInputs(i) {
    each('repositories', i.repositories, (r) => r.length >= 2 && r.length <= 256 && REPOSITORY.test(r), 'an ECR repository name (lowercase, / between components)', 'shop/api');
    each('include', i.include, (r) => REPOSITORY_PATTERN.test(r), 'a repository name pattern (lowercase, * wildcards)', 'shop/*');
    each('exclude', i.exclude, (r) => REPOSITORY_PATTERN.test(r), 'a repository name pattern (lowercase, * wildcards)', 'shop/legacy-*');
    each('protect', i.protect, (p) => TAG_PATTERN.test(p) && (p.match(/\*/g) ?? []).length <= 4, 'a tag pattern (at most four * wildcards)', 'buildcache*, latest, prod-*');
    each('protect-tags', i['protect-tags'], (t) => TAG.test(t), 'an image tag', 'v1.2.3, prod');
    each('protect-digests', i['protect-digests'], (d) => DIGEST.test(d), 'an image digest', 'sha256:<64 lowercase hex digits>');
    if (i.keep)
        parseKeep(i.keep);
    (0,aws_region/* checkAwsRegion */.G)('aws-region', i['aws-region']);
    return i;
}
function readEcrInputs(get) {
    const mode = get('mode').trim() || 'apply';
    if (!MODES.includes(mode))
        throw new errors/* InputError */.d('mode', `unknown mode "${mode}"`, `write one of ${MODES.join(', ')}`);
    const protect = get('protect').trim();
    return checkEcrInputs({
        mode: mode,
        repositories: (0,list/* parseList */.E)(get('repositories')),
        include: (0,list/* parseList */.E)(get('include')),
        exclude: (0,list/* parseList */.E)(get('exclude')),
        'policy-file': get('policy-file').trim(),
        keep: get('keep').trim(),
        'untagged-days': num('untagged-days', get('untagged-days'), null),
        'keep-any': num('keep-any', get('keep-any'), null),
        protect: protect === '' ? DEFAULT_PROTECT : protect === 'none' ? [] : (0,list/* parseList */.E)(protect),
        'protect-tags': (0,list/* parseList */.E)(get('protect-tags')),
        'protect-digests': (0,list/* parseList */.E)(get('protect-digests')),
        'dry-run': (0,bool/* parseBool */.q)('dry-run', get('dry-run'), false),
        'create-repository': (0,bool/* parseBool */.q)('create-repository', get('create-repository'), false),
        'aws-region': get('aws-region').trim(),
        'price-per-gb-month': num('price-per-gb-month', get('price-per-gb-month'), render_summary/* DEFAULT_PRICE_PER_GB_MONTH */.b7, 0, false),
        concurrency: num('concurrency', get('concurrency'), 4, 1, true, 32),
        summary: (0,bool/* parseBool */.q)('summary', get('summary'), true)
    });
}
/** The policy of these inputs (a file, or keep/untagged-days/keep-any), validated; null when none is given. */
function policyFromInputs(i, cwd = process.cwd()) {
    let raw;
    if (i['policy-file']) {
        const path = i['policy-file'].startsWith('/') ? i['policy-file'] : `${cwd}/${i['policy-file']}`;
        if (!(0,external_node_fs_.existsSync)(path))
            throw new errors/* InputError */.d('policy-file', `no file at ${path}`, 'point policy-file at a JSON or YAML lifecycle policy in the repository');
        try {
            raw = (0,policy/* parsePolicyText */.X)((0,external_node_fs_.readFileSync)(path, 'utf8'), path);
        }
        catch (e) {
            throw new errors/* InputError */.d('policy-file', e.message.split('\n')[0], "write the policy in ECR's JSON format, or as YAML");
        }
    }
    else if (i.keep || i['untagged-days'] !== null || i['keep-any'] !== null) {
        raw = buildPolicy({ keep: i.keep, untaggedDays: i['untagged-days'], keepAny: i['keep-any'], protect: i.protect });
    }
    else {
        return null;
    }
    const v = (0,validate/* validatePolicy */.tE)(raw);
    if (!v.ok)
        throw new errors/* InputError */.d(i['policy-file'] ? 'policy-file' : 'keep', `the lifecycle policy is invalid (${v.errors.join('; ')})`, 'fix the rules listed (node dist/cli.js ecr validate --policy FILE checks a file)');
    return v.policy;
}
/** The cleanup these inputs ask for (the action and the CLI both run it). */
function cleanupOptions(i, policy, now) {
    return {
        include: i.include,
        exclude: i.exclude,
        repositories: i.repositories,
        policy,
        protectTags: i['protect-tags'],
        protectDigests: i['protect-digests'],
        dryRun: i['dry-run'],
        concurrency: i.concurrency,
        now
    };
}


/***/ }),

/***/ 46958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parsePolicyText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
// ECR lifecycle policies: the types, and reading a policy from JSON or YAML text.

/** JSON first (ECR's own format), YAML otherwise. Throws with the source named. */
function parsePolicyText(text, source = 'policy') {
    const t = text.trim();
    try {
        return JSON.parse(t);
    }
    catch (jsonErr) {
        if (t.startsWith('{'))
            throw new Error(`${source}: invalid JSON: ${jsonErr.message}`, { cause: jsonErr });
        try {
            return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(t);
        }
        catch (yamlErr) {
            throw new Error(`${source}: neither JSON nor YAML: ${yamlErr.message}`, { cause: yamlErr });
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


/***/ }),

/***/ 43073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aJ: () => (/* binding */ renderCleanupMarkdown),
/* harmony export */   b7: () => (/* binding */ DEFAULT_PRICE_PER_GB_MONTH),
/* harmony export */   oY: () => (/* binding */ renderApplyMarkdown)
/* harmony export */ });
/* unused harmony export monthlySaving */
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56950);
// The cleanup / apply job summary: a table per repository and what was (or would be)
// deleted, with the monthly saving at the ECR storage price. Pure; text escaped.

const DEFAULT_PRICE_PER_GB_MONTH = 0.1;
function monthlySaving(bytes, pricePerGbMonth) {
    return (bytes / 1024 ** 3) * pricePerGbMonth;
}
function renderCleanupMarkdown(results, pricePerGbMonth = DEFAULT_PRICE_PER_GB_MONTH) {
    const dry = results.some((r) => r.dryRun);
    const verb = dry ? 'would be deleted' : 'deleted';
    const totalBytes = results.reduce((n, r) => n + r.bytes, 0);
    const out = [
        `### ECR cleanup${dry ? ' (dry run: nothing deleted)' : ''}`,
        '',
        `${results.reduce((n, r) => n + r.expiring.length, 0)} images ${verb}, ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(totalBytes)} freed, about $${monthlySaving(totalBytes, pricePerGbMonth).toFixed(2)} a month at $${pricePerGbMonth}/GB-month.`,
        '',
        '| repository | images | expiring | bytes freed | $/month | failures | note |',
        '|---|--:|--:|--:|--:|--:|---|'
    ];
    for (const r of results) {
        out.push(`| <code>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(r.repository)}</code> | ${r.images} | ${r.expiring.length} | ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(r.bytes)} | ${monthlySaving(r.bytes, pricePerGbMonth).toFixed(2)} | ${r.failures.length} | ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(r.note ?? '')} |`);
    }
    const items = results.flatMap((r) => r.expiring.map((e) => ({ r, e })));
    if (items.length) {
        out.push('', `<details><summary>${items.length} images ${verb}</summary>`, '', '| repository | digest | tags | size | rule |', '|---|---|---|--:|--:|');
        for (const { r, e } of items)
            out.push(`| ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(r.repository)} | <code>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(e.imageDigest.slice(0, 19))}</code> | ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(e.imageTags.join(', ') || '(untagged)')} | ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtBytes */ .zi)(e.imageSizeInBytes)} | ${e.rulePriority} |`);
        out.push('', '</details>');
    }
    const failures = results.flatMap((r) => r.failures.map((f) => ({ r, f })));
    if (failures.length) {
        out.push('', '**Failures**', '', ...failures.map(({ r, f }) => `- ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(r.repository)} ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(f.imageDigest)}: ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(f.failureCode)} ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(f.failureReason)}`));
    }
    out.push('');
    return out.join('\n');
}
function renderApplyMarkdown(results) {
    const out = ['### ECR lifecycle policies', '', '| repository | result |', '|---|---|'];
    for (const r of results)
        out.push(`| <code>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(r.repository)}</code> | ${r.changed ? (r.dryRun ? 'would change' : 'updated') : 'unchanged'}${r.created ? ' (repository created)' : ''} |`);
    const diffs = results.filter((r) => r.diff.length);
    for (const r of diffs)
        out.push('', `<details><summary>${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(r.repository)}: policy difference</summary>`, '', '```diff', ...r.diff, '```', '', '</details>');
    out.push('');
    return out.join('\n');
}


/***/ }),

/***/ 6282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tE: () => (/* binding */ validatePolicy)
/* harmony export */ });
/* unused harmony exports MAX_RULES, MIN_TEXT, MAX_TEXT */
/* harmony import */ var _schemas_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44936);
/* harmony import */ var _schemas_ecr_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88150);


const COUNT_TYPES = ['imageCountMoreThan', 'sinceImagePushed', 'sinceImagePulled', 'sinceImageTransitioned'];
const MAX_RULES = 50;
const MIN_TEXT = 100;
const MAX_TEXT = 30720;
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPosInt = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1;
/** What each field must be, in ECR's words (the schema says the same). */
const FIELD = {
    rulePriority: 'rulePriority must be an integer of at least 1',
    description: 'description must be a string',
    selection: 'selection is required',
    'selection.tagStatus': 'selection.tagStatus must be tagged, untagged or any',
    'selection.tagPrefixList': 'selection.tagPrefixList must be a non-empty list of non-empty strings',
    'selection.tagPatternList': 'selection.tagPatternList must be a non-empty list of non-empty strings',
    'selection.storageClass': 'selection.storageClass must be standard or archive',
    'selection.countType': `selection.countType must be one of ${COUNT_TYPES.join(', ')}`,
    'selection.countUnit': 'selection.countUnit: only "days" is allowed',
    'selection.countNumber': 'selection.countNumber must be an integer of at least 1',
    action: 'action is required',
    'action.type': 'action.type must be expire or transition',
    'action.targetStorageClass': 'action.targetStorageClass must be "archive"'
};
/** An ajv error of the policy schema → [rule index or null, message in ECR's words]. */
function schemaMessage(e, rules, where) {
    const path = e.instancePath.split('/').slice(1);
    const p = e.params;
    if (path.length === 0) {
        if (e.keyword === 'additionalProperties')
            return [null, `policy: unknown key "${String(p.additionalProperty)}" (only "rules" is allowed)`];
        if (e.keyword === 'required')
            return [null, 'policy.rules: must be a non-empty list of rules'];
        return [null, 'policy: must be a JSON object with a "rules" list'];
    }
    if (path.length === 1) {
        if (e.keyword === 'maxItems')
            return [null, `policy.rules: ${rules.length} rules; ECR allows at most ${MAX_RULES}`];
        return [null, 'policy.rules: must be a non-empty list of rules'];
    }
    const i = Number(path[1]);
    // a field below a rule: `selection/tagPatternList/0` → selection.tagPatternList
    const field = path
        .slice(2)
        .filter((s) => !/^\d+$/.test(s))
        .slice(0, 2)
        .join('.');
    if (e.keyword === 'additionalProperties')
        return [i, where(i, `${field ? `${field}: ` : ''}unknown key "${String(p.additionalProperty)}"`)];
    if (e.keyword === 'required') {
        const missing = [field, String(p.missingProperty)].filter(Boolean).join('.');
        return [i, where(i, FIELD[missing] ?? `${missing} is required`)];
    }
    if (field === '')
        return [i, `rule ${i + 1}: must be an object`];
    return [i, where(i, FIELD[field] ?? `${field} ${e.message ?? 'is not valid'}`)];
}
function validatePolicy(raw) {
    const errors = [];
    const text = JSON.stringify(raw ?? null);
    const done = () => ({ ok: errors.length === 0, errors, policy: errors.length === 0 ? raw : null, text });
    const rules = isObj(raw) && Array.isArray(raw.rules) ? raw.rules : [];
    const where = (i, field) => {
        const rule = rules[i];
        return `rule ${i + 1}${isObj(rule) && isPosInt(rule.rulePriority) ? ` (priority ${rule.rulePriority})` : ''}: ${field}`;
    };
    // the shape, with the schema: policy-level problems first, then rule by rule
    const validate = (0,_schemas_check_js__WEBPACK_IMPORTED_MODULE_0__/* .validatorFor */ .qA)(_schemas_ecr_js__WEBPACK_IMPORTED_MODULE_1__/* .LIFECYCLE_POLICY_SCHEMA */ .m2);
    if (!validate(raw)) {
        const found = (validate.errors ?? []).map((e, n) => ({ n, depth: e.instancePath.split('/').length, at: schemaMessage(e, rules, where) }));
        found.sort((a, b) => (a.at[0] ?? -1) - (b.at[0] ?? -1) || a.depth - b.depth || a.n - b.n);
        for (const f of found)
            if (!errors.includes(f.at[1]))
                errors.push(f.at[1]);
    }
    if (rules.length === 0)
        return done();
    if (text.length < MIN_TEXT || text.length > MAX_TEXT)
        errors.push(`policy: the policy text is ${text.length} characters; ECR accepts ${MIN_TEXT} to ${MAX_TEXT}`);
    // the rules ECR checks across fields
    const priorities = new Map();
    let anyPriority = null;
    for (const [i, rule] of rules.entries()) {
        if (!isObj(rule))
            continue;
        if (isPosInt(rule.rulePriority))
            priorities.set(rule.rulePriority, (priorities.get(rule.rulePriority) ?? 0) + 1);
        const sel = rule.selection;
        if (isObj(sel)) {
            const status = sel.tagStatus;
            const hasPrefix = sel.tagPrefixList !== undefined;
            const hasPattern = sel.tagPatternList !== undefined;
            if (status === 'tagged' && !hasPrefix && !hasPattern)
                errors.push(where(i, 'selection: a tagged rule needs tagPrefixList or tagPatternList'));
            if ((status === 'untagged' || status === 'any') && (hasPrefix || hasPattern))
                errors.push(where(i, `selection: a ${status} rule must not have tagPrefixList or tagPatternList`));
            if (hasPrefix && hasPattern)
                errors.push(where(i, 'selection: use tagPrefixList or tagPatternList, not both'));
            if (Array.isArray(sel.tagPatternList)) {
                for (const p of sel.tagPatternList)
                    if (typeof p === 'string' && (p.match(/\*/g) ?? []).length > 4)
                        errors.push(where(i, `selection.tagPatternList: "${p}" has more than four * wildcards`));
            }
            const ct = typeof sel.countType === 'string' ? sel.countType : '';
            if (ct === 'imageCountMoreThan' && sel.countUnit !== undefined)
                errors.push(where(i, 'selection.countUnit must be omitted with imageCountMoreThan'));
            if (ct.startsWith('since') && COUNT_TYPES.includes(ct) && sel.countUnit === undefined)
                errors.push(where(i, `selection.countUnit must be "days" with ${ct}`));
            if (ct === 'sinceImageTransitioned' && sel.storageClass !== 'archive')
                errors.push(where(i, 'selection: sinceImageTransitioned needs storageClass "archive"'));
            if (status === 'any')
                anyPriority = isPosInt(rule.rulePriority) ? rule.rulePriority : anyPriority;
        }
        const act = rule.action;
        if (isObj(act)) {
            if (act.type === 'transition' && act.targetStorageClass === undefined)
                errors.push(where(i, 'action: transition needs targetStorageClass "archive"'));
            if (act.type === 'expire' && act.targetStorageClass !== undefined)
                errors.push(where(i, 'action: targetStorageClass is only for transition'));
            if (act.type === 'transition' && isObj(sel) && sel.storageClass === 'archive')
                errors.push(where(i, 'action: archived images cannot be transitioned again; use expire for storageClass "archive"'));
            if (act.type === 'transition' && isObj(sel) && sel.countType === 'sinceImageTransitioned')
                errors.push(where(i, 'action: sinceImageTransitioned selects archived images, which can only expire'));
        }
    }
    for (const [p, n] of priorities)
        if (n > 1)
            errors.push(`policy.rules: rulePriority ${p} is used by ${n} rules; priorities must be unique`);
    if (anyPriority !== null) {
        const highest = Math.max(...priorities.keys());
        const anyCount = rules.filter((r) => isObj(r) && isObj(r.selection) && r.selection.tagStatus === 'any').length;
        if (anyPriority !== highest || anyCount > 1)
            errors.push(`rule with tagStatus "any" (priority ${anyPriority}): must be the only one and have the highest rulePriority (highest is ${highest})`);
    }
    return done();
}


/***/ }),

/***/ 82245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ checkAwsRegion)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
// AWS region codes (us-east-1, eu-central-2, us-gov-west-1, cn-north-1), for the inputs that take one.

const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
function checkAwsRegion(input, region) {
    if (region && !AWS_REGION.test(region))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `"${region}" is not an AWS region`, 'write a region code such as us-east-1 or eu-west-1 (lowercase)');
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

/***/ 88150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m2: () => (/* binding */ LIFECYCLE_POLICY_SCHEMA),
/* harmony export */   n6: () => (/* binding */ parseDescribeImages)
/* harmony export */ });
/* unused harmony export DESCRIBE_IMAGES_SCHEMA */
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44936);

const nonEmptyStrings = { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } };
const LIFECYCLE_POLICY_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Amazon ECR lifecycle policy',
    type: 'object',
    required: ['rules'],
    additionalProperties: false,
    properties: {
        rules: {
            type: 'array',
            minItems: 1,
            maxItems: 50,
            items: {
                type: 'object',
                required: ['rulePriority', 'selection', 'action'],
                additionalProperties: false,
                properties: {
                    rulePriority: { type: 'integer', minimum: 1 },
                    description: { type: 'string' },
                    selection: {
                        type: 'object',
                        required: ['tagStatus', 'countType', 'countNumber'],
                        additionalProperties: false,
                        properties: {
                            tagStatus: { enum: ['tagged', 'untagged', 'any'] },
                            tagPrefixList: nonEmptyStrings,
                            tagPatternList: nonEmptyStrings,
                            storageClass: { enum: ['standard', 'archive'] },
                            countType: { enum: ['imageCountMoreThan', 'sinceImagePushed', 'sinceImagePulled', 'sinceImageTransitioned'] },
                            countUnit: { const: 'days' },
                            countNumber: { type: 'integer', minimum: 1 }
                        }
                    },
                    action: {
                        type: 'object',
                        required: ['type'],
                        additionalProperties: false,
                        properties: {
                            type: { enum: ['expire', 'transition'] },
                            targetStorageClass: { const: 'archive' }
                        }
                    }
                }
            }
        }
    }
};
/** A time as the AWS CLI prints it: ISO 8601 (v2), or seconds since the epoch (v1). */
const time = { type: ['string', 'number'] };
const IMAGE_DETAIL = {
    type: 'object',
    required: ['imageDigest'],
    properties: {
        imageDigest: { type: 'string', pattern: '^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$' },
        imageTags: { type: 'array', items: { type: 'string' } },
        imagePushedAt: time,
        imageSizeInBytes: { type: 'number', minimum: 0 },
        imageManifestMediaType: { type: 'string' },
        lastRecordedPullTime: time,
        lastArchivedAt: time,
        imageStatus: { type: 'string' },
        childDigests: { type: 'array', items: { type: 'string' } }
    }
};
const DESCRIBE_IMAGES_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'ECR DescribeImages output: the imageDetails list, or the whole response',
    anyOf: [
        { type: 'array', items: IMAGE_DETAIL },
        { type: 'object', required: ['imageDetails'], properties: { imageDetails: { type: 'array', items: IMAGE_DETAIL } } }
    ]
};
const asTime = (t) => (typeof t === 'number' ? new Date(t * 1000) : t);
/** DescribeImages output as images to evaluate; an image without a push time counts as pushed at the epoch (oldest). */
function parseDescribeImages(data, source) {
    const raw = (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .checkJson */ .Zs)(DESCRIBE_IMAGES_SCHEMA, data, source);
    const list = Array.isArray(raw) ? raw : raw.imageDetails;
    return list.map((d) => ({
        ...d,
        imagePushedAt: asTime(d.imagePushedAt) ?? new Date(0),
        lastRecordedPullTime: asTime(d.lastRecordedPullTime),
        lastArchivedAt: asTime(d.lastArchivedAt)
    }));
}


/***/ })

};

//# sourceMappingURL=501.index.js.map