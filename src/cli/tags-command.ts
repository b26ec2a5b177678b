// `node dist/cli.js tags`: the tags, labels and annotations the action computes for a git
// context (the checkout's, or one given with --ref/--sha/--event), so tag-rules and flavor
// can be tried locally. `--json` prints docker/metadata-action's json output. Only wiring:
// the computation is src/plan/metadata.ts.
import { parseList } from '../common/list.js';
import { InputError } from '../common/errors.js';
import type { GitContext } from '../plan/git-context.js';
import { annotationLevelsFromEnv, computeMetadata, metadataJson, parseFlavorInput } from '../plan/metadata.js';
import { enabledImageNames, parseImages, parseTagRules } from '../plan/tag-rules.js';
import { defineCommand } from './command.js';
import { EXIT } from './exit.js';
import { commitDateOf, commitOf, fullRef, localGitContext, originRepository } from './git.js';
import { renderMetadataText } from './render.js';

export const TAGS_USAGE = `usage: node dist/cli.js tags [--images NAME]... [--tag-rules RULE]... [--flavor F]... [--tag-prefix P]
       [--ref REF] [--sha SHA] [--event NAME] [--default-branch B] [--repository OWNER/NAME]
       [--label K=V]... [--annotation K=V]... [--date ISO] [--json]
  Prints the tags, labels and annotations computed for the checkout's git context (branch or
  tag, commit, origin's default branch), or for the one given (--ref takes a full ref, or a
  name: a tag or branch here, else v1.2.3-like names are tags). --tag-rules and --flavor take
  docker/metadata-action's tags and flavor syntax (one entry per flag or per line); without
  --tag-rules, the default set. --images takes names or name=...,enable=... entries.
  DOCKER_METADATA_SHORT_SHA_LENGTH and DOCKER_METADATA_ANNOTATIONS_LEVELS are read as the
  action reads them.
  --json prints metadata-action's json output: {"tags", "tag-names", "labels", "annotations"}.`;

/** Lines of repeated flags; each flag may hold several lines. `#` lines are comments. */
const lines = (values: string[] | undefined) => (values ?? []).flatMap((v) => parseList(v, { keepCommas: true, comment: true }));

export const tagsCommand = defineCommand({
  usage: TAGS_USAGE,
  options: {
    images: { type: 'string', multiple: true },
    image: { type: 'string', multiple: true },
    'tag-rules': { type: 'string', multiple: true },
    flavor: { type: 'string', multiple: true },
    'tag-prefix': { type: 'string' },
    ref: { type: 'string' },
    sha: { type: 'string' },
    event: { type: 'string' },
    'default-branch': { type: 'string' },
    repository: { type: 'string' },
    label: { type: 'string', multiple: true },
    annotation: { type: 'string', multiple: true },
    date: { type: 'string' },
    json: { type: 'boolean' }
  },
  run: async (args, io) => {
    const now = args.date ? new Date(args.date) : new Date();
    if (Number.isNaN(now.getTime())) throw new InputError('--date', `"${args.date}" is not a date`, 'write an ISO date such as 2026-01-10T00:30:00Z');
    const local = await localGitContext(io.cwd, io.env);
    const ref = fullRef(io.cwd, args.ref ?? local.ref);
    const sha = args.sha ?? (args.ref ? (commitOf(io.cwd, ref) ?? local.sha) : local.sha);
    const pr = /^refs\/pull\/(\d+)\//.exec(ref);
    const commitDate = commitDateOf(io.cwd, sha);
    const shortSha = io.env.DOCKER_METADATA_SHORT_SHA_LENGTH;
    if (shortSha && Number.isNaN(Number(shortSha))) {
      throw new InputError(
        'DOCKER_METADATA_SHORT_SHA_LENGTH',
        `"${shortSha}" is not a number`,
        'set it to how many characters a short sha has (default 7), or unset it'
      );
    }
    const ctx: GitContext = {
      ...local,
      eventName: args.event ?? (ref.startsWith('refs/pull/') ? 'pull_request' : 'push'),
      ref,
      sha,
      defaultBranch: args['default-branch'] ?? local.defaultBranch,
      prNumber: pr ? Number(pr[1]) : null,
      repository: args.repository ?? originRepository(io.cwd),
      ...(commitDate ? { commitDate } : {}),
      ...(shortSha ? { shortShaLength: Number(shortSha) } : {})
    };
    const tagRules = lines(args['tag-rules']);
    const flavor = lines(args.flavor);
    // the same checks the action makes on its inputs, named by flag
    parseTagRules(tagRules, '--tag-rules');
    parseFlavorInput(flavor, '--flavor');
    const md = computeMetadata({
      ctx,
      now,
      images: enabledImageNames(parseImages(lines([...(args.images ?? []), ...(args.image ?? [])]), '--images')),
      tagRules,
      flavor,
      tagPrefix: args['tag-prefix'] ?? '',
      labels: args.label ?? [],
      annotations: args.annotation ?? [],
      annotationLevels: annotationLevelsFromEnv(io.env),
      names: { tagRules: '--tag-rules', flavor: '--flavor', tagPrefix: '--tag-prefix' }
    });
    for (const w of md.warnings) io.stderr(`warning: ${w}\n`);
    io.stdout(args.json ? JSON.stringify(metadataJson(md), null, 2) + '\n' : renderMetadataText(ctx, md));
    return EXIT.OK;
  }
});
