// Streaming parser for `buildx --progress=rawjson`: SolveStatus objects, one per line
// (current buildx) or pretty-printed over many lines (buildx 0.13), mixed with plain
// text lines buildx prints on errors. Memory is bounded by the largest single object.
import { createReadStream } from 'node:fs';
import type { SolveStatus } from './types.js';

const OPEN = 123; // {
const CLOSE = 125; // }
const QUOTE = 34; // "
const BACKSLASH = 92;
const NL = 10;
/** An object larger than this is dropped (a runaway from text that merely looked like JSON). */
const MAX_OBJECT = 64 * 1024 * 1024;

/**
 * Finds top-level JSON objects in a text stream. An object starts with `{` as the first
 * non-blank character of a line; a new one starting at column 0 while another is open
 * means the open one was cut off, and it is dropped. Text outside objects is skipped.
 */
export class RawjsonParser {
  private buf = '';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private lineStart = true;
  private col = 0;
  /** Objects that did not parse, and non-JSON text lines seen (for diagnostics). */
  skipped = 0;

  push(chunk: string): SolveStatus[] {
    const out: SolveStatus[] = [];
    let start = this.depth > 0 ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.depth === 0) {
        if (c === NL) {
          this.lineStart = true;
          this.col = 0;
          continue;
        }
        if (this.lineStart && c === OPEN) {
          this.depth = 1;
          this.inString = false;
          this.escaped = false;
          start = i;
          this.buf = '';
        } else if (c !== 32 && c !== 9 && c !== 13) {
          this.lineStart = false;
        }
        this.col++;
        continue;
      }
      // inside an object
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
        else if (c === NL) {
          // a raw newline cannot be inside a JSON string: the object was cut off
          this.abandon();
          start = -1;
          this.lineStart = true;
          this.col = 0;
        }
        continue;
      }
      if (c === NL) {
        this.col = 0;
        if (i + 1 < chunk.length && chunk.charCodeAt(i + 1) === OPEN) {
          // `{` at column 0 while an object is open: the open one was truncated
          this.abandon();
          start = -1;
          this.lineStart = true;
        }
        continue;
      }
      if (c === QUOTE) this.inString = true;
      else if (c === OPEN) this.depth++;
      else if (c === CLOSE) {
        this.depth--;
        if (this.depth === 0) {
          const text = this.buf + chunk.slice(start < 0 ? 0 : start, i + 1);
          this.buf = '';
          start = -1;
          this.lineStart = false;
          try {
            const v = JSON.parse(text) as unknown;
            if (v && typeof v === 'object' && !Array.isArray(v)) out.push(v as SolveStatus);
            else this.skipped++;
          } catch {
            this.skipped++;
          }
        }
      }
    }
    if (this.depth > 0) {
      this.buf += chunk.slice(start < 0 ? 0 : start);
      if (this.buf.length > MAX_OBJECT) this.abandon();
    }
    return out;
  }

  /** The stream ended: an object still open was cut off and is dropped. */
  end(): SolveStatus[] {
    if (this.depth > 0) this.abandon();
    return [];
  }

  private abandon(): void {
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.buf = '';
    this.skipped++;
  }
}

/** Reads a saved rawjson stream status by status, in bounded memory. */
export async function* readRawjsonFile(path: string): AsyncGenerator<SolveStatus> {
  const parser = new RawjsonParser();
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream) {
    for (const s of parser.push(chunk as string)) yield s;
  }
  for (const s of parser.end()) yield s;
}
