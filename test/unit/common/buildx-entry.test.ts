// buildx cache/output entries read the way buildx reads them.
import { cacheEntry, entryFields } from '../../../src/common/buildx-entry.js';

test('fields in order, trimmed; a field without = has the value null', () => {
  expect(entryFields('type=registry, ref=r/app:c ,mode=max,oci-mediatypes')).toEqual([
    ['type', 'registry'],
    ['ref', 'r/app:c'],
    ['mode', 'max'],
    ['oci-mediatypes', null]
  ]);
});

test('a bare reference is a registry ref, as buildx reads it', () => {
  const e = cacheEntry('registry.example/app:buildcache');
  expect(e.type).toBe('registry');
  expect(e.fields.get('ref')).toBe('registry.example/app:buildcache');
});

test('typed entries: the type and the key=value fields (valueless fields left out); no type is ""', () => {
  const gha = cacheEntry('type=gha,scope=api,token=,url=https://x');
  expect(gha.type).toBe('gha');
  expect(gha.fields.get('scope')).toBe('api');
  expect(gha.fields.get('token')).toBe('');
  expect(cacheEntry('ref=r/app:c,mode=max').type).toBe('');
});
