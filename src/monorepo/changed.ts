// Which images of a monorepo must be rebuilt for a change: a service's inputs are its own
// directory, its Dockerfile, the workspace packages it depends on (transitively, from the
// package.json `workspace:` dependencies) and the root manifests and lockfile. Pure.

export interface ServiceSpec {
  name: string;
  /** Build context, relative to the repository root of the monorepo. */
  context: string;
  file: string;
  image: string;
  target?: string;
}

export interface WorkspacePackage {
  name: string;
  /** Directory relative to the monorepo root. */
  dir: string;
  workspaceDeps: string[];
}

export interface ServiceDecision {
  service: ServiceSpec;
  build: boolean;
  /** The changed files that triggered the build, or why it is skipped. */
  reason: string;
  inputs: string[];
}

export const ROOT_INPUTS = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package-lock.json', 'yarn.lock', '.dockerignore'];

/** Workspace packages a directory's package depends on, transitively. */
export function workspaceClosure(start: WorkspacePackage, all: WorkspacePackage[]): WorkspacePackage[] {
  const byName = new Map(all.map((p) => [p.name, p]));
  const seen = new Map<string, WorkspacePackage>();
  const stack = [...start.workspaceDeps];
  while (stack.length) {
    const n = stack.pop() as string;
    const p = byName.get(n);
    if (!p || seen.has(n)) continue;
    seen.set(n, p);
    stack.push(...p.workspaceDeps);
  }
  return [...seen.values()];
}

const under = (file: string, dir: string) => dir === '' || dir === '.' || file === dir || file.startsWith(`${dir.replace(/\/$/, '')}/`);

export function decideBuilds(
  services: ServiceSpec[],
  packages: WorkspacePackage[],
  changedFiles: string[],
  serviceDir: (s: ServiceSpec) => string
): ServiceDecision[] {
  return services.map((service) => {
    const dir = serviceDir(service);
    const own = packages.find((p) => p.dir === dir);
    const deps = own ? workspaceClosure(own, packages) : [];
    const inputs = [dir, service.file, ...deps.map((d) => d.dir), ...ROOT_INPUTS];
    const hits = changedFiles.filter((f) => inputs.some((i) => under(f, i)));
    return {
      service,
      build: hits.length > 0,
      reason: hits.length
        ? `changed: ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ` (+${hits.length - 5} more)` : ''}`
        : `skipped: none of its inputs changed (${inputs.slice(0, 3 + deps.length).join(', ')}, root manifests)`,
      inputs
    };
  });
}

/** The GitHub Actions matrix for the services to build. */
export function buildMatrix(decisions: ServiceDecision[]): { include: Array<{ name: string; context: string; file: string; image: string; target?: string }> } {
  return {
    include: decisions
      .filter((d) => d.build)
      .map((d) => ({
        name: d.service.name,
        context: d.service.context,
        file: d.service.file,
        image: d.service.image,
        ...(d.service.target ? { target: d.service.target } : {})
      }))
  };
}
