import { render } from 'preact';
import '../../components/page.css';
import { pageLanguage } from '../../lib/browser/i18n';
import { Privacy } from './Privacy';

void pageLanguage('priv_title').then(() => render(<Privacy />, document.getElementById('app')!));
