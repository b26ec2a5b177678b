export const id = 724;
export const ids = [724];
export const modules = {

/***/ 91083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jd: () => (/* binding */ adviseDockerfile),
  p4: () => (/* binding */ loadAdvisorInput)
});

// UNUSED EXPORTS: listContext

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/timing/model.ts
var model = __webpack_require__(35519);
;// CONCATENATED MODULE: ./src/advisor/costs.ts
// Attaches what each finding cost in a measured build: the step it slowed, how long that
// step ran, whether it re-ran because an earlier layer changed, and an estimated saving.
// Estimates are labelled as such and derived only from the measured step time. Pure.

/** Share of the measured step time a fix is estimated to save (documented in the README). */
const SAVING_SHARE = {
    'layer-order': { share: 1, basis: 'estimate: with the manifests copied first, the install comes from cache on every build that changes only sources' },
    'no-cache-mount': { share: 0.5, basis: 'estimate: about half of an install is downloading, which a cache mount keeps between builds' },
    'dev-deps-in-final': { share: 0.3, basis: 'estimate: development dependencies are often a third of an install' },
    'npm-install-not-ci': { share: 0.2, basis: 'estimate: a frozen install skips dependency resolution' },
    'lockfile-not-copied': { share: 0.2, basis: 'estimate: with the lockfile, the install skips dependency resolution' }
};
function stepAt(report, line) {
    // a step two stages share (BuildKit built it once) is reported at its first line; it is the other's too
    const at = report.steps.filter((s) => (s.line === line || s.sharedWith?.some((x) => x.line === line)) && !(0,model/* isFromStep */.jM)(s));
    if (at.length === 0)
        return null;
    return at.reduce((a, b) => (b.durationMs > a.durationMs ? b : a));
}
/** The nearest earlier step of the same stage that ran: a changed layer makes every later step re-run. */
function missCause(report, step) {
    if (step.cached || step.line === null)
        return null;
    const earlier = report.steps
        .filter((s) => s.stage === step.stage && s.platform === step.platform && s.line !== null && s.line < step.line && !s.cached && !(0,model/* isFromStep */.jM)(s))
        .sort((a, b) => b.line - a.line);
    return earlier.find((s) => /^(COPY|ADD)\s/i.test(s.instruction)) ?? null;
}
function attachCosts(findings, report) {
    if (!report)
        return findings;
    return findings.map((f) => {
        if (f.costLine === undefined)
            return f;
        const step = stepAt(report, f.costLine);
        if (!step)
            return f;
        const cause = missCause(report, step);
        const est = SAVING_SHARE[f.id];
        let saving = null;
        let basis = 'no time estimate for this finding';
        if (est) {
            if (f.id === 'layer-order') {
                saving = step.cached ? 0 : step.durationMs;
                basis = step.cached ? 'the install was cached in this build; it re-runs on every build that changes a source file' : est.basis;
            }
            else {
                saving = Math.round(step.durationMs * est.share);
                basis = est.basis;
            }
        }
        const cost = {
            step: step.name,
            stepMs: step.durationMs,
            cached: step.cached,
            missCausedBy: cause ? `${cause.instruction} (line ${cause.line})` : null,
            estimatedSavingMs: saving,
            basis
        };
        return { ...f, cost };
    });
}
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
/** By estimated saving, then by the measured step time, then by severity. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => (b.cost?.estimatedSavingMs ?? -1) - (a.cost?.estimatedSavingMs ?? -1) ||
        (b.cost?.stepMs ?? -1) - (a.cost?.stepMs ?? -1) ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        a.line - b.line);
}

;// CONCATENATED MODULE: ./src/advisor/dockerignore.ts
// .dockerignore patterns and matching, as the docker CLI applies them: paths relative to
// the context, `*` within a path segment, `**` across segments, `?` one character,
// `!` re-includes, the last matching pattern wins, and a directory's exclusion covers
// everything below it. Pure.
function globToRegExp(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                i++;
                if (pattern[i + 1] === '/') {
                    i++;
                    re += '(?:.*/)?';
                }
                else
                    re += '.*';
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if ('\\^$+.()|{}[]'.includes(c))
            re += `\\${c}`;
        else
            re += c;
    }
    return new RegExp(`^${re}(?:/.*)?$`);
}
function parseDockerignore(text) {
    const rules = [];
    for (const raw of text.split(/\r?\n/)) {
        let line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const negate = line.startsWith('!');
        if (negate)
            line = line.slice(1).trim();
        line = line.replace(/^\/+/, '').replace(/\/+$/, '').replace(/^\.\//, '');
        if (!line)
            continue;
        rules.push({ negate, re: globToRegExp(line) });
    }
    return rules;
}
/** Is a context path (relative, `/`-separated) excluded from the build context? */
function isIgnored(rules, path) {
    const p = path.replace(/^\.\//, '').replace(/\/+$/, '');
    let ignored = false;
    for (const r of rules)
        if (r.re.test(p))
            ignored = !r.negate;
    return ignored;
}

// EXTERNAL MODULE: ./src/dockerfile/model.ts
var dockerfile_model = __webpack_require__(24011);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 1 modules
var build_plan = __webpack_require__(29868);
;// CONCATENATED MODULE: ./src/advisor/rules.ts
// The advisor's rules: Dockerfile + .dockerignore + the files in the context → findings.
// Pure. Each rule fires on a Dockerfile that has the problem and stays silent on its
// fixed twin (test/fixtures/dockerfiles/).



const LOCKFILES = {
    npm: ['package-lock.json', 'npm-shrinkwrap.json'],
    yarn: ['yarn.lock'],
    pnpm: ['pnpm-lock.yaml'],
    uv: ['uv.lock'],
    poetry: ['poetry.lock'],
    pip: [],
    apt: [],
    apk: []
};
const CACHE_DIRS = {
    npm: { dir: '/root/.npm', match: /\.npm\b/ },
    yarn: { dir: '/usr/local/share/.cache/yarn', match: /cache\/yarn|\.yarn/ },
    pnpm: { dir: '/root/.local/share/pnpm/store', match: /pnpm/ },
    pip: { dir: '/root/.cache/pip', match: /\.cache\/pip/ },
    uv: { dir: '/root/.cache/uv', match: /\.cache\/uv/ },
    poetry: { dir: '/root/.cache/pypoetry', match: /pypoetry/ },
    apt: { dir: '/var/cache/apt', match: /\/var\/cache\/apt/ }
};
const TOOLCHAIN = /\b(build-essential|gcc|g\+\+|make|cmake|clang|python3?-dev|libc6?-dev|musl-dev|build-base|libpq-dev|libffi-dev)\b/;
/** Which stage is the final image: `target`, else the last. */
function finalStage(stages, target) {
    if (target) {
        const i = stages.findIndex((s) => s.name === target.toLowerCase());
        if (i >= 0)
            return i;
    }
    return stages.length - 1;
}
function cacheMountTargets(flags) {
    return flags.filter((f) => /^--mount=/.test(f) && /type=cache/.test(f)).map((f) => /target=([^,\s]+)/.exec(f)?.[1] ?? '');
}
function adviseRules(input) {
    const stages = (0,dockerfile_model/* parseDockerfileModel */.ri)(input.dockerfileText);
    if (stages.length === 0)
        return [];
    const file = input.dockerfilePath;
    const rootFiles = new Set(input.contextFiles.filter((f) => !f.slice(0, -1).includes('/')).map((f) => f.replace(/\/$/, '')));
    const findings = [];
    const final = finalStage(stages, input.target);
    const installs = stages.flatMap((s) => s.instructions.flatMap(dockerfile_model/* installsIn */.SJ));
    const stageName = (i) => stages[i].name;
    for (const inst of installs) {
        const { manager, command, ins } = inst;
        const prior = (0,dockerfile_model/* before */.gM)(stages, ins);
        const isDeps = ['npm', 'yarn', 'pnpm', 'pip', 'uv', 'poetry'].includes(manager);
        if (isDeps) {
            // layer-order: the whole context (or the source tree) copied before the install
            const wide = prior.filter((i) => (0,dockerfile_model/* copiesWholeContext */._R)(i) || (0,dockerfile_model/* copySources */.K1)(i).some((s) => /^(\.\/)?(src|app|lib|apps|packages)\/?$/.test(s)));
            if (wide.length) {
                const c = wide[wide.length - 1];
                findings.push({
                    id: 'layer-order',
                    severity: 'warning',
                    file,
                    line: c.line,
                    stage: stageName(ins.stage),
                    costLine: ins.line,
                    message: `\`COPY ${c.args}\` (line ${c.line}) comes before the ${manager} install (line ${ins.line}), so any source change re-runs the install`,
                    fix: `copy only the manifests and lockfile first (e.g. COPY ${[manager === 'pip' || manager === 'uv' || manager === 'poetry' ? 'pyproject.toml' : 'package.json', ...LOCKFILES[manager].slice(0, 1)].join(' ')} ./), run the install, then COPY the sources`
                });
            }
            // lockfile-not-copied / package-manager-mismatch
            const present = (m) => LOCKFILES[m].filter((l) => rootFiles.has(l));
            const own = present(manager);
            const others = ['npm', 'yarn', 'pnpm', 'uv', 'poetry'].filter((m) => m !== manager && present(m).length > 0);
            const jsFamily = ['npm', 'yarn', 'pnpm'];
            const pyFamily = ['pip', 'uv', 'poetry'];
            const sameFamily = others.filter((m) => (jsFamily.includes(manager) ? jsFamily : pyFamily).includes(m));
            if (own.length === 0 && sameFamily.length > 0) {
                const lock = present(sameFamily[0])[0];
                findings.push({
                    id: 'package-manager-mismatch',
                    severity: 'warning',
                    file,
                    line: ins.line,
                    stage: stageName(ins.stage),
                    costLine: ins.line,
                    message: `the context has ${lock} (${sameFamily[0]}) but line ${ins.line} installs with ${manager}: the lockfile is ignored and versions can drift from what was developed and tested`,
                    fix: sameFamily[0] === 'yarn' ? 'install with yarn: RUN corepack enable && yarn install --frozen-lockfile' : sameFamily[0] === 'pnpm' ? 'install with pnpm: RUN corepack enable && pnpm install --frozen-lockfile' : sameFamily[0] === 'uv' ? 'install with uv: RUN uv sync --frozen --no-dev' : `install with ${sameFamily[0]}`
                });
            }
            const lockToCopy = own[0] ?? (sameFamily.length ? present(sameFamily[0])[0] : undefined);
            if (lockToCopy && !prior.some((i) => (0,dockerfile_model/* copiesFile */._f)(i, lockToCopy))) {
                findings.push({
                    id: 'lockfile-not-copied',
                    severity: 'warning',
                    file,
                    line: ins.line,
                    stage: stageName(ins.stage),
                    costLine: ins.line,
                    message: `${lockToCopy} is not copied before the install on line ${ins.line}, so dependencies are resolved afresh on every build`,
                    fix: `COPY the lockfile with the manifest before the install (e.g. COPY package.json ${lockToCopy} ./)`
                });
            }
            // npm-install-not-ci
            const notFrozen = (manager === 'npm' && /\bnpm\s+(install|i)\b/.test(command)) ||
                (manager === 'yarn' && !(0,dockerfile_model/* hasFlag */.Lt)(command, '--frozen-lockfile', '--immutable')) ||
                (manager === 'pnpm' && !(0,dockerfile_model/* hasFlag */.Lt)(command, '--frozen-lockfile')) ||
                (manager === 'uv' && /\buv\s+sync\b/.test(command) && !(0,dockerfile_model/* hasFlag */.Lt)(command, '--frozen', '--locked'));
            if (notFrozen) {
                const instead = { npm: 'npm ci', yarn: 'yarn install --frozen-lockfile (yarn 2+: --immutable)', pnpm: 'pnpm install --frozen-lockfile', uv: 'uv sync --frozen' };
                findings.push({
                    id: 'npm-install-not-ci',
                    severity: 'warning',
                    file,
                    line: ins.line,
                    stage: stageName(ins.stage),
                    costLine: ins.line,
                    message: `\`${command}\` may change the lockfile and resolve different versions than the ones committed`,
                    fix: `use \`${instead[manager]}\`: installs exactly the lockfile, and fails when it is out of date`
                });
            }
            // dev-deps-in-final
            if (ins.stage === final) {
                const env = (0,dockerfile_model/* envBefore */.zE)(stages, ins);
                const prod = (manager === 'npm' && ((0,dockerfile_model/* hasFlag */.Lt)(command, '--omit=dev', '--production', '--only=prod', '--only=production', '--omit') || env.get('NODE_ENV') === 'production')) ||
                    (manager === 'yarn' && ((0,dockerfile_model/* hasFlag */.Lt)(command, '--production') || env.get('NODE_ENV') === 'production')) ||
                    (manager === 'pnpm' && ((0,dockerfile_model/* hasFlag */.Lt)(command, '--prod', '-P') || env.get('NODE_ENV') === 'production')) ||
                    (manager === 'uv' && ((0,dockerfile_model/* hasFlag */.Lt)(command, '--no-dev') || /uv\s+pip\s+install/.test(command))) ||
                    (manager === 'poetry' && (/--without\s+dev|--only\s+main|--no-dev|--without=dev|--only=main/.test(command))) ||
                    manager === 'pip';
                if (!prod) {
                    const flag = { npm: 'npm ci --omit=dev', yarn: 'yarn install --frozen-lockfile --production', pnpm: 'pnpm install --frozen-lockfile --prod', uv: 'uv sync --frozen --no-dev', poetry: 'poetry install --only main' };
                    findings.push({
                        id: 'dev-deps-in-final',
                        severity: 'warning',
                        file,
                        line: ins.line,
                        stage: stageName(ins.stage),
                        costLine: ins.line,
                        message: `the final image installs development dependencies (line ${ins.line}): a bigger image and a longer install`,
                        fix: `install only production dependencies in the final stage (\`${flag[manager]}\`), or build in an earlier stage and COPY --from it`
                    });
                }
            }
        }
        // no-cache-mount
        const cd = CACHE_DIRS[manager];
        if (cd && !(manager === 'pip' && (0,dockerfile_model/* hasFlag */.Lt)(command, '--no-cache-dir'))) {
            const targets = cacheMountTargets(ins.flags);
            if (!targets.some((t) => cd.match.test(t))) {
                findings.push({
                    id: 'no-cache-mount',
                    severity: 'warning',
                    file,
                    line: ins.line,
                    stage: stageName(ins.stage),
                    costLine: ins.line,
                    message: `the ${manager} install on line ${ins.line} downloads everything again whenever the step re-runs; with a cache mount, buildstage (\`cache-mounts: auto\`) also carries the mount's contents across runners, so a fresh runner starts with the packages already downloaded`,
                    fix: manager === 'apt'
                        ? 'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends ...'
                        : `RUN --mount=type=cache,target=${cd.dir} ${command}`
                });
            }
        }
        // apt-no-clean
        if (manager === 'apt') {
            const targets = cacheMountTargets(ins.flags);
            const noRecommends = (0,dockerfile_model/* hasFlag */.Lt)(command, '--no-install-recommends');
            const cleaned = /rm\s+-rf?\s+\/var\/lib\/apt\/lists/.test(ins.args) || targets.some((t) => /\/var\/lib\/apt/.test(t));
            if (!noRecommends || !cleaned) {
                findings.push({
                    id: 'apt-no-clean',
                    severity: 'warning',
                    file,
                    line: ins.line,
                    stage: stageName(ins.stage),
                    costLine: ins.line,
                    message: `apt-get install${noRecommends ? '' : ' without --no-install-recommends'}${cleaned ? '' : ' leaves the package lists in the layer'}: tens of MB the image does not need`,
                    fix: 'apt-get install -y --no-install-recommends ... && rm -rf /var/lib/apt/lists/* (or cache mounts on /var/cache/apt and /var/lib/apt)'
                });
            }
        }
        // single-stage-toolchain
        if ((manager === 'apt' || manager === 'apk') && ins.stage === final && TOOLCHAIN.test(command)) {
            findings.push({
                id: 'single-stage-toolchain',
                severity: 'warning',
                file,
                line: ins.line,
                stage: stageName(ins.stage),
                costLine: ins.line,
                message: `build tools (${command.match(TOOLCHAIN)?.[0]}) are installed in the final image: size and attack surface it does not need at run time`,
                fix: 'install the toolchain in a build stage, build there, and COPY --from=build only the results into a slim final stage'
            });
        }
    }
    // secret-in-arg
    for (const st of stages) {
        for (const ins of st.instructions) {
            if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV')
                continue;
            const names = ins.keyword === 'ARG' ? [ins.args.split('=')[0].trim()] : [...ins.args.matchAll(/(\w+)(?:=|\s+)/g)].map((m) => m[1]);
            for (const n of names) {
                if (!build_plan/* SECRET_NAME */.J4.test(n))
                    continue;
                findings.push({
                    id: 'secret-in-arg',
                    severity: 'error',
                    file,
                    line: ins.line,
                    stage: st.name,
                    message: `${ins.keyword} ${n} looks like a secret: build args and ENV are stored in the image history and provenance`,
                    fix: `pass it as a build secret: RUN --mount=type=secret,id=${n.toLowerCase()} ... and \`secrets: ${n.toLowerCase()}=...\` (action) / --secret id=${n.toLowerCase()} (buildx)`
                });
            }
        }
    }
    // dockerignore-missing
    const heavy = ['.git', 'node_modules', '.env'].filter((n) => rootFiles.has(n));
    if (input.dockerignoreText === null) {
        findings.push({
            id: 'dockerignore-missing',
            severity: heavy.length ? 'warning' : 'info',
            file,
            line: 1,
            message: heavy.length ? `no .dockerignore: ${heavy.join(', ')} go into the build context (slower context transfer, secrets in layers, COPY . . cache misses)` : 'no .dockerignore: everything in the context directory is sent to the builder',
            fix: 'add a .dockerignore with at least: .git, node_modules, .env, and build outputs'
        });
    }
    else {
        const rules = parseDockerignore(input.dockerignoreText);
        const missing = heavy.filter((n) => !isIgnored(rules, n));
        if (missing.length) {
            findings.push({
                id: 'dockerignore-missing',
                severity: 'warning',
                file,
                line: 1,
                message: `.dockerignore does not exclude ${missing.join(', ')}, which exist in the context`,
                fix: `add ${missing.join(', ')} to .dockerignore`
            });
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./src/advisor/types.ts
var types = __webpack_require__(41081);
;// CONCATENATED MODULE: ./src/advisor/advise.ts
// The advisor's entry points: pure `adviseDockerfile`, and `loadAdvisorInput` (shell)
// that reads the Dockerfile, the .dockerignore and a bounded listing of the context.





function adviseDockerfile(req) {
    const unknown = (req.skip ?? []).filter((id) => !types/* FINDING_IDS */.j.includes(id));
    if (unknown.length)
        throw new Error(`Input "advisor-skip": unknown finding id ${unknown.join(', ')}; known ids: ${types/* FINDING_IDS */.j.join(', ')}`);
    const found = adviseRules(req).filter((f) => !(req.skip ?? []).includes(f.id));
    return sortFindings(attachCosts(found, req.report));
}
const SKIP_DIRS = new Set(['node_modules', '.git', '.venv', 'venv', '__pycache__', 'dist', 'build', '.next']);
/** Lists the context (dirs end in `/`), not descending into heavy directories, at most `max` entries. */
function listContext(dir, max = 5000, depth = 4) {
    const out = [];
    const walk = (d, level) => {
        if (out.length >= max)
            return;
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(d);
        }
        catch {
            return;
        }
        for (const n of names) {
            if (out.length >= max)
                return;
            const p = (0,external_node_path_.join)(d, n);
            const rel = (0,external_node_path_.relative)(dir, p).split('\\').join('/');
            let isDir = false;
            try {
                isDir = (0,external_node_fs_.statSync)(p).isDirectory();
            }
            catch {
                continue;
            }
            out.push(isDir ? `${rel}/` : rel);
            if (isDir && !SKIP_DIRS.has(n) && level < depth)
                walk(p, level + 1);
        }
    };
    walk(dir, 1);
    return out;
}
function loadAdvisorInput(dockerfilePath, contextDir, shownPath) {
    const ignorePath = (0,external_node_fs_.existsSync)(`${dockerfilePath}.dockerignore`) ? `${dockerfilePath}.dockerignore` : (0,external_node_path_.join)(contextDir, '.dockerignore');
    return {
        dockerfileText: (0,external_node_fs_.readFileSync)(dockerfilePath, 'utf8'),
        dockerfilePath: shownPath ?? dockerfilePath,
        contextFiles: listContext(contextDir),
        dockerignoreText: (0,external_node_fs_.existsSync)(ignorePath) ? (0,external_node_fs_.readFileSync)(ignorePath, 'utf8') : null
    };
}


/***/ }),

/***/ 76078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ renderAdvisorMarkdown),
/* harmony export */   gI: () => (/* binding */ toAnnotations),
/* harmony export */   vy: () => (/* binding */ renderAdvisorTerminal)
/* harmony export */ });
/* harmony import */ var _timing_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92887);
// Findings → job summary Markdown, terminal text, and GitHub annotations. Pure.

