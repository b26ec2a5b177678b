// The one boolean parser. Two vocabularies, one a subset of the other:
//   yaml: YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them
//   go:   Go's strconv.ParseBool words, which buildx and build-push-action accept (yaml's, plus 1/t/T/0/f/F)
import { InputError } from './errors.js';

const YAML_TRUE = ['true', 'True', 'TRUE'];
const YAML_FALSE = ['false', 'False', 'FALSE'];
const GO_TRUE = [...YAML_TRUE, '1', 't', 'T'];
const GO_FALSE = [...YAML_FALSE, '0', 'f', 'F'];

/** `text` as a boolean in the given vocabulary, or null when it is not one (surrounding whitespace is not trimmed). */
export function parseBoolean(text: string, words: 'yaml' | 'go' = 'go'): boolean | null {
  if ((words === 'go' ? GO_TRUE : YAML_TRUE).includes(text)) return true;
  if ((words === 'go' ? GO_FALSE : YAML_FALSE).includes(text)) return false;
  return null;
}

/** A boolean input (YAML words, as @actions/core's getBooleanInput accepts them); empty is `fallback`, anything else an InputError. */
export function parseBool(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim();
  if (v === '') return fallback;
  const b = parseBoolean(v, 'yaml');
  if (b === null) throw new InputError(name, `"${value}" is not a boolean`, 'write true or false');
  return b;
}
