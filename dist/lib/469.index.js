export const id = 469;
export const ids = [469];
export const modules = {

/***/ 58469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startCacheMounts: () => (/* binding */ startCacheMounts)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_SIZE, runDocker */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _plan_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70769);
/* harmony import */ var _plan_git_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74725);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68048);
// Cache mounts across runners, the shell: before the build, fetch each mount's saved
// contents (Actions cache or registry) and put them into the builder's cache mounts with
// one scratch build; after it, for the mounts whose steps ran, take them out with another
// scratch build and store them. Every failure here is a warning: the build never fails
// because a cache mount could not be carried. The decisions are in plan.ts.







const DEFAULT_MAX_SIZE = '2g';
/** Runs docker, output (stdout and stderr) collected; never throws. */
const runDocker = (args, o) => new Promise((done) => {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('docker', args, { env: o.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const add = (d) => {
        output += d.toString('utf8');
        // keep the tail only: a big restore prints little, but a failing one may print a lot
        if (output.length > 4_000_000)
            output = output.slice(-2_000_000);
    };
    child.stdout.on('data', add);
    child.stderr.on('data', add);
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs);
    child.on('error', (e) => {
        clearTimeout(timer);
        done({ code: 127, output: String(e) });
    });
    child.on('close', (code) => {
        clearTimeout(timer);
        done({ code: code ?? 1, output });
    });
});
const lastLines = (text, n = 12) => text.trim().split('\n').slice(-n).join('\n');
function timingFor(m, note) {
    return { id: m.id, target: m.target, uses: m.uses, key: null, restored: false, restoredFrom: null, restoredBytes: null, restoreMs: 0, stepRan: false, saved: false, savedBytes: null, saveMs: 0, note };
}
function fileSize(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(p).size;
    }
    catch {
        return null;
    }
}
/** Moves a directory, copying when rename cannot (another file system). */
function move(from, to) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(to, { recursive: true, force: true });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.renameSync)(from, to);
    }
    catch {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.cpSync)(from, to, { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(from, { recursive: true, force: true });
    }
}
const ANNOTATION = 'org.buildstage.cache-mount.key';
function manifestKey(raw) {
    try {
        return JSON.parse(raw).annotations?.[ANNOTATION] ?? null;
    }
    catch {
        return null;
    }
}
/** Registry manifest → compressed size of its layers (a plain image manifest, as the save pushes). */
function layerBytes(raw) {
    try {
        const m = JSON.parse(raw);
        return m.layers ? m.layers.reduce((a, l) => a + (l.size ?? 0), 0) : null;
    }
    catch {
        return null;
    }
}
/**
 * Plans the build's cache mounts, restores their contents into the builder, and returns
 * the function that saves them after the build (null when there is nothing to carry).
 */
