export const id = 232;
export const ids = [232];
export const modules = {

/***/ 43232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runChangedCommand: () => (/* binding */ runChangedCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/monorepo/changed.ts
// Which images of a monorepo must be rebuilt for a change: a service's inputs are its own
// directory, its Dockerfile, the workspace packages it depends on (transitively, from the
// package.json `workspace:` dependencies) and the root manifests and lockfile. Pure.
const ROOT_INPUTS = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package-lock.json', 'yarn.lock', '.dockerignore'];
/** Workspace packages a directory's package depends on, transitively. */
function workspaceClosure(start, all) {
    const byName = new Map(all.map((p) => [p.name, p]));
    const seen = new Map();
    const stack = [...start.workspaceDeps];
    while (stack.length) {
        const n = stack.pop();
        const p = byName.get(n);
        if (!p || seen.has(n))
            continue;
        seen.set(n, p);
        stack.push(...p.workspaceDeps);
    }
    return [...seen.values()];
}
const under = (file, dir) => dir === '' || dir === '.' || file === dir || file.startsWith(`${dir.replace(/\/$/, '')}/`);
function decideBuilds(services, packages, changedFiles, serviceDir) {
    return services.map((service) => {
        const dir = serviceDir(service);
        const own = packages.find((p) => p.dir === dir);
        const deps = own ? workspaceClosure(own, packages) : [];
        const inputs = [dir, service.file, ...deps.map((d) => d.dir), ...ROOT_INPUTS];
        const hits = changedFiles.filter((f) => inputs.some((i) => under(f, i)));
        return {
            service,
            build: hits.length > 0,
            reason: hits.length ? `changed: ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ` (+${hits.length - 5} more)` : ''}` : `skipped: none of its inputs changed (${inputs.slice(0, 3 + deps.length).join(', ')}, root manifests)`,
            inputs
        };
    });
}
/** The GitHub Actions matrix for the services to build. */
function buildMatrix(decisions) {
    return {
        include: decisions.filter((d) => d.build).map((d) => ({ name: d.service.name, context: d.service.context, file: d.service.file, image: d.service.image, ...(d.service.target ? { target: d.service.target } : {}) }))
    };
}

// EXTERNAL MODULE: ./src/schemas/check.ts
var check = __webpack_require__(44936);
;// CONCATENATED MODULE: ./src/schemas/monorepo.ts

const path = { type: 'string', minLength: 1 };
const SERVICES_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'buildstage services file (monorepo images and where they are built from)',
    type: 'object',
    required: ['services'],
    properties: {
        services: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'context', 'file', 'image'],
                additionalProperties: false,
                properties: { name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' }, context: path, file: path, image: path, target: path }
            }
        }
    }
};
function parseServices(data, source) {
    return (0,check/* checkJson */.Zs)(SERVICES_SCHEMA, data, source).services;
}
const deps = { type: 'object', additionalProperties: { type: 'string' } };
/** The parts of a workspace package.json the change detection reads (other keys are the package's own). */
const WORKSPACE_PACKAGE_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: { name: { type: 'string' }, dependencies: deps, devDependencies: deps }
};
function parseWorkspacePackage(data, source) {
    return (0,check/* checkJson */.Zs)(WORKSPACE_PACKAGE_SCHEMA, data, source);
}

;// CONCATENATED MODULE: ./src/cli/changed-command.ts
// `node dist/cli.js changed --root DIR --base REF [--head REF] [--services FILE] [--json]`:
// which monorepo images to build for the change between two refs, as a build matrix.







