// The timing report's JSON Schema (published as schemas/timing-report.schema.json: the
// versioned contract users build on), and the one way a report is read back: the version
// checked first, the document checked against the schema, and the fields an earlier writer
// left out filled in, so that compare and the renderers always get a whole report.
// Required is only the documented minimum: schemaVersion, durationMs and steps, each step
// with name, cached and durationMs. Unknown keys are allowed (optional fields added within
// schemaVersion 1); a new schemaVersion is a clear error.
import { parseStepName } from '../timing/vertex.js';
import type { FailedStep, ImageInfo, PhaseTimings, StageTiming, StepTiming, TimingReport } from '../timing/types.js';
import { checkJson, parseJsonText } from './check.js';
import { SchemaError } from '../common/errors.js';

export const TIMING_REPORT_SCHEMA_VERSION = 1;

const ms = { type: 'number', minimum: 0 } as const;
const nullableMs = { type: ['number', 'null'], minimum: 0 } as const;
const nullableString = { type: ['string', 'null'] } as const;
const line = { type: ['integer', 'null'], minimum: 1 } as const;
const strings = { type: 'array', items: { type: 'string' } } as const;

export const TIMING_REPORT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/buildstage/buildstage/schemas/timing-report.schema.json',
  title: 'buildstage timing report',
  description:
    'The timing report of one image build (the `report` output of the buildstage action, `node dist/cli.js build --report-json`). schemaVersion 1. Only schemaVersion, durationMs and steps are required (earlier writers left fields out); readers fill the rest with their defaults. Optional fields may be added within version 1; a change to an existing field bumps schemaVersion. All times are wall-clock milliseconds.',
  type: 'object',
  required: ['schemaVersion', 'durationMs', 'steps'],
  properties: {
    schemaVersion: { const: 1, description: 'The version of this shape.' },
    durationMs: { ...ms, description: 'Wall time of the whole build: first vertex start to last vertex end.' },
    cacheHitRatio: { type: ['number', 'null'], minimum: 0, maximum: 1, description: 'Cached steps / counted steps (FROM, internal and export vertexes excluded); null when no step counts.' },
    stages: {
      type: 'array',
      description: 'Dockerfile stages, in start order. Stage times are wall times; parallel stages overlap and do not add up.',
      items: {
        type: 'object',
        required: ['name', 'durationMs'],
        properties: {
          name: { type: 'string', description: 'Stage name (`AS deps`), or stage-N for unnamed stages.' },
          platform: { ...nullableString, description: 'Platform of a multi-platform build, else null.' },
          durationMs: ms,
          startMs: { ...nullableMs, description: 'Start offset from the build start.' },
          steps: { type: 'integer', minimum: 0, description: 'Steps that count for the cache (FROM excluded).' },
          cachedSteps: { type: 'integer', minimum: 0, description: 'Of those, the ones BuildKit reported cached.' },
          index: { type: 'integer', minimum: 0, description: 'Optional: the stage\'s position in the Dockerfile (stages are listed in this order).' }
        }
      }
    },
    steps: {
      type: 'array',
      description: 'Every Dockerfile step (a BuildKit vertex of a stage).',
      items: {
        type: 'object',
        required: ['name', 'cached', 'durationMs'],
        properties: {
          name: { type: 'string', description: 'Vertex name as BuildKit printed it, e.g. `[deps 3/4] RUN npm ci`.' },
          instruction: { type: 'string', description: 'The instruction without the bracket prefix; readers take it from name when absent.' },
          stage: { type: 'string' },
          platform: nullableString,
          cached: { type: 'boolean' },
          durationMs: { ...ms, description: 'Wall time of the vertex (merged intervals); 0 when cached.' },
          startMs: nullableMs,
          line: { ...line, description: 'Dockerfile line (1-based) of the instruction; null when unknown.' },
          digest: { type: 'string' },
          error: { type: 'string' },
          key: { type: 'string', description: 'Optional: the step\'s identity across builds, `[platform ]stage:line INSTRUCTION` (Dockerfile stage and line, instruction without flags); the comparison matches steps by it.' },
          sharedWith: {
            type: 'array',
            description: 'Optional: other Dockerfile instructions BuildKit built as this same vertex (deduplicated); the step is reported under the first in Dockerfile order.',
            items: { type: 'object', required: ['stage', 'line'], properties: { stage: { type: 'string' }, line: { type: 'integer', minimum: 1 } } }
          },
          dependsOn: { ...strings, description: 'Optional: keys of the steps this one is built on.' }
        }
      }
    },
    phases: {
      type: 'object',
      description: 'Time outside Dockerfile steps; 0 when absent.',
      properties: {
        contextTransferMs: ms,
        cacheImportMs: ms,
        cacheExportMs: ms,
        imageExportMs: { ...ms, description: 'The image export, without a push it contains.' },
        pushMs: ms,
        cacheLoadMs: { ...ms, description: 'Optional: wall time cached steps spent loading their results (layers pulled from an imported cache).' }
      }
    },
    phaseWindows: {
      type: 'object',
      description: 'Optional: when each phase ran, offsets from the build start.',
      additionalProperties: { type: 'object', required: ['startMs', 'endMs'], properties: { startMs: ms, endMs: ms } }
    },
    criticalPathMs: { ...ms, description: 'Optional: summed wall time of the critical path.' },
    criticalPath: { ...strings, description: 'Vertex names along the critical path, in order.' },
    slowest: { ...strings, description: 'Names of the slowest steps, slowest first (at most 10).' },
    image: {
      type: 'object',
      properties: {
        digest: nullableString,
        tags: strings,
        sizeBytes: { type: ['integer', 'null'], minimum: 0, description: 'Compressed layers + config of the pushed image, or the local image size.' },
        layers: { type: ['integer', 'null'], minimum: 0 }
      }
    },
    warnings: { ...strings, description: 'Warnings BuildKit reported, and cache import/export failures.' },
    failed: {
      description: 'The step that failed the build, or null.',
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['name', 'error'],
          properties: { name: { type: 'string' }, stage: nullableString, line, error: { type: 'string' }, logTail: strings }
        }
      ]
    },
    meta: { type: 'object', additionalProperties: { type: 'string' }, description: 'Free-form context: dockerfile, commit, buildx version, driver, cache backend.' },
    cacheMounts: {
      type: 'object',
      description: 'Optional: RUN --mount=type=cache contents carried across runners (the cache-mounts input); absent when off or when there is nothing to carry.',
      required: ['storage', 'mounts'],
      properties: {
        storage: { enum: ['gha', 'registry'], description: 'The Actions cache, or the registry next to the build cache.' },
        restoreMs: { ...ms, description: 'Wall time of the restore phase before the build.' },
        saveMs: { ...ms, description: 'Wall time of the save phase after the build (0 when nothing was saved).' },
        maxSizeBytes: { type: 'number', minimum: 0, description: 'cache-mounts-max-size: a larger mount is not saved.' },
        mounts: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'restored', 'saved'],
            properties: {
              id: { type: 'string', description: "BuildKit's id of the mount (id=, else the cleaned target)." },
              target: { type: 'string' },
              uses: { type: 'array', items: { type: 'object', properties: { stage: { type: 'string' }, line } }, description: 'The RUN steps that use it.' },
              key: { ...nullableString, description: 'Actions cache key or registry ref it was restored from or saved to.' },
              restored: { type: 'boolean', description: 'Contents put into the builder before the build.' },
              restoredFrom: { enum: ['exact', 'previous', null], description: 'exact: saved with the same lockfiles (not restored unless no-cache: its step comes from the build cache); previous: saved with earlier lockfiles.' },
              restoredBytes: { type: ['number', 'null'], minimum: 0 },
              restoreMs: ms,
              stepRan: { type: 'boolean', description: 'A step that uses the mount ran (was not cached); only then is it saved.' },
              saved: { type: 'boolean' },
              savedBytes: { type: ['number', 'null'], minimum: 0 },
              saveMs: ms,
              note: { ...nullableString, description: 'Why it was not restored or saved.' }
            }
          }
        }
      }
    }
  }
} as const;

