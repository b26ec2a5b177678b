export const id = 193;
export const ids = [193];
export const modules = {

/***/ 97528:
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
    const at = report.steps.filter((s) => (s.line === line || s.sharedWith?.some((x) => x.line === line)) && !(0,model.isFromStep)(s));
    if (at.length === 0)
        return null;
    return at.reduce((a, b) => (b.durationMs > a.durationMs ? b : a));
}
/** The nearest earlier step of the same stage that ran: a changed layer makes every later step re-run. */
function missCause(report, step) {
    if (step.cached || step.line === null)
        return null;
    const earlier = report.steps
        .filter((s) => s.stage === step.stage && s.platform === step.platform && s.line !== null && s.line < step.line && !s.cached && !(0,model.isFromStep)(s))
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

// EXTERNAL MODULE: ./src/dockerfile/model.ts
var dockerfile_model = __webpack_require__(24011);
;// CONCATENATED MODULE: ./src/advisor/rules/shared.ts
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
const JS_FAMILY = ['npm', 'yarn', 'pnpm'];
const PY_FAMILY = ['pip', 'uv', 'poetry'];
/** Installs of an application's dependencies (not system packages). */
function isDependencyInstall(manager) {
    return ['npm', 'yarn', 'pnpm', 'pip', 'uv', 'poetry'].includes(manager);
}
/**
 * The lockfiles at the context root for a dependency install: its own manager's, and else the
 * first lockfile of another manager of the same family (yarn.lock for an npm install, uv.lock
 * for pip); null when the install is not a dependency install.
 */
function dependencyLockfiles(ctx, manager) {
    if (!isDependencyInstall(manager))
        return null;
    const present = (m) => LOCKFILES[m].filter((l) => ctx.rootFiles.has(l));
    const family = JS_FAMILY.includes(manager) ? JS_FAMILY : PY_FAMILY;
    const other = ['npm', 'yarn', 'pnpm', 'uv', 'poetry'].find((m) => m !== manager && family.includes(m) && present(m).length > 0);
    return { own: present(manager), other: other ? { manager: other, lockfile: present(other)[0] } : undefined };
}
/** The targets of a RUN's cache mounts. */
function cacheMountTargets(flags) {
    return flags.filter((f) => /^--mount=/.test(f) && /type=cache/.test(f)).map((f) => /target=([^,\s]+)/.exec(f)?.[1] ?? '');
}
/** A finding about an install: its cost is that install's step; `line` defaults to the install's. */
function installFinding(rule, ctx, { ins }, text) {
    return {
        id: rule.id,
        severity: rule.severity,
        file: ctx.file,
        line: text.line ?? ins.line,
        stage: ctx.stages[ins.stage].name,
        costLine: ins.line,
        message: text.message,
        fix: text.fix
    };
}

;// CONCATENATED MODULE: ./src/advisor/rules/apt-no-clean.ts
// apt-get install without --no-install-recommends, or leaving the package lists in the layer.


const aptNoClean = {
    id: 'apt-no-clean',
    docs: 'apt-get install without `--no-install-recommends` or without cleaning the lists; add the flag and rm -rf /var/lib/apt/lists/* (or cache mounts on the apt dirs)',
    severity: 'warning',
    scope: 'install',
    check(ctx, install) {
        const { manager, command, ins } = install;
        if (manager !== 'apt')
            return [];
        const noRecommends = (0,dockerfile_model/* hasFlag */.Lt)(command, '--no-install-recommends');
        const cleaned = /rm\s+-rf?\s+\/var\/lib\/apt\/lists/.test(ins.args) || cacheMountTargets(ins.flags).some((t) => /\/var\/lib\/apt/.test(t));
        if (noRecommends && cleaned)
            return [];
        return [
            installFinding(aptNoClean, ctx, install, {
                message: `apt-get install${noRecommends ? '' : ' without --no-install-recommends'}${cleaned ? '' : ' leaves the package lists in the layer'}: tens of MB the image does not need`,
                fix: 'apt-get install -y --no-install-recommends ... && rm -rf /var/lib/apt/lists/* (or cache mounts on /var/cache/apt and /var/lib/apt)'
            })
        ];
    }
};

;// CONCATENATED MODULE: ./src/advisor/rules/dev-deps-in-final.ts
// The final stage installs development dependencies: a bigger image and a longer install.


const PROD_INSTALL = {
    npm: 'npm ci --omit=dev',
    yarn: 'yarn install --frozen-lockfile --production',
    pnpm: 'pnpm install --frozen-lockfile --prod',
    uv: 'uv sync --frozen --no-dev',
    poetry: 'poetry install --only main'
};
const devDepsInFinal = {
    id: 'dev-deps-in-final',
    docs: 'the final stage installs development dependencies; install only production ones there (`npm ci --omit=dev`), or build in an earlier stage and COPY --from it',
    severity: 'warning',
    scope: 'install',
    check(ctx, install) {
        const { manager, command, ins } = install;
        if (!isDependencyInstall(manager) || ins.stage !== ctx.final)
            return [];
        const env = (0,dockerfile_model/* envBefore */.zE)(ctx.stages, ins);
        const prod = (manager === 'npm' &&
            ((0,dockerfile_model/* hasFlag */.Lt)(command, '--omit=dev', '--production', '--only=prod', '--only=production', '--omit') || env.get('NODE_ENV') === 'production')) ||
            (manager === 'yarn' && ((0,dockerfile_model/* hasFlag */.Lt)(command, '--production') || env.get('NODE_ENV') === 'production')) ||
            (manager === 'pnpm' && ((0,dockerfile_model/* hasFlag */.Lt)(command, '--prod', '-P') || env.get('NODE_ENV') === 'production')) ||
            (manager === 'uv' && ((0,dockerfile_model/* hasFlag */.Lt)(command, '--no-dev') || /uv\s+pip\s+install/.test(command))) ||
            (manager === 'poetry' && /--without\s+dev|--only\s+main|--no-dev|--without=dev|--only=main/.test(command)) ||
            manager === 'pip';
        if (prod)
            return [];
        return [
            installFinding(devDepsInFinal, ctx, install, {
                message: `the final image installs development dependencies (line ${ins.line}): a bigger image and a longer install`,
                fix: `install only production dependencies in the final stage (\`${PROD_INSTALL[manager]}\`), or build in an earlier stage and COPY --from it`
            })
        ];
    }
};

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

;// CONCATENATED MODULE: ./src/advisor/rules/dockerignore-missing.ts
// No .dockerignore, or one that leaves .git, node_modules or .env (when present) in the build context.

const dockerignoreMissing = {
    id: 'dockerignore-missing',
    docs: 'no .dockerignore, or one that leaves .git, node_modules or .env (when present) in the context; add them to .dockerignore',
    severity: 'warning',
    scope: 'file',
    check(ctx) {
        const heavy = ['.git', 'node_modules', '.env'].filter((n) => ctx.rootFiles.has(n));
        const text = ctx.input.dockerignoreText;
        if (text === null) {
            return [
                {
                    id: dockerignoreMissing.id,
                    // with nothing heavy in the context, a missing .dockerignore is only worth knowing
                    severity: heavy.length ? dockerignoreMissing.severity : 'info',
                    file: ctx.file,
                    line: 1,
                    message: heavy.length
                        ? `no .dockerignore: ${heavy.join(', ')} go into the build context (slower context transfer, secrets in layers, COPY . . cache misses)`
                        : 'no .dockerignore: everything in the context directory is sent to the builder',
                    fix: 'add a .dockerignore with at least: .git, node_modules, .env, and build outputs'
                }
            ];
        }
        const rules = parseDockerignore(text);
        const missing = heavy.filter((n) => !isIgnored(rules, n));
        if (!missing.length)
            return [];
        return [
            {
                id: dockerignoreMissing.id,
                severity: dockerignoreMissing.severity,
                file: ctx.file,
                line: 1,
                message: `.dockerignore does not exclude ${missing.join(', ')}, which exist in the context`,
                fix: `add ${missing.join(', ')} to .dockerignore`
            }
        ];
    }
};

;// CONCATENATED MODULE: ./src/advisor/rules/layer-order.ts
// The whole context (or the source tree) copied before the dependency install: any source change re-runs the install.


const layerOrder = {
    id: 'layer-order',
    docs: 'the whole context (or the source tree) is copied before the dependency install; copy the manifests and lockfile first, install, then copy the sources',
    severity: 'warning',
    scope: 'install',
    check(ctx, install) {
        const { manager, ins } = install;
        if (!isDependencyInstall(manager))
            return [];
        const wide = (0,dockerfile_model/* before */.gM)(ctx.stages, ins).filter((i) => (0,dockerfile_model/* copiesWholeContext */._R)(i) || (0,dockerfile_model/* copySources */.K1)(i).some((s) => /^(\.\/)?(src|app|lib|apps|packages)\/?$/.test(s)));
        if (!wide.length)
            return [];
        const c = wide[wide.length - 1];
        const manifest = manager === 'pip' || manager === 'uv' || manager === 'poetry' ? 'pyproject.toml' : 'package.json';
        return [
            installFinding(layerOrder, ctx, install, {
                line: c.line,
                message: `\`COPY ${c.args}\` (line ${c.line}) comes before the ${manager} install (line ${ins.line}), so any source change re-runs the install`,
                fix: `copy only the manifests and lockfile first (e.g. COPY ${[manifest, ...LOCKFILES[manager].slice(0, 1)].join(' ')} ./), run the install, then COPY the sources`
            })
        ];
    }
};

;// CONCATENATED MODULE: ./src/advisor/rules/lockfile-not-copied.ts
// The install runs before its lockfile is copied in: dependencies are resolved afresh on every build.


const lockfileNotCopied = {
    id: 'lockfile-not-copied',
    docs: 'the install runs without its lockfile copied first; COPY the lockfile with the manifest before the install',
    severity: 'warning',
    scope: 'install',
    check(ctx, install) {
        const { manager, ins } = install;
        const lockfiles = dependencyLockfiles(ctx, manager);
        if (!lockfiles)
            return [];
        const { own, other } = lockfiles;
        const lock = own[0] ?? other?.lockfile;
        if (!lock || (0,dockerfile_model/* before */.gM)(ctx.stages, ins).some((i) => (0,dockerfile_model/* copiesFile */._f)(i, lock)))
            return [];
        return [
            installFinding(lockfileNotCopied, ctx, install, {
                message: `${lock} is not copied before the install on line ${ins.line}, so dependencies are resolved afresh on every build`,
                fix: `COPY the lockfile with the manifest before the install (e.g. COPY package.json ${lock} ./)`
            })
        ];
    }
};

;// CONCATENATED MODULE: ./src/advisor/rules/no-cache-mount.ts
// A package install without a cache mount on its download cache: everything is downloaded again whenever the step re-runs.


const CACHE_DIRS = {
    npm: { dir: '/root/.npm', match: /\.npm\b/ },
    yarn: { dir: '/usr/local/share/.cache/yarn', match: /cache\/yarn|\.yarn/ },
    pnpm: { dir: '/root/.local/share/pnpm/store', match: /pnpm/ },
    pip: { dir: '/root/.cache/pip', match: /\.cache\/pip/ },
    uv: { dir: '/root/.cache/uv', match: /\.cache\/uv/ },
    poetry: { dir: '/root/.cache/pypoetry', match: /pypoetry/ },
    apt: { dir: '/var/cache/apt', match: /\/var\/cache\/apt/ }
};
const noCacheMount = {
    id: 'no-cache-mount',
    docs: 'an npm, yarn, pnpm, pip, uv, poetry or apt install without a cache mount on its cache; add RUN --mount=type=cache,target=<its cache dir>',
    severity: 'warning',
    scope: 'install',
    check(ctx, install) {
        const { manager, command, ins } = install;
        const cd = CACHE_DIRS[manager];
        if (!cd || (manager === 'pip' && (0,dockerfile_model/* hasFlag */.Lt)(command, '--no-cache-dir')))
            return [];
        if (cacheMountTargets(ins.flags).some((t) => cd.match.test(t)))
            return [];
        return [
            installFinding(noCacheMount, ctx, install, {
                message: `the ${manager} install on line ${ins.line} downloads everything again whenever the step re-runs; with a cache mount, buildstage (\`cache-mounts: auto\`) also carries the mount's contents across runners, so a fresh runner starts with the packages already downloaded`,
                fix: manager === 'apt'
                    ? 'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends ...'
                    : `RUN --mount=type=cache,target=${cd.dir} ${command}`
            })
        ];
    }
};

;// CONCATENATED MODULE: ./src/advisor/rules/npm-install-not-ci.ts
// An install that may rewrite the lockfile: `npm install`, or yarn, pnpm or `uv sync` without the frozen flag.


const INSTEAD = {
    npm: 'npm ci',
    yarn: 'yarn install --frozen-lockfile (yarn 2+: --immutable)',
    pnpm: 'pnpm install --frozen-lockfile',
    uv: 'uv sync --frozen'
};
const npmInstallNotCi = {
    id: 'npm-install-not-ci',
    docs: '`npm install` (or yarn, pnpm or uv without the frozen flag) may change the lockfile; use `npm ci` (or the frozen flag)',
    severity: 'warning',
    scope: 'install',
    check(ctx, install) {
        const { manager, command } = install;
        if (!isDependencyInstall(manager))
            return [];
        const notFrozen = (manager === 'npm' && /\bnpm\s+(install|i)\b/.test(command)) ||
            (manager === 'yarn' && !(0,dockerfile_model/* hasFlag */.Lt)(command, '--frozen-lockfile', '--immutable')) ||
            (manager === 'pnpm' && !(0,dockerfile_model/* hasFlag */.Lt)(command, '--frozen-lockfile')) ||
            (manager === 'uv' && /\buv\s+sync\b/.test(command) && !(0,dockerfile_model/* hasFlag */.Lt)(command, '--frozen', '--locked'));
        if (!notFrozen)
            return [];
        return [
            installFinding(npmInstallNotCi, ctx, install, {
                message: `\`${command}\` may change the lockfile and resolve different versions than the ones committed`,
                fix: `use \`${INSTEAD[manager]}\`: installs exactly the lockfile, and fails when it is out of date`
            })
        ];
    }
};

;// CONCATENATED MODULE: ./src/advisor/rules/package-manager-mismatch.ts

const package_manager_mismatch_INSTEAD = {
    yarn: 'install with yarn: RUN corepack enable && yarn install --frozen-lockfile',
    pnpm: 'install with pnpm: RUN corepack enable && pnpm install --frozen-lockfile',
    uv: 'install with uv: RUN uv sync --frozen --no-dev'
};
const packageManagerMismatch = {
    id: 'package-manager-mismatch',
    docs: 'the lockfile belongs to another package manager (yarn.lock or pnpm-lock.yaml installed with npm; uv.lock with pip); install with the manager the lockfile is for',
    severity: 'warning',
    scope: 'install',
    check(ctx, install) {
        const { manager, ins } = install;
        const lockfiles = dependencyLockfiles(ctx, manager);
        if (!lockfiles)
            return [];
        const { own, other } = lockfiles;
        if (own.length > 0 || !other)
            return [];
        return [
            installFinding(packageManagerMismatch, ctx, install, {
                message: `the context has ${other.lockfile} (${other.manager}) but line ${ins.line} installs with ${manager}: the lockfile is ignored and versions can drift from what was developed and tested`,
                fix: package_manager_mismatch_INSTEAD[other.manager] ?? `install with ${other.manager}`
            })
        ];
    }
};

// EXTERNAL MODULE: ./src/common/secret-name.ts
var secret_name = __webpack_require__(2741);
;// CONCATENATED MODULE: ./src/advisor/rules/secret-in-arg.ts
// An ARG or ENV named like a secret: build args and ENV are stored in the image history and provenance.

const secretInArg = {
    id: 'secret-in-arg',
    docs: 'an ARG or ENV named like a secret (stored in the image history and provenance); pass it as a build secret (RUN --mount=type=secret)',
    severity: 'error',
    scope: 'file',
    check(ctx) {
        const findings = [];
        for (const st of ctx.stages) {
            for (const ins of st.instructions) {
                if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV')
                    continue;
                const names = ins.keyword === 'ARG' ? [ins.args.split('=')[0].trim()] : [...ins.args.matchAll(/(\w+)(?:=|\s+)/g)].map((m) => m[1]);
                for (const n of names) {
                    if (!secret_name/* SECRET_NAME */.J.test(n))
                        continue;
                    findings.push({
                        id: secretInArg.id,
                        severity: secretInArg.severity,
                        file: ctx.file,
                        line: ins.line,
                        stage: st.name,
                        message: `${ins.keyword} ${n} looks like a secret: build args and ENV are stored in the image history and provenance`,
                        fix: `pass it as a build secret: RUN --mount=type=secret,id=${n.toLowerCase()} ... and \`secrets: ${n.toLowerCase()}=...\` (action) / --secret id=${n.toLowerCase()} (buildx)`
                    });
                }
            }
        }
        return findings;
    }
};

;// CONCATENATED MODULE: ./src/advisor/rules/single-stage-toolchain.ts

const TOOLCHAIN = /\b(build-essential|gcc|g\+\+|make|cmake|clang|python3?-dev|libc6?-dev|musl-dev|build-base|libpq-dev|libffi-dev)\b/;
const singleStageToolchain = {
    id: 'single-stage-toolchain',
    docs: 'gcc, make, build-essential, *-dev packages in the final image; build in a build stage and COPY --from it only the results',
    severity: 'warning',
    scope: 'install',
    check(ctx, install) {
        const { manager, command, ins } = install;
        if ((manager !== 'apt' && manager !== 'apk') || ins.stage !== ctx.final || !TOOLCHAIN.test(command))
            return [];
        return [
            installFinding(singleStageToolchain, ctx, install, {
                message: `build tools (${command.match(TOOLCHAIN)?.[0]}) are installed in the final image: size and attack surface it does not need at run time`,
                fix: 'install the toolchain in a build stage, build there, and COPY --from=build only the results into a slim final stage'
            })
        ];
    }
};

;// CONCATENATED MODULE: ./src/advisor/rules/index.ts










const RULES = [
    layerOrder,
    packageManagerMismatch,
    lockfileNotCopied,
    npmInstallNotCi,
    devDepsInFinal,
    noCacheMount,
    aptNoClean,
    singleStageToolchain,
    secretInArg,
    dockerignoreMissing
];

;// CONCATENATED MODULE: ./src/advisor/run.ts
// Runs the advisor's rules (src/advisor/rules/) over a Dockerfile, its .dockerignore and the
// files in the context. Pure. Each rule fires on a Dockerfile that has the problem and stays
// silent on its fixed twin (test/unit/advisor/rules/).


/** Which stage is the final image: `target`, else the last. */
function finalStage(stages, target) {
    if (target) {
        const i = stages.findIndex((s) => s.name === target.toLowerCase());
        if (i >= 0)
            return i;
    }
    return stages.length - 1;
}
function adviseRules(input) {
    const stages = (0,dockerfile_model.parseDockerfileModel)(input.dockerfileText);
    if (stages.length === 0)
        return [];
    const ctx = {
        input,
        stages,
        file: input.dockerfilePath,
        rootFiles: new Set(input.contextFiles.filter((f) => !f.slice(0, -1).includes('/')).map((f) => f.replace(/\/$/, ''))),
        final: finalStage(stages, input.target)
    };
    const findings = [];
    for (const install of stages.flatMap((s) => s.instructions.flatMap(dockerfile_model/* installsIn */.SJ))) {
        for (const rule of RULES)
            if (rule.scope === 'install')
                findings.push(...rule.check(ctx, install));
    }
    for (const rule of RULES)
        if (rule.scope === 'file')
            findings.push(...rule.check(ctx));
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
            let isDir;
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
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56950);
// Findings → job summary Markdown, terminal text, and GitHub annotations. Pure.

const ICON = { error: '🔴', warning: '🟠', info: '🔵' };
function costText(f) {
    if (!f.cost)
        return '';
    const c = f.cost;
    const parts = [`step ran ${c.cached ? '0s (cached)' : (0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(c.stepMs)}`];
    if (c.missCausedBy)
        parts.push(`re-ran because ${c.missCausedBy} changed`);
    if (c.estimatedSavingMs !== null)
        parts.push(`est. saving ~${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtMs */ .mq)(c.estimatedSavingMs)} per build`);
    return parts.join('; ');
}
function renderAdvisorMarkdown(findings, opts = {}) {
    if (findings.length === 0)
        return '### Dockerfile advisor\n\nNo findings.\n';
    const out = ['### Dockerfile advisor', '', '| | finding | where | what it cost | fix |', '|---|---|---|---|---|'];
    for (const f of findings) {
        const url = opts.lineUrl?.(f.line);
        const where = url ? `<a href="${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(url)}">${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(f.file)}:${f.line}</a>` : `${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(f.file)}:${f.line}`;
        out.push(`| ${ICON[f.severity]} | <code>${f.id}</code> ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(f.message)} | ${where} | ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(costText(f))} | ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(f.fix)} |`);
    }
    const est = findings.filter((f) => f.cost?.estimatedSavingMs);
    if (est.length)
        out.push('', `<sub>Savings are estimates from the measured step times (${[...new Set(est.map((f) => f.cost?.basis ?? ''))].map((b) => (0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(b)).join('; ')}).</sub>`);
    out.push('');
    return out.join('\n');
}
function renderAdvisorTerminal(findings, opts) {
    if (findings.length === 0)
        return 'no findings';
    const col = (code, s) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
    const sev = { error: col('31', 'error  '), warning: col('33', 'warning'), info: col('36', 'info   ') };
    return findings
        .map((f) => [
        `${sev[f.severity]} ${f.file}:${f.line} ${col('1', f.id)}: ${f.message}`,
        `        fix: ${f.fix}`,
        ...(f.cost ? [`        cost: ${costText(f)}`] : [])
    ].join('\n'))
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


/***/ })

};

//# sourceMappingURL=193.index.js.map