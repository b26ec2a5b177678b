// The advisor's rules: Dockerfile + .dockerignore + the files in the context → findings.
// Pure. Each rule fires on a Dockerfile that has the problem and stays silent on its
// fixed twin (test/fixtures/dockerfiles/).
import { isIgnored, parseDockerignore } from './dockerignore.js';
import {
  before,
  copiesFile,
  copiesWholeContext,
  copySources,
  envBefore,
  hasFlag,
  installsIn,
  parseDockerfileModel,
  type Install,
  type Manager,
  type Stage
} from '../dockerfile/model.js';
import type { Finding } from './types.js';
import { SECRET_NAME } from '../plan/build-plan.js';

export interface AdvisorInput {
  dockerfileText: string;
  /** Path shown in findings and annotations (relative to the repository). */
  dockerfilePath: string;
  /** Files and directories at the context root and below (relative, `/`-separated; dirs end in `/`). */
  contextFiles: string[];
  dockerignoreText: string | null;
  target?: string;
}

const LOCKFILES: Record<Manager, string[]> = {
  npm: ['package-lock.json', 'npm-shrinkwrap.json'],
  yarn: ['yarn.lock'],
  pnpm: ['pnpm-lock.yaml'],
  uv: ['uv.lock'],
  poetry: ['poetry.lock'],
  pip: [],
  apt: [],
  apk: []
};

const CACHE_DIRS: Partial<Record<Manager, { dir: string; match: RegExp }>> = {
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
export function finalStage(stages: Stage[], target?: string): number {
  if (target) {
    const i = stages.findIndex((s) => s.name === target.toLowerCase());
    if (i >= 0) return i;
  }
  return stages.length - 1;
}

function cacheMountTargets(flags: string[]): string[] {
  return flags.filter((f) => /^--mount=/.test(f) && /type=cache/.test(f)).map((f) => /target=([^,\s]+)/.exec(f)?.[1] ?? '');
}

export function adviseRules(input: AdvisorInput): Finding[] {
  const stages = parseDockerfileModel(input.dockerfileText);
  if (stages.length === 0) return [];
  const file = input.dockerfilePath;
  const rootFiles = new Set(input.contextFiles.filter((f) => !f.slice(0, -1).includes('/')).map((f) => f.replace(/\/$/, '')));
  const findings: Finding[] = [];
  const final = finalStage(stages, input.target);
  const installs: Install[] = stages.flatMap((s) => s.instructions.flatMap(installsIn));
  const stageName = (i: number) => stages[i].name;

  for (const inst of installs) {
    const { manager, command, ins } = inst;
    const prior = before(stages, ins);
    const isDeps = ['npm', 'yarn', 'pnpm', 'pip', 'uv', 'poetry'].includes(manager);

    if (isDeps) {
      // layer-order: the whole context (or the source tree) copied before the install
      const wide = prior.filter((i) => copiesWholeContext(i) || copySources(i).some((s) => /^(\.\/)?(src|app|lib|apps|packages)\/?$/.test(s)));
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
      const present = (m: Manager) => LOCKFILES[m].filter((l) => rootFiles.has(l));
      const own = present(manager);
      const others = (['npm', 'yarn', 'pnpm', 'uv', 'poetry'] as Manager[]).filter((m) => m !== manager && present(m).length > 0);
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
      if (lockToCopy && !prior.some((i) => copiesFile(i, lockToCopy))) {
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
      const notFrozen =
        (manager === 'npm' && /\bnpm\s+(install|i)\b/.test(command)) ||
        (manager === 'yarn' && !hasFlag(command, '--frozen-lockfile', '--immutable')) ||
        (manager === 'pnpm' && !hasFlag(command, '--frozen-lockfile')) ||
        (manager === 'uv' && /\buv\s+sync\b/.test(command) && !hasFlag(command, '--frozen', '--locked'));
      if (notFrozen) {
        const instead: Record<string, string> = { npm: 'npm ci', yarn: 'yarn install --frozen-lockfile (yarn 2+: --immutable)', pnpm: 'pnpm install --frozen-lockfile', uv: 'uv sync --frozen' };
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
        const env = envBefore(stages, ins);
        const prod =
          (manager === 'npm' && (hasFlag(command, '--omit=dev', '--production', '--only=prod', '--only=production', '--omit') || env.get('NODE_ENV') === 'production')) ||
          (manager === 'yarn' && (hasFlag(command, '--production') || env.get('NODE_ENV') === 'production')) ||
          (manager === 'pnpm' && (hasFlag(command, '--prod', '-P') || env.get('NODE_ENV') === 'production')) ||
          (manager === 'uv' && (hasFlag(command, '--no-dev') || /uv\s+pip\s+install/.test(command))) ||
          (manager === 'poetry' && (/--without\s+dev|--only\s+main|--no-dev|--without=dev|--only=main/.test(command))) ||
          manager === 'pip';
        if (!prod) {
          const flag: Record<string, string> = { npm: 'npm ci --omit=dev', yarn: 'yarn install --frozen-lockfile --production', pnpm: 'pnpm install --frozen-lockfile --prod', uv: 'uv sync --frozen --no-dev', poetry: 'poetry install --only main' };
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
    if (cd && !(manager === 'pip' && hasFlag(command, '--no-cache-dir'))) {
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
          fix:
            manager === 'apt'
              ? 'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends ...'
              : `RUN --mount=type=cache,target=${cd.dir} ${command}`
        });
      }
    }

    // apt-no-clean
    if (manager === 'apt') {
      const targets = cacheMountTargets(ins.flags);
      const noRecommends = hasFlag(command, '--no-install-recommends');
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
      if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV') continue;
      const names = ins.keyword === 'ARG' ? [ins.args.split('=')[0].trim()] : [...ins.args.matchAll(/(\w+)(?:=|\s+)/g)].map((m) => m[1]);
      for (const n of names) {
        if (!SECRET_NAME.test(n)) continue;
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
  } else {
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
