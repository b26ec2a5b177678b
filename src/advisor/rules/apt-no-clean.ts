// apt-get install without --no-install-recommends, or leaving the package lists in the layer.
import { hasFlag } from '../../dockerfile/model.js';
import type { InstallRule } from '../types.js';
import { cacheMountTargets, installFinding } from './shared.js';

export const aptNoClean: InstallRule = {
  id: 'apt-no-clean',
  docs: 'apt-get install without `--no-install-recommends` or without cleaning the lists; add the flag and rm -rf /var/lib/apt/lists/* (or cache mounts on the apt dirs)',
  severity: 'warning',
  scope: 'install',
  check(ctx, install) {
    const { manager, command, ins } = install;
    if (manager !== 'apt') return [];
    const noRecommends = hasFlag(command, '--no-install-recommends');
    const cleaned = /rm\s+-rf?\s+\/var\/lib\/apt\/lists/.test(ins.args) || cacheMountTargets(ins.flags).some((t) => /\/var\/lib\/apt/.test(t));
    if (noRecommends && cleaned) return [];
    return [
      installFinding(aptNoClean, ctx, install, {
        message: `apt-get install${noRecommends ? '' : ' without --no-install-recommends'}${cleaned ? '' : ' leaves the package lists in the layer'}: tens of MB the image does not need`,
        fix: 'apt-get install -y --no-install-recommends ... && rm -rf /var/lib/apt/lists/* (or cache mounts on /var/cache/apt and /var/lib/apt)'
      })
    ];
  }
};
