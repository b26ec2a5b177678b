export const id = 762;
export const ids = [762];
export const modules = {

/***/ 47632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   Ys: () => (/* binding */ BadInputError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   cU: () => (/* binding */ EXIT_CODES_HELP),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   mD: () => (/* binding */ isUsageError)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
// The CLI's exit codes, the same for every command (stated in `--help` and the README):
//   0  it ran and did its job
//   1  it ran and the job failed (a build, a bake, a cleanup; advise --fail-on's finding)
//   2  bad usage or input: an unknown or missing flag, a bad value, a file that is missing
//      or is not what the flag takes. Nothing ran.
// Commands return OK or FAILED and throw for bad usage or input; src/cli/main.ts maps what
// they throw to a code (exitCodeOf) in one place.


const EXIT = { OK: 0, FAILED: 1, USAGE: 2 };
const EXIT_CODES_HELP = 'exit codes: 0 ok, 1 the job failed (build, bake, cleanup, advise --fail-on), 2 bad usage or input (nothing ran)';
/** Bad usage (an unknown, missing or malformed flag): exit 2, with the command's usage. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** Input given to the CLI that cannot be used (a missing or malformed file): exit 2, one line. */
class BadInputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BadInputError';
    }
}
/** node:util parseArgs' own errors (unknown option, missing value, positional), told by their code (Node's errors may come from another realm). */
function isParseArgsError(e) {
    const code = e && typeof e === 'object' ? e.code : undefined;
    return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
/** What an error says: its message (an Error from any realm), else the value as text. */
function messageOf(e) {
    const m = e && typeof e === 'object' ? e.message : undefined;
    return typeof m === 'string' ? m : String(e);
}
/** True for an error that is the user's usage (print the usage with it). */
function isUsageError(e) {
    return e instanceof UsageError || isParseArgsError(e);
}
/** The exit code of what a command threw: bad usage or input is 2, anything else (the job failed) 1. */
function exitCodeOf(e) {
    return isUsageError(e) || e instanceof BadInputError || e instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d || e instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaError */ .A ? EXIT.USAGE : EXIT.FAILED;
}


/***/ }),

/***/ 40381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: runCli, usage

// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(47632);
// EXTERNAL MODULE: external "node:tty"
var external_node_tty_ = __webpack_require__(7066);
;// CONCATENATED MODULE: ./src/cli/io.ts
// What a CLI command may touch: its argv, its output streams and its environment.
// Commands (src/cli/command.ts) and runCli (src/cli/main.ts) take an io, so tests run
// them in-process with captured output.

function processIO() {
    return {
        stdout: (t) => void process.stdout.write(t),
        stderr: (t) => void process.stderr.write(t),
        isTTY: (0,external_node_tty_.isatty)(1),
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

;// CONCATENATED MODULE: ./src/cli/main.ts


// Each command's modules load only when it runs (the ECR command needs the AWS SDK; build does not).
const COMMANDS = {
    build: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(175), __webpack_require__.e(167), __webpack_require__.e(618), __webpack_require__.e(578), __webpack_require__.e(54), __webpack_require__.e(881), __webpack_require__.e(990)]).then(__webpack_require__.bind(__webpack_require__, 11990))).buildCommand, about: 'build (and push) an image with buildx and print the timing breakdown' },
    report: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(279), __webpack_require__.e(618), __webpack_require__.e(149)]).then(__webpack_require__.bind(__webpack_require__, 8149))).reportCommand, about: 'timing report from a saved rawjson stream' },
    compare: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(279), __webpack_require__.e(618), __webpack_require__.e(986), __webpack_require__.e(591)]).then(__webpack_require__.bind(__webpack_require__, 72797))).compareCommand, about: 'compare two timing reports (base vs head)' },
    advise: {
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(279), __webpack_require__.e(618), __webpack_require__.e(193), __webpack_require__.e(398)]).then(__webpack_require__.bind(__webpack_require__, 75680))).adviseCommand,
        about: 'Dockerfile advisor: what makes the build slow or the image big, with its measured cost'
    },
    ecr: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(175), __webpack_require__.e(249), __webpack_require__.e(815), __webpack_require__.e(501), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 62584))).ecrCommand, about: 'ECR lifecycle: validate | evaluate | apply | cleanup' },
    tags: {
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(175), __webpack_require__.e(167), __webpack_require__.e(578), __webpack_require__.e(233)]).then(__webpack_require__.bind(__webpack_require__, 62233))).tagsCommand,
        about: 'tags, labels and annotations for a git context (tag-rules and flavor in docker/metadata-action syntax)'
    },
    changed: {
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(232)]).then(__webpack_require__.bind(__webpack_require__, 43232))).changedCommand,
        about: 'monorepo: which images changed since a git ref (a build matrix)'
    },
    bake: {
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(175), __webpack_require__.e(167), __webpack_require__.e(618), __webpack_require__.e(578), __webpack_require__.e(54), __webpack_require__.e(490), __webpack_require__.e(127)]).then(__webpack_require__.bind(__webpack_require__, 20081))).bakeCommand,
        about: 'many images in one buildx bake (compose / docker-bake files), one report split per target'
    }
};
function usage() {
    const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
    return [
        'usage: node dist/cli.js <command> [options]   (<command> --help for its options)',
        '',
        ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.about}`),
        '',
        exit/* EXIT_CODES_HELP */.cU
    ].join('\n');
}
/** Runs one command line; returns the exit code (0 ok, 1 the job failed, 2 bad usage or input). */
async function runCli(argv, io) {
    const [name, ...rest] = argv;
    if (name === '--help' || name === '-h' || name === 'help') {
        io.stdout(usage() + '\n');
        return exit/* EXIT */.dc.OK;
    }
    const entry = name ? COMMANDS[name] : undefined;
    if (!entry) {
        io.stderr(`error: ${name ? `unknown command "${name}"` : 'no command given'}\n${usage()}\n`);
        return exit/* EXIT */.dc.USAGE;
    }
    const command = await entry.load();
    try {
        return await command.run(rest, io);
    }
    catch (e) {
        // bad usage gets the command's usage; bad input (a file, a value) and a failed job one line
        io.stderr(`error: ${(0,exit/* messageOf */.bD)(e)}\n${(0,exit/* isUsageError */.mD)(e) ? `${command.usage}\n` : ''}`);
        return (0,exit/* exitCodeOf */.FO)(e);
    }
}
/** Entry used by dist/cli.js: the exit code is set, not forced, so piped output is written out first. */
async function main() {
    process.exitCode = await runCli(process.argv.slice(2), processIO());
}


/***/ }),

/***/ 71922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ SchemaError),
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
// The errors every part of buildstage throws for a user to act on. Light on purpose: no
// schema validator, no Dockerfile parser (the CLI's exit codes read these on every run).
/** An error a user can act on: which input, what was wrong, what to write instead. */
class InputError extends Error {
    input;
    problem;
    fix;
    constructor(input, problem, fix) {
        super(`Input "${input}": ${problem}; ${fix}.`);
        this.input = input;
        this.problem = problem;
        this.fix = fix;
        this.name = 'InputError';
    }
}
/** A JSON document that does not have the shape it must have (src/schemas/check.ts). */
class SchemaError extends Error {
    source;
    problems;
    constructor(source, problems) {
        const shown = problems.slice(0, 4).join('; ');
        super(`${source}: ${shown}${problems.length > 4 ? ` (and ${problems.length - 4} more)` : ''}`);
        this.source = source;
        this.problems = problems;
        this.name = 'SchemaError';
    }
}


/***/ })

};

//# sourceMappingURL=762.index.js.map