/**
 * A timing report from parsed JSON: the version checked first (a report of another version
 * is a clear error, never a wrong comparison), then the schema, then the defaults filled in.
 */
export function parseTimingReport(data: unknown, source: string): TimingReport {
  const version = data && typeof data === 'object' && !Array.isArray(data) ? (data as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version === undefined) throw new SchemaError(source, ['not a buildstage timing report (no schemaVersion; write one with --report-json or the action\'s `report` output)']);
  if (version !== TIMING_REPORT_SCHEMA_VERSION) {
    const newer = typeof version === 'number' && version > TIMING_REPORT_SCHEMA_VERSION;
    throw new SchemaError(source, [
      `schemaVersion ${JSON.stringify(version)} is not supported: this buildstage reads schemaVersion ${TIMING_REPORT_SCHEMA_VERSION}${newer ? '; the report was written by a newer buildstage, so upgrade the one that reads it' : ''}`
    ]);
  }
  return normaliseReport(checkJson(TIMING_REPORT_SCHEMA, data, source) as SchemaValidReport);
}

/** Reads a report file's text (see parseTimingReport). */
export function parseTimingReportText(text: string, source: string): TimingReport {
  return parseTimingReport(parseJsonText(text, source), source);
}

/**
 * A report as the schema admits it: earlier writers left fields out, so only steps is
 * required here (the schema also requires schemaVersion and durationMs, and a step's name,
 * cached and durationMs), and so are a stage's name and a failed step's name and error.
 */
