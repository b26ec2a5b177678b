export const id = 63;
export const ids = [63];
export const modules = {

/***/ 14063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: runCli, usage

;// CONCATENATED MODULE: ./src/cli/io.ts
function processIO() {
    return {
        stdout: (t) => void process.stdout.write(t),
        stderr: (t) => void process.stderr.write(t),
        isTTY: Boolean(process.stdout.isTTY),
        cwd: process.cwd(),
        env: process.env
    };
}
/** Captures output, for tests. */
function memoryIO(overrides = {}) {
    const out = [];
    const err = [];
    return {
        stdout: (t) => void out.push(t),
        stderr: (t) => void err.push(t),
        isTTY: false,
        cwd: process.cwd(),
        env: {},
        ...overrides,
        out,
        err
    };
}

;// CONCATENATED MODULE: ./src/cli.ts
// `node dist/cli.js <command>`: the local CLI on the same core as the actions.

// Each command's modules load only when it runs (the ECR command needs the AWS SDK; build does not).
const lazy = (load, pick) => async (argv, io) => pick(await load())(argv, io);
const COMMANDS = {
    build: { run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(175), __webpack_require__.e(279), __webpack_require__.e(167), __webpack_require__.e(657), __webpack_require__.e(620), __webpack_require__.e(582), __webpack_require__.e(990)]).then(__webpack_require__.bind(__webpack_require__, 11990)), (m) => m.runBuildCommand), about: 'build (and push) an image with buildx and print the timing breakdown' },
    report: { run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(463), __webpack_require__.e(657), __webpack_require__.e(722)]).then(__webpack_require__.bind(__webpack_require__, 22722)), (m) => m.runReportCommand), about: 'timing report from a saved rawjson stream' },
    compare: { run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(175), __webpack_require__.e(279), __webpack_require__.e(463), __webpack_require__.e(657), __webpack_require__.e(393), __webpack_require__.e(797)]).then(__webpack_require__.bind(__webpack_require__, 72797)), (m) => m.runCompareCommand), about: 'compare two timing reports (base vs head)' },
    advise: { run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(175), __webpack_require__.e(279), __webpack_require__.e(167), __webpack_require__.e(657), __webpack_require__.e(620), __webpack_require__.e(724), __webpack_require__.e(680)]).then(__webpack_require__.bind(__webpack_require__, 75680)), (m) => m.runAdviseCommand), about: 'Dockerfile advisor: what makes the build slow or the image big, with its measured cost' },
    ecr: { run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(175), __webpack_require__.e(463), __webpack_require__.e(249), __webpack_require__.e(815), __webpack_require__.e(501), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 62584)), (m) => m.runEcrCommand), about: 'ECR lifecycle: validate | evaluate | apply | cleanup' },
    tags: { run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(175), __webpack_require__.e(279), __webpack_require__.e(167), __webpack_require__.e(657), __webpack_require__.e(620), __webpack_require__.e(582), __webpack_require__.e(233)]).then(__webpack_require__.bind(__webpack_require__, 62233)), (m) => m.runTagsCommand), about: 'tags, labels and annotations for a git context (tag-rules and flavor in docker/metadata-action syntax)' },
    changed: { run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(232)]).then(__webpack_require__.bind(__webpack_require__, 43232)), (m) => m.runChangedCommand), about: 'monorepo: which images changed since a git ref (a build matrix)' },
    bake: { run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(175), __webpack_require__.e(279), __webpack_require__.e(167), __webpack_require__.e(657), __webpack_require__.e(620), __webpack_require__.e(582), __webpack_require__.e(490), __webpack_require__.e(127)]).then(__webpack_require__.bind(__webpack_require__, 20081)), (m) => m.runBakeCommand), about: 'many images in one buildx bake (compose / docker-bake files), one report split per target' }
};
function usage() {
    const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
    return [
        'usage: node dist/cli.js <command> [options]   (<command> --help for its options)',
        '',
        ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.about}`)
    ].join('\n');
}
async function runCli(argv, io) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(usage() + '\n');
        return name ? 0 : 2;
    }
    const command = COMMANDS[name];
    if (!command) {
        io.stderr(`error: unknown command "${name}"\n${usage()}\n`);
        return 2;
    }
    return command.run(rest, io);
}
/** Entry used by dist/cli.js. */
async function main() {
    process.exitCode = await runCli(process.argv.slice(2), processIO());
}


/***/ })

};
