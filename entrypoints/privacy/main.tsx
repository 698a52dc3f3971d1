import { render } from 'preact';
import '../../components/page.css';
import { pageLanguage } from '../../lib/browser/i18n';
import { Privacy } from './Privacy';

pageLanguage('priv_title');
render(<Privacy />, document.getElementById('app')!);