const USAGE = 'usage: node dist/cli.js changed --root DIR --base REF [--head REF] [--services FILE] [--json]\n  FILE (default DIR/buildstage.services.json): {"services":[{"name","context","file","image","target"?}]}';
function workspacePackages(root) {
    const out = [];
    for (const group of ['apps', 'packages', 'services', 'libs']) {
        const g = (0,external_node_path_.join)(root, group);
        if (!(0,external_node_fs_.existsSync)(g))
            continue;
        for (const d of (0,external_node_fs_.readdirSync)(g)) {
            const pj = (0,external_node_path_.join)(g, d, 'package.json');
            if (!(0,external_node_fs_.existsSync)(pj))
                continue;
            const pkg = parseWorkspacePackage((0,check/* parseJsonText */.lk)((0,external_node_fs_.readFileSync)(pj, 'utf8'), pj), pj);
            const deps = { ...pkg.dependencies, ...pkg.devDependencies };
            out.push({ name: pkg.name ?? d, dir: `${group}/${d}`, workspaceDeps: Object.entries(deps).filter(([, v]) => v.startsWith('workspace:')).map(([k]) => k) });
        }
    }
    return out;
}
async function runChangedCommand(argv, io) {
    try {
        const { values: v } = (0,external_node_util_.parseArgs)({ args: argv, options: { root: { type: 'string' }, base: { type: 'string' }, head: { type: 'string' }, services: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
        if (v.help) {
            io.stdout(USAGE + '\n');
            return 0;
        }
        if (!v.base)
            throw new Error('--base is required (e.g. origin/main, or the PR base sha)');
        const root = (0,external_node_path_.resolve)(io.cwd, v.root ?? '.');
        const servicesFile = (0,external_node_path_.resolve)(io.cwd, v.services ?? (0,external_node_path_.join)(root, 'buildstage.services.json'));
        if (!(0,external_node_fs_.existsSync)(servicesFile))
            throw new Error(`--services ${servicesFile}: no such file`);
        const services = parseServices((0,check/* parseJsonText */.lk)((0,external_node_fs_.readFileSync)(servicesFile, 'utf8'), servicesFile), `--services ${servicesFile}`);
        const top = (0,external_node_child_process_.execFileSync)('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8' }).trim();
        const prefix = (0,external_node_path_.relative)(top, root);
        const range = `${v.base}...${v.head ?? 'HEAD'}`;
        const changed = (0,external_node_child_process_.execFileSync)('git', ['diff', '--name-only', range, '--', '.'], { cwd: root, encoding: 'utf8' })
            .split('\n')
            .filter(Boolean)
            .map((f) => (prefix ? (0,external_node_path_.relative)(prefix, f) : f));
        const decisions = decideBuilds(services, workspacePackages(root), changed, (s) => (0,external_node_path_.dirname)(s.file).replace(/^\.\//, ''));
        const result = { matrix: buildMatrix(decisions), skipped: decisions.filter((d) => !d.build).map((d) => ({ name: d.service.name, reason: d.reason })), changedFiles: changed.length };
        if (v.json)
            io.stdout(JSON.stringify(result) + '\n');
        else
            io.stdout(decisions.map((d) => `${d.build ? 'build' : 'skip '} ${d.service.name}: ${d.reason}`).join('\n') + '\n');
        return 0;
    }
    catch (e) {
        io.stderr(`error: ${e.message}\n${USAGE}\n`);
        return 2;
    }
}


/***/ }),

/***/ 44936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ SchemaError),
/* harmony export */   Zs: () => (/* binding */ checkJson),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   qA: () => (/* binding */ validatorFor)
/* harmony export */ });
/* unused harmony exports describeError, problemsOf */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_0__);
// JSON read from users (timing reports, DescribeImages output, lifecycle policies, services
// files, buildx metadata) is checked against a JSON Schema with ajv before anything uses it;
// a problem is one line naming the file and the JSON pointer of each field that is wrong.

const ajv = new ajv__WEBPACK_IMPORTED_MODULE_0__.Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const compiled = new WeakMap();
function validatorFor(schema) {
    let v = compiled.get(schema);
    if (!v) {
        v = ajv.compile(schema);
        compiled.set(schema, v);
    }
    return v;
}
/** A JSON document that does not have the shape it must have. */
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
/** Returns `data` typed when it matches `schema`; throws a SchemaError naming `source` otherwise. */
function checkJson(schema, data, source) {
    const v = validatorFor(schema);
    if (!v(data))
        throw new SchemaError(source, problemsOf(v.errors));
    return data;
}
/** Parses JSON text; a syntax error names the source. */
function parseJsonText(text, source) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new SchemaError(source, [`not JSON (${e.message})`]);
    }
}


/***/ })

};
