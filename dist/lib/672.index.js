export const id = 672;
export const ids = [672];
export const modules = {

/***/ 57672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_3__);
// The action's post step (action.yml `post:`, `post-if: always()`): runs at the end of the job
// whatever happened — success, failure, cancellation — and removes what the main step left:
// a buildx it could not stop, the temp directory (secret files, metadata, the rawjson stream,
// the report), and a builder it created (none today: the action uses the builder it is given).
// It never fails the job.




/** A process that is still running and is docker buildx (never another process that reused the pid). */
function liveBuildx(pid) {
    try {
        process.kill(pid, 0);
    }
    catch {
        return false;
    }
    try {
        return /buildx/.test((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/cmdline`, 'utf8'));
    }
    catch {
        return false;
    }
}
function runPost() {
    try {
        const pid = Number(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu('buildx-pid'));
        if (Number.isInteger(pid) && pid > 0 && liveBuildx(pid)) {
            process.kill(pid, 'SIGKILL');
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`buildstage post: buildx (pid ${pid}) was still running after the main step; stopped it`);
        }
        const tempDir = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu('temp-dir');
        // only the directory the main step made (RUNNER_TEMP/buildstage-xxxxxxxx)
        if (tempDir && /^buildstage-[0-9a-f]{8}$/.test((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(tempDir)) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(tempDir)) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tempDir, { recursive: true, force: true });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`buildstage post: removed ${tempDir}`);
        }
        const builder = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu('created-builder');
        if (builder) {
            const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_3__.spawnSync)('docker', ['buildx', 'rm', '--force', builder], { encoding: 'utf8' });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(r.status === 0 ? `buildstage post: removed the builder ${builder}` : `buildstage post: could not remove the builder ${builder}: ${r.stderr.trim()}`);
        }
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`buildstage post: cleanup incomplete: ${e.message}`);
    }
}


/***/ })

};

//# sourceMappingURL=672.index.js.map