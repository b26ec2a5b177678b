// docker/metadata-action's outputs from the build plan: version, tags, tag-names, labels,
// annotations and json, joined with sep-tags / sep-labels / sep-annotations; with computed
// tags also exported as DOCKER_METADATA_OUTPUT_<NAME> as metadata-action does, unless
// DOCKER_METADATA_SET_OUTPUT_ENV is false.
import type { Inputs } from '../../inputs/inputs.js';
import { metadataJson, type Metadata } from '../../plan/metadata.js';

export type OutputSink = { setOutput: (name: string, value: string) => void; exportVariable: (name: string, value: string) => void };

/** The outputs by name, as strings. */
export function metadataOutputs(md: Metadata, i: Pick<Inputs, 'sep-tags' | 'sep-labels' | 'sep-annotations'>): Record<string, string> {
  return {
    version: md.version ?? '',
    tags: md.tags.join(i['sep-tags']),
    'tag-names': md.tagNames.join(i['sep-tags']),
    labels: md.labels.join(i['sep-labels']),
    annotations: md.annotations.join(i['sep-annotations']),
    json: JSON.stringify(metadataJson(md))
  };
}

/** metadata-action's DOCKER_METADATA_SET_OUTPUT_ENV: on unless a false boolean. */
export function outputEnvEnabled(env: NodeJS.ProcessEnv): boolean {
  const v = (env.DOCKER_METADATA_SET_OUTPUT_ENV ?? '').trim();
  return !/^(false|0|no|off|f|n)$/i.test(v);
}

export function setMetadataOutputs(md: Metadata, computed: boolean, i: Pick<Inputs, 'sep-tags' | 'sep-labels' | 'sep-annotations'>, env: NodeJS.ProcessEnv, sink: OutputSink): void {
  const exportEnv = computed && outputEnvEnabled(env);
  for (const [name, value] of Object.entries(metadataOutputs(md, i))) {
    sink.setOutput(name, value);
    if (exportEnv) sink.exportVariable(`DOCKER_METADATA_OUTPUT_${name.replace(/\W/g, '_').toUpperCase()}`, value);
  }
}
