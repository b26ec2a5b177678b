// The `flavor` input, in docker/metadata-action's syntax: latest=auto|true|false,
// prefix=P[,onlatest=true], suffix=S[,onlatest=true]. Pure; a bad entry is a RuleError
// the caller turns into an InputError naming its input.
import { parse } from 'csv-parse/sync';

export interface Flavor {
  latest: 'auto' | 'true' | 'false';
  prefix: string;
  prefixLatest: boolean;
  suffix: string;
  suffixLatest: boolean;
}

export const DEFAULT_FLAVOR: Flavor = { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false };

/** What was wrong with one entry of a rule input, and what to write instead. */
export class RuleError extends Error {
  constructor(
    readonly problem: string,
    readonly fix: string
  ) {
    super(`${problem}; ${fix}`);
    this.name = 'RuleError';
  }
}

/** The comma-separated fields of one line, with CSV quoting (`"pattern=a,b",group=1`). */
export function fieldsOf(line: string): string[] {
  try {
    const records = parse(line, { relax_column_count: true, skip_empty_lines: true, relax_quotes: true });
    return records[0] ?? [];
  } catch (e) {
    throw new RuleError(`cannot be read as comma-separated fields (${(e as Error).message})`, 'quote a field that holds commas or quotes: "pattern=a,b"');
  }
}

export function parseFlavor(lines: string[]): Flavor {
  const flavor: Flavor = { ...DEFAULT_FLAVOR };
  for (const line of lines) {
    let onLatestFor: 'prefix' | 'suffix' | '' = '';
    for (const field of fieldsOf(line)) {
      const parts = field.split('=').map((p) => p.trim());
      if (parts.length === 1)
        throw new RuleError(`"${field}" is not key=value`, 'write latest=auto|true|false, prefix=P or suffix=S (with onlatest=true to apply them to latest)');
      const key = parts[0].toLowerCase();
      const value = parts[1];
      switch (key) {
        case 'latest':
          if (value !== 'auto' && value !== 'true' && value !== 'false')
            throw new RuleError(`latest=${value} is not a latest flavor`, 'write latest=auto, latest=true or latest=false');
          flavor.latest = value;
          break;
        case 'prefix':
          flavor.prefix = value;
          onLatestFor = 'prefix';
          break;
        case 'suffix':
          flavor.suffix = value;
          onLatestFor = 'suffix';
          break;
        case 'onlatest':
          if (value !== 'true' && value !== 'false')
            throw new RuleError(`onlatest=${value} is not a boolean`, 'write onlatest=true or onlatest=false after prefix= or suffix=');
          if (onLatestFor === 'prefix') flavor.prefixLatest = value === 'true';
          if (onLatestFor === 'suffix') flavor.suffixLatest = value === 'true';
          break;
        default:
          throw new RuleError(
            `unknown flavor "${parts[0]}"`,
            'write latest=auto|true|false, prefix=P or suffix=S (with onlatest=true to apply them to latest)'
          );
      }
    }
  }
  return flavor;
}
