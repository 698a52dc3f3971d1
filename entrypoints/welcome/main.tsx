import { render } from 'preact';
import '../../components/page.css';
import { pageLanguage } from '../../lib/browser/i18n';
import { Welcome } from './Welcome';

pageLanguage('wel_title');
render(<Welcome />, document.getElementById('app')!);
