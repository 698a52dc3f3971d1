// Every unit test sees the English interface, as a browser in English would show it.
import { setTranslator } from '../../../lib/i18n';
import { translator } from './catalog';

setTranslator(translator('en'));
