export const id = 578;
export const ids = [578];
export const modules = {

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

/***/ 67087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ RuleError),
/* harmony export */   Pf: () => (/* binding */ fieldsOf),
/* harmony export */   tt: () => (/* binding */ DEFAULT_FLAVOR),
/* harmony export */   wp: () => (/* binding */ parseFlavor)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25175);
// The `flavor` input, in docker/metadata-action's syntax: latest=auto|true|false,
// prefix=P[,onlatest=true], suffix=S[,onlatest=true]. Pure; a bad entry is a RuleError
// the caller turns into an InputError naming its input.

const DEFAULT_FLAVOR = { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false };
/** What was wrong with one entry of a rule input, and what to write instead. */
class RuleError extends Error {
    problem;
    fix;
    constructor(problem, fix) {
        super(`${problem}; ${fix}`);
        this.problem = problem;
        this.fix = fix;
        this.name = 'RuleError';
    }
}
/** The comma-separated fields of one line, with CSV quoting (`"pattern=a,b",group=1`). */
function fieldsOf(line) {
    try {
        const records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(line, { relax_column_count: true, skip_empty_lines: true, relax_quotes: true });
        return records[0] ?? [];
    }
    catch (e) {
        throw new RuleError(`cannot be read as comma-separated fields (${e.message})`, 'quote a field that holds commas or quotes: "pattern=a,b"');
    }
}
function parseFlavor(lines) {
    const flavor = { ...DEFAULT_FLAVOR };
    for (const line of lines) {
        let onLatestFor = '';
        for (const field of fieldsOf(line)) {
            const parts = field.split('=').map((p) => p.trim());
            if (parts.length === 1)
                throw new RuleError(`"${field}" is not key=value`, 'write latest=auto|true|false, prefix=P or suffix=S (with onlatest=true to apply them to latest)');
            const key = parts[0].toLowerCase();
            const value = parts[1];
            switch (key) {
                case 'latest':
                    if (value !== 'auto' && value !== 'true' && value !== 'false')
                        throw new RuleError(`latest=${value} is not a latest flavor`, 'write latest=auto, latest=true or latest=false');
                    flavor.latest = value;
                    break;
                case 'prefix':
                    flavor.prefix = value;
                    onLatestFor = 'prefix';
                    break;
                case 'suffix':
                    flavor.suffix = value;
                    onLatestFor = 'suffix';
                    break;
                case 'onlatest':
                    if (value !== 'true' && value !== 'false')
                        throw new RuleError(`onlatest=${value} is not a boolean`, 'write onlatest=true or onlatest=false after prefix= or suffix=');
                    if (onLatestFor === 'prefix')
                        flavor.prefixLatest = value === 'true';
                    if (onLatestFor === 'suffix')
                        flavor.suffixLatest = value === 'true';
                    break;
                default:
                    throw new RuleError(`unknown flavor "${parts[0]}"`, 'write latest=auto|true|false, prefix=P or suffix=S (with onlatest=true to apply them to latest)');
            }
        }
    }
    return flavor;
}


/***/ }),

/***/ 74725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ workflowRunUrl),
/* harmony export */   Ek: () => (/* binding */ repositoryUrl),
/* harmony export */   GM: () => (/* binding */ shortShaLengthFromEnv),
/* harmony export */   Vc: () => (/* binding */ gitContextFromEnv),
/* harmony export */   W0: () => (/* binding */ branchOf),
/* harmony export */   ok: () => (/* binding */ isDefaultBranch),
/* harmony export */   r0: () => (/* binding */ isPullRequest),
/* harmony export */   yu: () => (/* binding */ repoMetaFromApi)
/* harmony export */ });
// The git/CI facts tags, labels and cache scopes are computed from. Pure: built from the
// environment and the event payload; the shell reads GITHUB_EVENT_PATH or asks git.
/** The repository metadata a payload carries (a full repository object has name and html_url). */
function repoMetaFromApi(r) {
    if (!r?.name || !r.html_url)
        return undefined;
    return {
        name: r.name,
        description: r.description ?? null,
        htmlUrl: r.html_url,
        license: r.license?.spdx_id ?? null,
        defaultBranch: r.default_branch ?? null
    };
}
/** DOCKER_METADATA_SHORT_SHA_LENGTH as a number; undefined when unset; NaN when not a number. */
function shortShaLengthFromEnv(env) {
    const raw = env.DOCKER_METADATA_SHORT_SHA_LENGTH;
    return raw ? Number(raw) : undefined;
}
/**
 * Events GitHub runs on the default branch's last commit, so the ref's branch is the
 * default branch even when the payload does not say (a schedule payload is only
 * `{"schedule": "..."}`). docker/metadata-action's {{is_default_branch}} is true on these
 * (and on `create`, which we leave out: a created branch is not the default branch).
 */
