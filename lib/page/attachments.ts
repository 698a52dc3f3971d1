/**
 * Photos attached to a composer (issue 16): notices an image file chosen in a file input, pasted
 * into an editor or dropped on it, and reads it for the check. Listens only, in the capture
 * phase, passively: never prevents an event, never touches the site's editor or its file input
 * (the site attaches the photo exactly as without the extension).
 *
 * Privacy: the file is read into memory and sent only to this extension's background, where
 * its text is read locally; a small thumbnail (a data: URL) is drawn in our closed shadow root.
 * The file's name is never read: it can carry a patient's name.
 */
import type { PhotoBox, PhotoMetadataKind, PhotoResult } from '../analyzer/photo';

/** One attached photo as the card shows it. */
export interface PhotoEntry {
  id: number;
  /** A small JPEG of the photo (data: URL), drawn only inside our closed shadow root. */
  thumbnail: string;
  /**
   * checking: its text is being read; clear: nothing found; flagged: `result` says what;
   * unread: it could not be read (too large, not an image the browser decodes, an error);
   * off: photos are not read (policy).
   */
  status: 'checking' | 'clear' | 'flagged' | 'unread' | 'off';
  result?: PhotoResult;
  /** Why an `unread` photo was not read, in plain words. */
  note?: string;
  /** What the photo file's metadata records (place, time, owner, names); the card says it in one calm sentence. */
  metadata?: PhotoMetadataKind[];
  /** Where the flagged words are on the photo (fractions of its size): boxed on the thumbnail. */
  boxes?: PhotoBox[];
}

/** Image types the check reads (what the sites accept and Tesseract decodes). */
const IMAGE_TYPES = /^image\/(?:png|jpeg|gif|webp|bmp)$/;
/** The thumbnail's longer side, in CSS pixels ×2 for sharp screens. */
const THUMB_SIDE = 128;

/** The image files among `files` (a FileList, or a DataTransfer's). */
export function imageFiles(files: FileList | null | undefined): File[] {
  return files ? [...files].filter((f) => IMAGE_TYPES.test(f.type)) : [];
}

/**
 * Calls `onImages` with the image files attached through any file input, paste or drop in
 * `doc`, and the element they came through. Returns the function that stops listening.
 */
export function watchAttachments(doc: Document, onImages: (files: File[], origin: Element) => void): () => void {
  const handle = (e: Event, files: FileList | null | undefined) => {
    try {
      const images = imageFiles(files);
      const origin = e.composedPath()[0];
      if (images.length && origin instanceof Element) onImages(images, origin);
    } catch {
      // Never throw into the page.
    }
  };
  const onChange = (e: Event) => {
    const input = e.composedPath()[0];
    if (input instanceof HTMLInputElement && input.type === 'file') handle(e, input.files);
  };
  const onPaste = (e: Event) => handle(e, (e as ClipboardEvent).clipboardData?.files);
  const onDrop = (e: Event) => handle(e, (e as DragEvent).dataTransfer?.files);
  const opts = { capture: true, passive: true } as const;
  doc.addEventListener('change', onChange, opts);
  doc.addEventListener('paste', onPaste, opts);
  doc.addEventListener('drop', onDrop, opts);
  return () => {
    doc.removeEventListener('change', onChange, opts);
    doc.removeEventListener('paste', onPaste, opts);
    doc.removeEventListener('drop', onDrop, opts);
  };
}

/** The file's bytes as a data: URL (what the protocol carries). */
export function readDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/** A small JPEG of the image for the card, or '' when the browser cannot decode it. */
export async function thumbnailOf(doc: Document, file: Blob): Promise<string> {
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, THUMB_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = doc.createElement('canvas'); // detached: never in the page
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    return canvas.toDataURL('image/jpeg', 0.8);
  } catch {
    return '';
  }
}
