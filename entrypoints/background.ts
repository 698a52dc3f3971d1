/** Composition root of the background worker: everything it does is in lib/browser/background.ts. */
import { startBackground } from '../lib/browser/background';

export default defineBackground(startBackground);
