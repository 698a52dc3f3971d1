import { render } from 'preact';
import '../../components/page.css';
import { pageLanguage } from '../../lib/browser/i18n';
import { Welcome } from './Welcome';

void pageLanguage('wel_title').then(() => render(<Welcome />, document.getElementById('app')!));