export type SchemaValidReport = Omit<Partial<TimingReport>, 'steps' | 'stages' | 'phases' | 'image' | 'failed'> & {
  steps: Array<Partial<StepTiming>>;
  stages?: Array<Partial<StageTiming> & Pick<StageTiming, 'name'>>;
  phases?: Partial<PhaseTimings>;
  image?: Partial<ImageInfo>;
  failed?: (Partial<FailedStep> & Pick<FailedStep, 'name' | 'error'>) | null;
};

/** Fills what a schema-valid report left out with the defaults a current writer would have written. */
export function normaliseReport(r: SchemaValidReport): TimingReport {
  const steps: StepTiming[] = r.steps.map((s) => {
    const name = s.name ?? '';
    const parsed = parseStepName(name);
    return {
      ...s,
      name,
      instruction: s.instruction ?? parsed?.instruction.replace(/\s+/g, ' ') ?? name,
      stage: s.stage ?? parsed?.stage ?? 'stage-0',
      platform: s.platform ?? parsed?.platform ?? null,
      cached: s.cached ?? false,
      durationMs: s.durationMs ?? 0,
      startMs: s.startMs ?? null,
      line: s.line ?? null,
      digest: s.digest ?? ''
    };
  });
  const p: Partial<PhaseTimings> = r.phases ?? {};
  return {
    ...r,
    schemaVersion: 1,
    durationMs: r.durationMs ?? 0,
    cacheHitRatio: r.cacheHitRatio ?? null,
    stages: (r.stages ?? []).map((s) => ({ ...s, name: s.name, platform: s.platform ?? null, durationMs: s.durationMs ?? 0, startMs: s.startMs ?? null, steps: s.steps ?? 0, cachedSteps: s.cachedSteps ?? 0 })),
    steps,
    phases: { contextTransferMs: p.contextTransferMs ?? 0, cacheImportMs: p.cacheImportMs ?? 0, cacheExportMs: p.cacheExportMs ?? 0, imageExportMs: p.imageExportMs ?? 0, pushMs: p.pushMs ?? 0 },
    criticalPath: r.criticalPath ?? [],
    slowest: r.slowest ?? [],
    image: { digest: r.image?.digest ?? null, tags: r.image?.tags ?? [], sizeBytes: r.image?.sizeBytes ?? null, layers: r.image?.layers ?? null },
    warnings: r.warnings ?? [],
    failed: r.failed ? { ...r.failed, stage: r.failed.stage ?? null, line: r.failed.line ?? null, logTail: r.failed.logTail ?? [] } : null,
    meta: r.meta ?? {}
  };
}
