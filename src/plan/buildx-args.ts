// inputs + buildx facts + environment → the exact `docker buildx build` argv. Pure.
// The order and the version gates follow docker/build-push-action, so that with the same
// inputs the argv is the same, plus `--progress=rawjson` (the timing report reads it).
import { parse } from 'csv-parse/sync';
import { parseBoolean as boolish } from '../common/bool.js';
import { versionAtLeast } from '../common/version.js';
import type { Inputs } from '../inputs/inputs.js';

export interface BuildxFacts {
  /** buildx version, e.g. 0.13.1 (null when unknown: every gate treated as satisfied). */
  version: string | null;
  /** BuildKit version reported by the builder node, e.g. v0.13.2 or v0.12.5-moby. */
  buildkitVersion: string | null;
  driver: string | null;
}

export interface SecretToWrite {
  id: string;
  /** Temp file the shell writes before running buildx; never printed. */
  path: string;
  value: string;
}

export interface ArgvInput {
  inputs: Inputs;
  /** Final tags (given or computed). */
  tags: string[];
  /** Final labels (given plus computed OCI labels). */
  labels: string[];
  cacheFrom: string[];
  cacheTo: string[];
  context: string;
  /** The context is the default git context (as build-push-action: add GIT_AUTH_TOKEN). */
  gitContext: boolean;
  buildx: BuildxFacts;
  env: NodeJS.ProcessEnv;
  /** Where buildx writes its files, and where string secrets go. */
  paths: { iidFile: string; metadataFile: string; secretDir: string };
  serverUrl: string;
  repoPrivate: boolean;
  runUrl: string | null;
  fileExists: (path: string) => boolean;
}

export interface ArgvResult {
  argv: string[];
  secrets: SecretToWrite[];
  /** Secret ids only, for the plan and logs. */
  secretIds: string[];
  warnings: string[];
  rawjson: boolean;
}

/** buildx's version is `min` or later (unknown: assumed current, as build-push-action does). Every gate is a minimum. */
export function buildxAtLeast(version: string | null, min: string): boolean {
  return versionAtLeast(version, min) ?? true;
}

/** build-push-action's rule: with the docker driver only a `-moby` BuildKit version counts; unknown is too old. */
export function buildkitAtLeast(facts: BuildxFacts, min: string): boolean {
  const bk = facts.buildkitVersion;
  if (!bk) return false;
  if (facts.driver === 'docker' && !bk.endsWith('-moby')) return false;
  return versionAtLeast(bk, min) ?? false;
}

function csvRecords(text: string): string[][] {
  return parse(text, { delimiter: ',', trim: true, columns: false, relax_column_count: true });
}

export function hasExporterType(name: string, exporters: string[]): boolean {
  if (exporters.length === 0) return false;
  for (const record of csvRecords(exporters.join('\n'))) {
    if (record.length === 1 && !record[0].startsWith('type=')) return name === 'local';
    for (const chunk of record) {
      const [k, v] = chunk.split('=').map((s) => s.trim());
      if (k === 'type' && v === name) return true;
    }
  }
  return false;
}

export function hasAttestationType(name: string, attrs: string): boolean {
  for (const record of csvRecords(attrs)) {
    for (const chunk of record) {
      const [k, v] = chunk.split('=').map((s) => s.trim());
      if (k === 'type' && v === name) return true;
    }
  }
  return false;
}

/** A bare boolean attribute means disabled=!value (buildx's attest syntax). */
export function resolveAttestationAttrs(attrs: string): string {
  const out: string[] = [];
  for (const record of csvRecords(attrs)) {
    for (const attr of record) {
      const b = boolish(attr);
      out.push(b === null ? attr : `disabled=${!b}`);
    }
  }
  return out.join(',');
}

export function resolveProvenanceAttrs(input: string, runUrl: string | null): string {
  const builderId = runUrl ? `builder-id=${runUrl}` : '';
  if (!input) return builderId;
  const fields = csvRecords(input)[0] ?? [];
  if (fields.some((f) => f.split('=')[0].trim() === 'builder-id') || !builderId) return input;
  return `${input},${builderId}`;
}

/** `KEY=value` as build-push-action splits it (at the first `=`); both sides required. */
export function splitSecret(kvp: string, input: string): [string, string] {
  const i = kvp.indexOf('=');
  const key = i > 0 ? kvp.slice(0, i) : '';
  const value = i >= 0 ? kvp.slice(i + 1) : '';
  if (!key || !value) throw new Error(`Input "${input}": an entry is not KEY=value; write one KEY=value per line`);
  return [key, value];
}

