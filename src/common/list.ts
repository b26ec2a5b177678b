import { parse } from 'csv-parse/sync';

/**
 * How a list input is split, following docker/build-push-action: entries are separated
 * by newlines and (unless `keepCommas`) by commas, with CSV quoting so that
 * `"a,b"` stays one entry. Inputs whose entries contain commas (cache-from, cache-to,
 * secrets, build-args, labels, ...) keep them: one entry per line.
 */
export interface ListOptions {
  /** One entry per line; commas inside a line are kept. */
  keepCommas?: boolean;
  /** Keep surrounding whitespace of entries (secrets). */
  keepWhitespace?: boolean;
  /** Disable CSV quote handling (outputs: quotes are part of the value). */
  noQuotes?: boolean;
  /** Lines starting with `#` are comments (docker/metadata-action's tags, flavor, images, labels). */
  comment?: boolean;
}

export function parseList(input: string, opts: ListOptions = {}): string[] {
  if (input === '' || input.trim() === '') return [];
  const records = parse(input, {
    columns: false,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    quote: opts.noQuotes ? false : '"',
    ...(opts.comment ? { comment: '#', comment_no_infix: true } : {})
  });
  const out: string[] = [];
  for (const record of records) {
    if (record.length === 1) {
      if (opts.keepCommas) out.push(record[0]);
      else out.push(...record[0].split(','));
    } else if (!opts.keepCommas) {
      out.push(...record);
    } else {
      out.push(record.join(','));
    }
  }
  return out
    .filter((item) => item)
    .map((item) => (opts.keepWhitespace ? item : item.trim()))
    .filter((s) => s !== '');
}