const ICON = { error: '🔴', warning: '🟠', info: '🔵' };
function costText(f) {
    if (!f.cost)
        return '';
    const c = f.cost;
    const parts = [`step ran ${c.cached ? '0s (cached)' : (0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(c.stepMs)}`];
    if (c.missCausedBy)
        parts.push(`re-ran because ${c.missCausedBy} changed`);
    if (c.estimatedSavingMs !== null)
        parts.push(`est. saving ~${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(c.estimatedSavingMs)} per build`);
    return parts.join('; ');
}
function renderAdvisorMarkdown(findings, opts = {}) {
    if (findings.length === 0)
        return '### Dockerfile advisor\n\nNo findings.\n';
    const out = ['### Dockerfile advisor', '', '| | finding | where | what it cost | fix |', '|---|---|---|---|---|'];
    for (const f of findings) {
        const url = opts.lineUrl?.(f.line);
        const where = url ? `<a href="${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(url)}">${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(f.file)}:${f.line}</a>` : `${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(f.file)}:${f.line}`;
        out.push(`| ${ICON[f.severity]} | <code>${f.id}</code> ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(f.message)} | ${where} | ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(costText(f))} | ${(0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(f.fix)} |`);
    }
    const est = findings.filter((f) => f.cost?.estimatedSavingMs);
    if (est.length)
        out.push('', `<sub>Savings are estimates from the measured step times (${[...new Set(est.map((f) => f.cost?.basis ?? ""))].map((b) => (0,_timing_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(b)).join('; ')}).</sub>`);
    out.push('');
    return out.join('\n');
}
function renderAdvisorTerminal(findings, opts) {
    if (findings.length === 0)
        return 'no findings';
    const col = (code, s) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
    const sev = { error: col('31', 'error  '), warning: col('33', 'warning'), info: col('36', 'info   ') };
    return findings
        .map((f) => [`${sev[f.severity]} ${f.file}:${f.line} ${col('1', f.id)}: ${f.message}`, `        fix: ${f.fix}`, ...(f.cost ? [`        cost: ${costText(f)}`] : [])].join('\n'))
        .join('\n');
}
function toAnnotations(findings) {
    return findings.map((f) => ({
        level: f.severity === 'info' ? 'notice' : f.severity,
        title: `buildstage: ${f.id}`,
        message: `${f.message}. Fix: ${f.fix}${f.cost ? ` (${costText(f)})` : ''}`,
        file: f.file,
        startLine: f.line,
        ...(f.endLine ? { endLine: f.endLine } : {})
    }));
}


/***/ })

};
