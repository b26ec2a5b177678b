// .dockerignore matching, as the docker CLI applies it.
import { isIgnored, parseDockerignore } from '../../../src/advisor/dockerignore.js';

describe('.dockerignore matching', () => {
  test.each([
    ['node_modules', 'node_modules', true],
    ['**/node_modules', 'node_modules', true],
    ['*.env', '.env', true],
    ['.git\n!.git', '.git', false],
    ['dist', 'node_modules', false],
    ['/node_modules/', 'node_modules', true]
  ])('%p excludes %s: %s', (text, path, expected) => {
    expect(isIgnored(parseDockerignore(text), path)).toBe(expected);
  });
});
