// Dates in tag templates ({{date 'YYYYMMDD' tz='Asia/Tokyo'}}, {{commit_date ...}}), formatted
// with moment's format tokens as docker/metadata-action formats them (moment-timezone), without
// moment: the zone's offset comes from Intl (the runtime's IANA database), and the tokens are
// read with moment's own token grammar. Pure: the instant is always passed in.

export class DateFormatError extends Error {}

/** Offset of `zone` from UTC at `at`, in minutes (Asia/Tokyo → 540). Throws on an unknown zone. */
export function zoneOffsetMinutes(at: Date, zone: string): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
  let dtf: Intl.DateTimeFormat;
  try {
    dtf = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    });
  } catch {
    throw new DateFormatError(`unknown time zone "${zone}"`);
  }
  const p: Record<string, number> = {};
  for (const part of dtf.formatToParts(at)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
  return Math.round((asUtc - (at.getTime() - at.getUTCMilliseconds())) / 60000);
}

function zoneAbbreviation(at: Date, zone: string): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(at).find((x) => x.type === 'timeZoneName');
  return part?.value ?? '';
}

const pad = (n: number, width: number): string => {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
};

function ordinal(n: number): string {
  const b = n % 10;
  const suffix = Math.floor((n % 100) / 10) === 1 ? 'th' : b === 1 ? 'st' : b === 2 ? 'nd' : b === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Day of the year, 1-based, of a date read in UTC fields. */
function dayOfYear(d: Date): number {
  return Math.round((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
}

/** moment's weekOfYear: weeks start on `dow`, week 1 holds January `7 + dow - doy`. */
function weekOfYear(d: Date, dow: number, doy: number): { week: number; year: number } {
  const firstDay = (y: number) => {
    const fwd = 7 + dow - doy; // first-week day, as a date in January
    const fwdlw = (7 + new Date(Date.UTC(y, 0, fwd)).getUTCDay() - dow) % 7;
    return -fwdlw + fwd - 1; // day-of-year offset of week 1's start
  };
  const weeksInYear = (y: number) => {
    const daysInYear = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365;
    return (daysInYear - firstDay(y) + firstDay(y + 1)) / 7;
  };
  const y = d.getUTCFullYear();
  const week = Math.floor((dayOfYear(d) - firstDay(y) - 1) / 7) + 1;
  if (week < 1) return { week: week + weeksInYear(y - 1), year: y - 1 };
  if (week > weeksInYear(y)) return { week: week - weeksInYear(y), year: y + 1 };
  return { week, year: y };
}

// moment's formatting-token grammar (moment/src/lib/format/format.js), longest token first
const TOKENS =
  /(\[[^[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;

/**
 * `format` with moment's tokens (YYYY MM DD HH mm ss SSS Z [literal] ...) for the instant `at`
 * seen in `zone` (default UTC). An undefined format is moment's default: YYYY-MM-DDTHH:mm:ss[Z]
 * in UTC, YYYY-MM-DDTHH:mm:ssZ elsewhere.
 */
export function formatDate(at: Date, format: string | undefined, zone = 'UTC'): string {
  const offset = zoneOffsetMinutes(at, zone);
  const fmt = format === undefined || format === '' ? (offset === 0 ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ') : format;
  const d = new Date(at.getTime() + offset * 60000); // read with getUTC*: the wall clock in `zone`
  const Y = d.getUTCFullYear();
  const M = d.getUTCMonth();
  const D = d.getUTCDate();
  const H = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  const ms = d.getUTCMilliseconds();
  const wd = d.getUTCDay();
  const h12 = H % 12 || 12;
  const zone2 = (sep: string) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60), 2)}${sep}${pad(Math.abs(offset) % 60, 2)}`;
  const locale = () => weekOfYear(d, 0, 6); // moment's default (en) locale: weeks start on Sunday
  const iso = () => weekOfYear(d, 1, 4);
  const fns: Partial<Record<string, () => string>> = {
    M: () => String(M + 1),
    Mo: () => ordinal(M + 1),
    MM: () => pad(M + 1, 2),
    MMM: () => MONTHS[M].slice(0, 3),
    MMMM: () => MONTHS[M],
    Q: () => String(Math.floor(M / 3) + 1),
    Qo: () => ordinal(Math.floor(M / 3) + 1),
    D: () => String(D),
    Do: () => ordinal(D),
    DD: () => pad(D, 2),
    DDD: () => String(dayOfYear(d)),
    DDDo: () => ordinal(dayOfYear(d)),
    DDDD: () => pad(dayOfYear(d), 3),
    d: () => String(wd),
    do: () => ordinal(wd),
    dd: () => DAYS[wd].slice(0, 2),
    ddd: () => DAYS[wd].slice(0, 3),
    dddd: () => DAYS[wd],
    e: () => String(wd),
    E: () => String(wd || 7),
    w: () => String(locale().week),
    wo: () => ordinal(locale().week),
    ww: () => pad(locale().week, 2),
    W: () => String(iso().week),
    Wo: () => ordinal(iso().week),
    WW: () => pad(iso().week, 2),
    gg: () => pad(locale().year % 100, 2),
    gggg: () => pad(locale().year, 4),
    ggggg: () => pad(locale().year, 5),
    GG: () => pad(iso().year % 100, 2),
    GGGG: () => pad(iso().year, 4),
    GGGGG: () => pad(iso().year, 5),
    Y: () => (Y <= 9999 ? pad(Y, 4) : `+${Y}`),
    YY: () => pad(Y % 100, 2),
    YYYY: () => pad(Y, 4),
    YYYYY: () => pad(Y, 5),
    YYYYYY: () => (Y < 0 ? '-' : '+') + pad(Math.abs(Y), 6),
    a: () => (H < 12 ? 'am' : 'pm'),
    A: () => (H < 12 ? 'AM' : 'PM'),
    H: () => String(H),
    HH: () => pad(H, 2),
    h: () => String(h12),
    hh: () => pad(h12, 2),
    k: () => String(H || 24),
    kk: () => pad(H || 24, 2),
    m: () => String(m),
    mm: () => pad(m, 2),
    s: () => String(s),
    ss: () => pad(s, 2),
    hmm: () => `${h12}${pad(m, 2)}`,
    hmmss: () => `${h12}${pad(m, 2)}${pad(s, 2)}`,
    Hmm: () => `${H}${pad(m, 2)}`,
    Hmmss: () => `${H}${pad(m, 2)}${pad(s, 2)}`,
    x: () => String(at.getTime()),
    X: () => String(Math.floor(at.getTime() / 1000)),
    Z: () => zone2(':'),
    ZZ: () => zone2(''),
    z: () => zoneAbbreviation(at, zone),
    zz: () => zoneAbbreviation(at, zone)
  };
  return fmt.replace(TOKENS, (_match: string, bracket: string | undefined, escaped: string | undefined, token: string) => {
    if (bracket) return bracket.slice(1, -1);
    if (escaped) return token;
    if (/^S{1,9}$/.test(token)) return pad(ms, 3).padEnd(9, '0').slice(0, token.length);
    const fn = fns[token];
    return fn ? fn() : token;
  });
}
