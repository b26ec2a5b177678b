// Small shared formatters for the renderers. Pure.

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '-';
  if (ms < 1000) return `${(ms / 1000).toFixed(ms < 100 ? 2 : 1)}s`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const m = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return s === 60 ? `${m + 1}m00s` : `${m}m${String(s).padStart(2, '0')}s`;
}

export function fmtBytes(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return 'unknown';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

export function fmtRatio(r: number | null): string {
  return r === null ? 'n/a' : `${Math.round(r * 100)}%`;
}

/** Escapes text for HTML and Markdown table cells. */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
    .replace(/\r?\n/g, ' ');
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * esc() plus a zero-width joiner after every `@`. GitHub runs its autolinker over the
 * Markdown text between raw HTML tags, `<code>` included, so `yarn@1.22.22` in a table
 * cell becomes a mailto link and `@types` a mention; an invisible joiner right after the
 * `@` leaves no address or name to link.
 */
export function escText(text: string): string {
  return esc(text).replace(/@/g, '@&#8205;');
}

/** `<code>` of untrusted text, escaped and never autolinked. */
export function code(text: string): string {
  return `<code>${escText(text)}</code>`;
}

// RUN flags that say how a step runs, not what it does: left out of short labels
const NOISE_FLAGS = /^--(mount|network|security)\b/;
const FLAG = /^(--[\w-]+(?:=(?:"[^"]*"|'[^']*'|\S)*)?)\s*/;

/**
 * A step's instruction as a short label: whitespace collapsed, RUN's `--mount`, `--network`
 * and `--security` flags dropped, a FROM's image without docker.io/library/ and its digest
 * (the full text stays in the folded table), cut at `max`.
 */
export function shortInstruction(instruction: string, max = 70): string {
  const text = instruction
    .replace(/\\\r?\n/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = /^(\S+)\s*(.*)$/.exec(text);
  if (!m) return truncate(text, max);
  let rest = m[2];
  const kept: string[] = [];
  for (let f = FLAG.exec(rest); f; f = FLAG.exec(rest)) {
    if (!NOISE_FLAGS.test(f[1])) kept.push(f[1]);
    rest = rest.slice(f[0].length);
  }
  // a base image: its name without the default registry and the pinned digest
  if (/^FROM$/i.test(m[1])) rest = rest.replace(/^docker\.io\/(library\/)?/, '').replace(/@sha256:[a-f0-9]{64}/i, '');
  return truncate([m[1], ...kept, rest].filter(Boolean).join(' '), max);
}

/** `127.0.0.1:5000/demo-medusa:cold` → `demo-medusa:cold`: the repository and tag, without the registry host. */
export function imageLabel(ref: string): string {
  const noDigest = ref.replace(/@sha256:[a-f0-9]+$/i, '');
  const parts = noDigest.split('/');
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) parts.shift();
  if (parts[0] === 'library' && parts.length > 1) parts.shift();
  return parts.join('/') || ref;
}

/** Δ seconds as text: `+51.2s`, `−3.0s`, `±0.00s`. */
export function signedMs(ms: number): string {
  return `${ms > 0 ? '+' : ms < 0 ? '−' : '±'}${fmtMs(Math.abs(ms))}`;
}