export function buildxArgv(a: ArgvInput): ArgvResult {
  const { inputs: i, buildx } = a;
  const argv: string[] = ['build'];
  const warnings: string[] = [];
  const secrets: SecretToWrite[] = [];
  const secretIds: string[] = [];
  const rawjson = buildxAtLeast(buildx.version, '0.12.0');
  if (rawjson) argv.push('--progress=rawjson');
  else warnings.push(`buildx ${buildx.version} has no rawjson progress (needs >= 0.12.0): the build runs, without the timing report`);

  const stringSecret = (kvp: string, input: string) => {
    const [id, value] = splitSecret(kvp, input);
    const path = `${a.paths.secretDir}/secret-${secrets.length}`;
    secrets.push({ id, path, value });
    secretIds.push(id);
    argv.push('--secret', `id=${id},src=${path}`);
  };

  for (const h of i['add-hosts']) argv.push('--add-host', h);
  for (const al of i.allow) argv.push('--allow', al);
  if (buildxAtLeast(buildx.version, '0.12.0')) {
    for (const an of i.annotations) argv.push('--annotation', an);
  } else if (i.annotations.length > 0) {
    warnings.push("Annotations are only supported by buildx >= 0.12.0; the input 'annotations' is ignored.");
  }
  for (const ba of i['build-args']) argv.push('--build-arg', ba);
  if (buildxAtLeast(buildx.version, '0.8.0')) {
    for (const bc of i['build-contexts']) argv.push('--build-context', bc);
  } else if (i['build-contexts'].length > 0) {
    warnings.push("Build contexts are only supported by buildx >= 0.8.0; the input 'build-contexts' is ignored.");
  }
  for (const cf of a.cacheFrom) argv.push('--cache-from', cf);
  for (const ct of a.cacheTo) argv.push('--cache-to', ct);
  if (i.call) {
    if (!buildxAtLeast(buildx.version, '0.15.0')) {
      throw new Error(
        `Input "call": buildx >= 0.15.0 is required to use the call flag (installed: ${buildx.version}); upgrade buildx with docker/setup-buildx-action or remove "call"`
      );
    }
    argv.push('--call', i.call);
  }
  if (i['cgroup-parent']) argv.push('--cgroup-parent', i['cgroup-parent']);
  for (const se of i['secret-envs']) {
    try {
      const [id, envName] = splitSecret(se, 'secret-envs');
      secretIds.push(id);
      argv.push('--secret', `id=${id},env=${envName}`);
    } catch (e) {
      warnings.push((e as Error).message);
    }
  }
  if (i.file) argv.push('--file', i.file);
  if (!hasExporterType('local', i.outputs) && !hasExporterType('tar', i.outputs) && (i.platforms.length === 0 || buildxAtLeast(buildx.version, '0.4.2'))) {
    argv.push('--iidfile', a.paths.iidFile);
  }
  for (const l of a.labels) argv.push('--label', l);
  for (const f of i['no-cache-filters']) argv.push('--no-cache-filter', f);
  for (const o of i.outputs) argv.push('--output', o);
  if (i.platforms.length > 0) argv.push('--platform', i.platforms.join(','));
  if (buildxAtLeast(buildx.version, '0.10.0')) {
    argv.push(...attestArgs(a));
  } else if (i.attests.length > 0 || i.provenance || i.sbom) {
    warnings.push("Attestations are only supported by buildx >= 0.10.0; the inputs 'attests', 'provenance' and 'sbom' are ignored.");
  }
  for (const s of i.secrets) {
    try {
      stringSecret(s, 'secrets');
    } catch (e) {
      warnings.push((e as Error).message);
    }
  }
  for (const sf of i['secret-files']) {
    try {
      const [id, path] = splitSecret(sf, 'secret-files');
      if (!a.fileExists(path)) throw new Error(`Input "secret-files": secret file ${path} not found`);
      secretIds.push(id);
      argv.push('--secret', `id=${id},src=${path}`);
    } catch (e) {
      warnings.push((e as Error).message);
    }
  }
  if (i['github-token'] && a.gitContext && !i.secrets.some((s) => s.startsWith('GIT_AUTH_TOKEN='))) {
    stringSecret(`GIT_AUTH_TOKEN.${new URL(a.serverUrl).host}=${i['github-token']}`, 'github-token');
  }
  if (i['shm-size']) argv.push('--shm-size', i['shm-size']);
  for (const s of i.ssh) argv.push('--ssh', s);
  for (const t of a.tags) argv.push('--tag', t);
  if (i.target) argv.push('--target', i.target);
  for (const u of i.ulimit) argv.push('--ulimit', u);
  // common args
  if (i.builder) argv.push('--builder', i.builder);
  if (i.load) argv.push('--load');
  if (buildxAtLeast(buildx.version, '0.6.0')) argv.push('--metadata-file', a.paths.metadataFile);
  if (i.network) argv.push('--network', i.network);
  if (i['no-cache']) argv.push('--no-cache');
  if (i.pull) argv.push('--pull');
  if (i.push) argv.push('--push');
  argv.push(a.context);
  return { argv, secrets, secretIds, warnings, rawjson };
}

function attestArgs(a: ArgvInput): string[] {
  const i = a.inputs;
  const args: string[] = [];
  const hasAttestProvenance = i.attests.some((x) => hasAttestationType('provenance', x));
  let provenanceSet = false;
  let sbomSet = false;
  const noDefault = boolish(a.env.BUILDX_NO_DEFAULT_ATTESTATIONS ?? '') === true;
  if (i.provenance) {
    args.push('--attest', resolveAttestationAttrs(`type=provenance,${i.provenance}`));
    provenanceSet = true;
  } else if (!hasAttestProvenance && !noDefault && buildkitAtLeast(a.buildx, '0.11.0') && !(i.load || hasExporterType('docker', i.outputs))) {
    const attrs = a.repoPrivate ? 'mode=min,inline-only=true' : 'mode=max';
    args.push('--attest', `type=provenance,${resolveProvenanceAttrs(attrs, a.runUrl)}`);
  }
  if (i.sbom) {
    args.push('--attest', resolveAttestationAttrs(`type=sbom,${i.sbom}`));
    sbomSet = true;
  }
  for (const at of i.attests) {
    const isProv = hasAttestationType('provenance', at);
    const isSbom = hasAttestationType('sbom', at);
    if (!isProv && !isSbom) args.push('--attest', resolveAttestationAttrs(at));
    else if (!provenanceSet && isProv) args.push('--attest', resolveProvenanceAttrs(at, a.runUrl));
    else if (!sbomSet && isSbom) args.push('--attest', at);
  }
  return args;
}
