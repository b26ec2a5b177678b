// The errors every part of buildstage throws for a user to act on. Light on purpose: no
// schema validator, no Dockerfile parser (the CLI's exit codes read these on every run).

/** An error a user can act on: which input, what was wrong, what to write instead. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly problem: string,
    readonly fix: string
  ) {
    super(`Input "${input}": ${problem}; ${fix}.`);
    this.name = 'InputError';
  }
}

/** A JSON document that does not have the shape it must have (src/schemas/check.ts). */
export class SchemaError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[]
  ) {
    const shown = problems.slice(0, 4).join('; ');
    super(`${source}: ${shown}${problems.length > 4 ? ` (and ${problems.length - 4} more)` : ''}`);
    this.name = 'SchemaError';
  }
}
