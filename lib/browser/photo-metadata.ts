/**
 * What an attached photo's file says about where, when and by whom it was taken (issue 16):
 * GPS position, capture time, the camera owner or artist, and names in its captions or XMP/IPTC
 * fields, read with exifr from the bytes in memory (no URL is ever given to it, so it fetches
 * nothing). Only yes/no answers leave this module, never the values: the card says what kind of
 * detail the file carries, and that most sites strip it on upload. Runs beside the OCR
 * (offscreen document, Firefox background page).
 */
import exifr from 'exifr';

/** Kinds of identifying detail a photo file carries. */
export interface PhotoMetadata {
  place: boolean;
  time: boolean;
  owner: boolean;
  names: boolean;
}

const TIME = ['DateTimeOriginal', 'CreateDate', 'DateTimeDigitized'];
const OWNER = ['Artist', 'OwnerName', 'CameraOwnerName', 'Copyright', 'XPAuthor', 'By-line', 'Byline', 'creator', 'Creator'];
const NAMES = ['PersonInImage', 'PersonInImageName', 'ImageDescription', 'XPSubject', 'XPComment', 'Caption-Abstract', 'description', 'title', 'Headline', 'subject'];

function present(tags: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.some((k) => {
    const v = tags[k];
    if (v === undefined || v === null) return false;
    if (typeof v === 'string') return v.trim().length > 0;
    if (Array.isArray(v)) return v.length > 0;
    if (v instanceof Date) return !Number.isNaN(v.getTime());
    return typeof v === 'object' ? Object.keys(v).length > 0 : true;
  });
}

/** The kinds of identifying metadata in `bytes`, or undefined when it has none (or cannot be read). */
export async function readMetadata(bytes: Uint8Array): Promise<PhotoMetadata | undefined> {
  let tags: Record<string, unknown> | undefined;
  try {
    tags = (await exifr.parse(bytes, { tiff: true, ifd0: {}, exif: true, gps: true, xmp: true, iptc: true, mergeOutput: true })) as Record<string, unknown> | undefined;
  } catch {
    return undefined;
  }
  if (!tags) return undefined;
  const lat = tags.latitude ?? tags.GPSLatitude;
  const meta: PhotoMetadata = {
    place: typeof lat === 'number' || Array.isArray(lat),
    time: present(tags, TIME),
    owner: present(tags, OWNER),
    names: present(tags, NAMES),
  };
  return meta.place || meta.time || meta.owner || meta.names ? meta : undefined;
}
