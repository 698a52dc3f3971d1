import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../lib/browser/photo-metadata';
import { metadataKinds } from '../../../lib/analyzer/photo';
import { jpegWithExif } from './exif-jpeg';

describe('photo metadata (issue 16)', () => {
  it('reads GPS, capture time and the owner as yes/no, never the values', async () => {
    const meta = await readMetadata(jpegWithExif({ artist: 'Jane Nurse', taken: '2026:11:02 14:31:07', gps: true }));
    expect(meta).toEqual({ place: true, time: true, owner: true, names: false });
    expect(JSON.stringify(meta)).not.toMatch(/Jane|2026|40/);
    expect(metadataKinds(meta)).toEqual(['place', 'time', 'owner']);
  });

  it('says nothing of a file without such metadata, or of bytes that are no image', async () => {
    expect(await readMetadata(jpegWithExif({}))).toBeUndefined();
    expect(await readMetadata(new Uint8Array([1, 2, 3, 4]))).toBeUndefined();
    expect(metadataKinds(undefined)).toBeUndefined();
    expect(metadataKinds({ place: false, time: false, owner: false, names: false })).toBeUndefined();
  });

  it('names the kinds in a fixed order, and only those recorded', () => {
    expect(metadataKinds({ names: true, place: true, time: false, owner: false })).toEqual(['place', 'names']);
  });
});
