// Every advisor rule, one file each beside this one. The order is the order findings are
// produced in (install rules for each install in turn, then the file rules), which breaks
// ties when findings are sorted: keep it. A new rule is a file here, a line below, its id in
// FINDING_IDS (types.ts) and test/unit/advisor/rules/<id>.test.ts; test/unit/advisor/registry.test.ts
// fails when one of those is missing. Listed statically: ncc bundles what is imported.
import type { AdvisorRule } from '../types.js';
import { aptNoClean } from './apt-no-clean.js';
import { devDepsInFinal } from './dev-deps-in-final.js';
import { dockerignoreMissing } from './dockerignore-missing.js';
import { layerOrder } from './layer-order.js';
import { lockfileNotCopied } from './lockfile-not-copied.js';
import { noCacheMount } from './no-cache-mount.js';
import { npmInstallNotCi } from './npm-install-not-ci.js';
import { packageManagerMismatch } from './package-manager-mismatch.js';
import { secretInArg } from './secret-in-arg.js';
import { singleStageToolchain } from './single-stage-toolchain.js';

export const RULES: readonly AdvisorRule[] = [
  layerOrder,
  packageManagerMismatch,
  lockfileNotCopied,
  npmInstallNotCi,
  devDepsInFinal,
  noCacheMount,
  aptNoClean,
  singleStageToolchain,
  secretInArg,
  dockerignoreMissing
];
