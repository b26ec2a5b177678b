// The cleanup / apply job summary: a table per repository and what was (or would be)
// deleted, with the monthly saving at the ECR storage price. Pure; text escaped.
import { esc, fmtBytes } from '../common/format.js';
import type { ApplyResult } from './apply.js';
import type { RepoCleanup } from './cleanup.js';

export const DEFAULT_PRICE_PER_GB_MONTH = 0.1;

export function monthlySaving(bytes: number, pricePerGbMonth: number): number {
  return (bytes / 1024 ** 3) * pricePerGbMonth;
}

export function renderCleanupMarkdown(results: RepoCleanup[], pricePerGbMonth = DEFAULT_PRICE_PER_GB_MONTH): string {
  const dry = results.some((r) => r.dryRun);
  const verb = dry ? 'would be deleted' : 'deleted';
  const totalBytes = results.reduce((n, r) => n + r.bytes, 0);
  const out = [
    `### ECR cleanup${dry ? ' (dry run: nothing deleted)' : ''}`,
    '',
    `${results.reduce((n, r) => n + r.expiring.length, 0)} images ${verb}, ${fmtBytes(totalBytes)} freed, about $${monthlySaving(totalBytes, pricePerGbMonth).toFixed(2)} a month at $${pricePerGbMonth}/GB-month.`,
    '',
    '| repository | images | expiring | bytes freed | $/month | failures | note |',
    '|---|--:|--:|--:|--:|--:|---|'
  ];
  for (const r of results) {
    out.push(
      `| <code>${esc(r.repository)}</code> | ${r.images} | ${r.expiring.length} | ${fmtBytes(r.bytes)} | ${monthlySaving(r.bytes, pricePerGbMonth).toFixed(2)} | ${r.failures.length} | ${esc(r.note ?? '')} |`
    );
  }
  const items = results.flatMap((r) => r.expiring.map((e) => ({ r, e })));
  if (items.length) {
    out.push('', `<details><summary>${items.length} images ${verb}</summary>`, '', '| repository | digest | tags | size | rule |', '|---|---|---|--:|--:|');
    for (const { r, e } of items)
      out.push(
        `| ${esc(r.repository)} | <code>${esc(e.imageDigest.slice(0, 19))}</code> | ${esc(e.imageTags.join(', ') || '(untagged)')} | ${fmtBytes(e.imageSizeInBytes)} | ${e.rulePriority} |`
      );
    out.push('', '</details>');
  }
  const failures = results.flatMap((r) => r.failures.map((f) => ({ r, f })));
  if (failures.length) {
    out.push(
      '',
      '**Failures**',
      '',
      ...failures.map(({ r, f }) => `- ${esc(r.repository)} ${esc(f.imageDigest)}: ${esc(f.failureCode)} ${esc(f.failureReason)}`)
    );
  }
  out.push('');
  return out.join('\n');
}

export function renderApplyMarkdown(results: ApplyResult[]): string {
  const out = ['### ECR lifecycle policies', '', '| repository | result |', '|---|---|'];
  for (const r of results)
    out.push(
      `| <code>${esc(r.repository)}</code> | ${r.changed ? (r.dryRun ? 'would change' : 'updated') : 'unchanged'}${r.created ? ' (repository created)' : ''} |`
    );
  const diffs = results.filter((r) => r.diff.length);
  for (const r of diffs) out.push('', `<details><summary>${esc(r.repository)}: policy difference</summary>`, '', '```diff', ...r.diff, '```', '', '</details>');
  out.push('');
  return out.join('\n');
}