const ON_DEFAULT_BRANCH = new Set(['schedule', 'issues', 'discussion', 'discussion_comment']);
function gitContextFromEnv(env, payload = {}) {
    const eventName = env.GITHUB_EVENT_NAME ?? 'local';
    const envRef = env.GITHUB_REF ?? '';
    const prFromRef = /^refs\/pull\/(\d+)\//.exec(envRef);
    const prNumber = payload.pull_request?.number ?? payload.number ?? (prFromRef ? Number(prFromRef[1]) : null);
    // pull_request_target runs in the base branch's context (GITHUB_REF/GITHUB_SHA are the base
    // branch's); metadata-action tags it as the PR: ref refs/pull/<number>/merge, sha unchanged
    const ref = eventName === 'pull_request_target' && prNumber !== null ? `refs/pull/${prNumber}/merge` : envRef;
    const sha = env.GITHUB_SHA ?? '';
    const headSha = payload.pull_request?.head?.sha;
    const tagSha = /true/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? '') && eventName.startsWith('pull_request') && headSha ? headSha : undefined;
    const envBranch = envRef.startsWith('refs/heads/') ? envRef.slice('refs/heads/'.length) : null;
    // metadata-action's commit date: the push payload's commit of that sha (else the shell asks the API)
    const namedSha = tagSha ?? sha;
    const commitDate = payload.commits?.find((c) => c.id === namedSha)?.timestamp ?? (payload.head_commit?.id === namedSha ? payload.head_commit.timestamp : undefined);
    const shortShaLength = shortShaLengthFromEnv(env);
    const repoMeta = repoMetaFromApi(payload.repository);
    return {
        eventName,
        ref,
        sha,
        ...(tagSha ? { tagSha } : {}),
        defaultBranch: payload.repository?.default_branch ?? (ON_DEFAULT_BRANCH.has(eventName) ? envBranch : null),
        baseRef: env.GITHUB_BASE_REF || payload.pull_request?.base?.ref || null,
        headRef: env.GITHUB_HEAD_REF || payload.pull_request?.head?.ref || null,
        prNumber: prNumber ?? null,
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        repository: env.GITHUB_REPOSITORY || null,
        runId: env.GITHUB_RUN_ID || null,
        runAttempt: env.GITHUB_RUN_ATTEMPT || null,
        repoPrivate: payload.repository?.private ?? false,
        ...(commitDate ? { commitDate } : {}),
        ...(payload.base_ref ? { tagBaseRef: payload.base_ref } : {}),
        ...(shortShaLength !== undefined && !isNaN(shortShaLength) ? { shortShaLength } : {}),
        ...(repoMeta ? { repoMeta } : {})
    };
}
function branchOf(ctx) {
    return ctx.ref.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : null;
}
function isDefaultBranch(ctx) {
    const b = branchOf(ctx);
    return b !== null && ctx.defaultBranch !== null && b === ctx.defaultBranch && !isPullRequest(ctx);
}
function isPullRequest(ctx) {
    return ctx.ref.startsWith('refs/pull/') || ctx.eventName.startsWith('pull_request');
}
/** Source URL of the repository, for OCI labels and Dockerfile line links. */
function repositoryUrl(ctx) {
    return ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : null;
}
function workflowRunUrl(ctx) {
    if (!ctx.repository || !ctx.runId)
        return null;
    return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}${ctx.runAttempt ? `/attempts/${ctx.runAttempt}` : ''}`;
}


/***/ }),

/***/ 75774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FT: () => (/* binding */ computeMetadata),
/* harmony export */   Kr: () => (/* binding */ annotationLevelsFromEnv),
/* harmony export */   MP: () => (/* binding */ parseFlavorInput),
/* harmony export */   YE: () => (/* binding */ metadataJson),
/* harmony export */   v2: () => (/* binding */ givenMetadata)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _flavor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67087);
/* harmony import */ var _tag_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9108);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49458);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77909);
// Tags, labels and annotations as docker/metadata-action outputs them (version, tags,
// tag-names, labels, annotations, json), for the default tag set (src/plan/tags.ts) or
// for `tag-rules` + `flavor` (src/plan/tag-rules.ts). Pure.





/** The annotation levels metadata-action reads from DOCKER_METADATA_ANNOTATIONS_LEVELS. */
function annotationLevelsFromEnv(env) {
    return (env.DOCKER_METADATA_ANNOTATIONS_LEVELS || 'manifest').split(',');
}
/** The `flavor` input parsed, or an InputError naming the input and the line. */
function parseFlavorInput(lines, input = 'flavor') {
    let k = 0;
    try {
        for (k = 0; k < lines.length; k++)
            (0,_flavor_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlavor */ .wp)([lines[k]]);
        return (0,_flavor_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlavor */ .wp)(lines);
    }
    catch (e) {
        if (e instanceof _flavor_js__WEBPACK_IMPORTED_MODULE_1__/* .RuleError */ .FB)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `line ${k + 1} "${lines[k]}": ${e.problem}`, e.fix);
        throw e;
    }
}
/** key=value entries merged by key (the last wins), entries without `=` dropped, sorted by key as metadata-action sorts them. */
function mergeByKey(entries) {
    const map = new Map();
    for (const e of entries) {
        const [key, ...values] = e.split('=');
        if (values.length === 0)
            continue;
        map.set(key, values.join('='));
    }
    return [...map.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`);
}
function computeMetadata(m) {
    const n = { tagRules: 'tag-rules', flavor: 'flavor', tagPrefix: 'tag-prefix', ...m.names };
    const withLevels = (entries) => m.annotationLevels.flatMap((level) => entries.map((a) => `${level}:${a}`));
    const imageTags = (names) => (m.images.length === 0 ? [...names] : m.images.flatMap((img) => names.map((t) => `${img}:${t}`)));
    if (m.tagRules.length === 0) {
        if (m.flavor.length > 0) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(n.flavor, 'applies to tag-rules, and tag-rules is empty', `set ${n.tagRules} too (the default set as rules: type=semver,pattern={{version}}, type=ref,event=branch, type=ref,event=pr, type=sha, ...), or remove ${n.flavor}`);
        }
        const { names, version } = (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .computeTagNames */ .ME)(m.ctx, m.tagPrefix);
        const userKeys = new Set(m.labels.map((l) => l.split('=')[0]));
        const oci = (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .ociLabels */ .TT)(m.ctx, version, m.now);
        return {
            mode: 'default',
            version,
            tags: imageTags(names),
            tagNames: names,
            labels: [...oci.filter((l) => !userKeys.has(l.split('=')[0])), ...m.labels],
            annotations: withLevels(oci),
            warnings: []
        };
    }
    if (m.tagPrefix) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(n.tagPrefix, 'applies to the default tag set, and tag-rules is set', `write the prefix in ${n.flavor} (prefix=${m.tagPrefix},onlatest=true) or on a rule (prefix=${m.tagPrefix})`);
    }
    const rules = (0,_tag_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTagRules */ .hh)(m.tagRules, n.tagRules);
    const flavor = m.flavor.length > 0 ? parseFlavorInput(m.flavor, n.flavor) : _flavor_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_FLAVOR */ .tt;
    const env = {
        ctx: m.ctx,
        flavor,
        now: m.now,
        shortShaLength: m.ctx.shortShaLength,
        defaultBranch: m.ctx.repoMeta?.defaultBranch ?? m.ctx.defaultBranch
    };
    let evaluated;
    try {
        evaluated = (0,_tag_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateTagRules */ .vN)(rules, env);
    }
    catch (e) {
        if (e instanceof _tag_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RuleEvalError */ .PH)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(n.tagRules, `line ${e.rule.line} "${e.rule.source}": ${e.problem}`, e.fix);
        throw e;
    }
    const { version, warnings } = evaluated;
    const names = (0,_tag_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .tagNamesOf */ .yE)(version, flavor);
    if (names.length === 0)
        warnings.push(`No tag was computed for ${m.ctx.ref || 'this context'}: check ${n.tagRules}`);
    // labels and annotations: the OCI set, then the inputs' entries with their templates evaluated
    const global = (0,_tag_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .globalTemplateContext */ .bK)(env);
    const templated = (input, entries) => entries.map((e) => {
        try {
            return (0,_template_js__WEBPACK_IMPORTED_MODULE_4__/* .renderTemplate */ .Xm)(e, global);
        }
        catch (err) {
            if (err instanceof _template_js__WEBPACK_IMPORTED_MODULE_4__/* .TemplateError */ .$w)
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `"${e}": ${err.message}`, "write templates as {{branch}}, {{sha}}, {{date 'YYYYMMDD'}}");
            throw err;
        }
    });
    const oci = Object.entries((0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .ociAnnotationSet */ .zx)(m.ctx, version.main, m.now)).map(([k, v]) => `${k}=${v}`);
    return {
        mode: 'rules',
        version: version.main,
        tags: imageTags(names),
        tagNames: names,
        labels: mergeByKey([...oci, ...templated('labels', m.labels)]),
        annotations: withLevels(mergeByKey([...oci, ...templated('annotations', m.annotations)])),
        warnings
    };
}
/** Metadata for tags given as they are (`tags` input): nothing computed. */
function givenMetadata(tags, labels, annotations) {
    const names = [...new Set(tags.map((t) => t.slice(t.lastIndexOf(':') > t.lastIndexOf('/') ? t.lastIndexOf(':') + 1 : t.length)).filter((x) => x !== ''))];
    return { mode: 'default', version: null, tags, tagNames: names, labels, annotations, warnings: [] };
}
/** metadata-action's `json` output: {tags, tag-names, labels: {key: value}, annotations}. */
function metadataJson(md) {
    const labels = {};
    for (const l of md.labels) {
        const match = /([^=]*)=(.*)/.exec(l);
        if (match)
            labels[match[1]] = match[2];
    }
    return { tags: md.tags, 'tag-names': md.tagNames, labels, annotations: md.annotations };
}


