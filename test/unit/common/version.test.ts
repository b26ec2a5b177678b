// The x.y.z a tool prints and the minimum checks of every version gate (buildx argv, build
// records, bake's network flag, the gha cache protocol).
import { versionAtLeast, versionOf } from '../../../src/common/version.js';

describe('versionOf', () => {
  test.each([
    ['github.com/docker/buildx v0.13.1 abc', '0.13.1'],
    ['0.29.1+ds1', '0.29.1'],
    ['v0.13.2-moby', '0.13.2'],
    ['v0.34.2', '0.34.2'],
    ['0.12', '0.12.0'],
    ['unknown', null],
    ['', null],
    [null, null]
  ])('%s → %s', (text, v) => {
    expect(versionOf(text)).toBe(v);
  });
});

describe('versionAtLeast', () => {
  test.each([
    ['0.23.0', '0.23.0', true],
    ['0.22.9', '0.23.0', false],
    ['v0.19.1-moby', '0.20.0', false],
    ['0.29.1+ds1', '0.21.0', true],
    // a pre-release suffix is not a version of its own: 0.24.0-rc1 counts as 0.24.0, as build-push-action's gates take it
    ['v0.24.0-rc1', '0.24.0', true],
    [null, '0.10.0', null],
    ['dev', '0.10.0', null]
  ])('%s ≥ %s: %s', (text, min, at) => {
    expect(versionAtLeast(text, min)).toBe(at);
  });
});
