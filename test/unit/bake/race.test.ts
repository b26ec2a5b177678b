// Which failed bakes are BuildKit's shared-step race (run once more) and which are the
// build's own failure (reported as they are).
import { sharedStepRace } from '../../../src/bake/run.js';

describe('sharedStepRace', () => {
  test.each([
    [
      "buildx's final error for a cancelled shared step",
      [
        'ERROR: target worker: failed to solve: failed to compute cache key: failed to calculate checksum of ref m3hmx8gpldqbqvy2d855c6avn::6v4dgar5vdctewnvy9cpo32t6: context canceled'
      ],
      true
    ],
    ['the doubled cause BuildKit sometimes prints', ['ERROR: failed to calculate checksum of ref a::b: context canceled: context canceled'], true],
    ['a COPY of a missing file', ['ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref a::b: "/src": not found'], false],
    ['a failed RUN', ['ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1'], false],
    ['a cancelled build with no checksum in it', ['ERROR: failed to solve: context canceled'], false],
    [
      'the race earlier, then another error last',
      [
        '#21 ERROR: failed to calculate checksum of ref a::b: context canceled',
        'ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 2'
      ],
      false
    ],
    ['no error line at all', [], false]
  ])('%s', (_name, tail, race) => {
    expect(sharedStepRace(tail)).toBe(race);
  });
});
