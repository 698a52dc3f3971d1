// @vitest-environment happy-dom
/**
 * A photo's reason and metadata note are sent by the background as codes and put in words on the
 * card (issues 15, 16): the English words are those the background wrote before (commit
 * 6064c28), the Spanish ones come from the Spanish catalog, and no message key ever shows.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PHOTO_METADATA_KINDS, PHOTO_REASONS, type PhotoReason } from '../../../../lib/analyzer/photo';
import { setTranslator } from '../../../../lib/i18n';
import { PhotoList } from '../../../../lib/page/card/PhotoList';
import { photoMetadataText, photoReasonText } from '../../../../lib/page/card/photo-words';
import { translator } from '../../i18n/catalog';

afterEach(() => {
  cleanup();
  setTranslator(translator('en'));
});

const ENGLISH: Record<PhotoReason, string> = {
  'name-record': 'This photo shows a name and a record number — a wristband or a chart? Anyone who sees the post can read them.',
  'name-bed': 'This photo shows names with bed or room numbers — a unit whiteboard? Anyone who sees the post can read them.',
  record: 'This photo shows a record number — a wristband, a label or a screen? Anyone who sees the post can read it.',
  'name-date': 'This photo shows a name and a date — a lab report or a chart? Anyone who sees the post can read them.',
  other: 'Text in this photo could identify a patient. Anyone who sees the post can read it.',
};

describe('a photo’s reason', () => {
  it('reads in English exactly as before, one sentence per code', () => {
    for (const code of PHOTO_REASONS) expect(photoReasonText(code)).toBe(ENGLISH[code]);
  });

  it('reads in Spanish in a Spanish browser', () => {
    setTranslator(translator('es'));
    expect(photoReasonText('name-record')).toBe('Esta foto muestra un nombre y un número de historia clínica, ¿una pulsera o un expediente? Cualquiera que vea la publicación puede leerlos.');
    expect(photoReasonText('name-bed')).toMatch(/^Esta foto muestra nombres con números de cama/);
    for (const code of PHOTO_REASONS) {
      expect(photoReasonText(code)).not.toBe(ENGLISH[code]);
      expect(photoReasonText(code)).not.toMatch(/^photo_/);
    }
  });

  it('reads an unknown code (a newer background) as the general reason', () => {
    expect(photoReasonText('tattoo' as PhotoReason)).toBe(ENGLISH.other);
  });
});

describe('a photo file’s metadata note', () => {
  it('names one kind, or several with commas and “and”, in English as before', () => {
    expect(photoMetadataText(['place'])).toBe('The photo file also records where it was taken (GPS). Most sites remove this on upload, but not all do, and the original keeps it.');
    expect(photoMetadataText(['place', 'time', 'owner'])).toBe(
      'The photo file also records where it was taken (GPS), when it was taken and who owns the camera or took it. Most sites remove this on upload, but not all do, and the original keeps it.',
    );
    expect(photoMetadataText([...PHOTO_METADATA_KINDS])).toMatch(/who owns the camera or took it and names or captions\./);
  });

  it('names them in Spanish in a Spanish browser', () => {
    setTranslator(translator('es'));
    expect(photoMetadataText(['place', 'time', 'owner'])).toBe(
      'El archivo de la foto también registra dónde se tomó (GPS), cuándo se tomó y quién es el dueño de la cámara o quién la tomó. La mayoría de los sitios lo eliminan al subirla, pero no todos, y el original lo conserva.',
    );
    expect(photoMetadataText(['names'])).toMatch(/^El archivo de la foto también registra nombres o leyendas\./);
  });

  it('says nothing when no kind is recorded', () => {
    expect(photoMetadataText(undefined)).toBeUndefined();
    expect(photoMetadataText([])).toBeUndefined();
  });
});

describe('the card’s photo entry', () => {
  it('draws the reason and the note from the codes, in the interface’s language', () => {
    setTranslator(translator('es'));
    const { container } = render(
      <PhotoList
        photos={[{ id: 1, thumbnail: '', status: 'flagged', metadata: ['time'], result: { action: 'confirm', reason: 'record', findings: [{ category: 'phi.mrn', action: 'confirm', words: '00482913' }] } }]}
        onForget={() => undefined}
      />,
    );
    const text = (sel: string) => container.querySelector(`${sel} [data-text]`)?.getAttribute('data-text');
    expect(text('[data-photo-reason]')).toMatch(/^Esta foto muestra un número de historia clínica/);
    expect(text('[data-photo-metadata]')).toMatch(/registra cuándo se tomó\./);
  });
});
