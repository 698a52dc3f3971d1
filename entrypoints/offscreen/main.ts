/** Composition root of Chrome's offscreen document: it reads photos' text (lib/browser/offscreen.ts). */
import { startOffscreen } from '../../lib/browser/offscreen';

startOffscreen();
