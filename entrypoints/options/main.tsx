import { render } from 'preact';
import '../../components/page.css';
import { pageLanguage } from '../../lib/browser/i18n';
import { Options } from './Options';

void pageLanguage('opt_title').then(() => render(<Options />, document.getElementById('app')!));
