export const id = 11;
export const ids = [11];
export const modules = {

/***/ 24011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ WHOLE_CONTEXT),
/* harmony export */   K1: () => (/* binding */ copySources),
/* harmony export */   Lt: () => (/* binding */ hasFlag),
/* harmony export */   SJ: () => (/* binding */ installsIn),
/* harmony export */   _R: () => (/* binding */ copiesWholeContext),
/* harmony export */   _f: () => (/* binding */ copiesFile),
/* harmony export */   cy: () => (/* binding */ chain),
/* harmony export */   gM: () => (/* binding */ before),
/* harmony export */   parseDockerfileModel: () => (/* binding */ parseDockerfileModel),
/* harmony export */   zE: () => (/* binding */ envBefore)
/* harmony export */ });
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78390);
// The Dockerfile as buildstage reads it (the timing model and the advisor): stages (with the stage each is built FROM),
// instructions with their flags, and the package installs inside RUN commands. Parsed with
// dockerfile-ast; only the shell text of RUN commands is matched with patterns. Pure.

function splitFlags(rest) {
    const flags = [];
    let s = rest.trim();
    for (;;) {
        const m = /^(--[\w-]+(?:=(?:"[^"]*"|'[^']*'|\S)*)?)\s*/.exec(s);
        if (!m)
            break;
        flags.push(m[1]);
        s = s.slice(m[0].length);
    }
    return { flags, args: s };
}
function parseDockerfileModel(text) {
    const df = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(text);
    const lines = text.split(/\r?\n/);
    const stages = [];
    for (const ins of df.getInstructions()) {
        const keyword = ins.getKeyword().toUpperCase();
        const r = ins.getRange();
        const raw = lines.slice(r.start.line, r.end.line + 1).join('\n');
        const afterKeyword = raw
            .replace(/^\s*\S+/, '')
            .replace(/\\\r?\n/g, ' ')
            .replace(/[ \t]+/g, ' ');
        const { flags, args } = splitFlags(afterKeyword);
        if (keyword === 'FROM') {
            const m = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(args);
            const image = m?.[1] ?? '';
            const name = m?.[2]?.toLowerCase() ?? `stage-${stages.length}`;
            const parentIdx = stages.findIndex((s) => s.name === image.toLowerCase());
            stages.push({ index: stages.length, name, parent: parentIdx >= 0 ? parentIdx : null, image, instructions: [] });
        }
        if (stages.length === 0)
            continue;
        const st = stages[stages.length - 1];
        st.instructions.push({ keyword, flags, args: args.trim(), line: r.start.line + 1, endLine: r.end.line + 1, stage: st.index });
    }
    return stages;
}
/** The stage and its ancestors (FROM <stage>), nearest first. */
function chain(stages, index) {
    const out = [];
    let cur = index;
    const seen = new Set();
    while (cur !== null && !seen.has(cur)) {
        seen.add(cur);
        out.push(stages[cur]);
        cur = stages[cur].parent;
    }
    return out;
}
/** Instructions visible before `ins` in its stage chain (ancestors' instructions, then its own earlier ones). */
function before(stages, ins) {
    const ch = chain(stages, ins.stage).reverse();
    const out = [];
    for (const st of ch)
        for (const i of st.instructions)
            if (st.index !== ins.stage || i.line < ins.line)
                out.push(i);
    return out;
}
const INSTALL_PATTERNS = [
    ['npm', /\bnpm\s+(?:ci|install|i)\b/],
    ['yarn', /\byarn(?:\s+install\b|(?=\s*$)|(?=\s+--))/],
    ['pnpm', /\bpnpm\s+(?:install|i)\b/],
    ['uv', /\buv\s+(?:sync\b|pip\s+install\b)/],
    ['poetry', /\bpoetry\s+install\b/],
    ['pip', /\b(?:pip3?|python3?\s+-m\s+pip)\s+install\b/],
    ['apt', /\bapt(?:-get)?\s+(?:-\S+\s+)*install\b/],
    ['apk', /\bapk\s+(?:--\S+\s+)*add\b/]
];
/** Package installs in a RUN command, one per shell segment. Global tool installs (npm -g, pip install uv) are not dependency installs. */
function installsIn(ins) {
    if (ins.keyword !== 'RUN')
        return [];
    const out = [];
    for (const seg of ins.args.split(/&&|\|\||;|\n/)) {
        const s = seg.trim();
        for (const [manager, re] of INSTALL_PATTERNS) {
            if (!re.test(s))
                continue;
            if (manager === 'npm' && /\s(-g|--global)\b/.test(s))
                continue;
            if (manager === 'pnpm' && /\s(-g|--global)\b/.test(s))
                continue;
            if (manager === 'pip' && !/-r\s|--requirement|\s\.(\s|$)|-e\s/.test(s))
                continue; // `pip install uv` installs a tool
            out.push({ manager, command: s, ins });
            break;
        }
    }
    return out;
}
const hasFlag = (cmd, ...flags) => flags.some((f) => new RegExp(`(^|\\s)${f.replace(/[-]/g, '\\-')}(?=\\s|=|$)`).test(cmd));
/** COPY/ADD sources (not --from), JSON or shell form. */
function copySources(ins) {
    if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD')
        return [];
    if (ins.flags.some((f) => f.startsWith('--from')))
        return [];
    let parts;
    const a = ins.args.trim();
    if (a.startsWith('[')) {
        try {
            parts = JSON.parse(a);
        }
        catch {
            parts = a.split(/\s+/);
        }
    }
    else
        parts = a.split(/\s+/);
    return parts.slice(0, -1);
}
const WHOLE_CONTEXT = new Set(['.', './', '*', '/', './*']);
function globMatch(pattern, name) {
    const re = new RegExp(`^${pattern
        .replace(/^\.\//, '')
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '.')}$`);
    return re.test(name);
}
/** Does this COPY bring `file` (a context-root file name) into the image? */
function copiesFile(ins, file) {
    return copySources(ins).some((s) => WHOLE_CONTEXT.has(s) || globMatch(s, file));
}
function copiesWholeContext(ins) {
    return copySources(ins).some((s) => WHOLE_CONTEXT.has(s));
}
/** The ENV values set before an instruction in its stage chain. */
function envBefore(stages, ins) {
    const env = new Map();
    for (const i of before(stages, ins)) {
        if (i.keyword !== 'ENV')
            continue;
        const re = /(\w+)(?:=|\s+)("[^"]*"|'[^']*'|\S+)/g;
        for (const m of i.args.matchAll(re))
            env.set(m[1], m[2].replace(/^["']|["']$/g, ''));
    }
    return env;
}


/***/ })

};

//# sourceMappingURL=11.index.js.map