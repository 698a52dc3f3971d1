import { render } from 'preact';
import '../../components/page.css';
import { pageLanguage } from '../../lib/browser/i18n';
import { Options } from './Options';

pageLanguage('opt_title');
render(<Options />, document.getElementById('app')!);
