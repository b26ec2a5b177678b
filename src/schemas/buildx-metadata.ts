// buildx's --metadata-file JSON (given to `node dist/cli.js report --metadata`): an object;
// the keys the report reads must be strings when present.
import { checkJson } from './check.js';

export const BUILDX_METADATA_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'buildx build --metadata-file',
  type: 'object',
  properties: {
    'containerimage.digest': { type: 'string' },
    'image.name': { type: 'string' },
    'buildx.build.ref': { type: 'string' }
  }
} as const;

export function parseBuildxMetadata(data: unknown, source: string): Record<string, unknown> {
  return checkJson(BUILDX_METADATA_SCHEMA, data, source) as Record<string, unknown>;
}
