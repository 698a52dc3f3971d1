/**
 * A photo's reason and its metadata note are in the interface's language (issues 15 and 16): the
 * text read in a photo has no sentence language of its own, so a Spanish browser gets Spanish.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { analyze, DEFAULT_ANALYZER_POLICY, metadataNote, summarizePhoto } from '../../../lib/analyzer';
import { setTranslator } from '../../../lib/i18n';
import { translator } from './catalog';

afterEach(() => setTranslator(translator('en')));

const WRISTBAND = 'DOE, JANE\nMRN: 48213377\nDOB: 03/14/1961';
const reasonOf = (text: string) => summarizePhoto(text, analyze(text, { surface: 'post', source: 'photo' }, DEFAULT_ANALYZER_POLICY))?.reason;

describe('a photo’s words', () => {
  it('give the reason and the metadata note in English in an English browser, in Spanish in a Spanish one', () => {
    setTranslator(translator('en'));
    expect(reasonOf(WRISTBAND)).toMatch(/^This photo shows .*record number/);
    expect(metadataNote({ place: true, time: true, owner: false, names: false })).toBe(
      'The photo file also records where it was taken (GPS) and when it was taken. Most sites remove this on upload, but not all do, and the original keeps it.',
    );
    setTranslator(translator('es'));
    expect(reasonOf(WRISTBAND)).toMatch(/^Esta foto muestra .*número de expediente/);
    expect(metadataNote({ place: true, time: true, owner: true, names: false })).toBe(
      'El archivo de la foto también registra dónde se tomó (GPS), cuándo se tomó y quién es el dueño de la cámara o quién la tomó. La mayoría de los sitios lo eliminan al subirla, pero no todos, y el original lo conserva.',
    );
  });
});
