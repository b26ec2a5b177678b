// The job summary's "Cache mounts" section: per mount, restored or not, size, restore and
// save times, whether a step that uses it ran. Pure.
import { esc, fmtBytes, fmtMs } from '../common/format.js';
import type { CacheMountsReport, CacheMountTiming } from '../timing/types.js';

const WHERE: Record<CacheMountsReport['storage'], string> = { gha: 'the GitHub Actions cache', registry: 'the registry, next to the build cache' };

function restoredCell(m: CacheMountTiming): string {
  if (m.restored) return m.restoredFrom === 'exact' ? '✅ same lockfiles' : '✅ earlier lockfiles';
  return m.restoredFrom === 'exact' ? '— (same lockfiles: not needed)' : '—';
}

function ranCell(m: CacheMountTiming): string {
  if (!m.stepRan) return 'no (cached)';
  return m.saved ? 'yes → saved' : 'yes';
}

export function renderCacheMountsMarkdown(r: CacheMountsReport | undefined, lineUrl: (line: number) => string | undefined = () => undefined): string {
  if (!r || r.mounts.length === 0) return '';
  const restored = r.mounts.filter((m) => m.restored).length;
  const saved = r.mounts.filter((m) => m.saved).length;
  const lines = [
    '',
    '### Cache mounts',
    '',
    `\`RUN --mount=type=cache\` contents carried across runners in ${WHERE[r.storage]}: ${restored} of ${r.mounts.length} restored in ${fmtMs(r.restoreMs)}, ${saved} saved${saved ? ` in ${fmtMs(r.saveMs)}` : ''} (at most ${fmtBytes(r.maxSizeBytes)} each).`,
    '',
    '| mount | used by | restored | size | restore | save | step ran | note |',
    '|---|---|---|--:|--:|--:|---|---|',
    ...r.mounts.map((m) => {
      const used = m.uses
        .map((u) => {
          const url = lineUrl(u.line);
          return url ? `[${esc(u.stage)} L${u.line}](${url})` : `${esc(u.stage)} L${u.line}`;
        })
        .join(', ');
      const size = m.savedBytes ?? m.restoredBytes;
      const name = m.target && m.target !== m.id ? `<code>${esc(m.id)}</code> (${esc(m.target)})` : `<code>${esc(m.id)}</code>`;
      return `| ${name} | ${used} | ${restoredCell(m)} | ${size === null ? '—' : fmtBytes(size)} | ${m.restoreMs ? fmtMs(m.restoreMs) : '—'} | ${m.saveMs ? fmtMs(m.saveMs) : '—'} | ${ranCell(m)} | ${m.note ? esc(m.note) : ''} |`;
    }),
    ''
  ];
  return lines.join('\n');
}
