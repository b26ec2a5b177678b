// The handlebars expressions docker/metadata-action evaluates in tag rules, flavors, labels
// and annotations: `{{name}}`, `{{name 'param' key='value'}}`, `{{{name}}}` (not escaped),
// `{{! comment}}`, and `~` whitespace control. Values print as handlebars prints them
// (HTML-escaped inside `{{ }}`); a name that is a function is called with its parameters
// and `{ hash }`, as handlebars calls a helper. Block helpers (`{{#if}}`) are not part of
// metadata-action's syntax and are rejected. Pure.

export class TemplateError extends Error {}

type Param = { kind: 'string'; value: string } | { kind: 'number'; value: number } | { kind: 'bool'; value: boolean } | { kind: 'path'; name: string };

interface Mustache {
  kind: 'mustache';
  escape: boolean;
  name: string;
  params: Param[];
  hash: Record<string, Param>;
}
type Node = { kind: 'text'; value: string } | Mustache;

export type TemplateValue = unknown;
export type TemplateContext = Record<string, TemplateValue>;

// handlebars' ID token: anything but whitespace and its punctuation
const ID = /^[^\s!"#%-,./;->@[-^`{-~]+/;

function tokenizeParams(src: string, whole: string): { name: string; params: Param[]; hash: Record<string, Param> } {
  let rest = src.trim();
  const items: Array<{ key?: string; param: Param }> = [];
  while (rest !== '') {
    let key: string | undefined;
    const k = /^([^\s!"#%-,./;->@[-^`{-~]+)\s*=\s*/.exec(rest);
    if (k && items.length > 0) {
      key = k[1];
      rest = rest.slice(k[0].length);
    }
    let param: Param;
    const str = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/.exec(rest);
    const num = /^-?\d+(?:\.\d+)?(?=[\s}]|$)/.exec(rest);
    const id = ID.exec(rest);
    if (str) {
      param = { kind: 'string', value: ((str[1] as string | undefined) ?? str[2]).replace(/\\(["'])/g, '$1') };
      rest = rest.slice(str[0].length);
    } else if (num) {
      param = { kind: 'number', value: Number(num[0]) };
      rest = rest.slice(num[0].length);
    } else if (id) {
      const name = id[0];
      param = name === 'true' || name === 'false' ? { kind: 'bool', value: name === 'true' } : { kind: 'path', name };
      rest = rest.slice(name.length);
      // dotted paths (a.b) and this/ are rare here; keep them as one name
      while (/^[./][^\s]/.test(rest)) {
        const more = /^[./]([^\s!"#%-,./;->@[-^`{-~]+)/.exec(rest);
        if (!more) break;
        (param as { name: string }).name += more[0];
        rest = rest.slice(more[0].length);
      }
    } else {
      throw new TemplateError(`cannot read "${rest}" in ${whole}`);
    }
    if (rest !== '' && !/^\s/.test(rest)) throw new TemplateError(`cannot read "${rest}" in ${whole}`);
    rest = rest.trimStart();
    items.push({ key, param });
  }
  const head = items.at(0);
  const tail = items.slice(1);
  if (!head || head.key !== undefined || head.param.kind !== 'path') throw new TemplateError(`${whole} names nothing`);
  const params: Param[] = [];
  const hash: Record<string, Param> = {};
  for (const it of tail) {
    if (it.key !== undefined) hash[it.key] = it.param;
    else if (Object.keys(hash).length > 0) throw new TemplateError(`a parameter after key=value in ${whole}`);
    else params.push(it.param);
  }
  return { name: head.param.name, params, hash };
}

/** Parses a template; throws TemplateError on what handlebars would not compile. */
export function parseTemplate(src: string): Node[] {
  const nodes: Node[] = [];
  let i = 0;
  let text = '';
  let stripNext = false;
  const pushText = (t: string) => {
    text += stripNext ? t.replace(/^\s+/, '') : t;
    stripNext = false;
  };
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    if (open < 0) {
      pushText(src.slice(i));
      break;
    }
    // \{{ is a literal {{ in handlebars
    if (open > 0 && src[open - 1] === '\\') {
      pushText(src.slice(i, open - 1) + '{{');
      i = open + 2;
      continue;
    }
    pushText(src.slice(i, open));
    const triple = src.startsWith('{{{', open);
    const comment = src.startsWith('{{!', open) || src.startsWith('{{~!', open);
    let close: number;
    let inner: string;
    if (comment) {
      const long = src.startsWith('{{!--', open) || src.startsWith('{{~!--', open);
      close = long ? src.indexOf('--}}', open) : src.indexOf('}}', open);
      if (close < 0) throw new TemplateError(`unclosed comment in "${src}"`);
      i = close + (long ? 4 : 2);
      continue;
    }
    const end = triple ? '}}}' : '}}';
    close = src.indexOf(end, open + end.length);
    if (close < 0) throw new TemplateError(`unclosed {{ in "${src}"`);
    inner = src.slice(open + end.length, close);
    i = close + end.length;
    if (inner.startsWith('~')) {
      text = text.replace(/\s+$/, '');
      inner = inner.slice(1);
    }
    if (inner.endsWith('~')) {
      inner = inner.slice(0, -1);
      stripNext = true;
    }
    if (/^\s*[#/^>&]/.test(inner) || /^\s*else\b/.test(inner))
      throw new TemplateError(`{{${inner}}} is not supported (no block helpers, partials or else in tag templates)`);
    if (text) nodes.push({ kind: 'text', value: text });
    text = '';
    const whole = triple ? `{{{${inner}}}}` : `{{${inner}}}`;
    nodes.push({ kind: 'mustache', escape: !triple, ...tokenizeParams(inner, whole) });
  }
  if (text) nodes.push({ kind: 'text', value: text });
  return nodes;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };

/** handlebars' escapeExpression. */
function show(value: TemplateValue, escape: boolean): string {
  if (value === null || value === undefined) return '';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- handlebars stringifies any value ('' + value), an object as [object Object]
  const s = String(value);
  // (a falsy value prints as '', 'false', '0' or 'NaN': nothing to escape)
  if (!escape) return s;
  return s.replace(/[&<>"'`=]/g, (c) => ESCAPES[c]);
}

function lookup(ctx: TemplateContext, name: string): TemplateValue {
  let v: unknown = ctx;
  for (const part of name.replace(/^this[./]/, '').split(/[./]/)) {
    if (v === null || v === undefined) return undefined;
    v = Object.prototype.hasOwnProperty.call(v, part) ? (v as Record<string, unknown>)[part] : undefined;
  }
  return v;
}

function paramValue(ctx: TemplateContext, p: Param): TemplateValue {
  return p.kind === 'path' ? lookup(ctx, p.name) : p.value;
}

/** Renders a parsed (or raw) template against `ctx`. */
export function renderTemplate(template: string | Node[], ctx: TemplateContext): string {
  const nodes = typeof template === 'string' ? parseTemplate(template) : template;
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'text') {
      out += n.value;
      continue;
    }
    const target = lookup(ctx, n.name);
    const hasArgs = n.params.length > 0 || Object.keys(n.hash).length > 0;
    let value: TemplateValue;
    if (typeof target === 'function') {
      const hash: Record<string, TemplateValue> = {};
      for (const [k, p] of Object.entries(n.hash)) hash[k] = paramValue(ctx, p);
      value = (target as (...a: unknown[]) => unknown).call(ctx, ...n.params.map((p) => paramValue(ctx, p)), { hash });
    } else if (hasArgs) {
      throw new TemplateError(`Missing helper: "${n.name}"`);
    } else {
      value = target;
    }
    out += show(value, n.escape);
  }
  return out;
}

/** True when the template is exactly one `{{raw}}` (metadata-action's test for a raw pattern). */
export function isRawStatement(pattern: string): boolean {
  try {
    const nodes = parseTemplate(pattern);
    return nodes.length === 1 && nodes[0].kind === 'mustache' && nodes[0].name === 'raw' && nodes[0].params.length === 0;
  } catch {
    return false;
  }
}
