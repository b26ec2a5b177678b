// An ARG or ENV named like a secret: build args and ENV are stored in the image history and provenance.
import { SECRET_NAME } from '../../common/secret-name.js';
import type { FileRule, Finding } from '../types.js';

export const secretInArg: FileRule = {
  id: 'secret-in-arg',
  docs: 'an ARG or ENV named like a secret (stored in the image history and provenance); pass it as a build secret (RUN --mount=type=secret)',
  severity: 'error',
  scope: 'file',
  check(ctx) {
    const findings: Finding[] = [];
    for (const st of ctx.stages) {
      for (const ins of st.instructions) {
        if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV') continue;
        const names = ins.keyword === 'ARG' ? [ins.args.split('=')[0].trim()] : [...ins.args.matchAll(/(\w+)(?:=|\s+)/g)].map((m) => m[1]);
        for (const n of names) {
          if (!SECRET_NAME.test(n)) continue;
          findings.push({
            id: secretInArg.id,
            severity: secretInArg.severity,
            file: ctx.file,
            line: ins.line,
            stage: st.name,
            message: `${ins.keyword} ${n} looks like a secret: build args and ENV are stored in the image history and provenance`,
            fix: `pass it as a build secret: RUN --mount=type=secret,id=${n.toLowerCase()} ... and \`secrets: ${n.toLowerCase()}=...\` (action) / --secret id=${n.toLowerCase()} (buildx)`
          });
        }
      }
    }
    return findings;
  }
};
