// When the stream says the docker driver's image is named (the image's size can be asked
// then, while buildx finishes): the "exporting to image" vertex completed without error.
import { readFileSync } from 'node:fs';
import { RawjsonParser } from '../../../src/timing/rawjson-parser.js';
import type { SolveStatus } from '../../../src/timing/types.js';
import { imageNamedIn } from '../../../src/timing/vertex.js';

const statusesOf = (file: string): SolveStatus[] => {
  const p = new RawjsonParser();
  return [...p.push(readFileSync(file, 'utf8')), ...p.end()];
};

describe('imageNamedIn', () => {
  test('a real stream (buildx 0.13, docker driver): named once, in the status that completes the export, and after every step', () => {
    const statuses = statusesOf('test/fixtures/rawjson/buildx-0.13/cold-push-registry-cache.rawjson');
    const at = statuses.map((s, i) => (imageNamedIn(s) ? i : -1)).filter((i) => i >= 0);
    expect(at).toHaveLength(1);
    const done = statuses[at[0]].vertexes?.find((v) => v.name === 'exporting to image');
    expect(done?.completed).toBeTruthy();
    // no step starts or completes after the image was named
    const later = statuses.slice(at[0] + 1).flatMap((s) => s.vertexes ?? []);
    expect(later.filter((v) => /^\[/.test(v.name ?? ''))).toEqual([]);
  });

  test.each([
    ['started only', { vertexes: [{ digest: 'a', name: 'exporting to image', started: '2026-01-01T00:00:00Z' }] }, false],
    ['completed', { vertexes: [{ digest: 'a', name: 'exporting to image', completed: '2026-01-01T00:00:01Z' }] }, true],
    ['a bake target', { vertexes: [{ digest: 'a', name: '[api] exporting to image', completed: '2026-01-01T00:00:01Z' }] }, true],
    ['failed', { vertexes: [{ digest: 'a', name: 'exporting to image', completed: '2026-01-01T00:00:01Z', error: 'no space left' }] }, false],
    ['a tarball for --load (docker has not loaded it yet)', { vertexes: [{ digest: 'a', name: 'sending tarball', completed: '2026-01-01T00:00:01Z' }] }, false],
    ['the cache export', { vertexes: [{ digest: 'a', name: 'exporting cache to registry', completed: '2026-01-01T00:00:01Z' }] }, false],
    ['no vertexes (a cut stream)', { vertexes: null }, false]
  ])('%s', (_name, status, named) => {
    expect(imageNamedIn(status as SolveStatus)).toBe(named);
  });
});
