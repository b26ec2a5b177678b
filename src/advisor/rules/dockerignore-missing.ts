// No .dockerignore, or one that leaves .git, node_modules or .env (when present) in the build context.
import { isIgnored, parseDockerignore } from '../dockerignore.js';
import type { FileRule } from '../types.js';

export const dockerignoreMissing: FileRule = {
  id: 'dockerignore-missing',
  docs: 'no .dockerignore, or one that leaves .git, node_modules or .env (when present) in the context; add them to .dockerignore',
  severity: 'warning',
  scope: 'file',
  check(ctx) {
    const heavy = ['.git', 'node_modules', '.env'].filter((n) => ctx.rootFiles.has(n));
    const text = ctx.input.dockerignoreText;
    if (text === null) {
      return [
        {
          id: dockerignoreMissing.id,
          // with nothing heavy in the context, a missing .dockerignore is only worth knowing
          severity: heavy.length ? dockerignoreMissing.severity : 'info',
          file: ctx.file,
          line: 1,
          message: heavy.length
            ? `no .dockerignore: ${heavy.join(', ')} go into the build context (slower context transfer, secrets in layers, COPY . . cache misses)`
            : 'no .dockerignore: everything in the context directory is sent to the builder',
          fix: 'add a .dockerignore with at least: .git, node_modules, .env, and build outputs'
        }
      ];
    }
    const rules = parseDockerignore(text);
    const missing = heavy.filter((n) => !isIgnored(rules, n));
    if (!missing.length) return [];
    return [
      {
        id: dockerignoreMissing.id,
        severity: dockerignoreMissing.severity,
        file: ctx.file,
        line: 1,
        message: `.dockerignore does not exclude ${missing.join(', ')}, which exist in the context`,
        fix: `add ${missing.join(', ')} to .dockerignore`
      }
    ];
  }
};
