// JSON read from users (timing reports, DescribeImages output, lifecycle policies, services
// files, buildx metadata) is checked against a JSON Schema with ajv before anything uses it;
// a problem is one line naming the file and the JSON pointer of each field that is wrong.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { SchemaError } from '../common/errors.js';

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const compiled = new WeakMap<object, ValidateFunction>();

export function validatorFor(schema: object): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    v = ajv.compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

/** One ajv error as a phrase: `/steps/3/durationMs must be a number`. */
export function describeError(e: ErrorObject): string {
  const at = e.instancePath || '(top level)';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `${at} needs "${String(p.missingProperty)}"`;
    case 'additionalProperties':
      return `${at} has an unknown key "${String(p.additionalProperty)}"`;
    case 'enum':
      return `${at} must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `${at} must be ${JSON.stringify(p.allowedValue)}`;
    case 'type':
      return `${at} must be ${String(p.type).replace(/,/g, ' or ')}`;
    default:
      return `${at} ${e.message ?? 'is not valid'}`;
  }
}

/** The errors of one validation, described, without repeats (a union reports each branch). */
export function problemsOf(errors: ErrorObject[] | null | undefined): string[] {
  return [...new Set((errors ?? []).filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf').map(describeError))];
}

/**
 * Returns `data` when it matches `schema` (the caller gives it the schema's type: `as T`);
 * throws a SchemaError naming `source` otherwise.
 */
export function checkJson(schema: object, data: unknown, source: string): unknown {
  const v = validatorFor(schema);
  if (!v(data)) throw new SchemaError(source, problemsOf(v.errors));
  return data;
}

/** Parses JSON text; a syntax error names the source. */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new SchemaError(source, [`not JSON (${(e as Error).message})`]);
  }
}
