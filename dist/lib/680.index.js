export const id = 680;
export const ids = [680];
export const modules = {

/***/ 75680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAdviseCommand: () => (/* binding */ runAdviseCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _advisor_advise_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91083);
/* harmony import */ var _advisor_render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76078);
// `node dist/cli.js advise --file Dockerfile [--context DIR] [--report R.json] [--target T] [--skip id,id] [--json] [--fail-on warning|error]`





const USAGE = 'usage: node dist/cli.js advise --file Dockerfile [--context DIR] [--report R.json] [--target T] [--skip id,id] [--json] [--fail-on warning|error]\n' +
    '  exits 0 when it ran (findings are advice); with --fail-on, exits 1 when a finding is at least that severe';
async function runAdviseCommand(argv, io) {
    try {
        const { values: v } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: argv,
            options: {
                file: { type: 'string' },
                context: { type: 'string' },
                report: { type: 'string' },
                target: { type: 'string' },
                skip: { type: 'string' },
                json: { type: 'boolean' },
                'fail-on': { type: 'string' },
                help: { type: 'boolean', short: 'h' }
            }
        });
        if (v.help) {
            io.stdout(USAGE + '\n');
            return 0;
        }
        if (!v.file)
            throw new Error('--file is required: the Dockerfile to read');
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, v.file);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            throw new Error(`--file ${v.file}: no such file`);
        if (v['fail-on'] && !['warning', 'error'].includes(v['fail-on']))
            throw new Error(`--fail-on ${v['fail-on']}: write warning or error`);
        const context = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, v.context ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(v.file));
        const report = v.report ? JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, v.report), 'utf8')) : undefined;
        const findings = (0,_advisor_advise_js__WEBPACK_IMPORTED_MODULE_3__/* .adviseDockerfile */ .Jd)({ ...(0,_advisor_advise_js__WEBPACK_IMPORTED_MODULE_3__/* .loadAdvisorInput */ .p4)(file, context, v.file), report, target: v.target, skip: v.skip ? v.skip.split(',').map((s) => s.trim()) : [] });
        io.stdout(v.json ? JSON.stringify({ findings }, null, 2) + '\n' : (0,_advisor_render_js__WEBPACK_IMPORTED_MODULE_4__/* .renderAdvisorTerminal */ .vy)(findings, { color: io.isTTY }) + '\n');
        const failOn = v['fail-on'];
        if (failOn && findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning')))
            return 1;
        return 0;
    }
    catch (e) {
        io.stderr(`error: ${e.message}\n${USAGE}\n`);
        return 2;
    }
}


/***/ })

};
