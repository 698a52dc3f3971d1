import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../lib/browser/photo-metadata';
import { metadataNote } from '../../../lib/analyzer/photo';
import { jpegWithExif } from './exif-jpeg';

describe('photo metadata (issue 16)', () => {
  it('reads GPS, capture time and the owner as yes/no, never the values', async () => {
    const meta = await readMetadata(jpegWithExif({ artist: 'Jane Nurse', taken: '2026:11:02 14:31:07', gps: true }));
    expect(meta).toEqual({ place: true, time: true, owner: true, names: false });
    expect(JSON.stringify(meta)).not.toMatch(/Jane|2026|40/);
    const note = metadataNote(meta)!;
    expect(note).toMatch(/where it was taken \(GPS\), when it was taken and who owns the camera or took it/);
    expect(note).toMatch(/Most sites remove this on upload/);
  });

  it('says nothing of a file without such metadata, or of bytes that are no image', async () => {
    expect(await readMetadata(jpegWithExif({}))).toBeUndefined();
    expect(await readMetadata(new Uint8Array([1, 2, 3, 4]))).toBeUndefined();
    expect(metadataNote(undefined)).toBeUndefined();
    expect(metadataNote({ place: false, time: false, owner: false, names: false })).toBeUndefined();
  });

  it('names a single kind plainly', () => {
    expect(metadataNote({ place: true, time: false, owner: false, names: false })).toBe(
      'The photo file also records where it was taken (GPS). Most sites remove this on upload, but not all do, and the original keeps it.',
    );
  });
});
