// What the advisor tests share: a Node context, a .dockerignore, and the advisor run on a Dockerfile.
import { adviseDockerfile } from '../../../src/advisor/advise.js';
import type { Finding, FindingId } from '../../../src/advisor/types.js';

export const NODE_CTX = ['package.json', 'package-lock.json', 'src/', 'src/server.js', '.dockerignore'];
export const IGNORE = '.git\nnode_modules\n.env\n';

export const GOOD_NODE = `FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev
FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
CMD ["node", "src/server.js"]
`;

export function advise(dockerfileText: string, contextFiles = NODE_CTX, dockerignoreText: string | null = IGNORE, target?: string): Finding[] {
  return adviseDockerfile({ dockerfileText, dockerfilePath: 'Dockerfile', contextFiles, dockerignoreText, target });
}

export function ids(dockerfileText: string, contextFiles = NODE_CTX, dockerignoreText: string | null = IGNORE, target?: string): FindingId[] {
  return advise(dockerfileText, contextFiles, dockerignoreText, target).map((f) => f.id);
}

/** The findings of one rule. */
export function findingsOf(
  id: FindingId,
  dockerfileText: string,
  contextFiles = NODE_CTX,
  dockerignoreText: string | null = IGNORE,
  target?: string
): Finding[] {
  return advise(dockerfileText, contextFiles, dockerignoreText, target).filter((f) => f.id === id);
}

/** The two tests every rule has: it fires on the Dockerfile with the problem and is silent on its fixed twin. */
export function twinTests(id: FindingId, withProblem: () => FindingId[], fixed: () => FindingId[]): void {
  test('fires on the problem', () => {
    expect(withProblem()).toContain(id);
  });
  test('is silent on the fixed twin', () => {
    expect(fixed()).not.toContain(id);
  });
}
