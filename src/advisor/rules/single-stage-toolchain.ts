// Compilers and -dev packages installed in the final image, which needs them only to build.
import type { InstallRule } from '../types.js';
import { installFinding } from './shared.js';

const TOOLCHAIN = /\b(build-essential|gcc|g\+\+|make|cmake|clang|python3?-dev|libc6?-dev|musl-dev|build-base|libpq-dev|libffi-dev)\b/;

export const singleStageToolchain: InstallRule = {
  id: 'single-stage-toolchain',
  docs: 'gcc, make, build-essential, *-dev packages in the final image; build in a build stage and COPY --from it only the results',
  severity: 'warning',
  scope: 'install',
  check(ctx, install) {
    const { manager, command, ins } = install;
    if ((manager !== 'apt' && manager !== 'apk') || ins.stage !== ctx.final || !TOOLCHAIN.test(command)) return [];
    return [
      installFinding(singleStageToolchain, ctx, install, {
        message: `build tools (${command.match(TOOLCHAIN)?.[0]}) are installed in the final image: size and attack surface it does not need at run time`,
        fix: 'install the toolchain in a build stage, build there, and COPY --from=build only the results into a slim final stage'
      })
    ];
  }
};
