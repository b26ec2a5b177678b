// JSON Schemas of what `node dist/cli.js changed` reads: the services file
// (buildstage.services.json) and the package.json of each workspace package.
import type { ServiceSpec } from '../monorepo/changed.js';
import { checkJson } from './check.js';

const path = { type: 'string', minLength: 1 } as const;

export const SERVICES_SCHEMA = {
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
} as const;

export function parseServices(data: unknown, source: string): ServiceSpec[] {
  return (checkJson(SERVICES_SCHEMA, data, source) as { services: ServiceSpec[] }).services;
}

const deps = { type: 'object', additionalProperties: { type: 'string' } } as const;

/** The parts of a workspace package.json the change detection reads (other keys are the package's own). */
export const WORKSPACE_PACKAGE_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: { name: { type: 'string' }, dependencies: deps, devDependencies: deps }
} as const;

export interface WorkspacePackageJson {
  name?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export function parseWorkspacePackage(data: unknown, source: string): WorkspacePackageJson {
  return checkJson(WORKSPACE_PACKAGE_SCHEMA, data, source) as WorkspacePackageJson;
}