async function startCacheMounts(req) {
    const { inputs, log } = req;
    const docker = req.docker ?? runDocker;
    const setting = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCacheMountsSetting */ .W0)(inputs['cache-mounts']);
    if (setting.mode === 'none')
        return null;
    if (!req.dockerfilePath || !(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(req.dockerfilePath)) {
        log.info('cache mounts: no local Dockerfile to read them from; not carried');
        return null;
    }
    const maxSizeBytes = inputs['cache-mounts-max-size'] || (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .parseByteSize */ .nS)('cache-mounts-max-size', DEFAULT_MAX_SIZE);
    const native = req.facts.platforms[0] ?? 'linux/amd64';
    const platform = inputs.platforms[0] ?? native;
    const all = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .discoverCacheMounts */ .a3)((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(req.dockerfilePath, 'utf8'), { target: inputs.target, buildArgs: inputs['build-args'], platform, buildPlatform: native });
    const { mounts, warnings } = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .selectCacheMounts */ .rK)(all, setting);
    for (const w of warnings)
        log.warning(w);
    if (mounts.length === 0)
        return null;
    const storage = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .planMountStorage */ .e6)({
        backend: req.plan.cache.backend,
        cacheFrom: req.plan.cache.cacheFrom,
        cacheTo: req.plan.cache.cacheTo,
        hasActionsCache: req.cache !== null && (0,_plan_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .hasActionsCacheService */ .t7)(req.env),
        writeAllowed: !(0,_plan_git_context_js__WEBPACK_IMPORTED_MODULE_5__/* .isPullRequest */ .r0)(req.ctx) || inputs['cache-write-on-pr']
    });
    if (storage.kind === 'none') {
        log.info(`cache mounts: ${mounts.map((m) => m.id).join(', ')} not carried across runners (${storage.reason})`);
        return null;
    }
    const contextDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(req.cwd, req.plan.context);
    const hasContext = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(contextDir) && (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(contextDir).isDirectory();
    const read = (rel) => {
        if (!hasContext)
            return null;
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(contextDir, rel);
        if (!p.startsWith(contextDir))
            return null;
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(p).isFile() ? (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(p) : null;
        }
        catch {
            return null;
        }
    };
    const img = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .imageSlug */ .fx)(inputs.images, req.plan.tags);
    const plat = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .platformSlug */ .DN)([platform]);
    const work = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(req.tempDir, 'cache-mounts');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)(work, { recursive: true });
    const carried = [];
    const skipped = [];
    const slugs = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .mountSlugs */ .Wb)(mounts);
    for (const [i, m] of mounts.entries()) {
        if (m.skip) {
            skipped.push(timingFor(m, m.skip));
            continue;
        }
        const s = slugs[i];
        const c = { mount: m, slot: `m${carried.length}`, slug: s, hash: (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .contentHash */ .Ae)(m, read).hash, timing: timingFor(m, null) };
        if (storage.kind === 'gha') {
            const k = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .ghaMountKeys */ .w0)(img, s, plat, c.hash);
            Object.assign(c, { dir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(req.cacheRoot, 'buildstage-mounts', `${img}-${s}`), key: k.key, restoreKeys: k.restoreKeys });
            c.timing.key = k.key;
        }
        else {
            const p = inputs.platforms.length ? plat : null;
            c.readRefs = storage.readRefs.map((r) => (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .registryMountRef */ .qW)(r, s, p));
            c.writeRef = storage.writeRef ? (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .registryMountRef */ .qW)(storage.writeRef, s, p) : null;
            c.timing.key = c.writeRef ?? c.readRefs[0] ?? null;
        }
        carried.push(c);
    }
    for (const t of skipped)
        log.info(`cache mount ${t.id}: not carried (${t.note})`);
    if (carried.length === 0)
        return null;
    const common = [...(inputs.builder ? ['--builder', inputs.builder] : []), '--progress=plain', ...(inputs.platforms.length ? ['--platform', platform] : [])];
    const ns = inputs['build-args'].find((b) => b.startsWith('BUILDKIT_CACHE_MOUNT_NS='));
    if (ns)
        common.push('--build-arg', ns);
    const where = storage.kind === 'gha' ? 'the Actions cache' : 'the registry';
    // ---- restore -------------------------------------------------------------
    // Only contents that can help are put into the builder: those saved with other lockfiles
    // (the step will run: its lockfile layer changed). Contents saved with these very
    // lockfiles came from a build that also exported the step to the build cache, so the
    // step is expected cached; restoring them would cost every code-change build a download
    // for nothing. no-cache / no-cache-filters restore them too.
    const restoreExact = inputs['no-cache'] || inputs['no-cache-filters'].length > 0;
    const restoreStart = Date.now();
    await log.group(`Cache mounts: look up ${carried.length} in ${where}`, async () => {
        await Promise.all(carried.map(async (c) => {
            const t0 = Date.now();
            try {
                if (storage.kind === 'gha') {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(c.dir, { recursive: true, force: true });
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)(c.dir, { recursive: true });
                    const hit = await req.cache.restoreCache([c.dir], c.key, c.restoreKeys, { lookupOnly: true });
                    if (!hit)
                        c.timing.note = 'nothing saved yet';
                    else {
                        c.timing.restoredFrom = hit === c.key ? 'exact' : 'previous';
                        c.timing.key = hit;
                        if (c.timing.restoredFrom === 'previous' || restoreExact) {
                            const got = await req.cache.restoreCache([c.dir], hit);
                            const size = fileSize((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(c.dir, 'mount.tar'));
                            if (got && size !== null) {
                                c.download = true;
                                c.timing.restoredBytes = size;
                            }
                            else
                                c.timing.note = 'the entry could not be downloaded';
                        }
                    }
                }
                else {
                    const misses = [];
                    for (const ref of c.readRefs) {
                        const r = await docker(['buildx', 'imagetools', 'inspect', ...(inputs.builder ? ['--builder', inputs.builder] : []), '--raw', ref], { env: req.env, timeoutMs: 60_000 });
                        if (r.code !== 0) {
                            misses.push(`${ref}: ${lastLines(r.output, 1)}`);
                            continue;
                        }
                        // the save annotates the manifest with the content hash of the lockfiles it was saved with
                        c.timing.restoredFrom = manifestKey(r.output) === c.hash ? 'exact' : 'previous';
                        c.timing.restoredBytes = layerBytes(r.output);
                        c.timing.key = ref;
                        if (c.timing.restoredFrom === 'previous' || restoreExact) {
                            c.from = ref;
                            c.download = true;
                        }
                        break;
                    }
                    if (!c.timing.key || c.timing.restoredFrom === null) {
                        c.timing.note = 'nothing saved yet';
                        log.info(`cache mount ${c.mount.id}: nothing saved yet (${misses.join('; ')})`);
                    }
                }
                if (c.timing.restoredFrom === 'exact' && !c.download) {
                    c.timing.note = 'saved with these lockfiles: its step is expected from the build cache, so not restored';
                    log.info(`cache mount ${c.mount.id}: ${c.timing.key} was saved with these lockfiles; its step is expected from the build cache, so it is not restored`);
                }
            }
            catch (e) {
                c.timing.note = `restore failed: ${e.message}`;
                log.warning(`cache mount ${c.mount.id}: restore failed (the build goes on with an empty cache mount): ${e.message}`);
            }
            c.timing.restoreMs = Date.now() - t0;
        }));
        const found = carried.filter((c) => c.download);
        if (found.length === 0)
            return;
        const ctxDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(work, 'restore-context');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)(ctxDir, { recursive: true });
        if (storage.kind === 'gha')
            for (const c of found)
                move(c.dir, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(ctxDir, c.slot));
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(work, 'Dockerfile.restore');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(file, (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .restoreDockerfile */ .Xg)(found[0].mount.image, found.map((c) => ({ ...c.mount, slot: c.slot, from: c.from ?? null })), `restore-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}`));
        const t0 = Date.now();
        const r = await docker(['buildx', 'build', ...common, '-f', file, '--output', 'type=cacheonly', ctxDir], { env: req.env, timeoutMs: 30 * 60_000 });
        const injectMs = Date.now() - t0;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(ctxDir, { recursive: true, force: true });
        const slots = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .parseScratchOutput */ .Zx)(r.output);
        for (const c of found) {
            c.timing.restoreMs += injectMs;
            const s = slots.get(c.slot);
            if (r.code === 0 && s?.status === 'restored') {
                c.timing.restored = true;
                log.info(`cache mount ${c.mount.id}: restored ${c.timing.restoredFrom === 'exact' ? 'the contents saved with these lockfiles' : 'the contents saved with earlier lockfiles'} from ${c.timing.key} (${c.timing.restoredBytes ?? '?'} bytes) in ${c.timing.restoreMs} ms`);
            }
            else {
                c.timing.note = `restore build failed${s ? ` (${s.status})` : ''}`;
                log.warning(`cache mount ${c.mount.id}: could not be restored into the builder (the build goes on with an empty cache mount):\n${lastLines(r.output)}`);
            }
        }
    });
    const restoreMs = Date.now() - restoreStart;
    // ---- save ------------------------------------------------------------------
    return async (report, exitCode) => {
        const saveStart = Date.now();
        const limitKb = Math.floor(maxSizeBytes / 1024);
        const toSave = [];
        for (const c of carried) {
            const ran = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .mountStepsRan */ .Mq)(c.mount, report?.steps ?? null);
            c.timing.stepRan = ran.ran;
            const why = !ran.ran ? 'the steps that use it were cached: nothing new to save'
                : !ran.known && exitCode !== 0 ? 'the build failed and its steps are unknown'
                    : ran.failed ? 'the step that uses it failed'
                        : storage.kind === 'gha' && !storage.write ? 'pull request builds do not save (cache-write-on-pr: false)'
                            : storage.kind === 'registry' && !c.writeRef ? 'pull request builds do not save (cache-write-on-pr: false)'
                                : c.timing.restoredFrom === 'exact' ? `already saved with these lockfiles${c.timing.restored ? '' : ' (the build cache did not have its step, so it ran without them)'}`
                                    : null;
            if (why) {
                if (ran.ran || !c.timing.note || c.timing.restored)
                    c.timing.note = why;
            }
            else
                toSave.push(c);
        }
        if (toSave.length > 0) {
            await log.group(`Cache mounts: save ${toSave.length} to ${where}`, async () => {
                try {
                    if (storage.kind === 'gha')
                        await saveToActionsCache(toSave);
                    else
                        await Promise.all(toSave.map(saveToRegistry));
                }
                catch (e) {
                    log.warning(`cache mounts: save failed: ${e.message}`);
                }
            });
        }
        return { storage: storage.kind === 'gha' ? 'gha' : 'registry', restoreMs, saveMs: toSave.length ? Date.now() - saveStart : 0, maxSizeBytes, mounts: [...carried.map((c) => c.timing), ...skipped] };
        async function saveToActionsCache(list) {
            const out = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(work, 'save-out');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(out, { recursive: true, force: true });
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(work, 'Dockerfile.save');
            const image = list[0].mount.image;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(file, (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .saveDockerfile */ .UG)(image, list.map((c) => ({ ...c.mount, slot: c.slot })), { limitKb, nonce: `save-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}` }));
            const empty = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(work, 'empty-context');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)(empty, { recursive: true });
            const t0 = Date.now();
            const r = await docker(['buildx', 'build', ...common, '-f', file, '--output', `type=local,dest=${out}`, empty], { env: req.env, timeoutMs: 30 * 60_000 });
            const extractMs = Date.now() - t0;
            const slots = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .parseScratchOutput */ .Zx)(r.output);
            if (r.code !== 0) {
                for (const c of list)
                    c.timing.note = 'save build failed';
                log.warning(`cache mounts: could not take the contents out of the builder (nothing saved):\n${lastLines(r.output)}`);
                return;
            }
            await Promise.all(list.map(async (c) => {
                const s = slots.get(c.slot);
                c.timing.saveMs = extractMs;
                if (s?.kb !== null && s?.kb !== undefined)
                    c.timing.savedBytes = s.kb * 1024;
                if (s?.status !== 'saved') {
                    noteNotSaved(c, s?.status ?? 'missing', s?.kb ?? null);
                    return;
                }
                const t1 = Date.now();
                try {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)(c.dir, { recursive: true });
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(c.dir, 'mount.tar'), { force: true });
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.renameSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(out, c.slot, 'mount.tar'), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(c.dir, 'mount.tar'));
                    const id = await req.cache.saveCache([c.dir], c.key);
                    if (id === -1) {
                        c.timing.note = 'the Actions cache did not take it (see the lines above)';
                        log.warning(`cache mount ${c.mount.id}: not saved (the Actions cache did not take ${c.key})`);
                    }
                    else {
                        c.timing.saved = true;
                        c.timing.key = c.key;
                        c.timing.note = null;
                        log.info(`cache mount ${c.mount.id}: saved ${c.timing.savedBytes ?? '?'} bytes as ${c.key}`);
                    }
                }
                catch (e) {
                    c.timing.note = `save failed: ${e.message}`;
                    log.warning(`cache mount ${c.mount.id}: not saved: ${e.message}`);
                }
                c.timing.saveMs += Date.now() - t1;
            }));
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(out, { recursive: true, force: true });
        }
        async function saveToRegistry(c) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(work, `Dockerfile.save-${c.slot}`);
            const labels = { 'org.buildstage.cache-mount.id': c.mount.id, [ANNOTATION]: c.hash };
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(file, (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .saveDockerfile */ .UG)(c.mount.image, [{ ...c.mount, slot: c.slot }], { limitKb, nonce: `save-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}`, registry: { labels } }));
            const empty = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(work, 'empty-context');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)(empty, { recursive: true });
            const t0 = Date.now();
            const output = `type=image,name=${c.writeRef},push=true,oci-mediatypes=true,compression=zstd,annotation.${ANNOTATION}=${c.hash}`;
            const r = await docker(['buildx', 'build', ...common, '--provenance=false', '-f', file, '--output', output, empty], { env: req.env, timeoutMs: 30 * 60_000 });
            c.timing.saveMs = Date.now() - t0;
            const s = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .parseScratchOutput */ .Zx)(r.output).get(c.slot);
            if (s?.kb !== null && s?.kb !== undefined)
                c.timing.savedBytes = s.kb * 1024;
            if (r.code === 0 && s?.status === 'saved') {
                c.timing.saved = true;
                c.timing.key = c.writeRef;
                c.timing.note = null;
                log.info(`cache mount ${c.mount.id}: saved ${c.timing.savedBytes ?? '?'} bytes as ${c.writeRef}`);
            }
            else if (s && s.status !== 'saved')
                noteNotSaved(c, s.status, s.kb);
            else {
                c.timing.note = 'save build failed';
                log.warning(`cache mount ${c.mount.id}: not saved to ${c.writeRef}:\n${lastLines(r.output)}`);
            }
        }
        function noteNotSaved(c, status, kb) {
            if (status === 'too-big') {
                c.timing.note = `larger than cache-mounts-max-size (${kb} KiB > ${limitKb} KiB): not saved`;
                log.warning(`cache mount ${c.mount.id}: ${Math.round((kb ?? 0) / 1024)} MiB is over cache-mounts-max-size (${Math.round(limitKb / 1024)} MiB), so it was not saved; raise the limit or trim the cache in the step`);
            }
            else if (status === 'empty')
                c.timing.note = 'empty after the build: nothing to save (is the target the directory the tool caches in?)';
            else {
                c.timing.note = `save build: ${status}`;
                log.warning(`cache mount ${c.mount.id}: not saved (${status})`);
            }
        }
    };
}


/***/ })

};
