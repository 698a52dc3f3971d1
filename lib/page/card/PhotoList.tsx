/**
 * The card's photo entries (issue 16): each attached photo that is being checked, could not be
 * read, or shows something that could identify a patient — a thumbnail, the reason, the words
 * read in it, and what to do. The site's attachment is never touched: "remove the photo" is
 * guidance the user carries out in the site's own composer; "I removed it" then stops counting it.
 * All text is drawn with Shown (never text nodes), the thumbnail only inside our closed root.
 */
import type { PhotoEntry } from '../attachments';
import { categoryLabel, levelLabel, t } from '../../i18n';
import { photoMetadataText, photoReasonText } from './photo-words';
import { Shown } from './shown-text';

/** "checking photo…", in the interface's language. */
export const photoChecking = (): string => t('photo_checking');

/**
 * The photos the card lists: all but those not read (policy). A photo found clear is listed,
 * quietly, when the card is up for something else; on its own it never brings the card up.
 */
export function listedPhotos(photos: readonly PhotoEntry[] | undefined): PhotoEntry[] {
  return (photos ?? []).filter((p) => p.status !== 'off');
}

function PhotoItem({ p, onForget }: { p: PhotoEntry; onForget(id: number): void }) {
  const r = p.result;
  const metadata = photoMetadataText(p.metadata);
  return (
    <li class="photo" data-photo={p.status} data-family={p.status === 'flagged' ? 'phi' : undefined} data-action={r?.action}>
      {p.thumbnail && (
        <span class="thumb-frame">
          <img class="thumb" src={p.thumbnail} alt="" width={64} />
          {/* The flagged words, boxed where they are on the photo. */}
          {p.boxes?.map(([l, t, w, h], i) => (
            <span key={i} class="thumb-box" aria-hidden="true" style={{ left: `${l * 100}%`, top: `${t * 100}%`, width: `${w * 100}%`, height: `${h * 100}%` }} />
          ))}
        </span>
      )}
      <div class="photo-text">
        <span class="label"><Shown text={t('photo_label')} /></span>
        {r && <span class="level" data-action={r.action}><Shown text={levelLabel(r.action)} /></span>}
        {p.status === 'checking' && <p class="note" data-photo-checking=""><Shown text={photoChecking()} /></p>}
        {p.status === 'clear' && <p class="note"><Shown text={t('photo_clear')} /></p>}
        {metadata && <p class="note" data-photo-metadata=""><Shown text={metadata} /></p>}
        {p.status === 'unread' && <p class="note"><Shown text={p.note ?? t('photo_unread')} /></p>}
        {r && (
          <>
            <p class="message" data-photo-reason=""><Shown text={photoReasonText(r.reason)} /></p>
            <p class="photo-words">
              {r.findings.map((f, i) => (
                <span key={i} data-category={f.category}><Shown text={`${i ? ' · ' : ''}${categoryLabel(f.category)}: `} /><q><Shown text={f.words} /></q></span>
              ))}
            </p>
            <p class="fixes">
              <span class="note" data-photo-fix=""><Shown text={t('photo_fix')} /></span>
              <button type="button" class="answer" data-forget-photo="" aria-label={t('photo_removedAria')} onClick={() => onForget(p.id)}><Shown text={t('photo_removed')} /></button>
            </p>
          </>
        )}
      </div>
    </li>
  );
}

export function PhotoList({ photos, onForget }: { photos: readonly PhotoEntry[]; onForget(id: number): void }) {
  if (!photos.length) return null;
  return <ul class="photos" data-photos="">{photos.map((p) => <PhotoItem key={p.id} p={p} onForget={onForget} />)}</ul>;
}