/***/ }),

/***/ 9108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PH: () => (/* binding */ RuleEvalError),
  xA: () => (/* binding */ enabledImageNames),
  vN: () => (/* binding */ evaluateTagRules),
  bK: () => (/* binding */ globalTemplateContext),
  eb: () => (/* binding */ parseImages),
  hh: () => (/* binding */ parseTagRules),
  yE: () => (/* binding */ tagNamesOf)
});

// UNUSED EXPORTS: DEFAULT_PRIORITIES, RULE_TYPES, parseTagRule

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(68898);
// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __webpack_require__(16353);
var parse_default = /*#__PURE__*/__webpack_require__.n(parse);
// EXTERNAL MODULE: ./node_modules/semver/functions/prerelease.js
var prerelease = __webpack_require__(15714);
var prerelease_default = /*#__PURE__*/__webpack_require__.n(prerelease);
// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __webpack_require__(58780);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
;// CONCATENATED MODULE: ./src/plan/date-format.ts
// Dates in tag templates ({{date 'YYYYMMDD' tz='Asia/Tokyo'}}, {{commit_date ...}}), formatted
// with moment's format tokens as docker/metadata-action formats them (moment-timezone), without
// moment: the zone's offset comes from Intl (the runtime's IANA database), and the tokens are
// read with moment's own token grammar. Pure: the instant is always passed in.
class DateFormatError extends Error {
}
/** Offset of `zone` from UTC at `at`, in minutes (Asia/Tokyo → 540). Throws on an unknown zone. */
function zoneOffsetMinutes(at, zone) {
    if (zone === 'UTC' || zone === 'Etc/UTC')
        return 0;
    let dtf;
    try {
        dtf = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric'
        });
    }
    catch {
        throw new DateFormatError(`unknown time zone "${zone}"`);
    }
    const p = {};
    for (const part of dtf.formatToParts(at))
        if (part.type !== 'literal')
            p[part.type] = Number(part.value);
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
    return Math.round((asUtc - (at.getTime() - at.getUTCMilliseconds())) / 60000);
}
function zoneAbbreviation(at, zone) {
    if (zone === 'UTC' || zone === 'Etc/UTC')
        return 'UTC';
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(at).find((x) => x.type === 'timeZoneName');
    return part?.value ?? '';
}
const pad = (n, width) => {
    const s = String(Math.abs(n)).padStart(width, '0');
    return n < 0 ? `-${s}` : s;
};
function ordinal(n) {
    const b = n % 10;
    const suffix = Math.floor((n % 100) / 10) === 1 ? 'th' : b === 1 ? 'st' : b === 2 ? 'nd' : b === 3 ? 'rd' : 'th';
    return `${n}${suffix}`;
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Day of the year, 1-based, of a date read in UTC fields. */
function dayOfYear(d) {
    return Math.round((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
}
/** moment's weekOfYear: weeks start on `dow`, week 1 holds January `7 + dow - doy`. */
function weekOfYear(d, dow, doy) {
    const firstDay = (y) => {
        const fwd = 7 + dow - doy; // first-week day, as a date in January
        const fwdlw = (7 + new Date(Date.UTC(y, 0, fwd)).getUTCDay() - dow) % 7;
        return -fwdlw + fwd - 1; // day-of-year offset of week 1's start
    };
    const weeksInYear = (y) => {
        const daysInYear = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365;
        return (daysInYear - firstDay(y) + firstDay(y + 1)) / 7;
    };
    const y = d.getUTCFullYear();
    const week = Math.floor((dayOfYear(d) - firstDay(y) - 1) / 7) + 1;
    if (week < 1)
        return { week: week + weeksInYear(y - 1), year: y - 1 };
    if (week > weeksInYear(y))
        return { week: week - weeksInYear(y), year: y + 1 };
    return { week, year: y };
}
// moment's formatting-token grammar (moment/src/lib/format/format.js), longest token first
const TOKENS = /(\[[^[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;
/**
 * `format` with moment's tokens (YYYY MM DD HH mm ss SSS Z [literal] ...) for the instant `at`
 * seen in `zone` (default UTC). An undefined format is moment's default: YYYY-MM-DDTHH:mm:ss[Z]
 * in UTC, YYYY-MM-DDTHH:mm:ssZ elsewhere.
 */
function formatDate(at, format, zone = 'UTC') {
    const offset = zoneOffsetMinutes(at, zone);
    const fmt = format === undefined || format === '' ? (offset === 0 ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ') : format;
    const d = new Date(at.getTime() + offset * 60000); // read with getUTC*: the wall clock in `zone`
    const Y = d.getUTCFullYear();
    const M = d.getUTCMonth();
    const D = d.getUTCDate();
    const H = d.getUTCHours();
    const m = d.getUTCMinutes();
    const s = d.getUTCSeconds();
    const ms = d.getUTCMilliseconds();
    const wd = d.getUTCDay();
    const h12 = H % 12 || 12;
    const zone2 = (sep) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60), 2)}${sep}${pad(Math.abs(offset) % 60, 2)}`;
    const locale = () => weekOfYear(d, 0, 6); // moment's default (en) locale: weeks start on Sunday
    const iso = () => weekOfYear(d, 1, 4);
    const fns = {
        M: () => String(M + 1),
        Mo: () => ordinal(M + 1),
        MM: () => pad(M + 1, 2),
        MMM: () => MONTHS[M].slice(0, 3),
        MMMM: () => MONTHS[M],
        Q: () => String(Math.floor(M / 3) + 1),
        Qo: () => ordinal(Math.floor(M / 3) + 1),
        D: () => String(D),
        Do: () => ordinal(D),
        DD: () => pad(D, 2),
        DDD: () => String(dayOfYear(d)),
        DDDo: () => ordinal(dayOfYear(d)),
        DDDD: () => pad(dayOfYear(d), 3),
        d: () => String(wd),
        do: () => ordinal(wd),
        dd: () => DAYS[wd].slice(0, 2),
        ddd: () => DAYS[wd].slice(0, 3),
        dddd: () => DAYS[wd],
        e: () => String(wd),
        E: () => String(wd || 7),
        w: () => String(locale().week),
        wo: () => ordinal(locale().week),
        ww: () => pad(locale().week, 2),
        W: () => String(iso().week),
        Wo: () => ordinal(iso().week),
        WW: () => pad(iso().week, 2),
        gg: () => pad(locale().year % 100, 2),
        gggg: () => pad(locale().year, 4),
        ggggg: () => pad(locale().year, 5),
        GG: () => pad(iso().year % 100, 2),
        GGGG: () => pad(iso().year, 4),
        GGGGG: () => pad(iso().year, 5),
        Y: () => (Y <= 9999 ? pad(Y, 4) : `+${Y}`),
        YY: () => pad(Y % 100, 2),
        YYYY: () => pad(Y, 4),
        YYYYY: () => pad(Y, 5),
        YYYYYY: () => (Y < 0 ? '-' : '+') + pad(Math.abs(Y), 6),
        a: () => (H < 12 ? 'am' : 'pm'),
        A: () => (H < 12 ? 'AM' : 'PM'),
        H: () => String(H),
        HH: () => pad(H, 2),
        h: () => String(h12),
        hh: () => pad(h12, 2),
        k: () => String(H || 24),
        kk: () => pad(H || 24, 2),
        m: () => String(m),
        mm: () => pad(m, 2),
        s: () => String(s),
        ss: () => pad(s, 2),
        hmm: () => `${h12}${pad(m, 2)}`,
        hmmss: () => `${h12}${pad(m, 2)}${pad(s, 2)}`,
        Hmm: () => `${H}${pad(m, 2)}`,
        Hmmss: () => `${H}${pad(m, 2)}${pad(s, 2)}`,
        x: () => String(at.getTime()),
        X: () => String(Math.floor(at.getTime() / 1000)),
        Z: () => zone2(':'),
        ZZ: () => zone2(''),
        z: () => zoneAbbreviation(at, zone),
        zz: () => zoneAbbreviation(at, zone)
    };
    return fmt.replace(TOKENS, (_match, bracket, escaped, token) => {
        if (bracket)
            return bracket.slice(1, -1);
        if (escaped)
            return token;
        if (/^S{1,9}$/.test(token))
            return pad(ms, 3).padEnd(9, '0').slice(0, token.length);
        const fn = fns[token];
        return fn ? fn() : token;
    });
}

// EXTERNAL MODULE: ./src/plan/flavor.ts
var flavor = __webpack_require__(67087);
// EXTERNAL MODULE: ./src/plan/git-context.ts
var git_context = __webpack_require__(74725);
// EXTERNAL MODULE: ./src/plan/template.ts
var template = __webpack_require__(77909);
// EXTERNAL MODULE: ./src/plan/tags.ts
var tags = __webpack_require__(49458);
;// CONCATENATED MODULE: ./src/plan/tag-rules.ts
// Tag rules in docker/metadata-action's `tags` syntax (our `tag-rules` input), its `images`
// attributes, and their evaluation against the git context: the version (main tag), the
// other tags, and whether `latest` is added, as metadata-action computes them. Pure: the
// clock, the commit date and the short sha length come in with the context.
//
//   type=schedule[,pattern=nightly]          type=semver|pep440,pattern=..[,value=..][,match=..]
//   type=match,pattern=..[,group=0][,value=] type=edge[,branch=<default branch>]
//   type=ref,event=branch|tag|pr             type=raw,value=.. (or a bare value)
//   type=sha[,format=short|long][,prefix=sha-]
// and on every rule enable=, priority=, prefix=, suffix=.










const RULE_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'];
const DEFAULT_PRIORITIES = {
    schedule: '1000',
    semver: '900',
    pep440: '900',
    match: '800',
    edge: '700',
    ref: '600',
    raw: '200',
    sha: '100'
};
const COMMON_ATTRS = ['type', 'enable', 'priority', 'prefix', 'suffix'];
const TYPE_ATTRS = {
    schedule: ['pattern'],
    semver: ['pattern', 'value', 'match'],
    pep440: ['pattern', 'value', 'match'],
    match: ['pattern', 'group', 'value'],
    edge: ['branch'],
    ref: ['event'],
    raw: ['value'],
    sha: ['format']
};
const TYPES_HELP = `write type=schedule, semver, pep440, match, edge, ref, raw or sha (e.g. type=semver,pattern={{version}})`;
function has(attrs, key) {
    return Object.prototype.hasOwnProperty.call(attrs, key);
}
function checkTemplate(attr, value) {
    try {
        (0,template/* parseTemplate */.QC)(value);
    }
    catch (e) {
        throw new flavor/* RuleError */.FB(`${attr}=${value} is not a valid template (${e.message})`, "write templates as {{branch}}, {{tag}}, {{sha}}, {{date 'YYYYMMDD'}}");
    }
}
/** One rule line; throws RuleError (what is wrong, what to write). */
function parseTagRule(line) {
    const attrs = {};
    let type;
    for (const field of (0,flavor/* fieldsOf */.Pf)(line)) {
        // split at the first `=` that follows at least one character
        const eq = field.indexOf('=', 1);
        const parts = eq < 0 ? [field.trim()] : [field.slice(0, eq).trim(), field.slice(eq + 1).trim()];
        if (parts.length === 1) {
            attrs.value = parts[0];
            continue;
        }
        const key = parts[0].toLowerCase();
        if (key === 'type') {
            if (!RULE_TYPES.includes(parts[1]))
                throw new flavor/* RuleError */.FB(`unknown type "${parts[1]}"`, TYPES_HELP);
            type = parts[1];
        }
        else {
            attrs[key] = parts[1];
        }
    }
    const t = type ?? 'raw';
    const known = [...COMMON_ATTRS, ...TYPE_ATTRS[t]];
    for (const key of Object.keys(attrs)) {
        if (!known.includes(key)) {
            throw new flavor/* RuleError */.FB(`type=${t} has no attribute "${key}"`, `write ${known
                .filter((k) => k !== 'type')
                .map((k) => `${k}=`)
                .join(', ')}`);
        }
    }
    switch (t) {
        case 'schedule':
            if (!has(attrs, 'pattern'))
                attrs.pattern = 'nightly';
            break;
        case 'semver':
        case 'pep440':
            if (!has(attrs, 'pattern'))
                throw new flavor/* RuleError */.FB(`type=${t} needs a pattern`, `write type=${t},pattern={{version}} (or {{major}}.{{minor}}, {{major}}, {{raw}})`);
            if (!has(attrs, 'value'))
                attrs.value = '';
            if (!has(attrs, 'match'))
                attrs.match = '';
            if (attrs.match)
                checkRegExp('match', attrs.match);
            break;
        case 'match':
            if (!has(attrs, 'pattern'))
                throw new flavor/* RuleError */.FB('type=match needs a pattern', 'write type=match,pattern=v(\\d.\\d),group=1 (a regular expression and the group to keep)');
            if (!has(attrs, 'group'))
                attrs.group = '0';
            if (attrs.group.trim() === '' || isNaN(Number(attrs.group)))
                throw new flavor/* RuleError */.FB(`group=${attrs.group} is not a number`, 'write group=0 for the whole match, group=1 for the first group, ...');
            if (!has(attrs, 'value'))
                attrs.value = '';
            checkRegExp('pattern', attrs.pattern);
            break;
        case 'edge':
            if (!has(attrs, 'branch'))
                attrs.branch = '';
            break;
        case 'ref':
            if (!has(attrs, 'event'))
                throw new flavor/* RuleError */.FB('type=ref needs an event', 'write type=ref,event=branch, type=ref,event=tag or type=ref,event=pr');
            if (!['branch', 'tag', 'pr'].includes(attrs.event))
                throw new flavor/* RuleError */.FB(`event=${attrs.event} is not a ref event`, 'write event=branch, event=tag or event=pr');
            if (attrs.event === 'pr' && !has(attrs, 'prefix'))
                attrs.prefix = 'pr-';
            break;
        case 'raw':
            if (!has(attrs, 'value'))
                throw new flavor/* RuleError */.FB('type=raw needs a value', 'write type=raw,value=<tag> (templates allowed: value={{branch}}-{{sha}})');
            break;
        case 'sha':
            if (!has(attrs, 'prefix'))
                attrs.prefix = 'sha-';
            if (!has(attrs, 'format'))
                attrs.format = 'short';
            if (!['short', 'long'].includes(attrs.format))
                throw new flavor/* RuleError */.FB(`format=${attrs.format} is not a sha format`, 'write format=short or format=long');
            break;
    }
    if (!has(attrs, 'enable'))
        attrs.enable = 'true';
    if (!has(attrs, 'priority'))
        attrs.priority = DEFAULT_PRIORITIES[t];
    if (!/^-?\d+$/.test(attrs.priority.trim()))
        throw new flavor/* RuleError */.FB(`priority=${attrs.priority} is not a number`, `write an integer (type=${t} defaults to ${DEFAULT_PRIORITIES[t]}; higher comes first)`);
    for (const key of ['enable', 'prefix', 'suffix', 'value', ...(t === 'schedule' || t === 'semver' || t === 'pep440' ? ['pattern'] : [])]) {
        if (has(attrs, key))
            checkTemplate(key, attrs[key]);
    }
    return { type: t, attrs };
}
function checkRegExp(attr, source) {
    const slashed = /^\/(.+)\/(.*)$/.exec(source);
    try {
        if (slashed && attr === 'pattern')
            new RegExp(slashed[1], slashed[2]);
        else
            new RegExp(source);
    }
    catch (e) {
        throw new flavor/* RuleError */.FB(`${attr}=${source} is not a regular expression (${e.message})`, 'write a JavaScript regular expression, quoting the field when it holds a comma: "pattern=\\d{1,3}"');
    }
}
/** Every rule of an input, sorted by priority (highest first; equal priorities keep their order). */
function parseTagRules(lines, input = 'tag-rules') {
    const rules = lines.map((line, k) => {
        try {
            return { ...parseTagRule(line), line: k + 1, source: line };
        }
        catch (e) {
            if (e instanceof flavor/* RuleError */.FB)
                throw new errors/* InputError */.d(input, `line ${k + 1} "${line}": ${e.problem}`, e.fix);
            throw e;
        }
    });
    return rules.sort((a, b) => Number(b.attrs.priority) - Number(a.attrs.priority));
}
/**
 * The `images` input with metadata-action's attributes: one image per line as `name=...,enable=...`,
 * or plain names (comma-separated names on a line stay separate images).
 */
function parseImages(lines, input = 'images') {
    const out = [];
    for (const [k, line] of lines.entries()) {
        const bad = (problem, fix) => new errors/* InputError */.d(input, `line ${k + 1} "${line}": ${problem}`, fix);
        let fields;
        try {
            fields = (0,flavor/* fieldsOf */.Pf)(line);
        }
        catch (e) {
            throw bad(e.problem, e.fix);
        }
        const pairs = fields.map((f) => f.split('=').map((p) => p.trim()));
        if (pairs.every((p) => p.length === 1)) {
            for (const [name] of pairs)
                if (name)
                    out.push({ name, enable: true });
            continue;
        }
        const image = { name: '', enable: true };
        let named = false;
        for (const p of pairs) {
            const key = p.length === 1 ? 'name' : p[0].toLowerCase();
            const value = p.length === 1 ? p[0] : p[1];
            if (key === 'name') {
                if (named)
                    throw bad('names the image twice', 'write one image per line: name=<image>,enable=<true|false>');
                image.name = value;
                named = true;
            }
            else if (key === 'enable') {
                if (value !== 'true' && value !== 'false')
                    throw bad(`enable=${value} is not a boolean`, 'write enable=true or enable=false');
                image.enable = value === 'true';
            }
            else {
                throw bad(`unknown image attribute "${p[0]}"`, 'write name=<image>,enable=<true|false>');
            }
        }
        if (image.name === '')
            throw bad('has no image name', 'write name=<image> (e.g. name=ghcr.io/owner/app)');
        out.push(image);
    }
    return out;
}
/** Image names metadata-action tags: the enabled ones, lowercased. */
function enabledImageNames(images) {
    return images.filter((i) => i.enable).map((i) => i.name.toLowerCase());
}
/** What went wrong evaluating a rule: the caller names the input and the line. */
class RuleEvalError extends Error {
    rule;
    problem;
    fix;
    constructor(rule, problem, fix) {
        super(`${problem}; ${fix}`);
        this.rule = rule;
        this.problem = problem;
        this.fix = fix;
    }
}
function dateHelper(at) {
    return (format, options) => {
        let tz = 'UTC';
        for (const [key, value] of Object.entries(options?.hash ?? {})) {
            if (key !== 'tz')
                throw new template/* TemplateError */.$w(`Unknown ${key} attribute`);
            tz = String(value);
        }
        return formatDate(at, typeof format === 'string' ? format : undefined, tz);
    };
}
/** The names every template may use: {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{is_default_branch}}, ... */
function globalTemplateContext(env) {
    const { ctx } = env;
    const sha = ctx.tagSha ?? ctx.sha;
    const commitDate = ctx.commitDate ? new Date(ctx.commitDate) : env.now;
    const isDefault = () => ((0,git_context/* isDefaultBranch */.ok)(ctx) ? 'true' : 'false');
    return {
        branch: () => (ctx.ref.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : ''),
        tag: () => (ctx.ref.startsWith('refs/tags/') ? ctx.ref.slice('refs/tags/'.length) : ''),
        sha: () => (0,tags/* shortSha */.Fu)(sha, env.shortShaLength ?? 7),
        base_ref: () => {
            if (ctx.ref.startsWith('refs/tags/') && ctx.tagBaseRef)
                return ctx.tagBaseRef.replace(/^refs\/heads\//, '');
            if (ctx.ref.startsWith('refs/pull/') && ctx.baseRef)
                return ctx.baseRef;
            return '';
        },
        is_default_branch: isDefault,
        is_not_default_branch: () => (isDefault() === 'false' ? 'true' : 'false'),
        date: dateHelper(env.now),
        commit_date: dateHelper(commitDate)
    };
}
/** Evaluates the rules (sorted by parseTagRules) into metadata-action's version. Warnings as metadata-action logs them. */
function evaluateTagRules(rules, env) {
    const { ctx, flavor } = env;
    const warnings = [];
    const global = globalTemplateContext(env);
    const version = { main: null, partial: [], latest: undefined };
    const sha = ctx.tagSha ?? ctx.sha;
    const isTag = ctx.ref.startsWith('refs/tags/');
    for (const rule of rules) {
        const a = rule.attrs;
        const render = (tpl, c = global) => {
            try {
                return (0,template/* renderTemplate */.Xm)(tpl, c);
            }
            catch (e) {
                if (e instanceof template/* TemplateError */.$w || e instanceof DateFormatError)
                    throw new RuleEvalError(rule, `"${tpl}": ${e.message}`, "write {{date '<format>'}} with only tz='<IANA zone>' (e.g. tz='Asia/Tokyo')");
                throw e;
            }
        };
        const withAffixes = (val) => {
            let v = val;
            if (has(a, 'prefix'))
                v = render(a.prefix) + v;
            else if (flavor.prefix.length > 0)
                v = render(flavor.prefix) + v;
            if (has(a, 'suffix'))
                v = v + render(a.suffix);
            else if (flavor.suffix.length > 0)
                v = v + render(flavor.suffix);
            return v;
        };
        const latestFor = (auto) => (flavor.latest === 'auto' ? auto : flavor.latest === 'true');
        const add = (val, latest) => {
            if (val.length === 0)
                return;
            const t = (0,tags/* sanitizeTag */.iP)(val);
            if (version.main === null)
                version.main = t;
            else if (t !== version.main)
                version.partial.push(t);
            if (version.latest === undefined)
                version.latest = latest;
        };
        /** The version text of semver/pep440/match rules: value= or the git tag, with match= applied. */
        const versionSource = (applyMatch) => {
            if (!isTag && a.value.length === 0)
                return null;
            let raw = a.value.length > 0 ? render(a.value) : ctx.ref.replace(/^refs\/tags\//, '');
            if (applyMatch && a.match.length > 0) {
                const m = raw.match(a.match);
                if (!m)
                    warnings.push(`${a.match} does not match ${raw}.`);
                else
                    raw = m[1];
            }
            return raw;
        };
        const enabled = render(a.enable);
        if (enabled !== 'true' && enabled !== 'false') {
            throw new RuleEvalError(rule, `enable=${a.enable} gives "${enabled}"`, 'write enable=true, enable=false or a template that gives one of them ({{is_default_branch}})');
        }
        if (enabled !== 'true')
            continue;
        switch (rule.type) {
            case 'schedule': {
                if (!/schedule/.test(ctx.eventName))
                    break;
                add(withAffixes(render(a.pattern)), latestFor(false));
                break;
            }
            case 'semver': {
                let raw = versionSource(true);
                if (raw === null)
                    break;
                raw = raw.replace(/\//g, '-');
                if (!valid_default()(raw)) {
                    warnings.push(`${raw} is not a valid semver. More info: https://semver.org/`);
                    break;
                }
                const v = parse_default()(raw, { loose: true });
                const fields = {
                    raw: v.raw,
                    version: v.version,
                    major: v.major,
                    minor: v.minor,
                    patch: v.patch,
                    prerelease: v.prerelease,
                    build: v.build,
                    loose: v.loose
                };
                if (prerelease_default()(raw)) {
                    add(withAffixes(render((0,template/* isRawStatement */.EK)(a.pattern) ? a.pattern : '{{version}}', fields)), latestFor(false));
                }
                else {
                    add(withAffixes(render(a.pattern, fields)), latestFor(true));
                }
                break;
            }
            case 'pep440': {
                let raw = versionSource(true);
                if (raw === null)
                    break;
                raw = raw.replace(/\//g, '-');
                if (!pep440.valid(raw)) {
                    warnings.push(`${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
                    break;
                }
                const v = pep440.explain(raw);
                const vraw = raw;
                if (v && (v.is_prerelease || v.is_postrelease || v.is_devrelease)) {
                    add(withAffixes((0,template/* isRawStatement */.EK)(a.pattern) ? vraw : (pep440.clean(vraw) ?? vraw)), latestFor(false));
                }
                else {
                    const fields = {
                        raw: () => vraw,
                        version: () => pep440.clean(vraw),
                        major: () => pep440.major(vraw),
                        minor: () => pep440.minor(vraw),
                        patch: () => pep440.patch(vraw)
                    };
                    add(withAffixes(render(a.pattern, fields)), latestFor(true));
                }
                break;
            }
            case 'match': {
                const raw = versionSource(false);
                if (raw === null)
                    break;
                const slashed = /^\/(.+)\/(.*)$/.exec(a.pattern);
                const m = slashed ? raw.match(new RegExp(slashed[1], slashed[2])) : raw.match(a.pattern);
                if (!m) {
                    warnings.push(`${a.pattern} does not match ${raw}.`);
                    break;
                }
                const group = m[a.group];
                if (group === undefined) {
                    warnings.push(`Group ${a.group} does not exist for ${a.pattern} pattern.`);
                    break;
                }
                add(withAffixes(group), latestFor(true));
                break;
            }
            case 'ref': {
                if (a.event === 'branch' && ctx.ref.startsWith('refs/heads/'))
                    add(withAffixes(ctx.ref.slice('refs/heads/'.length)), latestFor(false));
                if (a.event === 'tag' && isTag)
                    add(withAffixes(ctx.ref.slice('refs/tags/'.length)), latestFor(true));
                if (a.event === 'pr' && ctx.ref.startsWith('refs/pull/'))
                    add(withAffixes(ctx.ref.replace(/^refs\/pull\//, '').replace(/\/merge$/, '')), latestFor(false));
                break;
            }
            case 'edge': {
                if (!ctx.ref.startsWith('refs/heads/'))
                    break;
                const branch = a.branch.length > 0 ? a.branch : (env.defaultBranch ?? ctx.defaultBranch ?? '');
                if (branch !== ctx.ref.slice('refs/heads/'.length))
                    break;
                add(withAffixes('edge'), latestFor(false));
                break;
            }
            case 'raw':
                add(withAffixes(render(a.value)), latestFor(false));
                break;
            case 'sha': {
                if (!sha)
                    break;
                add(withAffixes(a.format === 'short' ? (0,tags/* shortSha */.Fu)(sha, env.shortShaLength ?? 7) : sha), latestFor(false));
                break;
            }
        }
    }
    const partial = version.partial.filter((p, k) => version.partial.indexOf(p) === k);
    return { version: { main: version.main, partial, latest: version.latest ?? false }, warnings };
}
/** Tag names of a version: main, the others, then `latest` (with the flavor's prefix/suffix when onlatest=true). */
function tagNamesOf(version, flavor) {
    if (version.main === null)
        return [];
    const names = [version.main, ...version.partial];
    if (version.latest)
        names.push((0,tags/* sanitizeTag */.iP)(`${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`));
    return names;
}


/***/ }),

/***/ 49458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ computeTags),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   ME: () => (/* binding */ computeTagNames),
/* harmony export */   TT: () => (/* binding */ ociLabels),
/* harmony export */   iP: () => (/* binding */ sanitizeTag),
/* harmony export */   zx: () => (/* binding */ ociAnnotationSet)
/* harmony export */ });
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16353);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58780);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _git_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74725);
// Tags and OCI labels from the git context, with docker/metadata-action's results for
// the same refs. Our default set equals this metadata-action configuration:
//   type=semver,pattern={{version}}  type=semver,pattern={{major}}.{{minor}}
//   type=semver,pattern={{major}}    type=ref,event=branch   type=ref,event=pr
//   type=raw,value=latest,enable={{is_default_branch}}       type=sha
// plus type=ref,event=tag for git tags that are not semver (so such a release still
// gets a tag), and `latest` for stable semver and plain git tags (metadata-action's flavor
// latest=auto).
// `tag-prefix` is applied to every computed tag, `latest` included
// (metadata-action: flavor prefix=P,onlatest=true with prefix P on sha/pr types too).
// semver's functions one by one: its index loads every module it has



function shortSha(sha, length = 7) {
    return sha.length <= length ? sha : sha.slice(0, length);
}
/** metadata-action's tag sanitizer, plus the two rules docker enforces: ≤ 128 chars, no leading . or -. */
function sanitizeTag(value) {
    const s = value
        .replace(/[^a-zA-Z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
    return s === '' ? 'x' : s;
}
function computeTagNames(ctx, prefix = '') {
    const names = [];
    const add = (v) => {
        const t = sanitizeTag(prefix + v);
        if (!names.includes(t))
            names.push(t);
    };
    // `latest` from a git tag comes last (metadata-action's flavor latest=auto); on the default
    // branch it is type=raw, which sorts before type=sha
    let latestLast = false;
    if (ctx.ref.startsWith('refs/tags/')) {
        const raw = ctx.ref.slice('refs/tags/'.length).replace(/\//g, '-');
        const valid = semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default()(raw);
        const v = valid ? semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default()(valid) : null;
        if (v) {
            if (v.prerelease.length > 0) {
                add(v.version);
            }
            else {
                add(v.version);
                add(`${v.major}.${v.minor}`);
                add(`${v.major}`);
                latestLast = true;
            }
        }
        else {
            add(raw);
            latestLast = true;
        }
    }
    const branch = (0,_git_context_js__WEBPACK_IMPORTED_MODULE_2__/* .branchOf */ .W0)(ctx);
    if (branch !== null)
        add(branch);
    const pr = /^refs\/pull\/(\d+)\//.exec(ctx.ref);
    if (pr)
        add(`pr-${pr[1]}`);
    if ((0,_git_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isDefaultBranch */ .ok)(ctx))
        add('latest');
    const sha = ctx.tagSha ?? ctx.sha;
    if (sha)
        add(`sha-${shortSha(sha, ctx.shortShaLength)}`);
    if (latestLast)
        add('latest');
    return { names, version: names[0] ?? null };
}
/** Full references: every image × every tag name. */
function computeTags(images, ctx, prefix = '') {
    const { names, version } = computeTagNames(ctx, prefix);
    const tags = [];
    for (const image of images)
        for (const n of names)
            tags.push(`${image}:${n}`);
    return { tags, version };
}
/**
 * metadata-action's eight OCI keys (title, description, url, source, version, created, revision,
 * licenses), '' where unknown: from the repository's metadata when the context has it (description
 * and licenses only come from there), else from GITHUB_REPOSITORY.
 */
function ociAnnotationSet(ctx, version, now) {
    const meta = ctx.repoMeta;
    const url = meta?.htmlUrl ?? (0,_git_context_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryUrl */ .Ek)(ctx) ?? '';
    return {
        'org.opencontainers.image.title': meta?.name ?? (ctx.repository ? (ctx.repository.split('/')[1] ?? ctx.repository) : ''),
        'org.opencontainers.image.description': meta?.description ?? '',
        'org.opencontainers.image.url': url,
        'org.opencontainers.image.source': url,
        'org.opencontainers.image.version': version ?? '',
        'org.opencontainers.image.created': now.toISOString(),
        'org.opencontainers.image.revision': ctx.tagSha ?? ctx.sha,
        'org.opencontainers.image.licenses': meta?.license ?? ''
    };
}
/** OCI labels of the default tag set: metadata-action's keys that have a value, sorted by key. */
function ociLabels(ctx, version, now) {
    const labels = ociAnnotationSet(ctx, version, now);
    return Object.keys(labels)
        .filter((k) => labels[k] !== '')
        .sort()
        .map((k) => `${k}=${labels[k]}`);
}


/***/ }),

/***/ 77909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   EK: () => (/* binding */ isRawStatement),
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   Xm: () => (/* binding */ renderTemplate)
/* harmony export */ });
// The handlebars expressions docker/metadata-action evaluates in tag rules, flavors, labels
// and annotations: `{{name}}`, `{{name 'param' key='value'}}`, `{{{name}}}` (not escaped),
// `{{! comment}}`, and `~` whitespace control. Values print as handlebars prints them
// (HTML-escaped inside `{{ }}`); a name that is a function is called with its parameters
// and `{ hash }`, as handlebars calls a helper. Block helpers (`{{#if}}`) are not part of
// metadata-action's syntax and are rejected. Pure.
class TemplateError extends Error {
}
// handlebars' ID token: anything but whitespace and its punctuation
const ID = /^[^\s!"#%-,./;->@[-^`{-~]+/;
function tokenizeParams(src, whole) {
    let rest = src.trim();
    const items = [];
    while (rest !== '') {
        let key;
        const k = /^([^\s!"#%-,./;->@[-^`{-~]+)\s*=\s*/.exec(rest);
        if (k && items.length > 0) {
            key = k[1];
            rest = rest.slice(k[0].length);
        }
        let param;
        const str = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/.exec(rest);
        const num = /^-?\d+(?:\.\d+)?(?=[\s}]|$)/.exec(rest);
        const id = ID.exec(rest);
        if (str) {
            param = { kind: 'string', value: (str[1] ?? str[2]).replace(/\\(["'])/g, '$1') };
            rest = rest.slice(str[0].length);
        }
        else if (num) {
            param = { kind: 'number', value: Number(num[0]) };
            rest = rest.slice(num[0].length);
        }
        else if (id) {
            const name = id[0];
            param = name === 'true' || name === 'false' ? { kind: 'bool', value: name === 'true' } : { kind: 'path', name };
            rest = rest.slice(name.length);
            // dotted paths (a.b) and this/ are rare here; keep them as one name
            while (/^[./][^\s]/.test(rest)) {
                const more = /^[./]([^\s!"#%-,./;->@[-^`{-~]+)/.exec(rest);
                if (!more)
                    break;
                param.name += more[0];
                rest = rest.slice(more[0].length);
            }
        }
        else {
            throw new TemplateError(`cannot read "${rest}" in ${whole}`);
        }
        if (rest !== '' && !/^\s/.test(rest))
            throw new TemplateError(`cannot read "${rest}" in ${whole}`);
        rest = rest.trimStart();
        items.push({ key, param });
    }
    const head = items.at(0);
    const tail = items.slice(1);
    if (!head || head.key !== undefined || head.param.kind !== 'path')
        throw new TemplateError(`${whole} names nothing`);
    const params = [];
    const hash = {};
    for (const it of tail) {
        if (it.key !== undefined)
            hash[it.key] = it.param;
        else if (Object.keys(hash).length > 0)
            throw new TemplateError(`a parameter after key=value in ${whole}`);
        else
            params.push(it.param);
    }
    return { name: head.param.name, params, hash };
}
/** Parses a template; throws TemplateError on what handlebars would not compile. */
function parseTemplate(src) {
    const nodes = [];
    let i = 0;
    let text = '';
    let stripNext = false;
    const pushText = (t) => {
        text += stripNext ? t.replace(/^\s+/, '') : t;
        stripNext = false;
    };
    while (i < src.length) {
        const open = src.indexOf('{{', i);
        if (open < 0) {
            pushText(src.slice(i));
            break;
        }
        // \{{ is a literal {{ in handlebars
        if (open > 0 && src[open - 1] === '\\') {
            pushText(src.slice(i, open - 1) + '{{');
            i = open + 2;
            continue;
        }
        pushText(src.slice(i, open));
        const triple = src.startsWith('{{{', open);
        const comment = src.startsWith('{{!', open) || src.startsWith('{{~!', open);
        let close;
        let inner;
        if (comment) {
            const long = src.startsWith('{{!--', open) || src.startsWith('{{~!--', open);
            close = long ? src.indexOf('--}}', open) : src.indexOf('}}', open);
            if (close < 0)
                throw new TemplateError(`unclosed comment in "${src}"`);
            i = close + (long ? 4 : 2);
            continue;
        }
        const end = triple ? '}}}' : '}}';
        close = src.indexOf(end, open + end.length);
        if (close < 0)
            throw new TemplateError(`unclosed {{ in "${src}"`);
        inner = src.slice(open + end.length, close);
        i = close + end.length;
        if (inner.startsWith('~')) {
            text = text.replace(/\s+$/, '');
            inner = inner.slice(1);
        }
        if (inner.endsWith('~')) {
            inner = inner.slice(0, -1);
            stripNext = true;
        }
        if (/^\s*[#/^>&]/.test(inner) || /^\s*else\b/.test(inner))
            throw new TemplateError(`{{${inner}}} is not supported (no block helpers, partials or else in tag templates)`);
        if (text)
            nodes.push({ kind: 'text', value: text });
        text = '';
        const whole = triple ? `{{{${inner}}}}` : `{{${inner}}}`;
        nodes.push({ kind: 'mustache', escape: !triple, ...tokenizeParams(inner, whole) });
    }
    if (text)
        nodes.push({ kind: 'text', value: text });
    return nodes;
}
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };
/** handlebars' escapeExpression. */
function show(value, escape) {
    if (value === null || value === undefined)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- handlebars stringifies any value ('' + value), an object as [object Object]
    const s = String(value);
    // (a falsy value prints as '', 'false', '0' or 'NaN': nothing to escape)
    if (!escape)
        return s;
    return s.replace(/[&<>"'`=]/g, (c) => ESCAPES[c]);
}
function lookup(ctx, name) {
    let v = ctx;
    for (const part of name.replace(/^this[./]/, '').split(/[./]/)) {
        if (v === null || v === undefined)
            return undefined;
        v = Object.prototype.hasOwnProperty.call(v, part) ? v[part] : undefined;
    }
    return v;
}
function paramValue(ctx, p) {
    return p.kind === 'path' ? lookup(ctx, p.name) : p.value;
}
/** Renders a parsed (or raw) template against `ctx`. */
function renderTemplate(template, ctx) {
    const nodes = typeof template === 'string' ? parseTemplate(template) : template;
    let out = '';
    for (const n of nodes) {
        if (n.kind === 'text') {
            out += n.value;
            continue;
        }
        const target = lookup(ctx, n.name);
        const hasArgs = n.params.length > 0 || Object.keys(n.hash).length > 0;
        let value;
        if (typeof target === 'function') {
            const hash = {};
            for (const [k, p] of Object.entries(n.hash))
                hash[k] = paramValue(ctx, p);
            value = target.call(ctx, ...n.params.map((p) => paramValue(ctx, p)), { hash });
        }
        else if (hasArgs) {
            throw new TemplateError(`Missing helper: "${n.name}"`);
        }
        else {
            value = target;
        }
        out += show(value, n.escape);
    }
    return out;
}
/** True when the template is exactly one `{{raw}}` (metadata-action's test for a raw pattern). */
function isRawStatement(pattern) {
    try {
        const nodes = parseTemplate(pattern);
        return nodes.length === 1 && nodes[0].kind === 'mustache' && nodes[0].name === 'raw' && nodes[0].params.length === 0;
    }
    catch {
        return false;
    }
}


/***/ })

};

//# sourceMappingURL=578.index.js.map